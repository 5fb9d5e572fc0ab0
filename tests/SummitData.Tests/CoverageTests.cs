using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SummitData.Authoring;
using SummitData.Loading;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Coverage: the numbers and quotations of a text that no annotation covers, with line and column, and the share
/// covered. The seeds are complete (their completeness tests say so); a seed with one figure or quote removed reports
/// exactly that one, at its line.
/// </summary>
public sealed class CoverageTests
{
    private static string SeedsDirectory => Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Fact]
    public void The_seeds_are_covered_completely()
    {
        CoverageReport report = Coverage.Of(Seeds.DataSet);

        Assert.Equal(5, report.Documents.Count);
        Assert.All(report.Documents, d => Assert.Empty(d.Uncovered));
        Assert.All(report.Documents, d => Assert.Equal(1d, d.Share));
        Assert.Equal(1d, report.Share);

        // Something was counted: every quote of the seeds covers a quotation, and the figures in digits cover numbers.
        Assert.Equal(Seeds.DataSet.Quotes.Count, report.Documents.Sum(d => d.Quotations));
        Assert.True(report.Documents.Sum(d => d.Numbers) >= 15, $"{report.Documents.Sum(d => d.Numbers)} numbers");
    }

    [Fact]
    public void A_seed_without_one_figure_reports_exactly_that_number_at_its_line()
    {
        // The figure "47 percent" of putin-in-beijing-may-2024, taken out of the file.
        string path = Path.Combine(SeedsDirectory, "003_c4c0ccb9bb6ced48.summit");
        string content = File.ReadAllText(path);
        string figure = Regex.Match(content, @"  - id: pib-exports-growth-2023\n(    .*\n)+").Value;
        Assert.Contains("exact: 47 percent", figure, StringComparison.Ordinal);
        string edited = content.Replace(figure, string.Empty, StringComparison.Ordinal);

        DocumentCoverage? coverage = Coverage.OfFile("003.summit", edited);

        Assert.NotNull(coverage);
        UncoveredItem missing = Assert.Single(coverage.Uncovered);
        Assert.Equal(CoverageItemKind.Number, missing.Kind);
        Assert.Equal("47 percent", missing.Text);
        string[] lines = edited.Split('\n');
        Assert.Contains("were up 47 percent compared to 2022", lines[missing.FileLine!.Value - 1], StringComparison.Ordinal);
        Assert.Equal("47 percent", lines[missing.FileLine.Value - 1].Substring(missing.Column - 1, missing.Length));
        Assert.Equal(coverage.Total - 1, coverage.Covered);
        Assert.Equal((double)(coverage.Total - 1) / coverage.Total, coverage.Share);

        // The same document loaded from the data set counts the same, with lines of the text.
        Document document = Seeds.DataSet.Documents.Get("putin-in-beijing-may-2024");
        DocumentCoverage full = Coverage.Of(Seeds.DataSet, document);
        Assert.Equal(full.Total, coverage.Total);
        Assert.Equal(document.Text.Split('\n')[missing.Line - 1], lines[missing.FileLine.Value - 1]);
    }

    [Fact]
    public void A_seed_without_one_quote_reports_exactly_that_quotation()
    {
        string path = Path.Combine(SeedsDirectory, "004_f30f6f26281ac398.summit");
        string content = File.ReadAllText(path);
        string quote = Regex.Match(content, @"  - id: tce-torigian-defiant\n(    .*\n)+").Value;
        Assert.NotEmpty(quote);
        string edited = content.Replace(quote, string.Empty, StringComparison.Ordinal);

        UncoveredItem missing = Assert.Single(Coverage.OfFile("004.summit", edited)!.Uncovered);

        Assert.Equal(CoverageItemKind.Quotation, missing.Kind);
        Assert.StartsWith("At this moment, they’re reminding the West", missing.Text, StringComparison.Ordinal);
        Assert.Equal('“', edited.Split('\n')[missing.FileLine!.Value - 1][missing.Column - 2]);
    }

    [Fact]
    public void Unreviewed_candidates_cover_nothing_and_a_file_with_errors_has_no_coverage()
    {
        string text = "Trade reached USD 240 billion, “a record”.";
        PreAnnotation pre = PreAnnotator.Annotate(text, new PreAnnotationOptions { Id = "trade" });
        DocumentCoverage coverage = Coverage.OfFile("trade.summit", pre.Content)!;
        Assert.Equal(2, coverage.Total);
        Assert.Equal(0, coverage.Covered);
        Assert.Equal(0d, coverage.Share);
        Assert.Equal(new[] { "USD 240 billion", "a record" }, coverage.Uncovered.Select(u => u.Text));

        string accepted = pre.Content.Replace("    unreviewed: true\n", string.Empty, StringComparison.Ordinal).Replace("measures: null", "measures: trade", StringComparison.Ordinal);
        Assert.Equal(1d, Coverage.OfFile("trade.summit", accepted)!.Share);
        Assert.Null(Coverage.OfFile("trade.summit", accepted.Replace("value: 240", "value: 24", StringComparison.Ordinal)));
    }

    [Fact]
    public void Coverage_of_a_text_counts_what_its_citations_cover()
    {
        const string Text = "Up 16% to USD 240 billion in 2023, “a record”, said Berg.";
        Citation At(string words) => new("doc", Text.IndexOf(words, StringComparison.Ordinal), words.Length, 1, Text.IndexOf(words, StringComparison.Ordinal) + 1, words);

        // A figure may leave out the unit and scale words: "240" covers "USD 240 billion".
        DocumentCoverage coverage = Coverage.Of("doc", Text, new[] { At("240") }, new[] { At("a record") });
        UncoveredItem missing = Assert.Single(coverage.Uncovered);
        Assert.Equal(("16%", 1, 4), (missing.Text, missing.Line, missing.Column));
        Assert.Equal(3, coverage.Total);
        Assert.Equal(2, coverage.Covered);
        Assert.Null(missing.FileLine);
    }
}
