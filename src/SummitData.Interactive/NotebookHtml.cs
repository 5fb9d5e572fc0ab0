using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using SummitData.Loading;

namespace SummitData.Interactive;

/// <summary>
/// The HTML a notebook shows for SummitData's values: tables with a column per property, citations in their sentence
/// with the cited words in a <c>&lt;mark&gt;</c>, the sides of a disagreement side by side. Every piece of text from the
/// data is encoded; the output is a fragment in one <c>&lt;div class="summitdata"&gt;</c> with its own small style sheet.
/// Work is bounded: at most <see cref="SummitDataFormatters.MaxRows"/> rows, <see cref="MaxListItems"/> items of a list
/// in a cell, <see cref="MaxCellText"/> characters of a text in a cell, and sentences cut at <see cref="Sentence.MaxSide"/>.
/// </summary>
internal static class NotebookHtml
{
    /// <summary>Items of a list shown in one cell before "… (N in all)".</summary>
    public const int MaxListItems = 5;

    /// <summary>Characters of a text shown in one cell (a document's whole text is longer).</summary>
    public const int MaxCellText = 200;

    /// <summary>Citations shown in their sentence below a record (a person's mentions can be many).</summary>
    public const int MaxSentences = 5;

    /// <summary>Rows of each kind in a data set's summary.</summary>
    public const int MaxSummaryRows = 10;

    // Selectors two classes deep: notebook front ends style every td and th of an output (right-aligned, say).
    private const string Style = """
        <style>
        .summitdata table.sd { border-collapse: collapse; margin: 4px 0; }
        .summitdata table.sd th, .summitdata table.sd td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid rgba(127,127,127,0.3); }
        .summitdata table.sd th { font-weight: 600; }
        .summitdata mark { background: rgba(250, 204, 21, 0.55); color: inherit; padding: 0 1px; border-radius: 2px; }
        .summitdata .sd-note { opacity: 0.7; font-style: italic; margin: 2px 0; }
        .summitdata .sd-label { font-weight: 600; margin-top: 6px; }
        .summitdata .sd-cite { margin: 4px 0 8px 0; padding-left: 8px; border-left: 3px solid rgba(250, 204, 21, 0.9); text-align: left; }
        .summitdata .sd-where { opacity: 0.7; font-size: smaller; }
        .summitdata .sd-sides { display: flex; flex-wrap: wrap; gap: 12px; text-align: left; }
        .summitdata .sd-side { flex: 1 1 14em; padding-left: 8px; border-left: 3px solid rgba(239, 68, 68, 0.7); }
        .summitdata .sd-error { color: #c62828; font-weight: 600; }
        .summitdata .sd-warning { color: #b26a00; font-weight: 600; }
        .summitdata summary { cursor: pointer; }
        </style>
        """;

    /// <summary>A sequence as a table: one row per item up to <see cref="SummitDataFormatters.MaxRows"/>, then the count.</summary>
    public static string Table(IEnumerable items) => Fragment(html => WriteTable(html, items, SummitDataFormatters.MaxRows));

    /// <summary>One record as a one-row table, then each of its citations in its sentence (a disagreement's sides side by side in the table).</summary>
    public static string Record(object record) => Fragment(html =>
    {
        WriteTable(html, new[] { record }, 1, count: false);
        WriteContexts(html, record);
    });

    /// <summary>A citation: its sentence with the words marked, and the document, line and column.</summary>
    public static string Citation(Citation citation) => Fragment(html => WriteCitation(html, citation));

    /// <summary>A person and everything the documents say about them.</summary>
    public static string Profile(PersonProfile profile) => Fragment(html =>
    {
        html.Append("<div class=\"sd-label\">").Append(Encode(profile.ToString())).Append("</div>");
        WriteContexts(html, profile.Person);
        foreach ((string name, IEnumerable list) in new (string, IEnumerable)[]
        {
            ("Quotes", profile.Quotes), ("Agreements", profile.Agreements), ("Claims", profile.Claims), ("Discrepancies", profile.Discrepancies),
        })
        {
            html.Append("<div class=\"sd-label\">").Append(name).Append("</div>");
            WriteTable(html, list, SummitDataFormatters.MaxRows);
        }
    });

    /// <summary>A data set: its counts, then a table per kind (the first <see cref="MaxSummaryRows"/> rows) that opens on a click.</summary>
    public static string DataSet(SummitDataSet data) => Fragment(html => WriteDataSet(html, data));

    /// <summary>What loading gave: the counts, the diagnostics as a table, the files left out, and the data.</summary>
    public static string LoadResult(LoadResult result) => Fragment(html =>
    {
        html.Append("<p>").Append(Encode(result.ToString())).Append("</p>");
        if (result.Diagnostics.Count > 0)
        {
            WriteTable(html, result.Diagnostics, SummitDataFormatters.MaxRows);
        }

        if (result.ExcludedFiles.Count > 0)
        {
            html.Append("<p class=\"sd-note\">Left out for their errors: ").Append(Encode(string.Join(Cells.ListSeparator, result.ExcludedFiles))).Append("</p>");
        }

        if (result.Data.Documents.Count > 0)
        {
            WriteDataSet(html, result.Data, counts: false);
        }
    });

    /// <summary>Text for HTML content and attribute values: the five markup characters encoded, control characters replaced.</summary>
    public static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': encoded.Append("&amp;"); break;
                case '<': encoded.Append("&lt;"); break;
                case '>': encoded.Append("&gt;"); break;
                case '"': encoded.Append("&quot;"); break;
                case '\'': encoded.Append("&#39;"); break;
                case '\n' or '\t': encoded.Append(c); break;
                default: encoded.Append(char.IsControl(c) ? '\uFFFD' : c); break;
            }
        }

        return encoded.ToString();
    }

    private static string Fragment(Action<StringBuilder> write)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"summitdata\">").Append(Style);
        write(html);
        html.Append("</div>");
        return html.ToString();
    }

    private static void WriteTable(StringBuilder html, IEnumerable items, int maxRows, bool count = true)
    {
        (List<object> shown, int total) = Take(items, maxRows);
        IReadOnlyList<Column> columns = ColumnsFor(items, shown);
        html.Append("<table class=\"sd\"><thead><tr>");
        foreach (Column column in columns)
        {
            html.Append("<th>").Append(Encode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (object item in shown)
        {
            html.Append("<tr>");
            foreach (Column column in columns)
            {
                html.Append("<td>");
                WriteCell(html, item, column);
                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (count)
        {
            html.Append("<p class=\"sd-note\">").Append(Encode(Rows(shown.Count, total))).Append("</p>");
        }
    }

    private static void WriteCell(StringBuilder html, object item, Column column)
    {
        object? value = column.Read(item);
        switch (value)
        {
            case null:
                return;
            case IReadOnlyList<Citation> sides when item is Discrepancy:
                WriteSides(html, sides);
                return;
            case Citation citation:
                html.Append("<span title=\"").Append(Encode($"“{citation.Text}”")).Append("\">").Append(Encode(Cells.Where(citation))).Append("</span>");
                return;
            case SummitDiagnosticSeverity severity:
                string css = severity switch
                {
                    SummitDiagnosticSeverity.Error => "sd-error",
                    SummitDiagnosticSeverity.Warning => "sd-warning",
                    _ => "sd-info",
                };
                html.Append("<span class=\"").Append(css).Append("\">").Append(Encode(Cells.Text(severity))).Append("</span>");
                return;
            case string text:
                html.Append(Encode(Cut(text)));
                return;
            case IEnumerable list:
                (List<object> shown, int total) = Take(list, MaxListItems);
                html.Append(Encode(string.Join(Cells.ListSeparator, shown.Select(Cells.Text))));
                if (total > shown.Count)
                {
                    html.Append(" <span class=\"sd-note\">… (").Append(total.ToString(CultureInfo.InvariantCulture)).Append(" in all)</span>");
                }

                return;
            default:
                html.Append(Encode(Cut(Cells.Text(value))));
                return;
        }
    }

    /// <summary>Below a record: every citation it holds in its sentence, by property (a discrepancy's sides are in its table).</summary>
    private static void WriteContexts(StringBuilder html, object record)
    {
        foreach (Column column in Columns.Of(record.GetType()))
        {
            switch (column.Read(record))
            {
                case Citation citation:
                    html.Append("<div class=\"sd-label\">").Append(Encode(column.Name)).Append("</div>");
                    WriteCitation(html, citation);
                    break;
                case IReadOnlyList<Citation> when record is Discrepancy:
                    // The table's cell already holds the sides, side by side.
                    break;
                case IReadOnlyList<Citation> citations when citations.Count > 0:
                    string shown = citations.Count > MaxSentences
                        ? $" ({MaxSentences.ToString(CultureInfo.InvariantCulture)} of {citations.Count.ToString(CultureInfo.InvariantCulture)})"
                        : string.Empty;
                    html.Append("<div class=\"sd-label\">").Append(Encode(column.Name + shown)).Append("</div>");
                    foreach (Citation citation in citations.Take(MaxSentences))
                    {
                        WriteCitation(html, citation);
                    }

                    break;
            }
        }
    }

    private static void WriteSides(StringBuilder html, IReadOnlyList<Citation> sides)
    {
        html.Append("<div class=\"sd-sides\">");
        foreach (Citation side in sides)
        {
            html.Append("<div class=\"sd-side\">");
            WriteSentence(html, side);
            html.Append("<div class=\"sd-where\">").Append(Encode(Place(side))).Append("</div></div>");
        }

        html.Append("</div>");
    }

    private static void WriteCitation(StringBuilder html, Citation citation)
    {
        html.Append("<div class=\"sd-cite\">");
        WriteSentence(html, citation);
        html.Append("<div class=\"sd-where\">").Append(Encode(Place(citation))).Append("</div></div>");
    }

    private static void WriteSentence(StringBuilder html, Citation citation)
    {
        html.Append("<div class=\"sd-sentence\">");
        if (SentenceOf(citation) is { } sentence)
        {
            html.Append(sentence.CutBefore ? "… " : string.Empty).Append(Encode(sentence.Before))
                .Append("<mark>").Append(Encode(sentence.Words)).Append("</mark>")
                .Append(Encode(sentence.After)).Append(sentence.CutAfter ? " …" : string.Empty);
        }
        else
        {
            // A citation made by hand has no document to read the sentence from: its words alone.
            html.Append("<mark>").Append(Encode(citation.Text)).Append("</mark>");
        }

        html.Append("</div>");
    }

    private static void WriteDataSet(StringBuilder html, SummitDataSet data, bool counts = true)
    {
        if (counts)
        {
            html.Append("<p>").Append(Encode(data.ToString())).Append("</p>");
        }

        foreach ((string name, IReadOnlyList<IRecord> records) in Kinds(data))
        {
            if (records.Count == 0)
            {
                continue;
            }

            html.Append("<details><summary><b>").Append(Encode(name)).Append("</b> ")
                .Append(records.Count.ToString(CultureInfo.InvariantCulture)).Append("</summary>");
            WriteTable(html, records, MaxSummaryRows);
            html.Append("</details>");
        }

        // The timeline of events (a later kind) is shown here, after the kinds, when the data set has one.
    }

    /// <summary>Every kind's records in a data set, in the data set's order: each public <see cref="RecordSet{T}"/> property.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<IRecord> Records)> Kinds(SummitDataSet data) =>
        typeof(SummitDataSet).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(RecordSet<>))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p.Name, (IReadOnlyList<IRecord>)p.GetValue(data)!));

    /// <summary>"Title (id), line N, column M" of a citation, or without the title where the document has none or is unknown.</summary>
    internal static string Place(Citation citation)
    {
        string line = $"line {citation.Line.ToString(CultureInfo.InvariantCulture)}, column {citation.Column.ToString(CultureInfo.InvariantCulture)}";
        return citation.Document?.Title is { } title ? $"{title} ({citation.DocumentId}), {line}" : $"{citation.DocumentId}, {line}";
    }

    internal static Sentence? SentenceOf(Citation citation) =>
        citation.Document is { } document ? Sentence.Around(document.Text, citation.Offset, citation.Length, citation.Text) : null;

    internal static string Rows(int shown, int total) =>
        shown == total
            ? $"{total.ToString(CultureInfo.InvariantCulture)} {(total == 1 ? "row" : "rows")}"
            : $"{shown.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)} rows (SummitDataFormatters.MaxRows sets how many)";

    /// <summary>The first <paramref name="max"/> items, and how many there are in all (counted, not kept).</summary>
    internal static (List<object> Shown, int Total) Take(IEnumerable items, int max)
    {
        var shown = new List<object>(Math.Min(max, 64));
        int total = 0;
        foreach (object? item in items)
        {
            if (item is null)
            {
                continue;
            }

            if (total < max)
            {
                shown.Add(item);
            }

            total++;
        }

        return (shown, total);
    }

    /// <summary>The columns for a table's items: their type's when they share one, else their declared element type's with a kind column.</summary>
    internal static IReadOnlyList<Column> ColumnsFor(IEnumerable items, IReadOnlyList<object> shown)
    {
        Type[] types = shown.Select(i => i.GetType()).Distinct().ToArray();
        if (types.Length == 1)
        {
            return Columns.Of(types[0]);
        }

        Type element = items.GetType().GetInterfaces().Append(items.GetType())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault() ?? typeof(object);
        if (types.Length == 0)
        {
            return Columns.Of(element);
        }

        // Mixed records (what a claim is about: people and entities) share more than the declared type may say:
        // the shared interface with the most columns (INamedEntity's names and mentions rather than IRecord's id).
        Type shared = types[0].GetInterfaces()
            .Where(i => types.All(i.IsAssignableFrom) && element.IsAssignableFrom(i))
            .Append(element)
            .OrderByDescending(i => Columns.Of(i).Count)
            .ThenBy(i => i.FullName, StringComparer.Ordinal)
            .First();
        return Columns.OfMixed(shared);
    }

    internal static string Cut(string text, int max = MaxCellText)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never half a surrogate pair.
        int cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut] + $"… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";
    }
}
