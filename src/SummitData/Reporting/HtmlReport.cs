using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Writes a <see cref="SummitDataSet"/> as one self-contained HTML5 page: a summary, bar charts of the figures
/// (inline SVG, see <see cref="FigureChart"/>), a section per kind of record (<see cref="RecordKind.All"/>) with a table
/// of its columns, and the text of every document with each cited span highlighted. Every cited span in a table
/// links to its words. The Markdown and text reports have the same sections.
/// </summary>
/// <remarks>
/// <para>The page needs nothing from elsewhere: the CSS is inline, there are no scripts, fonts or images to load, and no
/// JavaScript is needed to read it. All text from the data is HTML-encoded. The markup is also well-formed XML.</para>
/// <para>A cited span is a <c>&lt;mark&gt;</c> with an id: a prefix for the column (<c>fig-</c>, <c>quote-</c>,
/// <c>agr-</c>, <c>role-</c>, <c>claim-</c>, <c>side-</c>) and the record's id, and for a list of citations the one-based
/// number of the citation. Spans nested in others are nested marks. A span that crosses the end of one already marked
/// is not marked itself (elements cannot cross); its links lead to the nearest mark containing it, or, when none does,
/// to the innermost mark holding its start. A citation whose words are not at its offset in its document's text gets
/// no link.</para>
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
        [class^="status-"] { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 12px; white-space: nowrap; background: #e5e7eb; }
        .status-signed-during-visit { background: #dcfce7; color: #14532d; }
        .status-not-concluded { background: #fef3c7; color: #78350f; }
        .status-earlier { background: #e0e7ff; color: #312e81; }
        .direction-increase { color: #2e7d32; font-weight: 600; }
        .direction-decline { color: #c62828; font-weight: 600; }
        figure.chart { margin: 0 0 16px; padding: 8px 8px 10px; border: 1px solid var(--line); border-radius: 6px; width: fit-content; max-width: 100%; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
        article.source { margin: 18px 0 28px; }
        pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 Georgia, "Times New Roman", serif; background: #fcfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; margin: 6px 0; }
        mark { color: inherit; border-radius: 2px; padding: 0 1px; }
        mark.figure { background: rgba(250, 204, 21, 0.45); }
        mark.quote { background: rgba(59, 130, 246, 0.18); }
        mark.agreement { background: rgba(34, 197, 94, 0.25); }
        mark.person { background: rgba(168, 85, 247, 0.18); }
        mark.claim { background: rgba(20, 184, 166, 0.2); }
        mark.discrepancy { background: rgba(239, 68, 68, 0.18); text-decoration: underline wavy rgba(239, 68, 68, 0.7); }
        mark:target { outline: 2px solid var(--ink); outline-offset: 1px; }
        """;

    /// <summary>The page, with '\n' line endings. The same data always gives the same text.</summary>
    /// <param name="data">The data to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data) =>
        ReportOutput.Render(data, static w => new Renderer(w));

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to report.</param>
    /// <param name="writer">Where to write the page; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(SummitDataSet data, TextWriter writer) =>
        ReportOutput.Write(data, writer, static w => new Renderer(w));

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="data">The data to report.</param>
    /// <param name="stream">Where to write the page; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(SummitDataSet data, Stream stream) =>
        ReportOutput.Write(data, stream, static w => new Renderer(w));

    private sealed class Renderer(TextWriter output) : ReportRenderer(output)
    {
        private readonly StringBuilder _html = new();

        public override void Note(Note note) => Write("<p class=\"muted\">", note.Text, "</p>\n");

        public override void Subheading(Subheading subheading) => Write("<h3>", subheading.Text, "</h3>\n");

        public override void Table(Table table)
        {
            Output.Write("<table>\n<thead><tr>");
            foreach (TableColumn column in table.Columns)
            {
                Write(column.Numeric ? "<th class=\"num\">" : "<th>", column.Header, "</th>");
            }

            Output.Write("</tr></thead>\n<tbody>\n");
            foreach (Cell[] row in table.Rows)
            {
                Output.Write("<tr>");
                for (int i = 0; i < row.Length; i++)
                {
                    Output.Write(table.Columns[i].Numeric ? "<td class=\"num\">" : "<td>");
                    Cell(row[i]);
                    Output.Write("</td>");
                }

                Output.Write("</tr>\n");
            }

            Output.Write("</tbody>\n</table>\n");
        }

        public override void Chart(Chart chart)
        {
            Output.Write("<figure class=\"chart\">\n");
            Output.Write(FigureChart.Svg(chart.Figures, chart.Title, f => chart.Target(f) is { } target ? "#" + target : null));
            Write("\n<figcaption>", chart.Caption, "</figcaption>\n</figure>\n");
        }

        public override void Legend(Legend legend)
        {
            Output.Write("<p class=\"muted\">The documents verbatim. Highlighted: ");
            for (int i = 0; i < legend.Items.Count; i++)
            {
                Output.Write(i == 0 ? string.Empty : ", ");
                Write($"<mark class=\"{legend.Items[i].Class}\">", legend.Items[i].Label, "</mark>");
            }

            Output.Write(". Hover a highlight for what it is.</p>\n");
        }

        public override void SourceText(SourceText text)
        {
            Document document = text.Document;
            Write($"<article class=\"source\" id=\"{text.Anchor}\">\n<h3>", document.Title ?? document.Id, "</h3>\n");
            Write("<p class=\"muted\">", text.Details, "</p>\n<pre class=\"text\"");
            if (!string.IsNullOrEmpty(document.Language))
            {
                Write(" lang=\"", document.Language, "\"");
            }

            Output.Write('>');
            if (document.Text.StartsWith('\n'))
            {
                // HTML drops a line break right after <pre>: give it one to drop, so the text's own stays.
                Output.Write('\n');
            }

            _html.Clear();
            Marks(document.Text, 0, document.Text.Length, text.Highlights.Of(document));
            Output.Write(_html);
            Output.Write("</pre>\n</article>\n");
        }

        protected override void Begin(Report report)
        {
            Output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
            Output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
            Write("<title>", report.Title, "</title>\n<style>\n");
            Output.Write(Style);
            Output.Write("\n</style>\n</head>\n<body>\n<main>\n");
            Write("<header>\n<h1>", report.Title, "</h1>\n");
            Write("<p class=\"summary\">", report.Summary, "</p>\n<nav>");
            foreach (ReportSection section in report.Sections)
            {
                Write($"<a href=\"#{section.Id}\">", section.Title, "</a>");
            }

            Output.Write("</nav>\n</header>\n");
        }

        protected override void BeginSection(ReportSection section) => Write($"<section id=\"{section.Id}\">\n<h2>", section.Title, "</h2>\n");

        protected override void EndSection(ReportSection section) => Output.Write("</section>\n");

        protected override void End(Report report) => Output.Write("</main>\n</body>\n</html>\n");

        /// <summary>Writes markup, then <paramref name="text"/> encoded, then markup.</summary>
        private void Write(string before, string? text, string after)
        {
            Output.Write(before);
            Output.Write(Html.Encode(text));
            Output.Write(after);
        }

        private void Cell(Cell cell)
        {
            if (cell.IsEmpty)
            {
                Output.Write($"<span class=\"muted\">{Formatting.None}</span>");
                return;
            }

            foreach (Run run in cell.Runs)
            {
                string? title = run.Kind == RunKind.Text && run.Hint is { } hint ? $" title=\"{Html.Encode(hint)}\"" : null;
                switch (run.Kind)
                {
                    case RunKind.Break:
                        Output.Write("<br/>");
                        break;
                    case RunKind.Value:
                        Write($"<span class=\"{Html.Encode(run.Hint)}\">", run.Text, "</span>");
                        break;
                    case RunKind.Code when run.Target is { } target:
                        Write($"<a class=\"id\" href=\"#{target}\">", run.Text, "</a>");
                        break;
                    case RunKind.Code:
                        Write("<span class=\"id\">", run.Text, "</span>");
                        break;
                    case RunKind.Text when run.Target is { } target:
                        Write($"<a{title} href=\"#{target}\">", run.Text, "</a>");
                        break;
                    default:
                        Write(title is null ? string.Empty : $"<span{title}>", run.Text, title is null ? string.Empty : "</span>");
                        break;
                }
            }
        }

        /// <summary>Appends the text from <paramref name="from"/> to <paramref name="to"/>, encoded, with its highlights.</summary>
        private void Marks(string text, int from, int to, System.Collections.Generic.IReadOnlyList<Highlight> highlights)
        {
            int position = from;
            foreach (Highlight highlight in highlights)
            {
                Html.Append(_html, text, position, highlight.Start - position);
                _html.Append("<mark id=\"").Append(highlight.Anchor).Append("\" class=\"").Append(highlight.Class).Append("\" title=\"").Append(Html.Encode(highlight.Title)).Append("\">");
                Marks(text, highlight.Start, highlight.End, highlight.Children);
                _html.Append("</mark>");
                position = highlight.End;
            }

            Html.Append(_html, text, position, to - position);
        }
    }
}
