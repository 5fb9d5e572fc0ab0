using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Testing;
using YamlDotNet.Core;

namespace SummitData.Benchmarks;

/// <summary>
/// One full run of the generator through <see cref="CSharpGeneratorDriver"/> with a new driver, so nothing is cached
/// (what a command-line build does), over the five seeds (5) and synthetic corpora of 100, 1,000 and 10,000
/// documents in their shape; side by side, the bare YamlDotNet parse (<see cref="Parser"/> events only) of the same
/// annotation blocks, the floor any YAML-based generator pays.
/// </summary>
[MemoryDiagnoser]
// The 10,000-document run takes seconds per operation: a fixed, short job keeps the whole suite within minutes.
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GeneratorBenchmarks
{
    private AdditionalText[] _texts = [];
    private string[] _blocks = [];
    private CSharpCompilation _compilation = null!;

    /// <summary>Documents in the corpus; 5 is the seeds themselves.</summary>
    [Params(5, 100, 1_000, 10_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<CorpusFile> files = SyntheticCorpus.Create(Documents);
        _texts = GeneratorHost.Texts(files);
        _blocks = files.Select(f => f.AnnotationBlock).ToArray();
        _compilation = GeneratorHost.Compilation();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse of the annotation blocks")]
    public int BareYamlParse()
    {
        int events = 0;
        foreach (string block in _blocks)
        {
            var parser = new Parser(new StringReader(block));
            while (parser.MoveNext())
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark(Description = "generator, full run")]
    public GeneratorDriver FullRun() => GeneratorHost.Driver(_texts, trackSteps: false).RunGenerators(_compilation);
}
