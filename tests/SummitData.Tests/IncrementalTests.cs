using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Generator;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The incremental pipeline: what reruns after an edit, and that no Roslyn object is cached in a model.</summary>
public sealed class IncrementalTests
{
    private static AdditionalText Document(int i, string extraMeasure = "") =>
        GeneratorHarness.Text($"/docs/d{i}.summit", Fixture.Small
            .Replace("id: small-fixture", $"id: doc-{i}")
            .Replace("id: trade-2023", $"id: trade-{i}")
            .Replace("id: trade-growth", $"id: growth-{i}")
            .Replace("id: summit-length", $"id: length-{i}")
            .Replace("id: sign-it-soon", $"id: sign-{i}")
            .Replace("id: road-map", $"id: road-map-{i}")
            .Replace("measures: length of the summit", "measures: length of the summit" + extraMeasure));

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { Document(1), Document(2), Document(3) }).RunGenerators(compilation);
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.Latest)));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        string[] names =
        {
            TrackingNames.Settings, TrackingNames.Parse, TrackingNames.Documents, TrackingNames.Corpus, TrackingNames.DocumentContext, TrackingNames.DataSize, TrackingNames.OutputSettings,
            TrackingNames.Layout, TrackingNames.Chunks, TrackingNames.Index, TrackingNames.DocumentOutput, TrackingNames.ChunkOutput, TrackingNames.CorpusOutput,
        };
        foreach (string name in names)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
            foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
            {
                foreach ((object _, IncrementalStepRunReason reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {reason}");
                }
            }
        }
    }

    [Fact]
    public void Editing_one_document_reparses_only_that_one()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        AdditionalText[] documents = { Document(1), Document(2), Document(3) };
        GeneratorDriver driver = GeneratorHarness.Driver(documents).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(documents[1], Document(2, " (edited)"));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parse.Count(r => r == IncrementalStepRunReason.Cached));

        var outputs = result.TrackedSteps[TrackingNames.DocumentOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, outputs.Count(r => r == IncrementalStepRunReason.Cached));

        // A figure's measure is not corpus data: the corpus files are not written again.
        AssertNothingRan(result, TrackingNames.ChunkOutput);
        AssertNothingRan(result, TrackingNames.CorpusOutput);
    }

    [Fact]
    public void Editing_one_person_rewrites_only_that_persons_chunk()
    {
        // 100 synthetic documents name about 500 people: several chunks of people.
        CorpusFile[] files = SyntheticCorpus.Create(100).ToArray();
        int at = Array.FindIndex(files, f => f.Content.Contains("  - id: yuri-ushakov-c7\n    name: Yuri Ushakov\n", StringComparison.Ordinal));
        AdditionalText[] documents = GeneratorHost.Texts(files);
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(documents).RunGenerators(compilation);
        Assert.True(driver.GetRunResult().Results.Single().GeneratedSources.Count(s => s.HintName.StartsWith("SummitData.Corpus.People.", StringComparison.Ordinal)) > 1);

        string edited = files[at].Content.Replace("name: Yuri Ushakov\n", "name: Yury Ushakov\n", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(documents[at], GeneratorHarness.Text(files[at].Path, edited));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        var chunks = result.TrackedSteps[TrackingNames.ChunkOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, chunks.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.True(chunks.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged) > 1);
        AssertNothingRan(result, TrackingNames.CorpusOutput);
        Assert.Contains("Yury Ushakov", result.GeneratedSources.Single(s => s.SourceText.ToString().Contains("YuriUshakovC7 =>", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_named_members_an_edit_reparses_one_document_and_rewrites_one_file_of_packs()
    {
        // 300 documents: several files of packs (the least power of two of files with at most PerFile documents each on average).
        CorpusFile[] files = SyntheticCorpus.Create(300).ToArray();
        AdditionalText[] documents = GeneratorHost.Texts(files);
        var properties = new Dictionary<string, string>(GeneratorHost.FixtureProperties) { ["build_property.SummitDataNamedMembers"] = "false" };
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(documents, properties).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        int packFiles = 1;
        while (packFiles * SummitData.Generator.Emitting.PackFile.PerFile < files.Length)
        {
            packFiles *= 2;
        }

        Assert.True(packFiles >= 2);
        Assert.Equal(
            Enumerable.Range(0, packFiles).Select(i => $"SummitData.Packs.{i}.g.cs").Order(StringComparer.Ordinal),
            first.GeneratedSources.Select(s => s.HintName).Where(h => h.StartsWith("SummitData.Packs.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(first.GeneratedSources, s => s.HintName.StartsWith("SummitData.Document.", StringComparison.Ordinal));
        Assert.Equal(files.Length, first.GeneratedSources.Sum(s => s.HintName.StartsWith("SummitData.Packs.", StringComparison.Ordinal) ? CountOf(s.SourceText.ToString(), "internal static global::System.ReadOnlySpan<byte> __Doc_") : 0));

        CSharpCompilation unrelated = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", new CSharpParseOptions(LanguageVersion.Latest)));
        GeneratorRunResult same = driver.RunGenerators(unrelated).GetRunResult().Results.Single();
        foreach (string name in new[] { TrackingNames.Parse, TrackingNames.PackLine, TrackingNames.PackFiles, TrackingNames.PackOutput, TrackingNames.ChunkOutput, TrackingNames.CorpusOutput })
        {
            Assert.All(same.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        // A figure's measure: the document's own data, not the corpus's.
        int at = 7;
        int measures = files[at].Content.IndexOf("    measures: ", StringComparison.Ordinal);
        int end = files[at].Content.IndexOf('\n', measures);
        string edited = files[at].Content.Insert(end, " (edited)");
        driver = driver.ReplaceAdditionalText(documents[at], GeneratorHarness.Text(files[at].Path, edited));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        var parse = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Length - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));
        var lines = result.TrackedSteps[TrackingNames.PackLine].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, lines.Count(r => r == IncrementalStepRunReason.Modified));
        var outputs = result.TrackedSteps[TrackingNames.PackOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(packFiles - 1, outputs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        AssertNothingRan(result, TrackingNames.ChunkOutput);
        AssertNothingRan(result, TrackingNames.CorpusOutput);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertNothingRan(GeneratorRunResult result, string step)
    {
        foreach ((object _, IncrementalStepRunReason reason) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
        {
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}");
        }
    }

    [Theory]
    [InlineData("a comment line", "people:\n", "# who is named\npeople:\n")]
    [InlineData("keys reordered inside one record", "    value: 12.5\n    scale: billion\n", "    scale: billion\n    value: 12.5\n")]
    [InlineData("a blank line", "figures:\n", "\nfigures:\n")]
    public void An_edit_that_only_moves_lines_leaves_every_source_unchanged(string what, string find, string replace)
    {
        // The models hold no positions of YAML nodes: such an edit re-parses the document and re-reports its
        // diagnostics, but every generated source stays as it was.
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        AdditionalText[] documents = { Document(1), Document(2) };
        GeneratorDriver driver = GeneratorHarness.Driver(documents).RunGenerators(compilation);
        string edited = documents[0].GetText()!.ToString();
        Assert.Contains(find, edited, StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(documents[0], GeneratorHarness.Text(documents[0].Path, edited.Replace(find, replace, StringComparison.Ordinal)));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs), o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged);
        foreach (string step in new[] { TrackingNames.DocumentOutput, TrackingNames.ChunkOutput, TrackingNames.CorpusOutput })
        {
            foreach ((object _, IncrementalStepRunReason reason) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{what}: {step} is {reason}");
            }
        }
    }

    [Fact]
    public void The_value_walk_finds_a_roslyn_object_however_deep()
    {
        // The check every generator test runs (CacheCheck) walks the values the steps produce; it must see through
        // records, arrays, tuples and EquatableArrays.
        var hidden = new { Outer = (1, new object[] { new System.Collections.Generic.List<object> { "a", Location.None } }) };
        Assert.NotNull(CacheCheck.RoslynObjectIn(hidden));
        Assert.Null(CacheCheck.RoslynObjectIn(DocumentParser.Parse("/docs/small.summit", Fixture.Small, default)));

        ParseResult parsed = DocumentParser.Parse("/docs/small.summit", Fixture.Small, default);
        Assert.Null(CacheCheck.RoslynObjectIn(CorpusBuilder.Build(new[] { new SitedDocument(parsed.Document!, parsed.Sites!) }, default)));
    }
}
