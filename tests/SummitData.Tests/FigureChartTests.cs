using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The SVG bar chart on its own, as a notebook would use it.</summary>
public sealed class FigureChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Chart_is_standalone_svg_with_one_bar_per_figure_in_order()
    {
        List<Figure> figures = [.. Seeds.DataSet.Figures.Where(f => f.Unit == FigureUnit.Usd)];
        XElement svg = XElement.Parse(FigureChart.Svg(figures, "Amounts & more"));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("Amounts & more", svg.Element(Svg + "title")?.Value);
        Assert.Equal(figures.Select(f => f.Id), Bars(svg).Select(b => b.Attribute("data-figure")?.Value));

        // Without a link function, bars link nowhere.
        Assert.Empty(svg.Descendants(Svg + "a"));

        // Each bar's label says what the figure measures, and in which document.
        foreach (Figure figure in figures)
        {
            Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains(figure.Measures, StringComparison.Ordinal) && t.Value.Contains(figure.DocumentId, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Declines_are_drawn_left_of_zero_and_increases_right_of_it()
    {
        List<Figure> changes = [.. Seeds.DataSet.Figures.Where(f => f.Unit == FigureUnit.Percent && f.Direction is not null)];
        Assert.Contains(changes, f => f.Direction == FigureDirection.Increase);
        Assert.Contains(changes, f => f.Direction == FigureDirection.Decline);

        XElement svg = XElement.Parse(FigureChart.Svg(changes));
        var bars = Bars(svg).Select(b => (Figure: Seeds.DataSet.Figures.Get(b.Attribute("data-figure")!.Value), X: Number(b, "x"), End: Number(b, "x") + Number(b, "width"))).ToList();

        // All bars start or end at the same zero line: increases start there, declines end there.
        decimal zero = bars.First(b => b.Figure.Direction == FigureDirection.Increase).X;
        Assert.All(bars.Where(b => b.Figure.Direction == FigureDirection.Increase), b => Assert.Equal(zero, b.X));
        Assert.All(bars.Where(b => b.Figure.Direction == FigureDirection.Decline), b => Assert.Equal(zero, b.End));
    }

    [Fact]
    public void Links_are_attribute_encoded()
    {
        Figure figure = Seeds.Figures.BilateralTrade2023;
        XElement svg = XElement.Parse(FigureChart.Svg([figure], link: f => $"#a\"b&{f.Id}"));
        Assert.Equal("#a\"b&" + figure.Id, svg.Descendants(Svg + "a").Single().Attribute("href")?.Value);
    }

    [Fact]
    public void Figures_of_different_units_are_refused()
    {
        List<Figure> mixed = [.. Seeds.DataSet.Figures.Where(f => f.Unit is FigureUnit.Usd or FigureUnit.Percent)];
        ArgumentException error = Assert.Throws<ArgumentException>(() => FigureChart.Svg(mixed));
        Assert.Contains("usd", error.Message, StringComparison.Ordinal);
        Assert.Contains("percent", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FigureChart.Svg(null!));
        Assert.Throws<ArgumentException>(() => FigureChart.Svg([null!]));
    }

    [Fact]
    public void No_figures_give_a_chart_that_says_so()
    {
        XElement svg = XElement.Parse(FigureChart.Svg([], "Nothing"));
        Assert.Empty(Bars(svg));
        Assert.Contains("No figures", svg.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_figures_give_the_same_svg_in_any_culture()
    {
        SummitDataSet data = TrickyData.Create();
        List<Figure> percent = [.. data.Figures.Where(f => f.Unit == FigureUnit.Percent)];
        string invariant = Cultures.Render("", () => FigureChart.Svg(percent, "t"));
        Assert.Equal(invariant, Cultures.Render("de-DE", () => FigureChart.Svg(percent, "t")));
        Assert.DoesNotContain(',', string.Concat(Bars(XElement.Parse(invariant)).Select(b => b.Attribute("x")!.Value + b.Attribute("width")!.Value)));
    }

    private static IEnumerable<XElement> Bars(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "bar");

    private static decimal Number(XElement element, string attribute) =>
        decimal.Parse(element.Attribute(attribute)!.Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
