using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;
using SummitData.Interactive;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The notebook formatters, registered with the kernel's own formatting library (the same one the kernel uses) and run
/// in process: tables with a column per property, citations in their sentence, sides side by side, diagnostics. The
/// package tests run the notebooks in the real kernel. One class, so the shared row limit is never changed under a
/// test running in parallel.
/// </summary>
public sealed class NotebookFormatTests
{
    private static readonly Type[] RecordTypes =
    {
        typeof(Document), typeof(Agreement), typeof(Figure), typeof(Quote), typeof(Person), typeof(Entity), typeof(Claim), typeof(Discrepancy),
    };

    public NotebookFormatTests() => SummitDataFormatters.Register();

    private static string Html(object value) => value.ToDisplayString(HtmlFormatter.MimeType);

    private static string Text(object value) => value.ToDisplayString(PlainTextFormatter.MimeType);

    [Fact]
    public void Every_record_type_has_a_column_per_property_except_ids_beside_their_reference()
    {
        foreach (Type type in RecordTypes)
        {
            string[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken).Select(p => p.Name).ToArray();

            // A property that holds an id of another record must have its reference beside it, or the table would show
            // the id where a reader expects a name: a new reference needs its twin in Columns.IdTwins.
            string[] ids = properties.Where(p => (p.EndsWith("Id", StringComparison.Ordinal) || p.EndsWith("Ids", StringComparison.Ordinal))
                && p is not "Id" and not "DocumentId" and not "DocumentIds").ToArray();
            Assert.All(ids, id => Assert.Contains(Columns.IdTwins[id], properties));

            string[] expected = properties
                .Except(ids)
                .Where(p => p != "DocumentIds" || (!properties.Contains("DocumentId") && type != typeof(Document)))
                .ToArray();
            Assert.Equal(expected, Columns.Of(type).Select(c => c.Name));
        }
    }

    [Fact]
    public void A_record_set_is_a_table_with_a_header_cell_per_column_and_a_row_per_record()
    {
        RecordSet<Figure> figures = Seeds.DataSet.Figures;

        var (headers, rows) = Assert.Single(HtmlTables.Read(Html(figures)));

        Assert.Equal(Columns.Of(typeof(Figure)).Select(c => c.Name), headers);
        Assert.Equal(figures.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(headers.Length, r.Length));
        Assert.Equal(figures.Select(f => f.Id), rows.Select(r => r[0]));
        int citation = Array.IndexOf(headers, "Citation");
        Assert.Equal(figures.Select(f => $"{f.Citation.DocumentId}, line {f.Citation.Line}"), rows.Select(r => r[citation]));
        Assert.Contains($"{figures.Count} rows", Html(figures), StringComparison.Ordinal);
    }

    [Fact]
    public void References_show_by_name_and_lists_are_capped_with_their_count()
    {
        Quote quote = Seeds.DataSet.QuotesBy(Seeds.People.XiJinping)[0];
        var (headers, rows) = Assert.Single(HtmlTables.Read(Html(new[] { quote }.AsEnumerable())));
        Assert.Equal("Xi Jinping", rows[0][Array.IndexOf(headers, "Speaker")]);
        Assert.DoesNotContain("SpeakerId", headers);

        Person many = Seeds.DataSet.People.OrderByDescending(p => p.Mentions.Count).First();
        Assert.True(many.Mentions.Count > NotebookHtml.MaxListItems);
        (headers, rows) = Assert.Single(HtmlTables.Read(Html(new[] { many }.AsEnumerable())));
        string mentions = rows[0][Array.IndexOf(headers, "Mentions")];
        Assert.StartsWith(string.Join("; ", many.Mentions.Take(NotebookHtml.MaxListItems).Select(m => $"{m.DocumentId}, line {m.Line}")), mentions, StringComparison.Ordinal);
        Assert.EndsWith($"… ({many.Mentions.Count} in all)", mentions, StringComparison.Ordinal);

        Agreement agreement = Seeds.DataSet.Agreements.First(a => a.Parties.Count > 1);
        (headers, rows) = Assert.Single(HtmlTables.Read(Html(new[] { agreement }.AsEnumerable())));
        Assert.Equal(string.Join("; ", agreement.Parties.Select(p => p.Name)), rows[0][Array.IndexOf(headers, "Parties")]);
    }

    [Fact]
    public void Registering_twice_registers_once_and_again_after_a_reset()
    {
        int Count() => Formatter.RegisteredFormatters(includeDefaults: false).Count(f => f.Type == typeof(SummitDataSet));
        SummitDataFormatters.Register();
        Assert.Equal(2, Count()); // HTML and plain text

        Formatter.ResetToDefault();
        Assert.Equal(0, Count());
        Assert.DoesNotContain("class=\"summitdata\"", Html(Seeds.DataSet), StringComparison.Ordinal);

        SummitDataFormatters.Register();
        Assert.Equal(2, Count());
        Assert.Contains("<summary><b>Figures</b>", Html(Seeds.DataSet), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_past_the_limit_are_counted_not_shown()
    {
        int limit = SummitDataFormatters.MaxRows;
        try
        {
            SummitDataFormatters.MaxRows = 5;
            string html = Html(Seeds.DataSet.Figures);
            Assert.Equal(5, Assert.Single(HtmlTables.Read(html)).Rows.Length);
            Assert.Contains($"5 of {Seeds.DataSet.Figures.Count} rows", html, StringComparison.Ordinal);
            Assert.Contains($"5 of {Seeds.DataSet.Figures.Count} rows", Text(Seeds.DataSet.Figures), StringComparison.Ordinal);
            Assert.Throws<ArgumentOutOfRangeException>(() => SummitDataFormatters.MaxRows = 0);
        }
        finally
        {
            SummitDataFormatters.MaxRows = limit;
        }
    }

    [Fact]
    public void A_figure_shows_the_sentence_it_sits_in_with_the_words_marked_and_where()
    {
        Figure trade = Seeds.Figures.BilateralTrade2023;
        string text = Seeds.DataSet.Documents.Get(trade.DocumentId).Text;
        string before = text[(trade.Citation.Offset - 16)..trade.Citation.Offset];
        string after = text[(trade.Citation.Offset + trade.Citation.Length)..(trade.Citation.Offset + trade.Citation.Length + 16)];
        Assert.DoesNotMatch(@"[.\n]", before + after); // the same sentence on both sides, by the text itself

        string html = Html(trade);

        Assert.Contains($"{NotebookHtml.Encode(before)}<mark>{NotebookHtml.Encode(trade.Text)}</mark>{NotebookHtml.Encode(after)}", html, StringComparison.Ordinal);
        Assert.Contains($"{trade.DocumentId}, line {trade.Citation.Line}, column {trade.Citation.Column}", html, StringComparison.Ordinal);
        Assert.Contains($"{before}**{trade.Text}**{after}", Text(trade), StringComparison.Ordinal);

        // The citation on its own says the same.
        Assert.Contains($"<mark>{NotebookHtml.Encode(trade.Text)}</mark>{NotebookHtml.Encode(after)}", Html(trade.Citation), StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_made_by_hand_shows_its_words_without_a_sentence()
    {
        var citation = new Citation("nowhere", 3, 5, 1, 4, "words");

        string html = Html(citation);

        Assert.Contains("<mark>words</mark>", html, StringComparison.Ordinal);
        Assert.Contains("nowhere, line 1, column 4", html, StringComparison.Ordinal);
        Assert.Equal(Seeds.Figures.BilateralTrade2023.Citation, Seeds.Figures.BilateralTrade2023.Citation with { });
    }

    [Fact]
    public void A_discrepancy_shows_its_sides_side_by_side_each_marked_in_its_sentence()
    {
        Discrepancy spelling = Seeds.DataSet.Discrepancies.Get("belousov-spelling");

        string html = Html(spelling);

        MatchCollection sides = Regex.Matches(html, "<div class=\"sd-side\">(.*?)</div></div>", RegexOptions.Singleline);
        Assert.Equal(spelling.Sides.Count, sides.Count);
        for (int i = 0; i < sides.Count; i++)
        {
            Assert.Contains($"<mark>{NotebookHtml.Encode(spelling.Sides[i].Text)}</mark>", sides[i].Value, StringComparison.Ordinal);
            Assert.Contains(spelling.Sides[i].DocumentId, sides[i].Value, StringComparison.Ordinal);
            Assert.Contains($"line {spelling.Sides[i].Line}, column {spelling.Sides[i].Column}", sides[i].Value, StringComparison.Ordinal);
        }

        // In a table of discrepancies the sides cell holds the same cards.
        string table = Html(Seeds.DataSet.Discrepancies);
        Assert.Equal(Seeds.DataSet.Discrepancies.Sum(d => d.Sides.Count), Regex.Matches(table, "<div class=\"sd-side\">").Count);
    }

    [Fact]
    public void A_data_set_is_its_counts_and_a_table_per_kind()
    {
        SummitDataSet data = Seeds.DataSet;

        string html = Html(data);

        Assert.Contains(NotebookHtml.Encode(data.ToString()), html, StringComparison.Ordinal);
        (string Name, IReadOnlyList<IRecord> Records)[] kinds = NotebookHtml.Kinds(data).ToArray();
        Assert.Equal(
            new[] { "Documents", "Agreements", "Figures", "Quotes", "People", "Entities", "Claims", "Discrepancies", "Events" },
            kinds.Select(k => k.Name));
        foreach ((string name, IReadOnlyList<IRecord> records) in kinds)
        {
            Assert.Contains($"<summary><b>{name}</b> {records.Count}</summary>", html, StringComparison.Ordinal);
        }

        IReadOnlyList<(string[] Headers, string[][] Rows)> tables = HtmlTables.Read(html);
        Assert.Equal(kinds.Length, tables.Count);
        Assert.Equal(kinds.Select(k => Math.Min(k.Records.Count, NotebookHtml.MaxSummaryRows)), tables.Select(t => t.Rows.Length));
        Assert.StartsWith(data.ToString(), Text(data), StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_profile_is_the_person_then_a_table_of_each_thing_said_about_them()
    {
        PersonProfile profile = Seeds.DataSet.About(Seeds.People.XiJinping);

        string html = Html(profile);

        Assert.Contains(NotebookHtml.Encode(profile.ToString()), html, StringComparison.Ordinal);
        IReadOnlyList<(string[] Headers, string[][] Rows)> tables = HtmlTables.Read(html);
        Assert.Equal(
            new[] { profile.Quotes.Count, profile.Agreements.Count, profile.Claims.Count, profile.Discrepancies.Count },
            tables.Select(t => t.Rows.Length));
        Assert.Equal(profile.Quotes.Select(q => q.Id), tables[0].Rows.Select(r => r[0]));
        Assert.Equal(
            Math.Min(profile.Roles.Count, NotebookHtml.MaxSentences) + Math.Min(profile.Mentions.Count, NotebookHtml.MaxSentences),
            Regex.Matches(html, "<div class=\"sd-cite\">").Count);
    }

    [Fact]
    public void Diagnostics_are_a_table_of_severity_id_file_line_column_and_message()
    {
        string document = ReadmeSnippets.Get("consumer-document").Replace("exact: 1,200 books", "exact: 1,300 books", StringComparison.Ordinal);
        LoadResult result = SummitDataLoader.LoadText("typo.summit", document);
        SummitDiagnostic error = Assert.Single(result.Diagnostics);

        var (headers, rows) = Assert.Single(HtmlTables.Read(Html(result.Diagnostics)));

        Assert.Equal(new[] { "Severity", "Id", "File", "Line", "Column", "Message" }, headers);
        string[] row = Assert.Single(rows);
        Assert.Equal(new[] { "Error", "SD0008", "typo.summit", Fixture.LineOf(document, "exact: 1,300 books").ToString(System.Globalization.CultureInfo.InvariantCulture), "12", error.Message }, row);

        string loaded = Html(result);
        Assert.Contains(NotebookHtml.Encode(result.ToString()), loaded, StringComparison.Ordinal);
        Assert.Contains("Left out for their errors: typo.summit", loaded, StringComparison.Ordinal);
        Assert.Contains(error.ToString(), Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_data_is_encoded()
    {
        string text = "The <b>shop</b> & “café” sold 12 books.";
        string document = $"""
            ---
            format: summitdata/1
            id: markup
            sha256: {SummitDataLoader.TextSha256(text)}
            figures:
              - id: books
                exact: 12 books
                value: 12
                unit: count
                measures: <script>alert(1)</script> books & more
            ---
            {text}
            """;
        SummitDataSet data = SummitDataLoader.LoadText("markup.summit", document).EnsureSuccess();

        string html = Html(data.Figures) + Html(data.Figures[0]) + Html(data);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>shop", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; books &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("The &lt;b&gt;shop&lt;/b&gt; &amp; “café” sold <mark>12 books</mark>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTabularDataResource_has_the_table_columns_with_flat_values()
    {
        RecordSet<Figure> figures = Seeds.DataSet.Figures;

        TabularDataResource table = figures.ToTabularDataResource();

        Assert.Equal(Columns.Of(typeof(Figure)).Select(c => c.Name), table.Schema.Fields.Select(f => f.Name));
        Assert.Equal(new[] { "Id" }, table.Schema.PrimaryKey);
        Assert.Equal(TableSchemaFieldType.Number, table.Schema.Fields.Single(f => f.Name == "Value").Type);
        Assert.Equal(TableSchemaFieldType.Boolean, table.Schema.Fields.Single(f => f.Name == "IsApproximate").Type);
        Dictionary<string, object>[] rows = table.Data.Select(r => r.ToDictionary(p => p.Key, p => p.Value)).ToArray();
        Assert.Equal(figures.Count, rows.Length);
        Assert.Equal(figures.Select(f => (object)f.Value), rows.Select(r => r["Value"]));
        Assert.Equal(figures.Select(f => $"{f.Citation.DocumentId}, line {f.Citation.Line}"), rows.Select(r => r["Citation"]));
        Assert.Equal(figures.Select(f => f.Claim?.Statement), rows.Select(r => (string?)r["Claim"]));

        // A query, a list of references and diagnostics go the same way; the kernel shows each as a table.
        Assert.Equal(figures.Count(f => f.Unit == FigureUnit.Usd), figures.Where(f => f.Unit == FigureUnit.Usd).ToTabularDataResource().Data.Count());
        Assert.Equal(Seeds.DataSet.QuotesBy("xi-jinping").Count, Seeds.DataSet.QuotesBy("xi-jinping").ToTabularDataResource().Data.Count());
        // What claims are about mixes kinds: people and entities share their names and mentions, with an agreement
        // only the id is shared.
        IReadOnlyList<IRecord>[] mixed = Seeds.DataSet.Claims.Concat<IRecord>(Seeds.DataSet.Discrepancies)
            .Select(r => r is Claim c ? c.About : ((Discrepancy)r).About)
            .Where(a => a.Select(r => r.GetType()).Distinct().Count() > 1)
            .ToArray();
        Assert.Equal(
            new[] { "Kind", "Id", "DocumentIds", "Name", "Spellings", "Mentions" },
            mixed.First(a => a.All(r => r is INamedEntity)).ToTabularDataResource().Schema.Fields.Select(f => f.Name));
        Assert.Equal(
            new[] { "Kind", "Id", "DocumentIds" },
            mixed.First(a => a.Any(r => r is Agreement)).ToTabularDataResource().Schema.Fields.Select(f => f.Name));
        Assert.Contains("<table>", Html(figures.ToTabularDataResource()), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_an_aligned_table()
    {
        string[] lines = Text(Seeds.DataSet.Figures).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Columns.Of(typeof(Figure)).Select(c => c.Name), lines[0].Split(" | ").Select(c => c.Trim()));
        Assert.Matches("^-+( \\| -+)+$", lines[1]);
        Assert.Equal(Seeds.DataSet.Figures.Count + 3, lines.Length);
        Assert.Equal($"{Seeds.DataSet.Figures.Count} rows", lines[^1]);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4_000)]
    public void Formatting_work_is_bounded_by_the_limits_not_by_the_data(int words)
    {
        // One sentence of n words with the cited word in the middle: the search for its ends stops at the side limit.
        string text = string.Join(" ", Enumerable.Range(0, words).Select(i => i == words / 2 ? "target" : "word"));
        int offset = text.IndexOf("target", StringComparison.Ordinal);
        Sentence.ResetCounters();

        Sentence sentence = Sentence.Around(text, offset, "target".Length, "target")!;

        Assert.True(sentence.CutBefore && sentence.CutAfter);
        Assert.True(Sentence.CharactersExamined <= 2 * Sentence.MaxSide);
        Assert.True(sentence.Before.Length <= Sentence.MaxSide && sentence.After.Length <= Sentence.MaxSide);
    }

    [Theory]
    [InlineData("One. Two three target four. Five.", "Two three ", " four.")]
    [InlineData("target at the start. Next.", "", " at the start.")]
    [InlineData("Line one\nthe target here\nline three", "the ", " here")]
    [InlineData("Mr. Lund met the target. Then left.", "Mr. Lund met the ", ".")]
    [InlineData("“It is back.” The target came. Later.", "The ", " came.")]
    [InlineData("Trade with the U.S. grew by the target amount. No.", "Trade with the U.S. grew by the ", " amount.")]
    public void The_sentence_ends_at_end_marks_and_line_breaks(string text, string before, string after)
    {
        Sentence sentence = Sentence.Around(text, text.IndexOf("target", StringComparison.Ordinal), 6, "target")!;

        Assert.Equal((before, "target", after), (sentence.Before, sentence.Words, sentence.After));
    }

    [Fact]
    public void A_citation_that_is_not_at_its_offset_has_no_sentence()
    {
        Assert.NotNull(Sentence.Around("abc target", 4, 6, "target"));
        Assert.Null(Sentence.Around("abc target", 3, 6, "target"));
        Assert.Null(Sentence.Around("abc target", 4, 5, "target"));
        Assert.Null(Sentence.Around("abc", 2, 6, "target"));
        Assert.Null(Sentence.Around("abc", -1, 1, "a"));
    }
}
