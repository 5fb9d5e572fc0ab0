#!/usr/bin/env bash
# Build cost of the generator: a console project whose annotated documents go through the generator in every build,
# against the same project with the generator's output checked in as plain .cs files (taken with
# EmitCompilerGeneratedFiles from the first project), and against the floor: the same documents as EmbeddedResource
# (their bytes alone, no code) and an empty console. All reference the same SummitData.dll and are built the same
# way (Release, --no-incremental so that every build compiles); they take turns.
#
#   bash benchmarks/build-cost.sh seeds 7        # the five seed documents, 7 builds of each project
#   bash benchmarks/build-cost.sh 1000 7         # 1,000 synthetic documents in the seeds' shape
#   bash benchmarks/build-cost.sh 1000 3 off     # the compiler server off, as in CI
#   bash benchmarks/build-cost.sh 1000 3 off SummitDataNamedMembers=false   # a setting of the generator's project
#
# Prints the median and range of the whole `dotnet build` for each, their ratio, and the compiler's own report of
# the generator's time (-p:ReportAnalyzer=true). Leaves a binary log of one build with the generator in the work
# folder, whose path it prints.
set -euo pipefail

corpus=${1:-seeds}
runs=${2:-7}
server=${3:-on}
setting=${4:-}
[ "$server" = on ] || [ "$server" = off ] || { echo "the third argument is the compiler server: on or off" >&2; exit 2; }
shared=$([ "$server" = on ] && echo true || echo false)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/summitdata-buildcost.XXXXXX")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building the generator, the library and the corpus writer..."
dotnet build -c Release -nologo -v:q "$root/src/SummitData" -f net10.0 >/dev/null
dotnet build -c Release -nologo -v:q "$root/benchmarks/SummitData.Benchmarks" >/dev/null
generator="$root/src/SummitData.Generator/bin/Release/netstandard2.0/SummitData.Generator.dll"
yaml=$(dotnet msbuild "$root/src/SummitData.Generator" -getProperty:PKGYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll
library="$root/src/SummitData/bin/Release/net10.0/SummitData.dll"

mkdir -p "$work/generator/corpus" "$work/checked-in" "$work/embedded" "$work/empty"
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
${2:-}
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="SummitData" HintPath="$library" />
$1
  </ItemGroup>
</Project>
EOF
}
# The generator's project takes the documents as a consumer of the package does: the package's own build targets
# (every *.summit file under the project, the texts embedded as resources unless SummitDataEmbedTexts is false).
project "    <Analyzer Include=\"$generator\" />
    <Analyzer Include=\"$yaml\" />
  </ItemGroup>
  <Import Project=\"$root/src/SummitData/buildTransitive/SummitData.props\" />
  <Import Project=\"$root/src/SummitData/buildTransitive/SummitData.targets\" />
  <ItemGroup>" "$([ -n "$setting" ] && echo "    <${setting%%=*}>${setting#*=}</${setting%%=*}>")" > "$work/generator/Bench.csproj"
# The generated code reads the texts from the resources the targets embed: the checked-in project embeds them alike.
project "    <EmbeddedResource Include=\"corpus/*.summit\" LogicalName=\"SummitData.Documents/corpus/%(Filename)%(Extension)\" WithCulture=\"false\" />" > "$work/checked-in/Bench.csproj"
project "    <EmbeddedResource Include=\"corpus/*.summit\" />" > "$work/embedded/Bench.csproj"
project "" > "$work/empty/Bench.csproj"
cp -r "$work/generator/corpus" "$work/embedded/corpus"
cp -r "$work/generator/corpus" "$work/checked-in/corpus"
echo "$program" > "$work/generator/Program.cs"
echo "$program" > "$work/checked-in/Program.cs"
echo 'System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceNames().Length + " resources");' > "$work/embedded/Program.cs"
echo 'System.Console.WriteLine("empty");' > "$work/empty/Program.cs"

# The generator's output, checked in.
dotnet build -c Release -nologo -v:q "$work/generator" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=generated >/dev/null
mkdir -p "$work/checked-in/Generated"
find "$work/generator/generated" -name '*.cs' -exec cp {} "$work/checked-in/Generated/" \;
rm -rf "$work/generator/generated"
files=$(ls "$work/checked-in/Generated" | wc -l)
dotnet build -c Release -nologo -v:q "$work/checked-in" >/dev/null
echo "$documents documents, $files generated files; both projects build and print: $(dotnet "$work/checked-in/bin/Release/net10.0/Bench.dll")"
dotnet build -c Release -nologo -v:q "$work/embedded" >/dev/null
dotnet build -c Release -nologo -v:q "$work/empty" >/dev/null
echo "the floor: $(dotnet "$work/embedded/bin/Release/net10.0/Bench.dll"); $(dotnet "$work/empty/bin/Release/net10.0/Bench.dll")"

build() { # $1: project folder; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build -c Release -nologo -v:q --no-restore --no-incremental -p:UseSharedCompilation="$shared" "$1" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# One unmeasured build of each warms the compiler server (when on) and the disk cache.
projects=(generator checked-in embedded empty)
for p in "${projects[@]}"; do
  build "$work/$p" >/dev/null
  : > "$work/$p.times"
done
for ((i = 0; i < runs; i++)); do
  for p in "${projects[@]}"; do
    build "$work/$p" >> "$work/$p.times"
  done
done

stats() { sort -n "$1" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f s (%.2f–%.2f)", m, a[1], a[NR] }'; }
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The compiler's own account of the generator's time, and a binary log of that build.
report=$(dotnet build -c Release -nologo -v:d --no-restore --no-incremental "$work/generator" -p:ReportAnalyzer=true -bl:"$work/generator.binlog" \
  | grep -E 'SummitData\.Generator\.SummitDataGenerator|Total generator execution time' | sed 's/^ *//' | sort -u | head -4 || true)

echo
ratio() { echo "scale=2; $(median "$work/$1.times") / $(median "$work/$2.times")" | bc; }
echo "| corpus | build with generator | build of checked-in sources | ratio |"
echo "|---|---:|---:|---:|"
echo "| $corpus ($documents documents, $runs builds each, compiler server $server${setting:+, $setting}) | $(stats "$work/generator.times") | $(stats "$work/checked-in.times") | $(ratio generator checked-in) |"
echo
echo "| the floor | build | generator's build ÷ this |"
echo "|---|---:|---:|"
echo "| the documents as EmbeddedResource (their bytes alone) | $(stats "$work/embedded.times") | $(ratio generator embedded) |"
echo "| an empty console | $(stats "$work/empty.times") | $(ratio generator empty) |"
echo
echo "ReportAnalyzer:"
echo "$report"
echo "binary log: $work/generator.binlog"
