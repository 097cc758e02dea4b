#!/usr/bin/env bash
# The main job on a fresh machine: installs what is missing, builds, imports the default geodata into the embedded
# SQLite database (data/infra.db), prints the inventory, and tells the default story as of today (docs/status.md):
# the Ausgangsplan made from the scenario's planning start, synthetic build progress that lags behind it (labelled
# synthetic), the Fortschreibung from the next quarter with forecast and measures, the Sachstand in German tables
# (out/status.json) and the Sachstandsbericht (out/sachstandsbericht.pdf); then serves the dashboard, the API and the
# jobs until Ctrl+C (address: INFRA_URLS, default http://127.0.0.1:5080). `--stichtag yyyy-mm-dd` (or INFRA_STICHTAG)
# tells it as of another day.
set -euo pipefail
cd "$(dirname "$0")/.."

# Seconds since the start, before each stage, so that a slow stage shows.
stage() { printf '\n== [%3d s] %s\n' "$SECONDS" "$*"; }

# The Stichtag: today unless `--stichtag yyyy-mm-dd` (or INFRA_STICHTAG) names another day.
day="${INFRA_STICHTAG:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --stichtag) day="${2:?--stichtag braucht ein Datum yyyy-mm-dd}"; shift 2 ;;
    --stichtag=*) day="${1#--stichtag=}"; shift ;;
    *) echo "tools/demo.sh: unbekannte Option '$1' (erlaubt: --stichtag yyyy-mm-dd)" >&2; exit 2 ;;
  esac
done
stichtag=()
[[ -n "$day" ]] && stichtag=(--stichtag "$day")

stage "Pakete prüfen"
tools/install-deps.sh
stage "Bauen"
dotnet build src/Infra.Cli -c Release -v q -nologo -clp:ErrorsOnly
infra=(dotnet src/Infra.Cli/bin/Release/net10.0/infra.dll)
db=(--db data/infra.db)

stage "Geodaten importieren"
"${infra[@]}" import --default "${db[@]}"
"${infra[@]}" inventory "${db[@]}"
stage "Ausgangsplan"
# The Ausgangsplan: the default scenario planned from its planning start, stored as the baseline of the story.
"${infra[@]}" plan scenarios/dortmund-2028.yaml --from-db --ausgangsplan --zeit-zeitplan 10 "${db[@]}" --out out/dortmund-2028
stage "Ist (synthetische Fortschrittsberichte)"
# No contractor reports exist for the synthetic city: a seeded stand-in that lags behind the Ausgangsplan (labelled
# synthetic; assumptions in docs/progress-reports.md). Real reports replace it row by row.
"${infra[@]}" progress synth "${stichtag[@]}" "${db[@]}" --out data
"${infra[@]}" progress import data/fortschritt-meilensteine-synthetisch.csv data/fortschritt-trassen-synthetisch.csv --quelle synthetisch "${db[@]}"
stage "Fortschreibung"
# The Fortschreibung: what is built stays, the rest is re-planned from the next quarter; forecast and measures.
"${infra[@]}" replan "${stichtag[@]}" --zeit-entwurf 30 --zeit-zeitplan 10 --zeit-massnahme 5 "${db[@]}"
stage "Sachstand und Sachstandsbericht"
"${infra[@]}" status "${stichtag[@]}" "${db[@]}" --out out/status.json
"${infra[@]}" report "${stichtag[@]}" "${db[@]}" --out out/sachstandsbericht.pdf
# The KPI snapshot and deadline-risk jobs are queued in the persistent job store and run when the server's scheduler starts.
"${infra[@]}" jobs run risk "${db[@]}"
"${infra[@]}" jobs run kpi "${db[@]}"
stage "Dienst starten"
exec "${infra[@]}" serve "${db[@]}" --urls "${INFRA_URLS:-http://127.0.0.1:5080}"
