#!/usr/bin/env bash
# Build cost of the generator: a console project whose annotated documents go through the generator in every build,
# against the same project with the generator's output checked in as plain .cs files (taken with
# EmitCompilerGeneratedFiles from the first project). Both reference the same SummitData.dll and are built the same
# way (Release, compiler server warm, --no-incremental so that every build compiles); the two take turns.
#
#   bash benchmarks/build-cost.sh seeds 7     # the five seed documents, 7 builds of each project
#   bash benchmarks/build-cost.sh 1000 7      # 1,000 synthetic documents in the seeds' shape
#
# Prints the median and range of the whole `dotnet build` for each, their ratio, and the compiler's own report of
# the generator's time (-p:ReportAnalyzer=true). Leaves a binary log of one build with the generator in the work
# folder, whose path it prints.
set -euo pipefail

corpus=${1:-seeds}
runs=${2:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/summitdata-buildcost.XXXXXX")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building the generator, the library and the corpus writer..."
dotnet build -c Release -nologo -v:q "$root/src/SummitData" -f net10.0 >/dev/null
dotnet build -c Release -nologo -v:q "$root/benchmarks/SummitData.Benchmarks" >/dev/null
generator="$root/src/SummitData.Generator/bin/Release/netstandard2.0/SummitData.Generator.dll"
yaml=$(dotnet msbuild "$root/src/SummitData.Generator" -getProperty:PKGYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll
library="$root/src/SummitData/bin/Release/net10.0/SummitData.dll"

mkdir -p "$work/generator/corpus" "$work/checked-in"
if [ "$corpus" = seeds ]; then
  cp "$root"/seeds/*.summit "$work/generator/corpus/"
else
  dotnet "$root/benchmarks/SummitData.Benchmarks/bin/Release/net10.0/SummitData.Benchmarks.dll" corpus "$corpus" "$work/generator/corpus" >/dev/null
fi
documents=$(ls "$work/generator/corpus" | wc -l)

program='System.Console.WriteLine(Bench.Corpus.DataSet);'
project() { # $1: extra items
  cat <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <SummitDataNamespace>Bench</SummitDataNamespace>
    <SummitDataRootClass>Corpus</SummitDataRootClass>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="SummitData" HintPath="$library" />
$1
  </ItemGroup>
</Project>
EOF
}
project "    <CompilerVisibleProperty Include=\"SummitDataNamespace\" />
    <CompilerVisibleProperty Include=\"SummitDataRootClass\" />
    <AdditionalFiles Include=\"corpus/*.summit\" />
    <Analyzer Include=\"$generator\" />
    <Analyzer Include=\"$yaml\" />" > "$work/generator/Bench.csproj"
project "" > "$work/checked-in/Bench.csproj"
echo "$program" > "$work/generator/Program.cs"
echo "$program" > "$work/checked-in/Program.cs"

# The generator's output, checked in.
dotnet build -c Release -nologo -v:q "$work/generator" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=generated >/dev/null
mkdir -p "$work/checked-in/Generated"
find "$work/generator/generated" -name '*.cs' -exec cp {} "$work/checked-in/Generated/" \;
rm -rf "$work/generator/generated"
files=$(ls "$work/checked-in/Generated" | wc -l)
dotnet build -c Release -nologo -v:q "$work/checked-in" >/dev/null
echo "$documents documents, $files generated files; both projects build and print: $(dotnet "$work/checked-in/bin/Release/net10.0/Bench.dll")"

build() { # $1: project folder; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build -c Release -nologo -v:q --no-restore --no-incremental "$1" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# One unmeasured build of each warms the compiler server and the disk cache.
build "$work/generator" >/dev/null
build "$work/checked-in" >/dev/null
: > "$work/generator.times"
: > "$work/checked-in.times"
for ((i = 0; i < runs; i++)); do
  build "$work/generator" >> "$work/generator.times"
  build "$work/checked-in" >> "$work/checked-in.times"
done

stats() { sort -n "$1" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f s (%.2f–%.2f)", m, a[1], a[NR] }'; }
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The compiler's own account of the generator's time, and a binary log of that build.
report=$(dotnet build -c Release -nologo -v:d --no-restore --no-incremental "$work/generator" -p:ReportAnalyzer=true -bl:"$work/generator.binlog" \
  | grep -E 'SummitData\.Generator\.SummitDataGenerator|Total generator execution time' | sed 's/^ *//' | sort -u | head -4 || true)

echo
echo "| corpus | build with generator | build of checked-in sources | ratio |"
echo "|---|---:|---:|---:|"
echo "| $corpus ($documents documents, $runs builds each) | $(stats "$work/generator.times") | $(stats "$work/checked-in.times") | $(echo "scale=2; $(median "$work/generator.times") / $(median "$work/checked-in.times")" | bc) |"
echo
echo "ReportAnalyzer:"
echo "$report"
echo "binary log: $work/generator.binlog"
