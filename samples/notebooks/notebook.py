#!/usr/bin/env python3
"""Prepares a notebook for a run against a local package feed, and normalises the executed notebook.

  notebook.py prepare SOURCE OUT FEED VERSION
      Writes SOURCE (.ipynb or .dib) to OUT with `#i "nuget: FEED"` above its `#r "nuget: SummitData, ..."` line and
      that line's version replaced by VERSION, so the kernel restores the package just packed.

  notebook.py normalize EXECUTED SOURCE OUT FEED VERSION WORK
      Writes the executed notebook EXECUTED (.ipynb, as dotnet-repl writes it) to OUT with every cell's source taken
      from SOURCE (the notebook as committed), the package manager's progress outputs dropped, run times dropped from
      the cells' metadata, the feed path replaced by /path/to/feed (what the notebook's first cell tells a reader to
      use), the run's version by SOURCE's, and the extension's load message by its path inside the package. Fails when
      any path of the run (FEED, WORK) is left in the outputs.

Used by run.sh (which regenerates samples/notebooks/SummitData.ipynb) and, through it, by the notebook tests.
"""
import json
import re
import sys

REFERENCE = re.compile(r'^#r "nuget: SummitData, (?P<version>[^"]+)"$', re.M)
FIXED_FEED = "/path/to/feed"


def cells(path):
    """The cells of a notebook as (kind, source) pairs: 'markdown' or 'code' (C#), source without a final newline."""
    if path.endswith(".dib"):
        text = open(path, encoding="utf-8").read().replace("\r\n", "\n")
        parts = re.split(r"^#!(\w+)\n", text, flags=re.M)
        result = []
        for kind, body in zip(parts[1::2], parts[2::2]):
            if kind == "meta":
                continue
            result.append(("markdown" if kind == "markdown" else "code", body.strip("\n")))
        return result
    notebook = json.load(open(path, encoding="utf-8"))
    return [(c["cell_type"], "".join(c["source"]).rstrip("\n")) for c in notebook["cells"]]


def source_version(path):
    for kind, source in cells(path):
        match = REFERENCE.fullmatch(source) if kind == "code" else None
        if match:
            return match.group("version")
    sys.exit(f"{path}: no cell #r \"nuget: SummitData, VERSION\"")


def prepare(source, out, feed, version):
    text = open(source, encoding="utf-8").read()
    if source.endswith(".dib"):
        text, count = REFERENCE.subn(f'#i "nuget: {feed}"\n#r "nuget: SummitData, {version}"', text, count=1)
    else:
        notebook = json.loads(text)
        count = 0
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"] = []
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code" and REFERENCE.fullmatch("".join(cell["source"]).rstrip("\n")):
                cell["source"] = [f'#i "nuget: {feed}"\n', f'#r "nuget: SummitData, {version}"']
                count = 1
                break
        text = json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
    if count != 1:
        sys.exit(f"{source}: no cell #r \"nuget: SummitData, VERSION\" to point at the feed")
    open(out, "w", encoding="utf-8").write(text)


def normalize(executed, source, out, feed, version, work):
    notebook = json.load(open(executed, encoding="utf-8"))
    sources = cells(source)
    if [c["cell_type"] for c in notebook["cells"]] != [kind for kind, _ in sources]:
        sys.exit(f"{executed}: its cells are not those of {source}")
    committed_version = source_version(source)

    def text(value):
        value = value.replace(feed, FIXED_FEED).replace(version, committed_version)
        # The extension's load message names the kernel's package folder: keep only the path inside the package.
        return re.sub(r"Loading extensions from `[^`]*?/(summitdata/[^/`]+/interactive-extensions/dotnet/[^/`]+)`",
                      r"Loading extensions from `\1`", value)

    def clean(value):
        if isinstance(value, str):
            return text(value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    for cell, (_, cell_source) in zip(notebook["cells"], sources):
        lines = cell_source.split("\n")
        cell["source"] = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if not k.startswith("dotnet_repl_")}
        if cell["cell_type"] != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            html = "".join(output.get("data", {}).get("text/html", []))
            # Restore progress is redrawn while packages download: how many frames depends on the network.
            if "<strong>Installing Packages</strong>" in html:
                continue
            kept.append(clean(output))
        cell["outputs"] = kept

    result = json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
    for path in (feed, work):
        if path and path in result:
            sys.exit(f"{executed}: the run's path {path} is still in the outputs")
    open(out, "w", encoding="utf-8").write(result)


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "prepare":
        prepare(*sys.argv[2:])
    elif len(sys.argv) == 8 and sys.argv[1] == "normalize":
        normalize(*sys.argv[2:])
    else:
        sys.exit(__doc__)
