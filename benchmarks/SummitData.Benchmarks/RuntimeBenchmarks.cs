using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SummitData.Loading;
using SummitData.Testing;

namespace SummitData.Benchmarks;

/// <summary>
/// The compiled-in seed data in a warm process: lookup by id and a scan of every figure; and the two ways to get the
/// same data set without a generator, from its text to a data set ready for lookups: the runtime loader (YamlDotNet
/// plus the generator's checks). First access in a fresh process is the first-access harness's job
/// (<c>-- firstaccess 50</c>).
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private const string FigureId = "bilateral-trade-2023";

    private (string FilePath, string Content)[] _yaml = [];

    [GlobalSetup]
    public void Setup()
    {
        SummitDataSet data = Seeds.DataSet;
        _yaml = SeedDocuments.All.Select(f => (f.Path, f.Content)).ToArray();

        // Both ways must give the same data, or the comparison means nothing.
        SummitDataSet loaded = SummitDataLoader.LoadTexts(_yaml).EnsureSuccess();
        if (!loaded.Figures.SequenceEqual(data.Figures) || !loaded.Documents.SequenceEqual(data.Documents))
        {
            throw new InvalidOperationException($"Loaded data differs from the compiled-in data: {loaded} vs {data}");
        }
    }

    [Benchmark(Description = "compiled in: lookup by id")]
    public Figure LookupById() => Seeds.DataSet.Figures.Get(FigureId);

    [Benchmark(Description = "compiled in: scan all figures")]
    public decimal EnumerateFigures()
    {
        decimal sum = 0;
        IReadOnlyList<Figure> figures = Seeds.DataSet.Figures;
        for (int i = 0; i < figures.Count; i++)
        {
            sum += figures[i].Value;
        }

        return sum;
    }

    [Benchmark(Description = "YAML: runtime loader")]
    public SummitDataSet LoadYaml() => SummitDataLoader.LoadTexts(_yaml).Data;
}
