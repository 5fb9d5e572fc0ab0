using System;
using System.Collections.Generic;
using System.Linq;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The Markdown report: tables that never break, whatever the data holds.</summary>
public sealed class MarkdownReportTests
{
    public static TheoryData<string> DataSets => new() { "seeds", "tricky" };

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Every_row_of_a_table_has_as_many_cells_as_its_header(string name)
    {
        List<List<string>> tables = ReportParsing.MarkdownTables(MarkdownReport.Render(Data(name)));
        Assert.NotEmpty(tables);
        foreach (List<string> table in tables)
        {
            int columns = ReportParsing.MarkdownCells(table[0]).Count;
            Assert.True(table.Count >= 2, "a table has a header and a delimiter row");
            Assert.All(ReportParsing.MarkdownCells(table[1]), cell => Assert.Matches("^-+:?$", cell));
            Assert.All(table, row => Assert.Equal(columns, ReportParsing.MarkdownCells(row).Count));
        }
    }

    [Fact]
    public void Figures_table_has_one_row_per_figure_with_its_words()
    {
        SummitDataSet data = TrickyData.Create();
        List<string> table = Table(MarkdownReport.Render(data), "As written");
        List<List<string>> rows = [.. table.Skip(2).Select(ReportParsing.MarkdownCells)];
        Assert.Equal(data.Figures.Count, rows.Count);
        Assert.Equal(data.Figures.Select(f => f.Text), rows.Select(r => ReportParsing.UnescapeMarkdown(r[1])));
        Assert.Equal(data.Figures.Select(f => f.DocumentId), rows.Select(r => r[0].Trim('`')));
    }

    [Fact]
    public void Pipes_line_breaks_and_markup_in_cells_are_escaped()
    {
        SummitDataSet data = TrickyData.Create();
        string markdown = MarkdownReport.Render(data);
        List<string> agreements = Table(markdown, "Status");
        List<string> cells = ReportParsing.MarkdownCells(agreements[2]);
        Assert.Equal(data.Agreements.Single().Title, ReportParsing.UnescapeMarkdown(cells[0]));
        Assert.Equal(string.Join(", ", data.Agreements.Single().Parties), ReportParsing.UnescapeMarkdown(cells[3]));

        // A line break in the data is a <br> in the cell, and markup from the data is not markup.
        List<string> documents = Table(markdown, "Outlet");
        Assert.Equal(data.Documents.Single().Title, ReportParsing.UnescapeMarkdown(ReportParsing.MarkdownCells(documents[2])[1]));
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_are_grouped_by_person_and_none_is_lost()
    {
        SummitDataSet data = Seeds.DataSet;
        string markdown = MarkdownReport.Render(data);
        List<List<string>> quoteTables = [.. ReportParsing.MarkdownTables(markdown).Where(t => ReportParsing.MarkdownCells(t[0]).Contains("Quote"))];
        Assert.Equal(data.Quotes.Count, quoteTables.Sum(t => t.Count - 2));

        foreach (Person person in data.People.Where(p => data.QuotesBy(p).Any()))
        {
            Assert.Contains($"\n### {person.Name} (", markdown, StringComparison.Ordinal);
        }

        foreach (Quote quote in data.Quotes)
        {
            Assert.Contains(
                quoteTables.SelectMany(t => t.Skip(2).Select(row => ReportParsing.MarkdownCells(row)[ReportParsing.MarkdownCells(t[0]).IndexOf("Quote")])),
                cell => ReportParsing.UnescapeMarkdown(cell) == $"“{quote.Text}”");
        }
    }

    [Fact]
    public void Agreements_table_shows_each_status()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string> table = Table(MarkdownReport.Render(data), "Status");
        Assert.Equal(
            data.Agreements.Select(a => (a.Title, EnumNames.Of(a.Status))),
            table.Skip(2).Select(ReportParsing.MarkdownCells).Select(c => (ReportParsing.UnescapeMarkdown(c[0]), ReportParsing.UnescapeMarkdown(c[2]))));
    }

    [Fact]
    public void Output_is_deterministic_and_culture_free()
    {
        string invariant = Cultures.Render("", () => MarkdownReport.Render(Seeds.DataSet));
        Assert.Equal(invariant, Cultures.Render("de-DE", () => MarkdownReport.Render(Seeds.DataSet)));
        Assert.Equal(invariant, MarkdownReport.Render(Seeds.DataSet));
        Assert.DoesNotContain('\r', invariant);
    }

    private static SummitDataSet Data(string name) => name == "seeds" ? Seeds.DataSet : TrickyData.Create();

    /// <summary>The table whose header has a column <paramref name="column"/>.</summary>
    private static List<string> Table(string markdown, string column) =>
        ReportParsing.MarkdownTables(markdown).Single(t => ReportParsing.MarkdownCells(t[0]).Contains(column));
}
