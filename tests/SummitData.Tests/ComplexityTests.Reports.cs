using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitData.Loading;
using SummitData.Reporting;
using SummitData.Testing;
using Xunit;

namespace SummitData.Tests;

// The reports: n people, each named in a document of their own and quoted once, counted in rows read from the data.
public sealed partial class ComplexityTests
{
    /// <summary>People (and documents) in the smaller data set; the larger one has four times as many.</summary>
    private const int ReportPeople = 500;

    [Fact(Timeout = 60_000)]
    public async Task The_Markdown_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("Markdown", MarkdownReport.Render));

    [Fact(Timeout = 60_000)]
    public async Task The_HTML_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("HTML", HtmlReport.Render));

    [Fact(Timeout = 60_000)]
    public async Task The_text_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("text", TextReport.Render));

    [Fact(Timeout = 60_000)]
    public async Task The_citations_table_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("citations CSV", CsvReport.RenderCitations));

    /// <summary>
    /// Renders the report of n and of 4n people and compares the rows read: every item the data set's record sets and
    /// the records' lists hand out, to the data set's queries and to the report alike. A query that scans all quotes
    /// once per person reads n² rows, a ratio of 16.
    /// </summary>
    private static void AssertLinearRows(string report, Func<SummitDataSet, string> render)
    {
        SummitDataSet smallData = ReportData(ReportPeople);
        SummitDataSet largeData = ReportData(4 * ReportPeople);
        string smallReport = string.Empty;
        string largeReport = string.Empty;
        long small = RowCounting.Count(() => smallReport = render(smallData));
        long large = RowCounting.Count(() => largeReport = render(largeData));

        // The reports really hold every person's quote, so the rows were needed, not skipped.
        Assert.Contains($"w{ReportPeople - 1}", smallReport, StringComparison.Ordinal);
        Assert.Contains($"w{(4 * ReportPeople) - 1}", largeReport, StringComparison.Ordinal);
        Assert.True(small >= ReportPeople, $"{report}: only {small} rows read");
        Assert.True(large <= 5 * small, $"{report}: {small} rows read for {ReportPeople} people, {large} for {4 * ReportPeople}: ratio {(double)large / small:F2}");
    }

    /// <summary>
    /// n documents; document i names person i, quotes them, states a figure of a claim about them and mentions the one
    /// agreement all people are party to; documents 2k and 2k + 1 are the two sides of a discrepancy about person 2k.
    /// Loaded by the runtime loader, as a user's documents would be.
    /// </summary>
    private static SummitDataSet ReportData(int n)
    {
        var files = new List<(string Path, string Content)>();
        for (int i = 0; i < n; i++)
        {
            string text = $"P{i} said “w{i}”; up 5% under the accord.";
            string accord = i == 0
                ? "agreements:\n  - id: accord\n    title: The accord\n    kind: treaty\n    status: signed-during-visit\n    parties: [" + string.Join(", ", Enumerable.Range(0, n).Select(p => $"p{p}")) + "]\n    mentions: [the accord]\n"
                : "agreements:\n  - id: accord\n    title: The accord\n    kind: treaty\n    status: signed-during-visit\n    mentions: [the accord]\n";
            string side = $"discrepancies:\n  - id: x{i / 2 * 2}\n    topic: Wording {i / 2}\n    kind: wording\n    about: [p{i / 2 * 2}]\n    side: w{i}\n";
            string yaml = $"---\nformat: summitdata/1\nid: d{i}\nsha256: {SummitDataLoader.TextSha256(text)}\ntitle: Document {i}\nlanguage: en\ninferred: [title, language]\n"
                + $"people:\n  - id: p{i}\n    name: P{i}\n    mentions: [P{i}]\n"
                + accord
                + $"claims:\n  - id: c{i}\n    statement: Claim {i}\n    about: [p{i}]\n    citations: [up 5%]\n"
                + $"figures:\n  - id: f{i}\n    exact: 5%\n    value: 5\n    unit: percent\n    measures: growth\n    direction: increase\n    claim: c{i}\n"
                + $"quotes:\n  - id: q{i}\n    exact: w{i}\n    kind: direct-speech\n    speaker: p{i}\n"
                + (n % 2 == 0 ? side : string.Empty)
                + "---\n" + text;
            files.Add(($"/report/d{i}.summit", yaml));
        }

        LoadResult result = SummitDataLoader.LoadTexts(files);
        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics.Take(3)));
        return result.Data;
    }
}
