using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SummitData.Reporting;

/// <summary>
/// Writes a <see cref="SummitDataSet"/> as a readable plain-text report: the summary, the charted figures, then a
/// section per kind of record (<see cref="RecordKind.All"/>) with a table of its columns, and the source documents; the
/// sections of the Markdown and HTML reports, as aligned columns of single-line cells for a terminal.
/// </summary>
/// <remarks>
/// A cell is one line, or a line per item of a list (the sides of a disagreement): every run of white space in it, line
/// breaks included, is one space. A line wider than its column's limit is cut and ends with an ellipsis; the JSON and
/// CSV reports have every value whole.
/// </remarks>
public static class TextReport
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

    /// <summary>A cell's lines: one per item of a list, each on one line and cut to <paramref name="width"/>.</summary>
    private static string[] Lines(Cell cell, int width)
    {
        if (cell.IsEmpty)
        {
            return [Formatting.None];
        }

        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (Run run in cell.Runs)
        {
            if (run.Kind == RunKind.Break)
            {
                lines.Add(Formatting.Fit(OneLine(line.ToString()), width));
                line.Clear();
            }
            else
            {
                line.Append(run.Text);
            }
        }

        lines.Add(Formatting.Fit(OneLine(line.ToString()), width));
        return [.. lines];
    }

    /// <summary>The text on one line: every run of white space (line breaks included) becomes one space.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class Renderer(TextWriter output) : PlainReportRenderer(output)
    {
        private const string Gap = "  ";

        public override void Note(Note note) => Output.Write(OneLine(note.Text) + "\n");

        public override void Subheading(Subheading subheading) => Output.Write($"\n{OneLine(subheading.Text)}\n");

        public override void Table(Table table)
        {
            // A cell is a line per item of a list (an agreement's mentions by document, the sides of a disagreement).
            string[][][] rows = [.. table.Rows.Select(row => row.Select((cell, i) => Lines(cell, table.Columns[i].MaxWidth)).ToArray())];
            int[] widths = [.. table.Columns.Select((column, i) =>
                Math.Min(Math.Max(column.MaxWidth, column.Header.Length), rows.SelectMany(row => row[i]).Select(line => line.Length).Prepend(column.Header.Length).Max()))];

            Output.Write('\n');
            Row(table, [.. table.Columns.Select(c => c.Header)], widths);
            Row(table, [.. widths.Select(w => new string('-', w))], widths);
            foreach (string[][] row in rows)
            {
                int height = row.Max(lines => lines.Length);
                for (int line = 0; line < height; line++)
                {
                    Row(table, [.. row.Select(lines => line < lines.Length ? lines[line] : string.Empty)], widths);
                }
            }
        }

        protected override void Begin(Report report) => Output.Write($"{report.Title}\n{new string('=', report.Title.Length)}\n{report.Summary}\n");

        protected override void BeginSection(ReportSection section) => Output.Write($"\n{section.Title}\n{new string('-', section.Title.Length)}\n");

        private void Row(Table table, string[] cells, int[] widths)
        {
            var line = new System.Text.StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(Gap);
                }

                string cell = Formatting.Fit(cells[i], widths[i]);
                line.Append(table.Columns[i].Numeric ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            }

            Output.Write(line.ToString().TrimEnd());
            Output.Write('\n');
        }
    }
}
