using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SummitData.Tests;

/// <summary>
/// Generated code for 10,000 synthetic documents (2,000 copies of the seeds) compiles with no method over 64 KB of
/// IL, no initializer or argument list over 1,000 elements and no file over 20,000 lines, and touching one record
/// initializes only the records near it. These are the shapes that keep compile and JIT time linear in the corpus.
/// </summary>
public sealed class ScaleTests
{
    private const int Documents = 10_000;

    private readonly ITestOutputHelper _output;

    public ScaleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Ten_thousand_documents_compile_within_the_limits()
    {
        var clock = Stopwatch.StartNew();
        CSharpCompilation input = GeneratorHost.Compilation();
        GeneratorDriver driver = GeneratorHost.Driver(GeneratorHost.Texts(SyntheticCorpus.Create(Documents)), trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        TimeSpan generate = clock.Elapsed;
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(driverDiagnostics);

        clock.Restart();
        byte[] image = GeneratedCodeMetrics.Emit(output);
        TimeSpan compile = clock.Elapsed;
        GeneratedCodeMetrics metrics = GeneratedCodeMetrics.Measure(result.GeneratedSources.Select(s => s.SyntaxTree), image);
        _output.WriteLine($"{Documents} documents: generator {generate.TotalSeconds:0.0} s, compile and emit {compile.TotalSeconds:0.0} s, {image.Length / 1024} KB assembly");
        _output.WriteLine(metrics.ToString());

        Assert.Equal(Documents, result.GeneratedSources.Count(s => s.HintName.StartsWith("SummitData.Document.", StringComparison.Ordinal)));
        Assert.True(metrics.LargestMethodIL < 64 * 1024, metrics.ToString());
        Assert.True(metrics.LargestInitializer <= 1000, metrics.ToString());
        Assert.True(metrics.LargestArgumentList <= 1000, metrics.ToString());
        Assert.True(metrics.LargestFileLines <= 20_000, metrics.ToString());
        Assert.True(metrics.UserStringHeapBytes < GeneratedCodeMetrics.UserStringHeapLimit / 100, metrics.ToString());

        AssertFirstAccessIsLocal(Assembly.Load(image));
    }

    /// <summary>
    /// Touching one person or one figure builds its chunk or its document (and the people it quotes), not the
    /// corpus: it allocates a tiny fraction of what building the whole data set does.
    /// </summary>
    private void AssertFirstAccessIsLocal(Assembly assembly)
    {
        Type data = assembly.GetType("Fixture.Data")!;
        long person = Allocated(() => data.GetNestedType("People")!.GetProperty("XiJinpingC1234")!.GetValue(null));
        long figure = Allocated(() => data.GetNestedType("Figures")!.GetProperty("BilateralTrade2023C1500")!.GetValue(null));
        long all = Allocated(() => data.GetProperty("DataSet")!.GetValue(null));
        _output.WriteLine($"first access allocates: one person {person / 1024} KB, one figure {figure / 1024} KB, the data set {all / 1024} KB");
        Assert.True(person * 1000 < all, $"touching one person allocated {person} bytes, the whole data set {all}");
        Assert.True(figure * 1000 < all, $"touching one figure allocated {figure} bytes, the whole data set {all}");

        static long Allocated(Action touch)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            touch();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
