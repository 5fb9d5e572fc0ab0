using System;
using System.Collections.Generic;
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
        // Named members kept (the default leaves them out of a corpus this large, SD0030): the largest shape the generator writes.
        var properties = new Dictionary<string, string>(GeneratorHost.FixtureProperties) { ["build_property.SummitDataNamedMembers"] = "true" };
        GeneratorDriver driver = GeneratorHost.Driver(GeneratorHost.Texts(SyntheticCorpus.Create(Documents)), properties, trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        TimeSpan generate = clock.Elapsed;
        Assert.Null(result.Exception);
        Assert.Equal(result.Diagnostics.Select(d => d.ToString()), driverDiagnostics.Select(d => d.ToString()));

        // 2,000 copies of the seeds' 36 figures and 41 quotes are more than one class can hold as properties (SD0022);
        // documents, people and agreements keep theirs.
        Assert.Equal(
            new[] { "SD0022 figures", "SD0022 quotes" },
            result.Diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(' ')[4].TrimEnd(';')).Order(StringComparer.Ordinal));

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
        // Past the budget of DataForm, the data is in UTF-8 literals, not strings: the heap holds almost nothing.
        Assert.True(metrics.UserStringHeapBytes < GeneratedCodeMetrics.UserStringHeapLimit / 100, metrics.ToString());

        // Every generated type loads: no class has more methods than the runtime allows.
        Assembly assembly = Assembly.Load(image);
        Assert.NotEmpty(assembly.GetTypes());
        AssertFirstAccessIsLocal(assembly);
    }

    /// <summary>
    /// Touching one person or one document builds its chunk or its holder (and the people it quotes), not the
    /// corpus: it allocates a tiny fraction of what building the whole data set does.
    /// </summary>
    private void AssertFirstAccessIsLocal(Assembly assembly)
    {
        Type data = assembly.GetType("Fixture.Data")!;
        long person = Allocated(() => data.GetNestedType("People")!.GetProperty("XiJinpingC1234")!.GetValue(null));
        long document = Allocated(() => data.GetNestedType("Documents")!.GetProperty("TradeAndCulturalExchangesC1500")!.GetValue(null));
        long all = Allocated(() => data.GetProperty("DataSet")!.GetValue(null));
        _output.WriteLine($"first access allocates: one person {person / 1024} KB, one document with its figures and quotes {document / 1024} KB, the data set {all / 1024} KB");
        Assert.True(person * 1000 < all, $"touching one person allocated {person} bytes, the whole data set {all}");
        Assert.True(document * 1000 < all, $"touching one document allocated {document} bytes, the whole data set {all}");

        static long Allocated(Action touch)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            touch();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
