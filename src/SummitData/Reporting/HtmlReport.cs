using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Writes a <see cref="SummitDataSet"/> as one self-contained HTML5 page: a summary, bar charts of the figures
/// (inline SVG, see <see cref="FigureChart"/>), tables of documents, agreements, figures, quotes and people, and the
/// text of every document with each cited span highlighted. Every table row links to the words it comes from.
/// </summary>
/// <remarks>
/// <para>The page needs nothing from elsewhere: the CSS is inline, there are no scripts, fonts or images to load, and no
/// JavaScript is needed to read it. All text from the data is HTML-encoded. The markup is also well-formed XML.</para>
/// <para>A cited span is a <c>&lt;mark&gt;</c> with an id: <c>fig-</c>, <c>quote-</c> or <c>agr-</c> and the record's id
/// (for agreements, also the one-based number of the mention). Spans nested in others are nested marks. A span that
/// crosses the end of one already marked is not marked itself (elements cannot cross); its links lead to the nearest
/// mark containing it, or, when none does, to the innermost mark holding its start. A citation whose words are not at its offset in its document's text gets no link.</para>
/// </remarks>
public static class HtmlReport
{
    private const string Style =
        """
        :root { color-scheme: light; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --stripe: #f9fafb; --accent: #1d4ed8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 64px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        p { margin: 6px 0; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        nav { display: flex; flex-wrap: wrap; gap: 14px; margin: 10px 0 0; font-size: 13px; }
        .summary { color: var(--muted); }
        .muted { color: var(--muted); }
        code, .id { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0 4px; font-size: 13px; }
        th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
        th { background: #f3f4f6; font-weight: 600; white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--stripe); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 12px; white-space: nowrap; background: #e5e7eb; }
        .status-signed-during-visit { background: #dcfce7; color: #14532d; }
        .status-not-concluded { background: #fef3c7; color: #78350f; }
        .status-earlier { background: #e0e7ff; color: #312e81; }
        .direction-increase { color: #2e7d32; font-weight: 600; }
        .direction-decline { color: #c62828; font-weight: 600; }
        .charts { display: flex; flex-direction: column; gap: 16px; }
        figure.chart { margin: 0; padding: 8px 8px 10px; border: 1px solid var(--line); border-radius: 6px; width: fit-content; max-width: 100%; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
        article.source { margin: 18px 0 28px; }
        pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 Georgia, "Times New Roman", serif; background: #fcfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 6px 0; }
        mark { color: inherit; border-radius: 2px; padding: 0 1px; }
        mark.figure { background: rgba(250, 204, 21, 0.45); }
        mark.quote { background: rgba(59, 130, 246, 0.18); }
        mark.agreement { background: rgba(34, 197, 94, 0.25); }
        mark.side { background: rgba(239, 68, 68, 0.18); text-decoration: underline wavy rgba(239, 68, 68, 0.7); }
        mark:target { outline: 2px solid var(--ink); outline-offset: 1px; }
        """;

    /// <summary>The page, with '\n' line endings. The same data always gives the same text.</summary>
    /// <param name="data">The data to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);

        Marks marks = Marks.Place(data);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>SummitData report</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>SummitData report</h1>\n<p class=\"summary\">").Append(Html.Encode(Formatting.Summary(data))).Append("</p>\n")
            .Append("<nav><a href=\"#charts\">Charts</a><a href=\"#documents\">Documents</a><a href=\"#agreements\">Agreements</a>")
            .Append("<a href=\"#figures\">Figures</a><a href=\"#quotes\">Quotes</a><a href=\"#disagreements\">Disagreements</a><a href=\"#people\">People</a><a href=\"#sources\">Source texts</a></nav>\n</header>\n");

        Charts(html, data, marks);
        Documents(html, data);
        Agreements(html, data, marks);
        Figures(html, data, marks);
        Quotes(html, data, marks);
        Disagreements(html, data, marks);
        People(html, data);
        Sources(html, data, marks);

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Charts(StringBuilder html, SummitDataSet data, Marks marks)
    {
        List<Figure> amounts = [.. data.Figures.Where(f => f.Unit == FigureUnit.Usd)];
        List<Figure> changes = [.. data.Figures.Where(f => f.Unit == FigureUnit.Percent && f.Direction is not null)];

        html.Append("<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        Chart(html, amounts, "Amounts in US dollars", "Figures in US dollars, scaled (“USD 240 billion” is 240,000,000,000). Each bar links to its place in the source text.", marks);
        Chart(html, changes, "Changes in percent", "Percent figures that state a direction: increases to the right, declines to the left of zero.", marks);
        html.Append("</div>\n</section>\n");
    }

    private static void Chart(StringBuilder html, List<Figure> figures, string title, string caption, Marks marks)
    {
        html.Append("<figure class=\"chart\">\n")
            .Append(FigureChart.Svg(figures, title, f => marks.Href(Marks.FigureAnchor(f))))
            .Append("\n<figcaption>").Append(Html.Encode(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static void Documents(StringBuilder html, SummitDataSet data)
    {
        html.Append("<section id=\"documents\">\n<h2>Documents</h2>\n<table>\n<thead><tr><th>Document</th><th>Title</th><th>Outlet</th><th>Authors</th>")
            .Append("<th class=\"num\">Figures</th><th class=\"num\">Quotes</th><th class=\"num\">Agreements</th><th class=\"num\">People</th></tr></thead>\n<tbody>\n");
        foreach (Document document in data.Documents)
        {
            html.Append("<tr><td>").Append(Link("#" + Marks.DocumentAnchor(document), document.Id, "id")).Append("</td>")
                .Append("<td>").Append(OrNone(document.Title)).Append("</td>")
                .Append("<td>").Append(OrNone(document.Outlet)).Append("</td>")
                .Append("<td>").Append(OrNone(document.Authors.Count == 0 ? null : string.Join(", ", document.Authors))).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(data.Figures.InDocument(document.Id).Count())).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(data.Quotes.InDocument(document.Id).Count())).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(data.Agreements.InDocument(document.Id).Count())).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(data.People.InDocument(document.Id).Count())).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Agreements(StringBuilder html, SummitDataSet data, Marks marks)
    {
        html.Append("<section id=\"agreements\">\n<h2>Agreements</h2>\n<table>\n<thead><tr><th>Agreement</th><th>Kind</th><th>Status</th><th>Parties</th>")
            .Append("<th>Mentions (document: lines)</th></tr></thead>\n<tbody>\n");
        foreach (Agreement agreement in data.Agreements)
        {
            string status = EnumNames.Of(agreement.Status);
            html.Append("<tr><td>").Append(Html.Encode(agreement.Title)).Append("</td>")
                .Append("<td>").Append(Html.Encode(EnumNames.Of(agreement.Kind))).Append("</td>")
                .Append("<td><span class=\"badge status-").Append(Html.Encode(status)).Append("\">").Append(Html.Encode(status)).Append("</span></td>")
                .Append("<td>").Append(OrNone(agreement.Parties.Count == 0 ? null : string.Join(", ", agreement.Parties))).Append("</td><td>");

            // Mentions grouped by document (in order of first appearance), each line number a link to the words; the
            // groups are made in one pass, so an agreement mentioned in every document costs as much as its mentions.
            var byDocument = new List<(string DocumentId, List<int> Mentions)>();
            var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
            IReadOnlyList<Citation> mentions = agreement.Mentions;
            for (int i = 0; i < mentions.Count; i++)
            {
                if (!groupOf.TryGetValue(mentions[i].DocumentId, out int group))
                {
                    groupOf[mentions[i].DocumentId] = group = byDocument.Count;
                    byDocument.Add((mentions[i].DocumentId, []));
                }

                byDocument[group].Mentions.Add(i);
            }

            for (int g = 0; g < byDocument.Count; g++)
            {
                html.Append(g == 0 ? string.Empty : "<br/>").Append("<span class=\"id\">").Append(Html.Encode(byDocument[g].DocumentId)).Append("</span>:");
                foreach (int i in byDocument[g].Mentions)
                {
                    Citation mention = mentions[i];
                    html.Append(' ').Append(Link(marks.Href(Marks.AgreementAnchor(agreement, i)), Formatting.Number(mention.Line), title: $"“{mention.Text}”, line {Formatting.Number(mention.Line)}, column {Formatting.Number(mention.Column)}"));
                }
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Figures(StringBuilder html, SummitDataSet data, Marks marks)
    {
        html.Append("<section id=\"figures\">\n<h2>Figures</h2>\n<table>\n<thead><tr><th>As written</th><th class=\"num\">Value</th><th>Measures</th>")
            .Append("<th>Period</th><th>Direction</th><th>Document</th><th class=\"num\">Line</th></tr></thead>\n<tbody>\n");
        foreach (Figure figure in data.Figures)
        {
            html.Append("<tr><td>").Append(Link(marks.Href(Marks.FigureAnchor(figure)), figure.Text)).Append("</td>")
                .Append("<td class=\"num\">").Append(Html.Encode(Formatting.FigureValue(figure))).Append("</td>")
                .Append("<td>").Append(Html.Encode(figure.Measures)).Append("</td>")
                .Append("<td>").Append(OrNone(figure.Period)).Append("</td><td>");
            if (figure.Direction is { } direction)
            {
                string name = EnumNames.Of(direction);
                html.Append("<span class=\"direction-").Append(name).Append("\">").Append(name).Append("</span>");
            }
            else
            {
                html.Append(OrNone(null));
            }

            html.Append("</td><td class=\"id\">").Append(Html.Encode(figure.DocumentId)).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(figure.Citation.Line)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Quotes(StringBuilder html, SummitDataSet data, Marks marks)
    {
        html.Append("<section id=\"quotes\">\n<h2>Quotes</h2>\n<table>\n<thead><tr><th>Quote</th><th>Kind</th><th>Attributed to</th>")
            .Append("<th>Document</th><th class=\"num\">Line</th></tr></thead>\n<tbody>\n");
        foreach (Quote quote in data.Quotes)
        {
            html.Append("<tr><td>").Append(Link(marks.Href(Marks.QuoteAnchor(quote)), $"“{quote.Text}”")).Append("</td>")
                .Append("<td>").Append(Html.Encode(EnumNames.Of(quote.Kind))).Append("</td>")
                .Append("<td>").Append(OrNone(Formatting.AttributedTo(quote))).Append("</td>")
                .Append("<td class=\"id\">").Append(Html.Encode(quote.DocumentId)).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(quote.Citation.Line)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Disagreements(StringBuilder html, SummitDataSet data, Marks marks)
    {
        html.Append("<section id=\"disagreements\">\n<h2>Where the sources disagree</h2>\n");
        if (data.Discrepancies.Count == 0)
        {
            html.Append("<p class=\"muted\">No disagreements are annotated.</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"muted\">Each side is one document’s own words; each links to its place in the source text.</p>\n<table>\n")
            .Append("<thead><tr><th>Topic</th><th>Kind</th><th>Document</th><th class=\"num\">Line</th><th>Says</th></tr></thead>\n<tbody>\n");
        foreach (Discrepancy discrepancy in data.Discrepancies)
        {
            for (int i = 0; i < discrepancy.Sides.Count; i++)
            {
                Citation side = discrepancy.Sides[i];
                html.Append("<tr>");
                if (i == 0)
                {
                    string rows = Formatting.Number(discrepancy.Sides.Count);
                    html.Append("<td rowspan=\"").Append(rows).Append("\">").Append(Html.Encode(discrepancy.Topic)).Append("</td>")
                        .Append("<td rowspan=\"").Append(rows).Append("\">").Append(Html.Encode(EnumNames.Of(discrepancy.Kind))).Append("</td>");
                }

                html.Append("<td class=\"id\">").Append(Html.Encode(side.DocumentId)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Formatting.Number(side.Line)).Append("</td>")
                    .Append("<td>").Append(Link(marks.Href(Marks.SideAnchor(discrepancy, i)), $"“{side.Text}”")).Append("</td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void People(StringBuilder html, SummitDataSet data)
    {
        html.Append("<section id=\"people\">\n<h2>People</h2>\n<table>\n<thead><tr><th>Person</th><th>Roles, by document</th><th>Spellings</th>")
            .Append("<th class=\"num\">Mentions</th><th class=\"num\">Quotes</th><th>Disagreements</th></tr></thead>\n<tbody>\n");
        foreach (Person person in data.People)
        {
            PersonProfile profile = data.About(person);
            string roles = Formatting.Roles(person);
            html.Append("<tr><td>").Append(Html.Encode(person.Name)).Append("</td>")
                .Append("<td>").Append(OrNone(roles.Length == 0 ? null : roles)).Append("</td>")
                .Append("<td>").Append(OrNone(person.Spellings.Count == 0 ? null : string.Join(", ", person.Spellings))).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(person.Mentions.Count)).Append("</td>")
                .Append("<td class=\"num\">").Append(Formatting.Number(profile.Quotes.Count)).Append("</td>")
                .Append("<td>").Append(OrNone(profile.Discrepancies.Count == 0 ? null : string.Join("; ", profile.Discrepancies.Select(d => d.Topic)))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Sources(StringBuilder html, SummitDataSet data, Marks marks)
    {
        html.Append("<section id=\"sources\">\n<h2>Source texts</h2>\n<p class=\"muted\">The documents verbatim. Highlighted: ")
            .Append("<mark class=\"figure\">figures</mark>, <mark class=\"quote\">quotes</mark>, <mark class=\"agreement\">agreement mentions</mark>, <mark class=\"side\">sides of a disagreement</mark>. ")
            .Append("Hover a highlight for what it is.</p>\n");
        foreach (Document document in data.Documents)
        {
            html.Append("<article class=\"source\" id=\"").Append(Marks.DocumentAnchor(document)).Append("\">\n<h3>")
                .Append(Html.Encode(document.Title ?? document.Id)).Append("</h3>\n<p class=\"muted\"><span class=\"id\">").Append(Html.Encode(document.Id)).Append("</span>");
            foreach (string? detail in new[] { document.Outlet, document.Authors.Count == 0 ? null : string.Join(", ", document.Authors), Formatting.Date(document.Published), document.Url })
            {
                if (detail is not null)
                {
                    html.Append(" · ").Append(Html.Encode(detail));
                }
            }

            html.Append("</p>\n<pre class=\"text\"");
            if (!string.IsNullOrEmpty(document.Language))
            {
                html.Append(" lang=\"").Append(Html.Encode(document.Language)).Append('"');
            }

            html.Append('>');
            if (document.Text.StartsWith('\n'))
            {
                // HTML drops a line break right after <pre>: give it one to drop, so the text's own stays.
                html.Append('\n');
            }

            marks.WriteText(html, document);
            html.Append("</pre>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static string Link(string? href, string text, string? cssClass = null, string? title = null)
    {
        string attributes = (cssClass is null ? string.Empty : $" class=\"{cssClass}\"") + (title is null ? string.Empty : $" title=\"{Html.Encode(title)}\"");
        return href is null
            ? $"<span{attributes}>{Html.Encode(text)}</span>"
            : $"<a{attributes} href=\"{Html.Encode(href)}\">{Html.Encode(text)}</a>";
    }

    private static string OrNone(string? text) =>
        string.IsNullOrEmpty(text) ? $"<span class=\"muted\">{Formatting.None}</span>" : Html.Encode(text);

    /// <summary>The highlighted spans of every document's text, and where each citation links to.</summary>
    private sealed class Marks
    {
        private readonly Dictionary<string, List<Span>> _roots = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _hrefs = new(StringComparer.Ordinal);

        public static string DocumentAnchor(Document document) => "doc-" + Safe(document.Id);

        public static string FigureAnchor(Figure figure) => "fig-" + Safe(figure.Id);

        public static string QuoteAnchor(Quote quote) => "quote-" + Safe(quote.Id);

        // The mention's number comes last and is all digits, so the anchors of two agreements never collide.
        public static string SideAnchor(Discrepancy discrepancy, int side) => "side-" + Safe(discrepancy.Id) + "-" + Formatting.Number(side + 1);

        public static string AgreementAnchor(Agreement agreement, int mention) => "agr-" + Safe(agreement.Id) + "-" + Formatting.Number(mention + 1);

        public static Marks Place(SummitDataSet data)
        {
            var spans = new List<Span>();
            foreach (Figure figure in data.Figures)
            {
                spans.Add(new Span(figure.Citation, FigureAnchor(figure), "figure", $"Figure {figure.Id}: {Formatting.Measure(figure)}"));
            }

            foreach (Quote quote in data.Quotes)
            {
                string? by = Formatting.AttributedTo(quote);
                spans.Add(new Span(quote.Citation, QuoteAnchor(quote), "quote", $"Quote {quote.Id}" + (by is null ? string.Empty : $": {by}")));
            }

            foreach (Agreement agreement in data.Agreements)
            {
                for (int i = 0; i < agreement.Mentions.Count; i++)
                {
                    spans.Add(new Span(agreement.Mentions[i], AgreementAnchor(agreement, i), "agreement", $"Agreement {agreement.Id}: {agreement.Title}"));
                }
            }

            foreach (Discrepancy discrepancy in data.Discrepancies)
            {
                for (int i = 0; i < discrepancy.Sides.Count; i++)
                {
                    spans.Add(new Span(discrepancy.Sides[i], SideAnchor(discrepancy, i), "side", $"Disagreement {discrepancy.Id}: {discrepancy.Topic}"));
                }
            }

            var marks = new Marks();
            foreach (IGrouping<string, Span> group in spans.GroupBy(s => s.Citation.DocumentId, StringComparer.Ordinal))
            {
                if (data.Documents.TryGet(group.Key, out Document? document))
                {
                    marks.Nest(document.Id, [.. group.Where(s => Fits(s.Citation, document.Text))]);
                }
            }

            return marks;
        }

        /// <summary>Where a link to the citation with this anchor leads, or null when its words are not marked.</summary>
        public string? Href(string anchor) => _hrefs.TryGetValue(anchor, out string? target) ? "#" + target : null;

        /// <summary>Appends the document's text, encoded, with its marks.</summary>
        public void WriteText(StringBuilder html, Document document)
        {
            List<Span> roots = _roots.TryGetValue(document.Id, out List<Span>? found) ? found : [];
            Write(html, document.Text, 0, document.Text.Length, roots);
        }

        private static void Write(StringBuilder html, string text, int from, int to, List<Span> spans)
        {
            int position = from;
            foreach (Span span in spans)
            {
                Html.Append(html, text, position, span.Start - position);
                html.Append("<mark id=\"").Append(span.Anchor).Append("\" class=\"").Append(span.CssClass).Append("\" title=\"").Append(Html.Encode(span.Title)).Append("\">");
                Write(html, text, span.Start, span.End, span.Children);
                html.Append("</mark>");
                position = span.End;
            }

            Html.Append(html, text, position, to - position);
        }

        /// <summary>
        /// Builds the tree of marks of one text. Spans are taken by start, longer first (then in the data's order), so
        /// that a span comes after every span that contains it. A span inside the innermost open mark becomes its child;
        /// one that crosses that mark's end is not marked and links to the nearest mark containing it, or, when none
        /// does, to the innermost mark holding its start.
        /// </summary>
        private void Nest(string documentId, List<Span> spans)
        {
            var roots = new List<Span>();

            // The open marks, outermost first. Each is inside the one before it, so their ends never increase along
            // the list, and the innermost mark holding a span's end is found by binary search: a text of many nested
            // and crossing spans costs n log n, not n times the depth.
            var open = new List<Span>();
            foreach (Span span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Citation.Length))
            {
                while (open.Count > 0 && open[^1].End <= span.Start)
                {
                    open.RemoveAt(open.Count - 1);
                }

                if (open.Count > 0 && span.End > open[^1].End)
                {
                    // Elements cannot cross: link to the innermost mark that holds the whole span, else to the one
                    // holding its start.
                    int holding = LastEndingAtOrAfter(open, span.End);
                    _hrefs[span.Anchor] = (holding >= 0 ? open[holding] : open[^1]).Anchor;
                    continue;
                }

                (open.Count > 0 ? open[^1].Children : roots).Add(span);
                open.Add(span);
                _hrefs[span.Anchor] = span.Anchor;
            }

            _roots[documentId] = roots;
        }

        /// <summary>The index of the last mark that ends at or after <paramref name="end"/>, or -1; ends never increase along <paramref name="open"/>.</summary>
        private static int LastEndingAtOrAfter(List<Span> open, int end)
        {
            int low = 0, high = open.Count - 1, found = -1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                if (open[middle].End >= end)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return found;
        }

        /// <summary>Whether the citation's words stand at its offset, and marking them does not split a surrogate pair.</summary>
        private static bool Fits(Citation citation, string text)
        {
            int start = citation.Offset;
            if (start < 0 || citation.Length < 0 || start > text.Length - citation.Length || citation.Text.Length != citation.Length)
            {
                return false;
            }

            return string.CompareOrdinal(text, start, citation.Text, 0, citation.Length) == 0
                && !SplitsPair(text, start) && !SplitsPair(text, start + citation.Length);
        }

        private static bool SplitsPair(string text, int index) =>
            index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

        /// <summary>
        /// An id as a fragment-safe token: ASCII letters, digits and hyphens kept, every other character as <c>_</c> and
        /// four hex digits, so that distinct ids stay distinct.
        /// </summary>
        private static string Safe(string id)
        {
            var safe = new StringBuilder(id.Length);
            foreach (char c in id)
            {
                if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
                {
                    safe.Append(c);
                }
                else
                {
                    safe.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return safe.ToString();
        }
    }

    /// <summary>A cited span of a document's text and the mark it gets.</summary>
    private sealed class Span(Citation citation, string anchor, string cssClass, string title)
    {
        public Citation Citation { get; } = citation;

        public string Anchor { get; } = anchor;

        public string CssClass { get; } = cssClass;

        public string Title { get; } = title;

        public int Start => Citation.Offset;

        public int End => Citation.Offset + Citation.Length;

        public List<Span> Children { get; } = [];
    }
}
