#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, starts a throwaway PostgreSQL + PostGIS cluster on
# 127.0.0.1, runs all test projects against it, stops it, and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh --test

dotnet build Infra.sln -c Release -v q -nologo -clp:ErrorsOnly

pgdir=$(mktemp -d /tmp/infra-pg.XXXXXX)
trap 'tools/pg-cluster.sh stop "$pgdir"' EXIT
eval "$(tools/pg-cluster.sh start "$pgdir")"
export INFRA_TEST_POSTGRES
# PostgreSQL tests must run here, not skip.
export INFRA_REQUIRE_POSTGRES=1
# Browser tests must run in Debian's Chromium here, not skip.
export INFRA_REQUIRE_BROWSER=1

log=$(mktemp /tmp/infra-test.XXXXXX.log)
status=0
dotnet test Infra.sln -c Release --no-build -nologo -v q 2>&1 | tee "$log" || status=$?

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "Summary: $passed passed, $failed failed, $skipped skipped"
if [[ $status -eq 0 && $passed -eq 0 ]]; then
  echo "no test ran" >&2
  status=1
fi
exit $status
