using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Output that depends only on the documents: not on the order the compiler hands them over, not on where they
/// are on disk; hint names that are valid everywhere; and a generator that stops when the build is cancelled.
/// </summary>
public sealed class DeterminismTests
{
    private static List<(string Name, string Content)> SeedFiles() =>
        SeedDocuments.All.Select(f => (Path.GetFileName(f.Path), f.Content)).ToList();

    private static string Output(Run run) =>
        string.Join("\n", run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));

    [Fact]
    public void Shuffled_additional_files_give_identical_sources()
    {
        List<(string Name, string Content)> seeds = SeedFiles();
        string expected = Output(GeneratorHarness.Run(seeds.Select(s => GeneratorHarness.Text("/repo/seeds/" + s.Name, s.Content)).ToArray()));
        var random = new Random(20240516);
        for (int i = 0; i < 5; i++)
        {
            var shuffled = seeds.OrderBy(_ => random.Next()).ToList();
            Run run = GeneratorHarness.Run(shuffled.Select(s => GeneratorHarness.Text("/repo/seeds/" + s.Name, s.Content)).ToArray());
            Assert.Equal(expected, Output(run));
        }
    }

    [Fact]
    public void Where_the_files_are_does_not_change_the_sources()
    {
        List<(string Name, string Content)> seeds = SeedFiles();
        string unix = Output(GeneratorHarness.Run(seeds.Select(s => GeneratorHarness.Text("/home/someone/project/seeds/" + s.Name, s.Content)).ToArray()));
        string windows = Output(GeneratorHarness.Run(seeds.Select(s => GeneratorHarness.Text(@"C:\Users\someone\source\seeds\" + s.Name, s.Content)).ToArray()));
        Assert.Equal(unix, windows);
        Assert.DoesNotContain("someone", unix, StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_names_are_portable_and_unique_ignoring_case()
    {
        Run run = GeneratorHarness.Run(SeedFiles().Select(s => GeneratorHarness.Text("/seeds/" + s.Name, s.Content)).ToArray());
        string[] names = run.Sources.Select(s => s.HintName).ToArray();
        Assert.Equal(5, names.Count(n => n.StartsWith("SummitData.Document.", StringComparison.Ordinal)));

        // One chunk of each kind the seeds have (they are far fewer than 256 of any kind), and the main file.
        SummitDataSet seeds = Seeds.DataSet;
        IEnumerable<string> chunks = new (string Kind, int Count)[]
            {
                ("Agreements", seeds.Agreements.Count), ("Claims", seeds.Claims.Count), ("Discrepancies", seeds.Discrepancies.Count),
                ("Documents", seeds.Documents.Count), ("Entities", seeds.Entities.Count), ("Events", seeds.Events.Count),
                ("People", seeds.People.Count),
            }
            .Where(k => k.Count > 0)
            .Select(k => $"SummitData.Corpus.{k.Kind}.0.g.cs");
        Assert.Equal(
            chunks.Append("SummitData.Corpus.g.cs"),
            names.Where(n => !n.StartsWith("SummitData.Document.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(names, n => Assert.Matches("^[A-Za-z0-9._-]{1,120}\\.g\\.cs$", n));
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(run.Sources, s => Assert.DoesNotContain("\r", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Cancellation_stops_the_generator_within_a_few_documents()
    {
        // 2,000 documents; the token is cancelled while the 20th is being read. The generator must observe it in its
        // per-document loop (and the driver between documents), so far fewer than 2,000 are read.
        using var cancellation = new CancellationTokenSource();
        int reads = 0;
        var small = new CorpusFile("/docs/small.summit", Fixture.Small);
        var documents = Enumerable.Range(0, 2000).Select(i => SyntheticCorpus.Copy(small, i)).Select(f => (AdditionalText)new CountingText(
            f.Path,
            f.Content,
            () =>
            {
                if (Interlocked.Increment(ref reads) == 20)
                {
                    cancellation.Cancel();
                }
            })).ToArray();

        GeneratorDriver driver = GeneratorHarness.Driver(documents);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Compilation(), cancellation.Token));
        Assert.InRange(reads, 20, 40);
    }

    private sealed class CountingText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly Action _onRead;

        public CountingText(string path, string content, Action onRead)
        {
            Path = path;
            _text = SourceText.From(content);
            _onRead = onRead;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            _onRead();
            return _text;
        }
    }
}
