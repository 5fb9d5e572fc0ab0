using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Testing;

namespace SummitData.Benchmarks;

/// <summary>
/// The generator as the IDE runs it: a driver that already ran over 1,000 documents runs again after an unrelated
/// C# edit, after one document's edit, and after one document is added. Every invocation starts from the same
/// driver state (drivers are immutable), so each measures exactly one incremental step.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class IncrementalBenchmarks
{
    private const int Documents = 1_000;

    private GeneratorDriver _driver = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _added = null!;

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<CorpusFile> files = SyntheticCorpus.Create(Documents);
        AdditionalText[] texts = GeneratorHost.Texts(files);
        _compilation = GeneratorHost.Compilation();
        _driver = GeneratorHost.Driver(texts, trackSteps: false).RunGenerators(_compilation);
        _unrelatedEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Unrelated { } }", GeneratorHost.ParseOptions, path: "Unrelated.cs"));

        // A figure's measure is free text: editing it changes the document, not the corpus.
        _original = texts[0];
        string content = files[0].Content;
        int at = content.IndexOf("\n    measures: ", StringComparison.Ordinal);
        int end = content.IndexOf('\n', at + 1);
        _edited = new GeneratorHost.InMemoryText(files[0].Path, content.Insert(end, " (edited)"));

        // The next copy of a seed: a new document with new people and agreements of its own.
        CorpusFile next = SyntheticCorpus.Copy(SeedDocuments.All[0], (Documents / SeedDocuments.All.Count) + 1);
        _added = new GeneratorHost.InMemoryText(next.Path, next.Content);
    }

    [Benchmark(Description = "unrelated C# edit")]
    public GeneratorDriver UnrelatedCSharpEdit() => _driver.RunGenerators(_unrelatedEdit);

    [Benchmark(Description = "one document edited")]
    public GeneratorDriver EditOneDocument() => _driver.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);

    [Benchmark(Description = "one document added")]
    public GeneratorDriver AddOneDocument() => _driver.AddAdditionalTexts([_added]).RunGenerators(_compilation);
}
