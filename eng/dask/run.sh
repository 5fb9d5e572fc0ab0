#!/usr/bin/env bash
# Reads a JSON Lines export with Dask on a local cluster of worker processes (eng/dask/summitdata_dask.py).
# Usage: eng/dask/run.sh EXPORT_DIR [--workers N]
# EXPORT_DIR: `summitdata export DIR --format jsonl --partitions 8 --out EXPORT_DIR`.
# Installs Debian's python3-dask and python3-distributed when they are missing (needs root; not part of .ci/run).
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 EXPORT_DIR [--workers N]" >&2
    exit 2
fi

# Debian's own interpreter: the packages install into its dist-packages, which another python3 on PATH does not see.
python=/usr/bin/python3
if ! "$python" -c 'import dask.bag, dask.dataframe, distributed' 2>/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y python3-dask python3-distributed
fi

exec "$python" "$(dirname "$0")/summitdata_dask.py" "$@"
