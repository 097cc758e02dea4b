#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds, imports the default geodata into the embedded
# SQLite database (data/infra.db), prints the inventory, and tells the default story as of today (docs/status.md):
# the Ausgangsplan made from the scenario's planning start, synthetic build progress that lags behind it (labelled
# synthetic), the Fortschreibung from the next quarter with forecast and measures, the Sachstand in German tables
# (out/status.json) and the Sachstandsbericht (out/sachstandsbericht.pdf); then serves the dashboard, the API and the
# jobs until Ctrl+C (address: INFRA_URLS, default http://127.0.0.1:5080). INFRA_STICHTAG=yyyy-mm-dd tells it as of
# another day.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
dotnet build src/Infra.Cli -c Release -v q -nologo -clp:ErrorsOnly
infra=(dotnet src/Infra.Cli/bin/Release/net10.0/infra.dll)
db=(--db data/infra.db)
stichtag=()
[[ -n "${INFRA_STICHTAG:-}" ]] && stichtag=(--stichtag "$INFRA_STICHTAG")

"${infra[@]}" import --default "${db[@]}"
"${infra[@]}" inventory "${db[@]}"
# The Ausgangsplan: the default scenario planned from its planning start, stored as the baseline of the story.
"${infra[@]}" plan scenarios/dortmund-2028.yaml --from-db --ausgangsplan --zeit-zeitplan 10 "${db[@]}" --out out/dortmund-2028
# No contractor reports exist for the synthetic city: a seeded stand-in that lags behind the Ausgangsplan (labelled
# synthetic; assumptions in docs/progress-reports.md). Real reports replace it row by row.
"${infra[@]}" progress synth "${stichtag[@]}" "${db[@]}" --out data
"${infra[@]}" progress import data/fortschritt-meilensteine-synthetisch.csv data/fortschritt-trassen-synthetisch.csv --quelle synthetisch "${db[@]}"
# The Fortschreibung: what is built stays, the rest is re-planned from the next quarter; forecast and measures.
"${infra[@]}" replan "${stichtag[@]}" --zeit-entwurf 30 --zeit-zeitplan 10 --zeit-massnahme 5 "${db[@]}"
"${infra[@]}" status "${db[@]}" --out out/status.json
"${infra[@]}" report "${db[@]}" --out out/sachstandsbericht.pdf
# The KPI snapshot and deadline-risk jobs are queued in the persistent job store and run when the server's scheduler starts.
"${infra[@]}" jobs run risk "${db[@]}"
"${infra[@]}" jobs run kpi "${db[@]}"
exec "${infra[@]}" serve "${db[@]}" --urls "${INFRA_URLS:-http://127.0.0.1:5080}"
