using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using SummitData.Testing;

namespace SummitData.Benchmarks;

/// <summary>
/// Compiling the generated code (bind and emit, in process, Release): the sources are generated and parsed once in
/// setup, so this is the cost the generated shape adds to every build. Setup prints the sizes that keep it linear:
/// the largest generated method in IL, the largest initializer, the largest file.
/// </summary>
[MemoryDiagnoser]
// One compile of 10,000 documents takes about a minute: one warm-up, five measured operations, no pilot.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileBenchmarks
{
    private SyntaxTree[] _trees = [];

    [Params(1_000, 10_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        GeneratorDriver driver = GeneratorHost.Driver(GeneratorHost.Texts(SyntheticCorpus.Create(Documents)), trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(GeneratorHost.Compilation(), out Compilation output, out _);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        // Warnings are expected at 10,000 documents: SD0022, too many figures and quotes for named properties.
        if (result.Exception is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"The generator reported problems: {result.Exception}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }

        _trees = output.SyntaxTrees.ToArray();
        byte[] image = GeneratedCodeMetrics.Emit(GeneratorHost.Compilation(_trees));
        GeneratedCodeMetrics metrics = GeneratedCodeMetrics.Measure(result.GeneratedSources.Select(s => s.SyntaxTree), image);
        Console.WriteLine($"// {Documents} documents, generated code: {metrics}; assembly {image.Length / 1024} KB");
    }

    [Benchmark(Description = "compile the generated code")]
    public long Compile()
    {
        using var stream = new MemoryStream();
        var result = GeneratorHost.Compilation(_trees).Emit(stream);
        return result.Success ? stream.Length : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
    }
}
