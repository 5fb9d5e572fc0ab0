using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace SummitData.Tests.Infrastructure;

/// <summary>Independent readers of the report formats, strict enough that a malformed report fails the test.</summary>
internal static class ReportParsing
{
    /// <summary>
    /// Reads CSV as RFC 4180 defines it: records end with CR LF (the last one too), fields are quoted whole or not at
    /// all, and a quote inside a quoted field is doubled. Anything else throws <see cref="FormatException"/>.
    /// </summary>
    public static List<string[]> ParseCsv(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }
            }
            else
            {
                while (i < csv.Length && csv[i] is not (',' or '\r' or '\n'))
                {
                    if (csv[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(csv[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= csv.Length)
            {
                throw new FormatException("The last record does not end with CR LF.");
            }

            if (csv[i] == ',')
            {
                i++;
                continue;
            }

            if (csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
                continue;
            }

            throw new FormatException($"Unexpected character U+{(int)csv[i]:X4} at {i}.");
        }

        return records;
    }

    /// <summary>
    /// A CSV field that holds a list: a JSON array of strings, on one line. Anything else (a joined list, an array of
    /// another type, trailing text) throws.
    /// </summary>
    public static List<string> CsvList(string field)
    {
        if (field.Contains('\n') || field.Contains('\r'))
        {
            throw new FormatException($"A list field spans lines: {field}");
        }

        using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse(field);
        if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            throw new FormatException($"A list field is not a JSON array: {field}");
        }

        return [.. json.RootElement.EnumerateArray().Select(item => item.ValueKind == System.Text.Json.JsonValueKind.String
            ? item.GetString()!
            : throw new FormatException($"A list item is not a string: {field}"))];
    }

    /// <summary>The tables of a Markdown text: runs of lines that start with a pipe.</summary>
    public static List<List<string>> MarkdownTables(string markdown)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (string line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                current ??= [];
                current.Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            tables.Add(current);
        }

        return tables;
    }

    /// <summary>The cells of a GFM table row, split at pipes that are not backslash-escaped.</summary>
    public static List<string> MarkdownCells(string row)
    {
        if (!row.StartsWith('|') || !row.EndsWith('|'))
        {
            throw new FormatException($"Not a table row: {row}");
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (int i = 1; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length)
            {
                cell.Append(row[i]).Append(row[++i]);
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        if (cell.Length > 0)
        {
            throw new FormatException($"The row ends inside a cell (the last pipe is escaped): {row}");
        }

        return cells;
    }

    /// <summary>Reverses the Markdown report's cell escaping: backslash escapes and <c>&lt;br&gt;</c> line breaks.</summary>
    public static string UnescapeMarkdown(string cell)
    {
        var text = new StringBuilder();
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length)
            {
                text.Append(cell[++i]);
            }
            else if (string.CompareOrdinal(cell, i, "<br>", 0, 4) == 0)
            {
                text.Append('\n');
                i += 3;
            }
            else
            {
                text.Append(cell[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>The HTML page read as XML (the report writes well-formed markup); throws when it is not well-formed.</summary>
    public static XDocument ParseHtml(string html)
    {
        const string Doctype = "<!DOCTYPE html>\n";
        if (!html.StartsWith(Doctype, StringComparison.Ordinal))
        {
            throw new FormatException("The page does not start with the HTML5 doctype.");
        }

        return XDocument.Parse(html[Doctype.Length..], LoadOptions.PreserveWhitespace);
    }

    /// <summary>Elements by local name, whatever their namespace (SVG elements are in the SVG namespace).</summary>
    public static IEnumerable<XElement> Elements(XContainer root, string localName) =>
        root.Descendants().Where(e => e.Name.LocalName == localName);

    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>
    /// The records of a kind, read from the data set's property of the kind's record type (a <c>RecordSet</c>), not
    /// through the reports.
    /// </summary>
    public static List<IRecord> Records(SummitDataSet data, SummitData.Reporting.RecordKind kind) =>
        [.. ((System.Collections.IEnumerable)typeof(SummitDataSet).GetProperties()
            .Single(p => p.PropertyType.IsGenericType && p.PropertyType.GenericTypeArguments[0] == kind.RecordType)
            .GetValue(data)!).Cast<IRecord>()];

    /// <summary>The citation of every cited span the HTML report highlights, by the anchor docs/report-formats.md documents for it.</summary>
    public static Dictionary<string, Citation> CitationsByAnchor(SummitDataSet data)
    {
        var anchors = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (Figure figure in data.Figures)
        {
            anchors.Add("fig-" + figure.Id, figure.Citation);
        }

        foreach (Quote quote in data.Quotes)
        {
            anchors.Add("quote-" + quote.Id, quote.Citation);
        }

        foreach (Agreement agreement in data.Agreements)
        {
            for (int i = 0; i < agreement.Mentions.Count; i++)
            {
                anchors.Add($"agr-{agreement.Id}-{i + 1}", agreement.Mentions[i]);
            }
        }

        foreach (Discrepancy discrepancy in data.Discrepancies)
        {
            for (int i = 0; i < discrepancy.Sides.Count; i++)
            {
                anchors.Add($"side-{discrepancy.Id}-{i + 1}", discrepancy.Sides[i]);
            }
        }

        foreach (Person person in data.People)
        {
            for (int i = 0; i < person.Roles.Count; i++)
            {
                anchors.Add($"role-{person.Id}-{i + 1}", person.Roles[i]);
            }
        }

        foreach (Claim claim in data.Claims)
        {
            for (int i = 0; i < claim.Citations.Count; i++)
            {
                anchors.Add($"claim-{claim.Id}-{i + 1}", claim.Citations[i]);
            }
        }

        foreach (Event item in data.Events)
        {
            for (int i = 0; i < item.Dated.Count; i++)
            {
                anchors.Add($"event-date-{item.Id}-{i + 1}", item.Dated[i]);
            }

            for (int i = 0; i < item.Citations.Count; i++)
            {
                anchors.Add($"event-{item.Id}-{i + 1}", item.Citations[i]);
            }
        }

        return anchors;
    }
}
