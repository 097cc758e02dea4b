#!/usr/bin/env bash
# Installs the native parts Infra needs from Debian's packages, only when missing.
#   tools/install-deps.sh            CBC (the MIP solver's runtime); Node.js and npm, which the build uses to
#                                    install the dashboard's front-end packages from the npm registry; the DejaVu
#                                    fonts of the Sachstandsbericht (fonts-dejavu-core)
#   tools/install-deps.sh --test     also PostgreSQL 15 + PostGIS 3 for the database tests, Chromium for the
#                                    dashboard's browser tests (never a downloaded browser) and poppler-utils
#                                    (pdftotext) for the tests that read the report's text
set -euo pipefail

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

missing=()
if ! ldconfig -p | grep -q 'libCbcSolver.so.3'; then
  missing+=(coinor-libcbc3)
fi
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf && -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]] || missing+=(fonts-dejavu-core)
if [[ $want_test == 1 ]]; then
  [[ -x /usr/lib/postgresql/15/bin/initdb ]] || missing+=(postgresql-15)
  [[ -f /usr/share/postgresql/15/extension/postgis.control ]] || missing+=(postgresql-15-postgis-3)
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
