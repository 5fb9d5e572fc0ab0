using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SummitData.Generator.Parsing;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Numbers written in words are read with their value, in both directions: the right value passes the figure check,
/// a wrong one is SD0012, through the check itself, the runtime loader and the generator (one reader behind all).
/// </summary>
public sealed class NumberWordTests
{
    /// <summary>Words, the right value, scale and unit, and a wrong value that must fail (the value that used to pass, where there was one).</summary>
    public static TheoryData<string, string, string, string, string> Phrases => new()
    {
        { "two and a half hours", "2.5", "none", "hours", "2" },
        { "one hundred guests", "100", "none", "count", "1" },
        { "two hundred", "200", "none", "count", "2" },
        { "one and a half years", "1.5", "none", "years", "1" },
        { "two-thirds", "0.67", "none", "count", "2" },
        { "two-thirds", "0.667", "none", "count", "0.7" },
        { "two-thirds", "0.6667", "none", "count", "0.66" },
        { "two-thirds of the trade", "66.67", "none", "percent", "66.6" },
        { "two-thirds of the trade", "67", "none", "percent", "0.67" },
        { "a dozen", "12", "none", "count", "1" },
        { "two dozen", "24", "none", "count", "2" },
        { "half a dozen", "6", "none", "count", "0.5" },
        { "three thousand", "3", "thousand", "count", "3000" },
        { "two hundred thousand", "200", "thousand", "count", "2" },
        { "three thousand five hundred", "3500", "none", "count", "3" },
        { "one hundred and twenty", "120", "none", "count", "100" },
        { "twenty-five", "25", "none", "count", "20" },
        { "twenty five years", "25", "none", "years", "5" },
        { "ninety-nine", "99", "none", "count", "9" },
        { "half a century", "50", "none", "years", "0.5" },
        { "two decades", "20", "none", "years", "2" },
        { "a week", "1", "none", "weeks", "7" },
        { "three quarters", "0.75", "none", "count", "3" },
        { "one and a third", "1.33", "none", "count", "1" },
        { "two and three quarters", "2.75", "none", "count", "2.5" },
        { "a third of", "0.33", "none", "count", "3" },
        { "half", "0.5", "none", "count", "1" },
        { "one and a half million", "1.5", "million", "count", "1" },
        { "half a million", "0.5", "million", "count", "500000" },
        { "two million", "2", "million", "count", "2000000" },
        { "a million", "1", "million", "count", "1000000" },
        { "fifth term", "5", "none", "ordinal", "4" },
        { "twenty-first", "21", "none", "ordinal", "20" },
        { "25th anniversary", "25", "none", "ordinal", "2" },
        { "six times larger", "6", "none", "times", "7" },
        { "twice", "2", "none", "times", "1" },
        { "threefold", "3", "none", "times", "1" },
        { "two-day", "2", "none", "days", "3" },
        { "USD 240 billion", "240", "billion", "usd", "24" },
        { "US$ 12.5 billion", "12.5", "billion", "usd", "125" },
        { "300 billion USD", "300", "billion", "usd", "3" },
        { "1,000 guests", "1000", "none", "count", "1" },
        { "16%", "16", "none", "percent", "15" },
        { "13.5 per cent", "13.5", "none", "percent", "13" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void The_right_value_passes_and_a_wrong_one_fails(string words, string right, string scale, string unit, string wrong)
    {
        decimal value = decimal.Parse(right, CultureInfo.InvariantCulture);
        Assert.Null(FigureCheck.Check(words, value, scale, unit));

        (string Field, string Problem)? problem = FigureCheck.Check(words, decimal.Parse(wrong, CultureInfo.InvariantCulture), scale, unit);
        Assert.NotNull(problem);
        Assert.Equal("value", problem.Value.Field);
        Assert.Contains(words, problem.Value.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("three thousand", "3", "none", "count", "scale")]
    [InlineData("three thousand", "3000", "none", "count", "value")]
    [InlineData("USD 240 billion", "240", "million", "usd", "scale")]
    [InlineData("two and a half hours", "2.5", "thousand", "hours", "scale")]
    [InlineData("two-thirds", "0.67", "none", "percent", "value")]
    [InlineData("16%", "16", "none", "count", "unit")]
    public void A_scale_or_unit_that_the_words_contradict_fails(string words, string value, string scale, string unit, string field)
    {
        // Three thousand is 3 with the scale thousand, as 240 billion is 240 with the scale billion: 3000 with no scale is
        // a wrong value, 3 with no scale a wrong scale. Two-thirds as a percentage is 66.67, not 0.67.
        Assert.Equal(field, FigureCheck.Check(words, decimal.Parse(value, CultureInfo.InvariantCulture), scale, unit)?.Field);
    }

    [Theory]
    [InlineData("hundreds of guests")]
    [InlineData("thousands")]
    [InlineData("billions of US$")]
    [InlineData("dozens of agreements")]
    [InlineData("no investments")]
    [InlineData("several issues")]
    public void Words_that_say_no_value_are_never_checked_wrongly(string words)
    {
        foreach (decimal value in new[] { 0m, 1m, 2m, 100m, 1000m, 0.5m })
        {
            Assert.Null(FigureCheck.Check(words, value, "none", words.Contains('$', StringComparison.Ordinal) ? "usd" : "count"));
        }
    }

    [Theory]
    [InlineData("They met for two and a half hours.", "two and a half hours", "2.5", "none", "hours")]
    [InlineData("Trade reached USD 240 billion in 2023.", "USD 240 billion", "240", "billion", "usd")]
    [InlineData("Almost half a century has passed.", "half a century", "50", "none", "years")]
    [InlineData("It fell by two-thirds, to 16%.", "two-thirds", "0.67", "none", null)]
    [InlineData("Three thousand five hundred guests came.", "Three thousand five hundred", "3500", "none", null)]
    [InlineData("A week earlier, Xi visited.", "A week", "1", "none", "weeks")]
    [InlineData("It is six times larger.", "six times", "6", "none", "times")]
    [InlineData("The 7000-word statement.", "7000-word", "7000", "none", "words")]
    [InlineData("the 25th anniversary", "25th", "25", "none", "ordinal")]
    [InlineData("13.5 percentage points", "13.5 percentage points", "13.5", "none", "percent")]
    public void The_reader_finds_the_whole_phrase_with_its_value(string text, string phrase, string value, string scale, string? unit)
    {
        NumberPhrase read = Assert.Single(NumberReader.Read(text), p => p.HasValue && text.Substring(p.Start, p.End - p.Start) == phrase);
        Assert.True(read.Matches(decimal.Parse(value, CultureInfo.InvariantCulture), asPercent: false), read.Describe());
        Assert.Equal(scale, read.Scale);
        Assert.Equal(unit, read.Unit);
    }

    [Fact]
    public void The_reader_reads_numbers_in_a_row_one_by_one()
    {
        // A range, a list and a year are separate numbers: "16-17", "two, three", "May 16, 2024".
        Assert.Equal(new[] { "16", "17", "2024" }, NumberReader.Read("On May 16-17, 2024").Select(p => p.Describe()));
        Assert.Equal(new[] { "2", "3" }, NumberReader.Read("two, three").Select(p => p.Describe()));
        Assert.Equal(new[] { "5", "6" }, NumberReader.Read("five six").Select(p => p.Describe()));
        Assert.Equal(new[] { "2/3" }, NumberReader.Read("two-thirds").Select(p => p.Describe()));
        Assert.Equal(new[] { "3 thousand" }, NumberReader.Read("three thousand").Select(p => p.Describe()));
        Assert.Equal(new[] { "no value" }, NumberReader.Read("hundreds of thousands").Select(p => p.Describe()));
    }

    /// <summary>A document with one figure: the text, the anchor and the value given.</summary>
    private static string Document(string text, string exact, string value, string unit) =>
        $"---\nformat: summitdata/1\nid: number-words\nsha256: {SummitDataLoader.TextSha256(text)}\nfigures:\n  - id: the-figure\n    exact: {exact}\n    value: {value}\n    unit: {unit}\n    measures: how long they met\n---\n{text}";

    [Theory]
    [InlineData("two and a half hours", "hours", "2.5", "2")]
    [InlineData("one hundred guests", "count", "100", "1")]
    [InlineData("two hundred", "count", "200", "2")]
    [InlineData("one and a half years", "years", "1.5", "1")]
    [InlineData("two-thirds", "count", "0.67", "2")]
    public void Loader_and_generator_accept_the_right_value_and_refuse_the_one_that_passed_before(string words, string unit, string right, string wrong)
    {
        string text = $"They met, and {words} later it was over.";
        string good = Document(text, words, right, unit);
        string bad = Document(text, words, wrong, unit);

        Assert.Empty(SummitDataLoader.LoadText("good.summit", good).Diagnostics);
        Assert.Empty(GeneratorHarness.Run(GeneratorHarness.Text("/docs/good.summit", good)).Diagnostics);

        SummitDiagnostic loaded = Assert.Single(SummitDataLoader.LoadText("bad.summit", bad).Diagnostics);
        Assert.Equal("SD0012", loaded.Id);
        Assert.Equal(8, loaded.Line);
        Diagnostic generated = Assert.Single(GeneratorHarness.Run(GeneratorHarness.Text("/docs/bad.summit", bad)).Diagnostics);
        Assert.Equal("SD0012", generated.Id);
        Assert.Equal(loaded.Message, generated.GetMessage(CultureInfo.InvariantCulture));
    }
}
