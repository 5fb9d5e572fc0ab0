#!/usr/bin/env bash
# Renders the executed notebook (samples/notebooks/SummitData.ipynb with the outputs run.sh saved) to HTML with
# Debian's jupyter-nbconvert and takes a headless Chromium screenshot of it into docs/images/notebook.png: the cells
# that show one figure in its sentence, Xi Jinping's quotes and where the sources disagree, with their headings.
#
#   samples/notebooks/screenshot.sh [OUTPUT.png]
#
# Needs the Debian packages jupyter-nbconvert and chromium (apt-get install jupyter-nbconvert chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
output="${1:-$root/docs/images/notebook.png}"
for tool in jupyter-nbconvert chromium; do
  command -v "$tool" > /dev/null || { echo "$tool is missing: apt-get install jupyter-nbconvert chromium" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/summitdata-screenshot.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The shown cells: each code cell below, with the markdown cells right before it.
python3 - "$root/samples/notebooks/SummitData.ipynb" "$work/shown.ipynb" <<'PY'
import json, sys
shown = ["Seeds.Figures.BilateralTrade2023", "data.QuotesBy(Seeds.People.XiJinping)", "data.Discrepancies.Take(4)"]
notebook = json.load(open(sys.argv[1], encoding="utf-8"))
cells, kept = notebook["cells"], []
for index, cell in enumerate(cells):
    if cell["cell_type"] == "code" and "".join(cell["source"]) in shown:
        if not cell["outputs"]:
            sys.exit("the notebook has no outputs: run samples/notebooks/run.sh first")
        start = index
        while start > 0 and cells[start - 1]["cell_type"] == "markdown":
            start -= 1
        kept.extend(c for c in cells[start:index + 1] if c not in kept)
if len([c for c in kept if c["cell_type"] == "code"]) != len(shown):
    sys.exit("the notebook lacks one of the cells to show: " + ", ".join(shown))
notebook["cells"] = kept
json.dump(notebook, open(sys.argv[2], "w", encoding="utf-8"), indent=1, ensure_ascii=False)
PY

jupyter-nbconvert --to html --no-prompt --output-dir "$work" --output notebook "$work/shown.ipynb" > /dev/null 2>&1
mkdir -p "$(dirname "$output")"
# Flags for a closed network (no background connections) and a root user (no sandbox).
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size=1200,1320 --screenshot="$output" "file://$work/notebook.html" > /dev/null 2>&1
echo "wrote ${output#"$root"/}" >&2
