#!/usr/bin/env python3
"""Reads a SummitData JSON Lines export on a local Dask cluster of worker processes.

Usage: summitdata_dask.py EXPORT_DIR [--workers N]

EXPORT_DIR is the output of `summitdata export DIR --format jsonl --out EXPORT_DIR` (partitioned or not). The script
prints the same counts and joins the tests ask of DuckDB and of the in-memory API (docs/exports.md): rows per kind,
quotes per speaker's name (a join of quotes to people), claims by their source counts, and events by start date.

JSON Lines, not Parquet: Debian packages Dask without pyarrow, so its Parquet reader is not available. The records
are read with dask.bag (one partition a part file) and joined with dask.dataframe, so the work runs in the workers.
"""

import argparse
import glob
import json
import os
import sys
import time

import dask
import dask.bag as db
import dask.dataframe  # noqa: F401 (Bag.to_dataframe needs it; imported here so a missing package fails at once)
from distributed import Client, LocalCluster

# The datasets of an export, in the order docs/exports.md lists them.
KINDS = [
    "documents", "agreements", "figures", "quotes", "people", "entities",
    "claims", "discrepancies", "events", "citations",
]


def part_files(root, kind):
    """The part files of one dataset, in either layout (KIND/*.jsonl or KIND/bucket=N/*.jsonl)."""
    files = sorted(glob.glob(os.path.join(root, kind, "**", "*.jsonl"), recursive=True))
    if not files:
        # Every dataset has at least one file, even with no rows: none means this is not an export.
        raise SystemExit(f"error: {os.path.join(root, kind)} has no .jsonl file; is {root} a JSON Lines export?")
    return files


def records(files):
    """One bag of a dataset's records, one Dask partition a part file; an empty file is an empty partition."""
    return db.read_text(files, files_per_partition=1).filter(lambda line: line.strip() != "").map(json.loads)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", help="a folder written by `summitdata export ... --format jsonl`")
    parser.add_argument("--workers", type=int, default=4, help="worker processes of the local cluster (default 4)")
    args = parser.parse_args(argv)

    # Found before the cluster starts, so a folder that is not an export fails at once.
    files = {kind: part_files(args.export, kind) for kind in KINDS}
    started = time.monotonic()
    # Processes, not threads: each worker is its own Python process, so the json parsing runs outside the GIL and the
    # data crosses process boundaries as it would between machines.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        bags = {kind: records(files[kind]) for kind in KINDS}

        counts = {kind: bag.count() for kind, bag in bags.items()}

        # The join runs as a dask.dataframe merge: quotes (speakerId) to people (id, name), then grouped by name.
        quotes = bags["quotes"].map(lambda q: {"speakerId": q.get("speakerId")}).filter(lambda q: q["speakerId"] is not None) \
            .to_dataframe(meta={"speakerId": "object"})
        people = bags["people"].map(lambda p: {"id": p["id"], "name": p["name"]}).to_dataframe(meta={"id": "object", "name": "object"})
        per_speaker = quotes.merge(people, left_on="speakerId", right_on="id", how="inner").groupby("name").size()
        unmatched = quotes.merge(people, left_on="speakerId", right_on="id", how="left")["id"].isna().sum()

        source_counts = bags["claims"].pluck("sourceCount").frequencies()
        by_start = bags["events"].map(lambda e: e.get("start")).frequencies()

        counts, per_speaker, unmatched, source_counts, by_start = dask.compute(
            counts, per_speaker, unmatched, source_counts, by_start)
        workers = len(client.scheduler_info()["workers"])

    elapsed = time.monotonic() - started
    print(f"Dask {dask.__version__}: local cluster of {workers} worker processes, {elapsed:.1f} s")
    print()
    print("rows per kind")
    for kind in KINDS:
        print(f"  {kind:<14} {counts[kind]:>10,}")

    print()
    quoted = int(sum(per_speaker.values)) if len(per_speaker) else 0
    print(f"quotes per speaker's name (top 10 of {len(per_speaker):,} speakers; {quoted:,} quotes with a speaker, "
          f"{int(unmatched):,} naming no exported person)")
    # Ties in count are broken by name, so the output is the same on every run.
    top = sorted(per_speaker.items(), key=lambda item: (-item[1], item[0]))[:10]
    for name, count in top:
        print(f"  {count:>8,}  {name}")

    print()
    print("claims by source count (sources: claims)")
    for sources, count in sorted(source_counts, key=lambda item: item[0]):
        print(f"  {sources:>3}: {count:,}")

    print()
    dated = sorted(((start, count) for start, count in by_start if start is not None))
    undated = sum(count for start, count in by_start if start is None)
    print(f"events per start date (first 10 of {len(dated):,} dates; {undated:,} events without a start)")
    for start, count in dated[:10]:
        print(f"  {start}  {count:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
