using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SummitData.Authoring;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The format's answers to what authoring real, scraped texts ran into: a quotation whose opening mark is missing
/// (<c>opened: false</c>), a date the text states (<c>published</c> with its words, then stated, not inferred), and a
/// document left out by an error that a project lowered to a warning (the message says so). Each through the shared
/// parser, so the generator and the runtime loader give the same.
/// </summary>
public sealed class FormatFixTests
{
    private const string Scraped = "Published Thursday, May 16, 2024\nThe talks went well. We will sign it soon,” said trade minister Anna Berg.\nShe called it “a road map.\nAnd then: no quote marks at all here.\n";

    [Fact]
    public void A_quote_without_its_opening_mark_is_recommended_opened_false_and_then_builds()
    {
        SummitDiagnostic warning = Assert.Single(Load(Quote("We will sign it soon,")).Diagnostics);

        Assert.Equal("SD0017", warning.Id);
        Assert.Equal(SummitDiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("no opening mark stands right before the words: say 'opened: false'", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("closed: false", warning.Message, StringComparison.Ordinal);

        LoadResult opened = Load(Quote("We will sign it soon,", "opened: false"));
        Assert.Empty(opened.Diagnostics);
        Assert.Equal("We will sign it soon,", Assert.Single(opened.Data.Quotes).Text);
        AssertTheGeneratorAgrees(Quote("We will sign it soon,", "opened: false"), opened);
    }

    [Fact]
    public void A_quote_without_its_closing_mark_is_recommended_closed_false_and_one_with_neither_is_told_to_check_its_words()
    {
        SummitDiagnostic unclosed = Assert.Single(Load(Quote("a road map.")).Diagnostics);
        Assert.Contains("no closing mark stands right after the words: say 'closed: false'", unclosed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("opened: false", unclosed.Message, StringComparison.Ordinal);
        Assert.Empty(Load(Quote("a road map.", "closed: false")).Diagnostics);

        // Neither mark: most likely 'exact' holds words outside the quotation, or the marks themselves.
        foreach (string words in new[] { "no quote marks at all here.", "“a road map." })
        {
            SummitDiagnostic neither = Assert.Single(Load(Quote(words)).Diagnostics);
            Assert.Contains("no quotation mark stands right before or right after the words: make 'exact' exactly the words between the marks", neither.Message, StringComparison.Ordinal);
        }

        // One flag leaves the other mark to check, and the message names the key still missing.
        SummitDiagnostic half = Assert.Single(Load(Quote("no quote marks at all here.", "opened: false")).Diagnostics);
        Assert.Contains("say 'closed: false'", half.Message, StringComparison.Ordinal);
        Assert.Empty(Load(Quote("no quote marks at all here.", "opened: false", "closed: false")).Diagnostics);
    }

    [Fact]
    public void Pre_annotation_marks_a_quotation_without_its_opening_mark_and_the_accepted_candidate_builds_without_a_warning()
    {
        string text = "The talks went well. We will sign it soon,” said trade minister Anna Berg. “We agree,” said Berg.\n";
        PreAnnotation pre = PreAnnotator.Annotate(text, new PreAnnotationOptions { Id = "scraped" });
        CandidateQuote closingOnly = Assert.Single(pre.Quotes, q => q.Text.EndsWith("sign it soon,", StringComparison.Ordinal));

        // The candidate's own lines: its id line, then the lines indented under it.
        string[] lines = pre.Content.Split('\n');
        int at = Array.IndexOf(lines, $"  - id: {closingOnly.Id}");
        string[] record = lines.Skip(at + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).ToArray();
        Assert.Contains("    unreviewed: true", record);
        Assert.Contains("    opened: false", record);
        Assert.DoesNotContain("    closed: false", record);
        Assert.DoesNotContain(pre.Quotes.Where(q => q != closingOnly), q => lines.Skip(Array.IndexOf(lines, $"  - id: {q.Id}") + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Contains("    opened: false"));

        // Accepted as written (every marker removed, measures written), the quotes give no SD0017.
        string accepted = pre.Content.Replace("    unreviewed: true\n", string.Empty, StringComparison.Ordinal).Replace("measures: null", "measures: something", StringComparison.Ordinal);
        LoadResult result = SummitDataLoader.LoadText("scraped.summit", accepted);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SD0017");
        Assert.Contains(result.Data.Quotes, q => q.Id == closingOnly.Id);
    }

    [Theory]
    [InlineData("May 16, 2024", "2024-05-16")]
    [InlineData("16 May 2024", "2024-05-16")]
    [InlineData("Thursday, 16th May 2024", "2024-05-16")]
    [InlineData("Published on May 16, 2024", "2024-05-16")]
    [InlineData("2024-05-16", "2024-05-16")]
    [InlineData("Thu 2024-05-16", "2024-05-16")]
    [InlineData("Sept. 3, 2023", "2023-09-03")]
    [InlineData("the 1st of February, 2000", "2000-02-01")]
    [InlineData("29 February 2024", "2024-02-29")]
    [InlineData("DECEMBER 31 1999", "1999-12-31")]
    public void Date_words_state_one_date(string words, string date)
    {
        Assert.True(DateWords.Read(words, out DateTime read, out string? problem), problem);
        Assert.Equal(date, read.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Null(DateWords.Disagreement(words, date));
    }

    [Theory]
    [InlineData("May 16", "state no year")]
    [InlineData("May 2024", "state no day")]
    [InlineData("16 2024", "state no month")]
    [InlineData("16.05.2024", "name two days")]
    [InlineData("05/16/2024", "name two days")]
    [InlineData("16–17 May 2024", "name two days")]
    [InlineData("May 16, 2024 and June 1, 2024", "name two")]
    [InlineData("Friday, May 16, 2024", "name a Friday, but 2024-05-16 is a Thursday")]
    [InlineData("February 30, 2024", "does not exist")]
    [InlineData("29 February 2023", "does not exist")]
    [InlineData("May 16, 2024 at 10:30", "name two days (16 and 10)")]
    [InlineData("May 16, 2024, 100 copies", "'100', which is no day (1 to 31) or year")]
    [InlineData("2024-13-01", "which is no date")]
    public void Words_that_do_not_state_one_whole_date_say_why(string words, string why)
    {
        Assert.False(DateWords.Read(words, out _, out string? problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
        Assert.StartsWith($"the words '{words}' ", DateWords.Disagreement(words, "2024-05-16"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_given_with_its_words_is_stated_not_inferred_and_old_documents_keep_theirs()
    {
        LoadResult stated = Load("published:\n  date: 2024-05-16\n  exact: May 16, 2024\nlanguage: en\ninferred: [language]\n");
        Assert.Empty(stated.Diagnostics);
        Document document = Assert.Single(stated.Data.Documents);
        Assert.Equal(new DateOnly(2024, 5, 16), document.Published);
        Assert.False(document.IsInferred("published"));
        Assert.Equal(new[] { "language" }, document.InferredFields);
        AssertTheGeneratorAgrees("published:\n  date: 2024-05-16\n  exact: May 16, 2024\nlanguage: en\ninferred: [language]\n", stated);

        // The form every document had so far: a date alone, listed in 'inferred'.
        Document inferred = Assert.Single(Load("published: 2024-05-16\ninferred: [published]\n").Data.Documents);
        Assert.Equal(new DateOnly(2024, 5, 16), inferred.Published);
        Assert.True(inferred.IsInferred("published"));
    }

    [Fact]
    public void A_date_alone_not_inferred_is_told_how_to_give_its_words()
    {
        SummitDiagnostic alone = Assert.Single(Load("published: 2024-05-16\n").Diagnostics);
        Assert.Equal(("SD0016", 5), (alone.Id, alone.Line));
        Assert.Contains("'published: {date: 2024-05-16, exact: <the words of the text>}'", alone.Message, StringComparison.Ordinal);
        Assert.Contains("otherwise list 'published' in 'inferred'", alone.Message, StringComparison.Ordinal);
        Assert.Empty(Load("published: 2024-05-16\ninferred: [published]\n").Diagnostics);
    }

    [Fact]
    public void Words_that_state_another_date_or_no_whole_date_are_refused_at_the_words()
    {
        SummitDiagnostic other = Assert.Single(Load("published:\n  date: 2024-05-17\n  exact: May 16, 2024\n").Diagnostics);
        Assert.Equal(("SD0016", 7), (other.Id, other.Line));
        Assert.StartsWith("The published date 2024-05-17 is not stated in the text: the words 'May 16, 2024' state 2024-05-16, not 2024-05-17", other.Message, StringComparison.Ordinal);

        // A weekday in the words must be the date's: Thursday, 16 May 2024.
        Assert.Empty(Load("published:\n  date: 2024-05-16\n  exact: Thursday, May 16, 2024\n  prefix: 'Published '\n").Diagnostics);

        SummitDiagnostic noYear = Assert.Single(Load("published:\n  date: 2024-05-16\n  exact: May 16\n").Diagnostics);
        Assert.Contains("the words 'May 16' state no year", noYear.Message, StringComparison.Ordinal);
        Assert.Empty(Load("published:\n  date: 2024-05-16\n  exact: May 16\n").Data.Documents);
    }

    [Fact]
    public void A_language_is_listed_in_inferred()
    {
        SummitDiagnostic language = Assert.Single(Load("language: en\n").Diagnostics);
        Assert.Equal(("SD0016", 5), (language.Id, language.Line));
        Assert.Contains("'language' must be listed in 'inferred'", language.Message, StringComparison.Ordinal);
        Assert.Equal("en", Assert.Single(Load("language: en\ninferred: [language]\n").Data.Documents).Language);
    }

    [Fact]
    public void Every_error_that_leaves_a_document_out_says_so_and_nothing_else_does()
    {
        string[] notTheDocument = { "SD0021", "SD0024", "SD0026" };
        foreach (DiagnosticKind kind in DiagnosticCatalog.All)
        {
            bool shouldSay = kind.Level == DiagnosticLevel.Error && !notTheDocument.Contains(kind.Id);
            Assert.True(kind.LeavesDocumentOut == shouldSay, $"{kind.Id}: {kind.MessageFormat}");
            Assert.Equal(shouldSay, kind.MessageFormat.EndsWith(DiagnosticCatalog.DocumentLeftOut, StringComparison.Ordinal));
            Assert.Equal(kind.Problem + kind.Consequence, kind.MessageFormat);
        }

        Assert.EndsWith("the discrepancy is left out of the generated code and of the loaded data, the document is not", DiagnosticCatalog.DiscrepancyOneSide.MessageFormat, StringComparison.Ordinal);

        // An unreviewed candidate leaves nothing out: its summary quotes the problem, not the consequence.
        SummitDiagnostic summary = Assert.Single(Load("quotes:\n  - id: wrong\n    unreviewed: true\n    exact: not in the text\n    kind: scare-quote\n").Diagnostics);
        Assert.Equal("SD0028", summary.Id);
        Assert.Contains("as written it would give SD0008 (line 8): 'not in the text' is not in the text (", summary.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", summary.Message, StringComparison.Ordinal);
    }

    private static string Quote(string exact, params string[] flags) =>
        $"quotes:\n  - id: the-quote\n    exact: \"{exact.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n    kind: direct-speech\n" + string.Concat(flags.Select(f => $"    {f}\n"));

    /// <summary>A document with <see cref="Scraped"/> as its text and <paramref name="block"/> after its first keys (line 5 on).</summary>
    private static string Document(string block) =>
        $"---\nformat: summitdata/1\nid: scraped\nsha256: {SummitDataLoader.TextSha256(Scraped)}\n{block}---\n{Scraped}";

    private static LoadResult Load(string block) => SummitDataLoader.LoadText("scraped.summit", Document(block));

    /// <summary>The generator gives the loader's diagnostics (id, line, column, message) and, without errors, its records.</summary>
    private static void AssertTheGeneratorAgrees(string block, LoadResult loaded)
    {
        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/scraped.summit", Document(block)));
        Assert.Equal(
            loaded.Diagnostics.Select(d => (d.Id, d.Line, d.Column, d.Message)),
            run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage(CultureInfo.InvariantCulture))));
        if (loaded.Diagnostics.All(d => !d.IsError))
        {
            var data = (SummitDataSet)run.Load().GetType("Fixture.Data")!.GetProperty("DataSet")!.GetValue(null)!;
            Document document = Assert.Single(data.Documents);
            Document expected = Assert.Single(loaded.Data.Documents);
            Assert.Equal(expected.Published, document.Published);
            Assert.Equal(expected.InferredFields, document.InferredFields);
            Assert.Equal(loaded.Data.Quotes.Select(q => (q.Id, q.Text, q.Citation.Offset)), data.Quotes.Select(q => (q.Id, q.Text, q.Citation.Offset)));
        }
    }
}
