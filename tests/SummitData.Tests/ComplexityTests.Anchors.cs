using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Anchor search: the work (automaton steps, character comparisons, candidates examined, through the counter the
/// search keeps) and the memory of a document grow linearly with its text and its anchors, at n and 4n; the limits on
/// anchors are SD0020 at the anchor that crosses them.
/// </summary>
public sealed partial class ComplexityTests
{
    private const string AnchorsPath = "/docs/hostile.summit";

    /// <summary>
    /// The long-prefix case: text <c>"1 "</c> × n, a figure <c>exact: 1</c> whose prefix, as long as the limit allows,
    /// stands everywhere but ends only once, at the end. Comparing the prefix at each candidate would cost n × 2,000.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task Long_prefix_costs_the_text_not_the_text_times_the_prefix()
    {
        await Task.Run(() =>
        {
            const int n = 50_000;
            string prefix = Repeat("1 ", (Limits.MaxAnchorLength / 2) - 1) + "2 ";
            Assert.Equal(Limits.MaxAnchorLength, prefix.Length);

            long Work(int size)
            {
                string text = Repeat("1 ", size) + "2 1";
                string yaml = $"figures:\n  - id: one\n    exact: \"1\"\n    prefix: \"{prefix}\"\n    value: 1\n    unit: count\n    measures: ones\n";
                (ParseResult result, long work) = ParseCounting(Document(yaml, text));
                Assert.Empty(result.Diagnostics);
                CitationSpec citation = Assert.Single(Assert.Single(result.Document!.Of("figures")).Values[0].Citations);
                Assert.Equal(text.Length - 1, citation.Offset);

                // A constant number of steps per character of text and pattern, not one prefix comparison per "1".
                Assert.True(work < 20L * (text.Length + prefix.Length), $"{work} steps for a text of {text.Length} characters");
                return work;
            }

            AssertLinear(Work(n), Work(4 * n), "long prefix");
        });
    }

    /// <summary>n anchors over a text of n words: one pass for all of them, not one pass per anchor.</summary>
    [Fact(Timeout = 60_000)]
    public async Task Many_anchors_cost_the_text_plus_the_anchors()
    {
        await Task.Run(() =>
        {
            const int n = 2_000;

            long Work(int size)
            {
                string[] words = Enumerable.Range(0, size).Select(i => "w" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                string text = string.Join(" ", words);
                string yaml = "people:\n  - id: many\n    name: Many\n    mentions: [" + string.Join(", ", words) + "]\n";
                (ParseResult result, long work) = ParseCounting(Document(yaml, text));
                Assert.Empty(result.Diagnostics);
                Assert.Equal(size, Mentions(Assert.Single(result.Document!.Of("people"))).Count);
                Assert.True(work < 50L * (text.Length + (size * 7)), $"{work} steps for {size} anchors over {text.Length} characters");
                return work;
            }

            AssertLinear(Work(n), Work(4 * n), "many anchors");
        });
    }

    /// <summary>
    /// m and 4m identical mentions with <c>all: true</c> over one text: the memory grows by a reference per citation,
    /// the citations themselves (and their text) are shared, not copied per item.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task Repeated_all_mentions_share_their_citations()
    {
        await Task.Run(() =>
        {
            const int occurrences = 1_000;
            const int m = 20;
            string text = Repeat("x ", occurrences);

            (ParseResult Result, long Bytes) Parse(int items)
            {
                string yaml = "people:\n  - id: x\n    name: X\n    mentions: [" + string.Join(", ", Enumerable.Repeat("{exact: x, all: true}", items)) + "]\n";
                string content = Document(yaml, text);
                long before = GC.GetAllocatedBytesForCurrentThread();
                ParseResult result = DocumentParser.Parse(AnchorsPath, content, default);
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Empty(result.Diagnostics);
                Assert.Equal(items * occurrences, Mentions(Assert.Single(result.Document!.Of("people"))).Count);
                return (result, bytes);
            }

            Parse(m);
            (ParseResult small, long smallBytes) = Parse(m);
            (_, long largeBytes) = Parse(4 * m);
            AssertLinear(smallBytes, largeBytes, "allocated bytes of all: true mentions");

            // The second item's citations are the first item's instances, with the anchor's own string as their text.
            EquatableArray<CitationSpec> mentions = Mentions(small.Document!.Of("people")[0]);
            for (int i = 0; i < occurrences; i++)
            {
                Assert.Same(mentions[i], mentions[i + occurrences]);
                Assert.Same(mentions[0].Text, mentions[i].Text);
            }

            // Each further citation costs its references (one in the record's list, one in its array), far less than
            // a CitationSpec of its own (40 bytes on 64 bits) and its text.
            double perCitation = (double)(largeBytes - smallBytes) / (3 * m * occurrences);
            Assert.True(perCitation < 24, $"{perCitation:0.0} bytes per repeated citation");
        });
    }

    /// <summary>
    /// The case that ran out of memory: <c>x</c> 218,453 times in the text and mentions <c>{exact: x, all: true}</c>.
    /// The first item alone selects more citations than a document may have: SD0020 there, before any is made.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task All_mentions_past_the_citation_limit_are_SD0020_before_they_are_made()
    {
        await Task.Run(() =>
        {
            string text = Repeat("x ", 218_453);
            string yaml = "people:\n  - id: x\n    name: X\n    mentions:\n" + string.Concat(Enumerable.Repeat("      - {exact: x, all: true}\n", 50));
            string content = Document(yaml, text);
            long before = GC.GetAllocatedBytesForCurrentThread();
            ParseResult result = DocumentParser.Parse(AnchorsPath, content, default);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;

            DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("SD0020", diagnostic.Id);
            Assert.Equal(LineOf(content, "      - {exact: x, all: true}"), diagnostic.Location!.Line);
            Assert.Contains(Limits.MaxCitationsPerDocument.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
            Assert.Null(result.Document);

            // The text, its hash, its line index and the places kept up to the limit: a few megabytes, not 50 × 218,453 citations.
            Assert.True(bytes < 40L * 1024 * 1024, $"{bytes / 1024 / 1024} MB allocated");
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task Prefix_one_character_over_the_limit_is_SD0020_at_the_prefix()
    {
        await Task.Run(() =>
        {
            string text = Repeat("1 ", 10_000) + "2 1";
            string prefix = " " + Repeat("1 ", (Limits.MaxAnchorLength / 2) - 1) + "2 ";
            Assert.Equal(Limits.MaxAnchorLength + 1, prefix.Length);
            string yaml = $"figures:\n  - id: one\n    exact: \"1\"\n    prefix: \"{prefix}\"\n    value: 1\n    unit: count\n    measures: ones\n";
            string content = Document(yaml, text);
            ParseResult result = DocumentParser.Parse(AnchorsPath, content, default);

            DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("SD0020", diagnostic.Id);
            Assert.Equal(LineOf(content, "    prefix: "), diagnostic.Location!.Line);
            Assert.Contains($"'prefix' is {Limits.MaxAnchorLength + 1} characters long", diagnostic.Message, StringComparison.Ordinal);
            Assert.Null(result.Document);
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task One_anchor_more_than_the_limit_is_SD0020_at_that_anchor()
    {
        await Task.Run(() =>
        {
            string text = "word";
            string yaml = "people:\n  - id: many\n    name: Many\n    mentions:\n" + string.Concat(Enumerable.Repeat("      - word\n", Limits.MaxAnchorsPerDocument + 1));
            string content = Document(yaml, text);
            (ParseResult result, long work) = ParseCounting(content);

            DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("SD0020", diagnostic.Id);
            Assert.Equal(LineOf(content, "      - word") + Limits.MaxAnchorsPerDocument, diagnostic.Location!.Line);
            Assert.Null(result.Document);

            // Refused before the search: nothing was searched.
            Assert.Equal(0, work);
        });
    }

    /// <summary>
    /// Anchors that are suffixes of each other (<c>a</c>, <c>a a</c>, <c>a a a</c>, ...) over <c>"a "</c> × n all end
    /// at every <c>a</c>: n × anchors candidates. The search stops at the limit with SD0020 at the anchor it was at.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task Overlapping_anchors_past_the_candidate_limit_are_SD0020()
    {
        await Task.Run(() =>
        {
            const int words = 100_000;
            const int anchors = 400;
            string text = Repeat("a ", words);
            var yaml = new StringBuilder("people:\n  - id: many\n    name: Many\n    mentions:\n");
            for (int i = 1; i <= anchors; i++)
            {
                yaml.Append("      - {exact: \"").Append(Repeat("a ", i).TrimEnd()).Append("\", all: true}\n");
            }

            string content = Document(yaml.ToString(), text);
            (ParseResult result, long work) = ParseCounting(content);

            DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("SD0020", diagnostic.Id);
            Assert.Contains(Limits.MaxAnchorCandidates.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
            Assert.StartsWith("      - {exact: \"a", content.Split('\n')[diagnostic.Location!.StartLine], StringComparison.Ordinal);
            Assert.Null(result.Document);

            // Each candidate is reported by the automaton and examined: two steps, plus the pass over the text.
            Assert.True(work < (2L * Limits.MaxAnchorCandidates) + (20L * content.Length), $"{work} steps");
        });
    }

    /// <summary>Every anchor of the seeds and of the adversarial corpus is registered before the search: no lookup misses.</summary>
    [Fact(Timeout = 60_000)]
    public async Task Every_anchor_is_registered_before_the_search()
    {
        await Task.Run(() =>
        {
            string root = ReadmeTests.RepositoryRoot();
            string[] files = Directory.GetFiles(Path.Combine(root, "seeds"), "*.summit")
                .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BadInput"), "*.summit"))
                .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.summit"))
                .ToArray();
            Assert.True(files.Length > 200, $"{files.Length} files");
            int resolved = 0;
            foreach (string file in files)
            {
                int misses = AnchorResolver.MissesOnThisThread;
                ParseResult result = DocumentParser.Parse(file, File.ReadAllText(file), default);
                Assert.True(AnchorResolver.MissesOnThisThread == misses, $"{Path.GetFileName(file)}: {AnchorResolver.MissesOnThisThread - misses} anchors were not registered");
                resolved += result.Document is null ? 0 : 1;
            }

            Assert.True(resolved > 50, $"{resolved} documents parsed without errors");
        });
    }

    private static (ParseResult Result, long Work) ParseCounting(string content)
    {
        long before = AnchorResolver.WorkOnThisThread;
        ParseResult result = DocumentParser.Parse(AnchorsPath, content, default);
        return (result, AnchorResolver.WorkOnThisThread - before);
    }

    private static void AssertLinear(long small, long large, string what)
    {
        Assert.True(small > 0, $"{what}: no work counted");
        double ratio = (double)large / small;
        Assert.True(ratio <= 5, $"{what}: {small} at n, {large} at 4n, ratio {ratio:0.00}");
    }

    private static string Document(string yaml, string text) =>
        "---\nformat: summitdata/1\nid: hostile\nsha256: " + DocumentParser.Sha256(text) + "\n" + yaml + "---\n" + text;

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();

    private static int LineOf(string content, string start) =>
        Array.FindIndex(content.Split('\n'), line => line.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static EquatableArray<CitationSpec> Mentions(RecordSpec person) =>
        person.Values[SummitData.Generator.Kinds.Kinds.People.IndexOf("mentions")].Citations;
}
