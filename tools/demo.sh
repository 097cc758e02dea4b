#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds, imports the default geodata into the
# embedded SQLite database (data/infra.db), prints the inventory and plans the default scenario on it.
# (Serving the dashboard arrives with the web issue.)
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
dotnet build src/Infra.Cli -c Release -v q -nologo -clp:ErrorsOnly
infra=(dotnet src/Infra.Cli/bin/Release/net10.0/infra.dll)

"${infra[@]}" import --default --db data/infra.db
"${infra[@]}" inventory --db data/infra.db
"${infra[@]}" plan scenarios/dortmund-2028.yaml --from-db --db data/infra.db --out out/dortmund-2028
