using System;
using System.IO;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Writes a <see cref="SummitDataSet"/> as a Markdown (GitHub Flavored Markdown) report: a summary, the charted figures,
/// then a section per kind of record (<see cref="RecordKind.All"/>) with a table of its columns (quotes grouped by the
/// person quoted, where the sources disagree, the claims with the documents that make them, the people with their
/// spellings and roles per document), and the source documents. The HTML and text reports have the same sections.
/// </summary>
/// <remarks>
/// Every row of a table has as many cells as its header: in cells, pipes and Markdown punctuation are
/// backslash-escaped and line breaks become <c>&lt;br&gt;</c>, so no text from the data can break a table or turn
/// into markup.
/// </remarks>
public static class MarkdownReport
{
    /// <summary>The report, with '\n' line endings. The same data always gives the same text.</summary>
    /// <param name="data">The data to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data) =>
        ReportOutput.Render(data, static w => new Renderer(w));

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to report.</param>
    /// <param name="writer">Where to write the report; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(SummitDataSet data, TextWriter writer) =>
        ReportOutput.Write(data, writer, static w => new Renderer(w));

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="data">The data to report.</param>
    /// <param name="stream">Where to write the report; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(SummitDataSet data, Stream stream) =>
        ReportOutput.Write(data, stream, static w => new Renderer(w));

    /// <summary>
    /// Text as one table cell: Markdown punctuation and pipes backslash-escaped, line breaks as <c>&lt;br&gt;</c>.
    /// </summary>
    private static string Escape(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r' or '\n':
                    // CR LF, CR and LF are each one line break.
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    cell.Append("<br>");
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~' or '#' or '!':
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }

    /// <summary>An id as inline code, or as escaped text when it holds what code spans cannot hold.</summary>
    private static string Code(string id) =>
        id.Length > 0 && id.AsSpan().IndexOfAny("`|\r\n") < 0 && id.Trim().Length == id.Length ? $"`{id}`" : Escape(id);

    private static string Cell(Cell cell) =>
        cell.IsEmpty ? Formatting.None : string.Concat(cell.Runs.Select(r => r.Kind switch
        {
            RunKind.Code => Code(r.Text),
            RunKind.Break => "<br>",
            _ => Escape(r.Text),
        }));

    private sealed class Renderer(TextWriter output) : PlainReportRenderer(output)
    {
        public override void Note(Note note) => Output.Write($"\n{Escape(note.Text)}\n");

        public override void Subheading(Subheading subheading) => Output.Write($"\n### {Escape(subheading.Text)}\n");

        public override void Table(Table table)
        {
            Output.Write('\n');
            Row(table.Columns.Select(c => Escape(c.Header)));
            Row(table.Columns.Select(c => c.Numeric ? "--:" : "---"));
            foreach (Cell[] row in table.Rows)
            {
                Row(row.Select(MarkdownReport.Cell));
            }
        }

        protected override void Begin(Report report) => Output.Write($"# {report.Title}\n\n{Escape(report.Summary)}\n");

        protected override void BeginSection(ReportSection section) => Output.Write($"\n## {Escape(section.Title)}\n");

        private void Row(System.Collections.Generic.IEnumerable<string> cells)
        {
            Output.Write("| ");
            Output.Write(string.Join(" | ", cells));
            Output.Write(" |\n");
        }
    }
}
