using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SummitData.Loading;

namespace SummitData.Interactive;

/// <summary>
/// The plain text a notebook (or a terminal REPL) shows for SummitData's values: the same tables as
/// <see cref="NotebookHtml"/>, columns aligned, cells cut at <see cref="MaxCell"/> characters, the cited words of a
/// citation in <c>**</c> within their sentence.
/// </summary>
internal static class NotebookText
{
    /// <summary>Characters of a cell shown before "…".</summary>
    public const int MaxCell = 40;

    /// <summary>A sequence as an aligned table of at most <see cref="SummitDataFormatters.MaxRows"/> rows, then the count.</summary>
    public static string Table(IEnumerable items) => WriteTable(new StringBuilder(), items, SummitDataFormatters.MaxRows).ToString();

    /// <summary>One record: a one-row table, then its citations in their sentences.</summary>
    public static string Record(object record)
    {
        var text = new StringBuilder();
        WriteTable(text, new[] { record }, 1, count: false);
        foreach (Column column in Columns.Of(record.GetType()))
        {
            switch (column.Read(record))
            {
                case Citation citation:
                    text.Append(column.Name).Append(": ").Append(Citation(citation)).Append('\n');
                    break;
                case IReadOnlyList<Citation> citations when citations.Count > 0:
                    foreach (Citation citation in citations.Take(NotebookHtml.MaxSentences))
                    {
                        text.Append(column.Name).Append(": ").Append(Citation(citation)).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A citation's sentence with the words in <c>**</c>, then where it is.</summary>
    public static string Citation(Citation citation)
    {
        string words = NotebookHtml.SentenceOf(citation) is { } s
            ? $"{(s.CutBefore ? "… " : string.Empty)}{s.Before}**{s.Words}**{s.After}{(s.CutAfter ? " …" : string.Empty)}"
            : $"**{citation.Text}**";
        return $"{words.Replace('\n', ' ')} ({NotebookHtml.Place(citation)})";
    }

    /// <summary>A data set: its counts, one line per kind.</summary>
    public static string DataSet(SummitDataSet data) =>
        data + "\n" + string.Join("\n", NotebookHtml.Kinds(data).Select(k => $"  {k.Name}: {k.Records.Count.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>What loading gave: the counts, then every diagnostic in the compiler's format.</summary>
    public static string LoadResult(LoadResult result)
    {
        var text = new StringBuilder(result.ToString());
        foreach (SummitDiagnostic diagnostic in result.Diagnostics.Take(SummitDataFormatters.MaxRows))
        {
            text.Append('\n').Append(diagnostic);
        }

        return text.ToString();
    }

    private static StringBuilder WriteTable(StringBuilder text, IEnumerable items, int maxRows, bool count = true)
    {
        (List<object> shown, int total) = NotebookHtml.Take(items, maxRows);
        IReadOnlyList<Column> columns = NotebookHtml.ColumnsFor(items, shown);
        string[][] rows = shown.Select(item => columns.Select(c => Cell(c.Read(item))).ToArray()).ToArray();
        int[] widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Name.Length).Max()).ToArray();
        Line(columns.Select(c => c.Name).ToArray());
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (string[] row in rows)
        {
            Line(row);
        }

        if (count)
        {
            text.Append(NotebookHtml.Rows(shown.Count, total)).Append('\n');
        }

        return text;

        void Line(string[] cells) =>
            text.Append(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');
    }

    private static string Cell(object? value)
    {
        string text = Cells.Text(value).Replace('\n', ' ');
        return text.Length <= MaxCell ? text : text[..(MaxCell - 1)] + "…";
    }
}
