#!/usr/bin/env bash
# Brings src/SummitData/PublicAPI.Unshipped.txt (or that of the project folder given, src/SummitData.Export) up to date
# with the library's public API: adds what the analyzer reports
# as undeclared (RS0016) and removes what it reports as declared but gone (RS0017). Review the diff before committing:
# every line is a change users of the library will see.
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/SummitData}"
project="${project%/}"
file="$project/PublicAPI.Unshipped.txt"
log="$(mktemp)"
dotnet build "$project/$(basename "$project").csproj" -c Release --no-incremental -p:TreatWarningsAsErrors=false > "$log" 2>&1 || true
grep -oE "RS0016: Symbol '[^']+' is not part" "$log" | sed "s/^RS0016: Symbol '//; s/' is not part$//" | sort -u > "$log.add" || true
grep -oE "RS0017: Symbol '[^']+' is part" "$log" | sed "s/^RS0017: Symbol '//; s/' is part$//" | sort -u > "$log.remove" || true
python3 - "$file" "$log.add" "$log.remove" <<'PY'
import sys
path, add, remove = sys.argv[1:4]
lines = open(path).read().splitlines()
head, body = lines[0], set(l for l in lines[1:] if l.strip())
body |= set(l for l in open(add).read().splitlines() if l.strip())
body -= set(l for l in open(remove).read().splitlines() if l.strip())
open(path, 'w').write(head + "\n" + "\n".join(sorted(body)) + "\n")
PY
echo "added $(wc -l < "$log.add"), removed $(wc -l < "$log.remove")"
rm -f "$log" "$log.add" "$log.remove"
