#!/usr/bin/env bash
# Runs SummitData.ipynb and SummitData.dib in the real .NET Interactive kernel (dotnet-repl, a local tool from
# .config/dotnet-tools.json) against a package packed for this run, and writes the executed notebook with its outputs,
# normalised (notebook.py normalize), to samples/notebooks/SummitData.ipynb.
#
#   samples/notebooks/run.sh                          pack the package (unique version) and regenerate the notebook
#   samples/notebooks/run.sh --feed DIR --version V   use SummitData V already packed into the folder DIR
#   samples/notebooks/run.sh --out DIR                write DIR/SummitData.ipynb and DIR/SummitData.dib.ipynb (the
#                                                     .dib run) instead: what the tests compare with the committed one
#
# The kernel gets a private home folder and a private NuGet package folder, so it restores the package just packed,
# never a copy cached by an earlier run. Fails when a cell fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
notebooks="$root/samples/notebooks"
feed="" version="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed="$(cd "$2" && pwd)"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) mkdir -p "$2"; out="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [--feed DIR --version VERSION] [--out DIR]" >&2; exit 2 ;;
  esac
done
if { [ -n "$feed" ] && [ -z "$version" ]; } || { [ -z "$feed" ] && [ -n "$version" ]; }; then
  echo "--feed and --version go together" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1
# A caller's MSBuild or test-host variables would point the kernel's own restores at the caller's build.
for variable in $(compgen -e | grep -iE '^(MSBUILD|VSTEST)' || true); do
  unset "$variable"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/summitdata-notebook.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -z "$feed" ]; then
  base="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")"
  version="$base-notebook$(date +%Y%m%d%H%M%S)"
  feed="$work/feed"
  dotnet pack "$root/src/SummitData/SummitData.csproj" -c Release -o "$feed" -p:Version="$version" >&2
fi

# The tool itself is restored into the machine's package folder (it does not change between runs); only the
# kernel's own restores go to the private folders below.
(cd "$root" && dotnet tool restore >&2)
tool_version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["tools"]["dotnet-repl"]["version"])' "$root/.config/dotnet-tools.json")"
global_packages="$(cd "$root" && dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
repl="$(ls "${global_packages%/}/dotnet-repl/$tool_version/tools/"*/any/dotnet-repl.dll | head -n 1)"

run() { # run NOTEBOOK OUTPUT: executes the notebook and writes the normalised result
  local name; name="$(basename "$1")"
  mkdir -p "$work/in" "$work/home" "$work/packages"
  python3 "$notebooks/notebook.py" prepare "$1" "$work/in/$name" "$feed" "$version"
  local started=$SECONDS status=0
  (cd "$work" && HOME="$work/home" NUGET_PACKAGES="$work/packages" timeout 600 \
    dotnet "$repl" --run "$work/in/$name" --exit-after-run --output-format ipynb --output-path "$work/$name.out.ipynb" \
    < /dev/null > "$work/$name.log" 2>&1) || status=$?
  echo "$name: the kernel ran it in $((SECONDS - started)) s (exit code $status)" >&2
  # What the kernel says it installed, before normalisation puts the notebook's own version back.
  grep -o "SummitData, $version" "$work/$name.out.ipynb" | head -n 1 | sed "s/^/$name: installed /" >&2 || true
  if [ "$status" -ne 0 ] || [ ! -s "$work/$name.out.ipynb" ]; then
    cat "$work/$name.log" >&2
    [ -s "$work/$name.out.ipynb" ] && python3 - "$work/$name.out.ipynb" >&2 <<'PY'
import json, sys
for index, cell in enumerate(json.load(open(sys.argv[1], encoding="utf-8"))["cells"]):
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            print(f"cell {index + 1}: {output.get('ename')}: {output.get('evalue')}")
PY
    echo "$name: a cell failed (dotnet-repl exit code $status)" >&2
    return 1
  fi
  python3 "$notebooks/notebook.py" normalize "$work/$name.out.ipynb" "$notebooks/SummitData.ipynb" "$2" "$feed" "$version" "$work"
}

if [ -n "$out" ]; then
  run "$notebooks/SummitData.ipynb" "$out/SummitData.ipynb"
  run "$notebooks/SummitData.dib" "$out/SummitData.dib.ipynb"
else
  # Both notebooks must run; the committed .ipynb carries the outputs (a .dib has no place for them).
  run "$notebooks/SummitData.dib" "$work/SummitData.dib.ipynb"
  run "$notebooks/SummitData.ipynb" "$work/SummitData.ipynb"
  cp "$work/SummitData.ipynb" "$notebooks/SummitData.ipynb"
  echo "wrote samples/notebooks/SummitData.ipynb" >&2
fi
