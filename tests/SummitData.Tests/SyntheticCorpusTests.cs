using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The synthetic corpus the benchmarks and the scale test use: valid, deterministic, in the seeds' shape.</summary>
public sealed class SyntheticCorpusTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    public void Synthetic_corpus_passes_the_generator_with_no_diagnostics(int count)
    {
        Run run = GeneratorHarness.Run(GeneratorHost.Texts(SyntheticCorpus.Create(count)), null);
        Assert.Null(run.Exception);

        // Past the size at which records get no named members by default (a copy of the seeds has 39 or 40 records),
        // SD0030 says so, and nothing else is reported.
        bool large = count * 39 > SummitData.Generator.Emitting.NamedKinds.AutoNamedMembers;
        Assert.Equal(large ? new[] { "SD0030" } : Array.Empty<string>(), run.Diagnostics.Select(d => d.Id));
        // A document's file with named members; without them, one property each in a few files of packs.
        int documents = large
            ? run.Sources.Where(s => s.HintName.StartsWith("SummitData.Packs.", StringComparison.Ordinal)).Sum(s => s.SourceText.ToString().Split("ReadOnlySpan<byte> __Doc_").Length - 1)
            : run.Sources.Count(s => s.HintName.StartsWith("SummitData.Document.", StringComparison.Ordinal));
        Assert.Equal(count, documents);
    }

    [Fact]
    public void Synthetic_corpus_loads_at_run_time_with_the_seeds_density()
    {
        LoadResult seeds = SummitDataLoader.LoadTexts(SeedDocuments.All.Select(f => (f.Path, f.Content)));
        LoadResult corpus = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(100).Select(f => (f.Path, f.Content)));
        Assert.Empty(seeds.Diagnostics);
        Assert.Empty(corpus.Diagnostics);

        // 100 documents are 20 copies of the five seeds: 20 times their records, with people shared within a copy.
        Assert.Equal(20 * seeds.Data.Documents.Count, corpus.Data.Documents.Count);
        Assert.Equal(20 * seeds.Data.Figures.Count, corpus.Data.Figures.Count);
        Assert.Equal(20 * seeds.Data.Quotes.Count, corpus.Data.Quotes.Count);
        Assert.Equal(20 * seeds.Data.People.Count, corpus.Data.People.Count);
        Assert.Equal(20 * seeds.Data.Agreements.Count, corpus.Data.Agreements.Count);
        Assert.Equal(20 * seeds.Data.Entities.Count, corpus.Data.Entities.Count);
        Assert.Equal(20 * seeds.Data.Claims.Count, corpus.Data.Claims.Count);
        Assert.Equal(20 * seeds.Data.Discrepancies.Count, corpus.Data.Discrepancies.Count);
        Assert.Equal(20 * seeds.Data.Events.Count, corpus.Data.Events.Count);
        Assert.NotEmpty(seeds.Data.Events);

        // An event of copy k names the people and places of copy k, not those of the seeds (copy 0, no suffix).
        var copySuffix = new Regex("-c[0-9]+$", RegexOptions.CultureInvariant);
        Assert.All(corpus.Data.Events, e =>
        {
            string suffix = copySuffix.Match(e.Id).Value;
            IEnumerable<string> named = e.WhereId is { } where ? e.WhoIds.Append(where) : e.WhoIds;
            Assert.All(named, id => Assert.Equal(suffix, copySuffix.Match(id).Value));
        });
        Assert.Equal(20 * seeds.Data.Documents.Sum(d => d.Text.Length), corpus.Data.Documents.Sum(d => d.Text.Length));
    }

    [Fact]
    public void A_count_that_is_not_a_multiple_of_five_is_valid_too()
    {
        LoadResult corpus = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(13).Select(f => (f.Path, f.Content)));
        Assert.Empty(corpus.Diagnostics);
        Assert.Equal(13, corpus.Data.Documents.Count);
    }

    [Fact]
    public void Copy_zero_is_the_seeds_and_copies_rename_ids_only()
    {
        Assert.Equal(
            SeedDocuments.All.OrderBy(f => f.Path, StringComparer.Ordinal),
            SyntheticCorpus.Create(5).OrderBy(f => f.Path, StringComparer.Ordinal));

        CorpusFile seed = SeedDocuments.All[0];
        CorpusFile copy = SyntheticCorpus.Copy(seed, 7);
        Assert.EndsWith("-c7.summit", copy.Path, StringComparison.Ordinal);
        Assert.Equal(seed.Content.Substring(seed.Content.Length - 2000), copy.Content.Substring(copy.Content.Length - 2000));
        Assert.Contains("\nid: moscow-beijing-convergences-c7\n", copy.Content, StringComparison.Ordinal);
        Assert.Contains("  - id: xi-jinping-c7\n", copy.Content, StringComparison.Ordinal);
        Assert.Contains("source: 000_da75c1d473a978bd.txt\n", copy.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("source: joint-statement-2024\n", copy.Content, StringComparison.Ordinal);
        Assert.Contains("source: joint-statement-2024-c7\n", copy.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("speaker: null-c7", copy.Content, StringComparison.Ordinal);
        Assert.Contains("    parties: [russia-c7, china-c7]\n", copy.Content, StringComparison.Ordinal);

        // Every line that changed gained exactly the suffix, or, in a list of ids, each id did.
        string[] before = seed.AnnotationBlock.Split('\n');
        string[] after = copy.AnnotationBlock.Split('\n');
        Assert.Equal(before.Length, after.Length);
        Assert.All(before.Zip(after), pair => Assert.True(
            pair.First == pair.Second || pair.First + "-c7" == pair.Second || (pair.First.Contains('[') && pair.First == pair.Second.Replace("-c7", string.Empty, StringComparison.Ordinal)),
            pair.Second));
        Assert.Contains(before.Zip(after), pair => pair.First != pair.Second);
    }

    [Fact]
    public void Copies_rename_every_kind_of_reference()
    {
        // The seeds may write references in any of the format's ways; a copy must rename them all, or its references
        // would reach into copy 0 (or dangle in a corpus without it).
        const string block = "---\nid: doc\nagreements:\n  - id: deal\n    parties: [russia, xi-jinping]\n    mentions: [deal]\n"
            + "figures:\n  - id: trade\n    claim: trade-claim\nclaims:\n  - id: trade-claim\n    about:\n      - russia\n      - deal\n    citations:\n      - exact: trade\n"
            + "discrepancies:\n  - about:\n    - china\n    id: count\n    side: deal\n"
            + "events:\n  - id: talks\n    where: beijing\n    who: [xi-jinping, russia]\n    citations: [deal]\n  - id: trip\n    who:\n      - xi-jinping\n---\ntext";
        string copy = SyntheticCorpus.RenameIds(block, "-c3");
        Assert.Equal(
            "---\nid: doc-c3\nagreements:\n  - id: deal-c3\n    parties: [russia-c3, xi-jinping-c3]\n    mentions: [deal]\n"
            + "figures:\n  - id: trade-c3\n    claim: trade-claim-c3\nclaims:\n  - id: trade-claim-c3\n    about:\n      - russia-c3\n      - deal-c3\n    citations:\n      - exact: trade\n"
            + "discrepancies:\n  - about:\n    - china-c3\n    id: count-c3\n    side: deal\n"
            + "events:\n  - id: talks-c3\n    where: beijing-c3\n    who: [xi-jinping-c3, russia-c3]\n    citations: [deal]\n  - id: trip-c3\n    who:\n      - xi-jinping-c3\n---\ntext",
            copy);
    }

    [Fact]
    public void Same_arguments_give_the_same_corpus_and_the_seed_only_changes_the_order()
    {
        Assert.Equal(SyntheticCorpus.Create(50), SyntheticCorpus.Create(50));
        var other = SyntheticCorpus.Create(50, seed: 7);
        Assert.NotEqual(SyntheticCorpus.Create(50), other);
        Assert.Equal(SyntheticCorpus.Create(50).OrderBy(f => f.Path, StringComparer.Ordinal), other.OrderBy(f => f.Path, StringComparer.Ordinal));
    }
}
