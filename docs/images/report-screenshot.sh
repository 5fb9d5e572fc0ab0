#!/usr/bin/env bash
# Renders the HTML report of the bundled data with the report sample and takes a headless Chromium screenshot of its
# top into docs/images/report.png: the summary, the navigation, the charts and the first tables.
#
#   docs/images/report-screenshot.sh [OUTPUT.png]
#
# Needs the .NET SDK and the Debian package chromium (apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
output="${1:-$root/docs/images/report.png}"
command -v chromium > /dev/null || { echo "chromium is missing: apt-get install chromium" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/summitdata-report.XXXXXX")"
trap 'rm -rf "$work"' EXIT

dotnet run --project "$root/src/SummitData.Tool" -c Release -- report "$root/seeds" --format html --out "$work/report.html"
mkdir -p "$(dirname "$output")"
# Flags for a closed network (no background connections) and a root user (no sandbox).
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1280,2600 --screenshot="$output" "file://$work/report.html" > /dev/null 2>&1
echo "wrote ${output#"$root"/}" >&2
