using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SummitData.Loading;
using SummitData.Reporting;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Figures at the edges of what a document may state: the largest and smallest decimals, the largest value each
/// scale allows, zero, the smallest magnitude (28 decimal places), negative values, with and without a direction.
/// Every such document is accepted and every report renders it; a value whose scaled value a decimal cannot hold is
/// refused at the value (SD0006).
/// </summary>
public sealed class ExtremeValueTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Scales = { "none", "thousand", "million", "billion", "trillion" };

    private static readonly string[] Units = { "usd", "percent", "count", "ordinal", "weeks" };

    private static readonly string[] Directions = { "~", "increase", "decline" };

    /// <summary>The largest magnitude each scale allows: decimal.MaxValue divided by the scale, written out.</summary>
    private static readonly Dictionary<string, string> Largest = new()
    {
        ["none"] = "79228162514264337593543950335",
        ["thousand"] = "79228162514264337593543950.335",
        ["million"] = "79228162514264337593543.950335",
        ["billion"] = "79228162514264337593.543950335",
        ["trillion"] = "79228162514264337.593543950335",
    };

    [Fact]
    public void Every_report_renders_documents_of_extreme_values()
    {
        List<(string Path, string Content)> files = [.. Units.Select(unit => (Path: $"/extreme/{unit}.summit", Content: ExtremeDocument(unit)))];
        LoadResult result = SummitDataLoader.LoadTexts(files);
        Assert.Empty(result.Diagnostics);
        SummitDataSet data = result.Data;
        Assert.Equal(Units.Length * Scales.Length * 8 * Directions.Length, data.Figures.Count);

        // The extremes are there as written, and scaled they reach decimal's limits exactly.
        Assert.Contains(data.Figures, f => f.ScaledValue == decimal.MaxValue && f.Scale == FigureScale.Trillion);
        Assert.Contains(data.Figures, f => f.ScaledValue == decimal.MinValue && f.Scale == FigureScale.None);
        Assert.Contains(data.Figures, f => f.Value == 0.0000000000000000000000000001m);

        string json = JsonReport.Render(data);
        Assert.Contains("79228162514264337.593543950335", json, StringComparison.Ordinal);
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            Assert.StartsWith(string.Join(",", CsvReport.Columns(kind)), CsvReport.Render(data, kind), StringComparison.Ordinal);
            Assert.StartsWith(string.Join(",", CsvReport.Columns(kind)), CsvReport.Render(data, kind, CsvMode.Spreadsheet), StringComparison.Ordinal);
        }

        Assert.Contains("79,228,162,514,264,337,593,543,950,335", MarkdownReport.Render(data), StringComparison.Ordinal);
        string textReport = SummitData.Tool.Reporting.TextReport.Render(data);
        Assert.All(data.Figures, f => Assert.Contains(f.Measures, textReport, StringComparison.Ordinal));
        string html = HtmlReport.Render(data);
        XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);

        // Every chart, the report's two and one per unit, keeps each bar inside the drawing.
        var charts = new List<XElement>();
        charts.AddRange(XElement.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]).Descendants(Svg + "svg"));
        charts.AddRange(data.Figures.GroupBy(f => f.Unit).Select(g => XElement.Parse(FigureChart.Svg(g))));
        Assert.Equal(2 + Units.Length, charts.Count);
        foreach (XElement chart in charts)
        {
            decimal width = Number(chart, "width");
            foreach (XElement bar in chart.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar"))
            {
                Assert.InRange(Number(bar, "x"), 0m, width);
                Assert.InRange(Number(bar, "x") + Number(bar, "width"), 0m, width);
            }
        }

        // Both ends of decimal's range on one axis: the ticks are labelled in trillions, not thrown away.
        XElement usd = charts.Last(c => (string?)c.Attribute("data-unit") == "usd");
        Assert.Contains(usd.Descendants(Svg + "text"), t => t.Value.StartsWith('−') && t.Value.EndsWith(" trillion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("100000000000000000", "trillion")]
    [InlineData("79228162514264337.6", "trillion")]
    [InlineData("-79228162514264337594", "billion")]
    [InlineData("79228162514264337593544", "million")]
    [InlineData("79228162514264337593543950.4", "thousand")]
    public void A_value_whose_scaled_value_a_decimal_cannot_hold_is_SD0006_at_the_value(string value, string scale)
    {
        string text = "The sum was a fortune.";
        string content = $"---\nformat: summitdata/1\nid: too-much\nsha256: {SummitDataLoader.TextSha256(text)}\nfigures:\n  - id: fortune\n    exact: a fortune\n    value: {value}\n    scale: {scale}\n    unit: usd\n    measures: the sum\n---\n{text}";
        LoadResult result = SummitDataLoader.LoadText("too-much.summit", content);
        SummitDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SD0006", diagnostic.Id);
        Assert.Equal(8, diagnostic.Line);
        Assert.Contains($"{value} {scale} is more than a decimal number holds", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("check the value and the scale", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Data.Figures);
    }

    /// <summary>
    /// One document of one unit: for each scale, the largest value it allows and its negative, decimal's smallest
    /// magnitude and its negative, zero, one and minus one, and a value with 28 decimal places, each with no
    /// direction, an increase and a decline. Anchors are words without digits, which the figure check does not read.
    /// </summary>
    private static string ExtremeDocument(string unit)
    {
        var text = new StringBuilder("Figures:");
        var yaml = new StringBuilder();
        int n = 0;
        foreach (string scale in Scales)
        {
            string[] values = { Largest[scale], "-" + Largest[scale], "0.0000000000000000000000000001", "-0.0000000000000000000000000001", "0", "1", "-1", "1.2345678901234567890123456789" };
            foreach (string value in values)
            {
                foreach (string direction in Directions)
                {
                    string word = Word(n);
                    text.Append(' ').Append(word);
                    yaml.Append(CultureInfo.InvariantCulture, $"  - id: {unit}-{n}\n    exact: {word}\n    value: {value}\n    scale: {scale}\n    unit: {unit}\n    measures: the measure {word}\n    direction: {direction}\n");
                    n++;
                }
            }
        }

        string body = text.Append('.').ToString();
        return $"---\nformat: summitdata/1\nid: extreme-{unit}\nsha256: {SummitDataLoader.TextSha256(body)}\nfigures:\n{yaml}---\n{body}";
    }

    /// <summary>A word of letters only, distinct for each number, that is neither a number word nor a scale word.</summary>
    private static string Word(int n)
    {
        var word = new StringBuilder("zq");
        do
        {
            word.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);

        return word.ToString();
    }

    private static decimal Number(XElement element, string attribute) =>
        decimal.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
