using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The HTML report: one self-contained, well-formed page whose links lead to the cited words.</summary>
public sealed class HtmlReportTests
{
    public static TheoryData<string> DataSets => new() { "seeds", "tricky" };

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Page_is_well_formed_with_unique_ids_and_every_link_resolving(string name)
    {
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(Data(name)));

        List<string> ids = [.. page.Descendants().Select(e => ReportParsing.Attribute(e, "id")).OfType<string>()];
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        List<string> fragments = [.. page.Descendants().Select(e => ReportParsing.Attribute(e, "href")).OfType<string>()];
        Assert.NotEmpty(fragments);
        Assert.All(fragments, href =>
        {
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.Contains(href[1..], ids);
        });
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Page_is_self_contained(string name)
    {
        string html = HtmlReport.Render(Data(name));
        foreach (string pattern in new[] { @"<script\b", @"<link\b", @"<img\b", @"<iframe\b", @"<object\b", @"<embed\b", @"\bsrc\s*=", @"@import", @"url\(" })
        {
            Assert.DoesNotMatch(new Regex(pattern, RegexOptions.IgnoreCase), html);
        }

        // The only addresses are the SVG namespace and addresses that are text from the data (a document's url).
        IEnumerable<string> addresses = Regex.Matches(html, @"https?://[^\s""'<>]*").Select(m => m.Value);
        Assert.All(addresses, a => Assert.True(
            a == "http://www.w3.org/2000/svg" || Data(name).Documents.Any(d => d.Url is not null && a == d.Url.Replace("&", "&amp;", StringComparison.Ordinal)),
            $"unexpected address {a}"));
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Every_mark_holds_exactly_the_cited_words(string name)
    {
        SummitDataSet data = Data(name);
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        Dictionary<string, Citation> citations = ReportParsing.CitationsByAnchor(data);

        List<XElement> marks = [.. ReportParsing.Elements(page, "mark").Where(m => m.Attribute("id") is not null)];
        Assert.NotEmpty(marks);
        foreach (XElement mark in marks)
        {
            Citation citation = citations[mark.Attribute("id")!.Value];
            Assert.Equal(citation.Text, mark.Value);

            // The mark stands in its document's text, at its offset.
            XElement source = mark.Ancestors().Single(e => e.Name.LocalName == "article");
            Assert.Equal("doc-" + citation.DocumentId, source.Attribute("id")?.Value);
            XElement text = mark.Ancestors().First(e => e.Name.LocalName == "pre");
            Assert.Equal(citation.Offset, TextBefore(text, mark).Length);
        }
    }

    [Fact]
    public void Document_texts_are_shown_verbatim()
    {
        SummitDataSet data = Seeds.DataSet;
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        foreach (Document document in data.Documents)
        {
            XElement article = ReportParsing.Elements(page, "article").Single(a => a.Attribute("id")?.Value == "doc-" + document.Id);
            Assert.Equal(document.Text, ReportParsing.Elements(article, "pre").Single().Value);
        }
    }

    [Fact]
    public void Every_seed_figure_quote_and_mention_links_to_a_mark_holding_its_words()
    {
        SummitDataSet data = Seeds.DataSet;
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        Dictionary<string, XElement> marks = ReportParsing.Elements(page, "mark").Where(m => m.Attribute("id") is not null).ToDictionary(m => m.Attribute("id")!.Value);
        HashSet<string> hrefs = [.. ReportParsing.Elements(page, "a").Select(a => ReportParsing.Attribute(a, "href")).OfType<string>()];

        foreach ((string anchor, Citation citation) in ReportParsing.CitationsByAnchor(data))
        {
            // Seed citations nest but never cross, so each has its own mark, linked from the tables.
            Assert.True(marks.ContainsKey(anchor), $"no mark {anchor}");
            Assert.Contains("#" + anchor, hrefs);
            Assert.Contains(citation.Text, marks[anchor].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nested_citations_nest_and_crossing_ones_link_to_the_mark_containing_them()
    {
        SummitDataSet data = TrickyData.Create();
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        Dictionary<string, XElement> marks = ReportParsing.Elements(page, "mark").Where(m => m.Attribute("id") is not null).ToDictionary(m => m.Attribute("id")!.Value);

        Assert.Contains(marks["quote-outer"], marks["quote-inner"].Ancestors());

        // "ef gh" crosses the end of "cd ef"; "ij. End" overhangs "ab cd ef gh ij": neither can be an element.
        Assert.False(marks.ContainsKey("quote-crossing"));
        Assert.False(marks.ContainsKey("quote-overhanging"));
        Assert.Equal("#quote-outer", QuoteLink(page, data.Quotes.Get("crossing")));
        Assert.Equal("#quote-outer", QuoteLink(page, data.Quotes.Get("overhanging")));

        // Same words cited twice: both marks, one inside the other.
        Assert.Equal(marks["fig-amount"].Value, marks["agr-pact-2"].Value);
    }

    [Fact]
    public void A_text_that_starts_with_a_line_break_keeps_it()
    {
        const string text = "\nfirst line";
        string file = $"---\nformat: summitdata/1\nid: d\nsha256: {SummitData.Loading.SummitDataLoader.TextSha256(text)}\n---\n{text}";
        string html = HtmlReport.Render(SummitData.Loading.SummitDataLoader.LoadText("d.summit", file).EnsureSuccess());

        // An HTML parser drops the line break right after <pre>; the report adds one for it to drop.
        Assert.Contains("<pre class=\"text\">\n\nfirst line</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_data_is_encoded()
    {
        SummitDataSet data = TrickyData.Create();
        string html = HtmlReport.Render(data);
        XDocument page = ReportParsing.ParseHtml(html);

        // The quote "<script>alert(1)</script>" and the measure with <b> are text, not elements.
        Assert.Empty(ReportParsing.Elements(page, "script"));
        Assert.Empty(ReportParsing.Elements(page, "b"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(ReportParsing.Elements(page, "td"), td => td.Value == data.Figures.Get("amount").Measures);
        Assert.Equal(data.Documents.Single().Title, ReportParsing.Elements(ReportParsing.Elements(page, "article").Single(), "h3").Single().Value);
    }

    [Fact]
    public void Usd_chart_has_one_bar_per_usd_figure_linking_to_its_words()
    {
        SummitDataSet data = Seeds.DataSet;
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        XElement chart = ReportParsing.Elements(page, "svg").Single(s => ReportParsing.Attribute(s, "data-unit") == "usd");
        List<XElement> bars = [.. ReportParsing.Elements(chart, "rect").Where(r => ReportParsing.Attribute(r, "class") == "bar")];

        List<Figure> usd = [.. data.Figures.Where(f => f.Unit == FigureUnit.Usd)];
        Assert.NotEmpty(usd);
        Assert.Equal(usd.Select(f => f.Id), bars.Select(b => ReportParsing.Attribute(b, "data-figure")));
        Assert.Equal(usd.Select(f => "#fig-" + f.Id), bars.Select(b => ReportParsing.Attribute(b.Parent!, "href")));

        // Bars are as long as their scaled values, relative to each other.
        decimal[] widths = [.. bars.Select(b => decimal.Parse(ReportParsing.Attribute(b, "width")!, System.Globalization.CultureInfo.InvariantCulture))];
        for (int i = 1; i < usd.Count; i++)
        {
            Assert.Equal((double)(usd[i].ScaledValue / usd[0].ScaledValue), (double)(widths[i] / widths[0]), 2);
        }
    }

    [Fact]
    public void Percent_chart_shows_the_changes_with_a_direction()
    {
        SummitDataSet data = Seeds.DataSet;
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        XElement chart = ReportParsing.Elements(page, "svg").Single(s => ReportParsing.Attribute(s, "data-unit") == "percent");
        Assert.Equal(
            data.Figures.Where(f => f.Unit == FigureUnit.Percent && f.Direction is not null).Select(f => f.Id),
            ReportParsing.Elements(chart, "rect").Select(r => ReportParsing.Attribute(r, "data-figure")).OfType<string>());
    }

    [Fact]
    public void Output_is_deterministic_and_culture_free()
    {
        string invariant = Cultures.Render("", () => HtmlReport.Render(Seeds.DataSet));
        Assert.Equal(invariant, Cultures.Render("de-DE", () => HtmlReport.Render(Seeds.DataSet)));
        Assert.Equal(invariant, Cultures.Render("ar-SA", () => HtmlReport.Render(Seeds.DataSet)));
        Assert.Equal(invariant, HtmlReport.Render(Seeds.DataSet));
        Assert.DoesNotContain('\r', invariant);
    }

    private static SummitDataSet Data(string name) => name == "seeds" ? Seeds.DataSet : TrickyData.Create();

    /// <summary>The link of a quote's row in the quotes table, or null when the row has none.</summary>
    private static string? QuoteLink(XDocument page, Quote quote)
    {
        XElement section = ReportParsing.Elements(page, "section").Single(s => s.Attribute("id")?.Value == "quotes");
        XElement cell = ReportParsing.Elements(section, "td").Single(td => td.Value == $"“{quote.Text}”");
        return ReportParsing.Elements(cell, "a").SingleOrDefault()?.Attribute("href")?.Value;
    }

    /// <summary>The text of <paramref name="container"/> before <paramref name="element"/>, markup left out.</summary>
    private static string TextBefore(XElement container, XElement element) =>
        string.Concat(container.DescendantNodes().OfType<XText>().TakeWhile(t => t.IsBefore(element)).Select(t => t.Value));
}
