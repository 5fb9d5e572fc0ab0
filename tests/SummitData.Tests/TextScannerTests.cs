using System;
using System.Linq;
using System.Reflection;
using System.Text;
using SummitData.Authoring;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The text scanner: which numbers are figures to annotate and why the others are not, the quotations with their
/// marks, and work linear in the text.
/// </summary>
public sealed class TextScannerTests
{
    /// <summary>A sentence, the number's words in it, and its role.</summary>
    public static TheoryData<string, string, NumberRole> Roles => new()
    {
        // Figures: digits, and number words with a unit, a scale, a fraction or several words.
        { "Trade reached USD 240 billion last year.", "USD 240 billion", NumberRole.Figure },
        { "Exports rose 16% in March.", "16%", NumberRole.Figure },
        { "The list had 10 agreements.", "10", NumberRole.Figure },
        { "The talks lasted two and a half hours.", "two and a half hours", NumberRole.Figure },
        { "Relations go back five years.", "five years", NumberRole.Figure },
        { "China’s economy is six times larger.", "six times", NumberRole.Figure },
        { "Its first mission in almost half a century failed.", "half a century", NumberRole.Figure },
        { "It fell by two-thirds.", "two-thirds", NumberRole.Figure },
        { "One hundred guests came.", "One hundred", NumberRole.Figure },
        { "The lengthy 7000-word statement.", "7000-word", NumberRole.Figure },
        { "It was the 25th anniversary.", "25th", NumberRole.Figure },

        // Possible figures: a number word on its own.
        { "The visit had two aspects.", "two", NumberRole.Possible },
        { "It was his fifth term.", "fifth", NumberRole.Possible },
        { "Xi visited a week earlier.", "a week", NumberRole.Possible },
        { "There was only one deal.", "one", NumberRole.Possible },

        // Years, days, lists, references and names.
        { "Exports in 2023 were up.", "2023", NumberRole.Year },
        { "On May 16-17, 2024, Putin visited.", "16", NumberRole.Date },
        { "On May 16-17, 2024, Putin visited.", "17", NumberRole.Date },
        { "signed on 4 February 2022 between", "4", NumberRole.Date },
        { "On the second day of the visit", "second", NumberRole.Date },
        { "  1. A joint statement", "1", NumberRole.ListOrReference },
        { "agreements,[1] as well as", "1", NumberRole.ListOrReference },
        { "(see Appendix 2)", "2", NumberRole.ListOrReference },
        { "Day two of the summit saw", "two", NumberRole.ListOrReference },
        { "the long-awaited Power of Siberia 2 pipeline", "2", NumberRole.Name },
        { "the Luna-25 mission", "25", NumberRole.Name },
        { "since mid-2022", "2022", NumberRole.Name },
        { "the G20 summit", "20", NumberRole.Name },
        { "after the Second World War ended", "Second", NumberRole.Name },
        { "and First Deputy Prime Minister Denis Manturov", "First", NumberRole.Name },

        // No value, or no count.
        { "in billions of US$", "billions of US$", NumberRole.Indefinite },
        { "hundreds of guests", "hundreds", NumberRole.Indefinite },
        { "the two countries are celebrating", "two", NumberRole.NotACount },
        { "one of the major news pieces", "one", NumberRole.NotACount },
        { "through third countries.", "third", NumberRole.NotACount },
        { "its ‘two-faced’ policy", "two", NumberRole.NotACount },
        { "in the first half of 2024", "half", NumberRole.NotACount },
        { "At first, nobody came.", "first", NumberRole.NotACount },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_number_has_its_role(string text, string words, NumberRole role)
    {
        TextNumber number = Assert.Single(TextScanner.Scan(text).Numbers, n => n.Text == words);
        Assert.Equal(role, number.Role);
        Assert.Equal(role == NumberRole.Figure, number.IsToCover);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), number.Offset);
    }

    [Fact]
    public void Numbers_have_their_value_unit_line_and_column()
    {
        TextNumber trade = Assert.Single(TextScanner.Scan("Intro\nTrade reached USD 240 billion.").Numbers);
        Assert.Equal((2, 15), (trade.Line, trade.Column));
        Assert.Equal((240m, FigureScale.Billion, FigureUnit.Usd), (trade.Value, trade.Scale, trade.Unit));
        Assert.Equal("240", "Intro\nTrade reached USD 240 billion.".Substring(trade.ValueOffset, trade.ValueLength));
        Assert.Equal(0.67m, Assert.Single(TextScanner.Scan("two-thirds").Numbers).Value);
        Assert.Null(Assert.Single(TextScanner.Scan("thousands").Numbers).Value);
    }

    [Theory]
    [InlineData("He said “yes” and left.", "yes", true, true)]
    [InlineData("He said \"yes\" and left.", "yes", true, true)]
    [InlineData("the ‘two-faced’ policy", "two-faced", true, true)]
    [InlineData("the 'road map' was ready", "road map", true, true)]
    [InlineData("« Non » dit-il", " Non ", true, true)]
    [InlineData("„Ja“ sagte er", "Ja", true, true)]
    [InlineData("He said: “we will sign it soon", "we will sign it soon", true, false)]
    [InlineData("Intro. The talks were useful,” he said.", "The talks were useful,", false, true)]
    [InlineData("Intro. The talks were useful,\" he said.", "The talks were useful,", false, true)]
    public void Quotations_run_from_mark_to_mark(string text, string quoted, bool opened, bool closed)
    {
        TextQuotation quotation = Assert.Single(TextScanner.Scan(text).Quotations);
        Assert.Equal(quoted, quotation.Text);
        Assert.Equal(opened, quotation.IsOpened);
        Assert.Equal(closed, quotation.IsClosed);
        Assert.Equal(quoted, text.Substring(quotation.Offset, quotation.Length));
    }

    [Fact]
    public void Apostrophes_are_no_quotation_marks_and_nested_quotations_are_found()
    {
        Assert.Equal(new[] { "n" }, TextScanner.Scan("Putin’s visit and the leaders’ rock 'n' roll, Xi's '90s").Quotations.Select(q => q.Text));
        TextQuotation[] nested = TextScanner.Scan("It said “the US ‘Indo-Pacific strategy’ and NATO’s moves” today").Quotations.ToArray();
        Assert.Equal(new[] { "the US ‘Indo-Pacific strategy’ and NATO’s moves", "Indo-Pacific strategy" }, nested.Select(q => q.Text));

        // A paragraph ends every quotation still open.
        TextQuotation open = Assert.Single(TextScanner.Scan("He said “we will\nsign it\n\nNext paragraph.").Quotations);
        Assert.Equal("we will\nsign it", open.Text);
        Assert.False(open.IsClosed);
    }

    [Fact]
    public void The_work_is_linear_in_the_text()
    {
        // Every kind of number, quotation mark and hazard, repeated: n and 4n copies.
        const string Unit = "On May 16, 2024 “trade reached USD 240 billion,” said Joseph Torigian. ‘two and a half hours’ “ ” \" ' 1. [2] the two countries, "
            + "hundreds of guests, one hundred and twenty-five thousand, Luna-25, Power of Siberia 2; twenty twenty twenty-first thirds “ “ “ ”\n";
        (long numbers, long characters) = Work(string.Concat(Enumerable.Repeat(Unit, 200)));
        (long numbers4, long characters4) = Work(string.Concat(Enumerable.Repeat(Unit, 800)));
        Assert.True(numbers4 <= 4.2 * numbers, $"number reader: {numbers} then {numbers4}");
        Assert.True(characters4 <= 4.2 * characters, $"scanner: {characters} then {characters4}");

        // One line, no breaks, and marks that never close: still linear.
        (long _, long open) = Work(new string('“', 20_000) + string.Concat(Enumerable.Repeat("a ", 10_000)));
        (long _, long open4) = Work(new string('“', 80_000) + string.Concat(Enumerable.Repeat("a ", 40_000)));
        Assert.True(open4 <= 4.2 * open, $"open marks: {open} then {open4}");
    }

    private static (long Numbers, long Characters) Work(string text)
    {
        NumberReader.ResetCounters();
        MethodInfo reset = typeof(TextScanner).GetMethod("ResetCounters", BindingFlags.NonPublic | BindingFlags.Static)!;
        PropertyInfo examined = typeof(TextScanner).GetProperty("CharactersExamined", BindingFlags.NonPublic | BindingFlags.Static)!;
        reset.Invoke(null, null);
        TextScan scan = TextScanner.Scan(text);
        Assert.NotEmpty(scan.Quotations);

        // The scanner in the library runs its own copy of the reader; the generator's copy counts the same work.
        NumberReader.Read(text);
        return (NumberReader.TokensRead, (long)examined.GetValue(null)!);
    }
}
