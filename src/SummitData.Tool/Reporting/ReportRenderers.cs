using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using SummitData.Reporting;

namespace SummitData.Tool.Reporting;

/// <summary>
/// The one place the tool calls the library's renderers (through their <c>Render(SummitDataSet ...)</c> entry points):
/// the formats, the kinds a CSV report takes, and the report's title.
/// </summary>
internal static class ReportRenderers
{
    /// <summary>The heading every rendered report starts with, which <c>--title</c> replaces.</summary>
    private const string DefaultTitle = "SummitData report";

    /// <summary>The formats, in the order help lists them.</summary>
    public static readonly string[] Formats = { "text", "json", "csv", "markdown", "html" };

    /// <summary>The formats that have a title.</summary>
    public static readonly string[] TitledFormats = { "text", "markdown", "html" };

    /// <summary>The CSV table of every citation (<see cref="CsvReport.RenderCitations(SummitDataSet, CsvOptions)"/>), by the name <c>--kind</c> takes.</summary>
    public const string CitationsTable = "citations";

    /// <summary>What a CSV report can be of, by name: each kind of record (<c>figures</c>, <c>quotes</c>, ...), then the citations table.</summary>
    public static readonly IReadOnlyList<string> KindNames = [.. RecordKind.All.Select(k => k.Name), CitationsTable];

    /// <summary>The kind a CSV report is of when none is named.</summary>
    public const string DefaultKind = "figures";

    /// <summary>The report of <paramref name="data"/>, with '\n' line endings.</summary>
    /// <param name="data">The records.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="kind">With csv: one of <see cref="KindNames"/> (default <see cref="DefaultKind"/>).</param>
    /// <param name="raw">With csv: every field as the data has it, even one a spreadsheet would run as a formula.</param>
    /// <param name="bom">With csv: a byte order mark (U+FEFF) first.</param>
    /// <param name="title">With text, markdown or html: the report's heading instead of "SummitData report".</param>
    public static string Render(SummitDataSet data, string format, string? kind, bool raw, bool bom, string? title)
    {
        var csv = new CsvOptions { Mode = raw ? CsvMode.Raw : CsvMode.Spreadsheet, ByteOrderMark = bom };
        string report = format switch
        {
            "json" => JsonReport.Render(data),
            "csv" when (kind ?? DefaultKind) == CitationsTable => CsvReport.RenderCitations(data, csv),
            "csv" => CsvReport.Render(data, Kind(kind ?? DefaultKind), csv),
            "markdown" => MarkdownReport.Render(data),
            "html" => HtmlReport.Render(data),
            "text" => TextReport.Render(data),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
        };
        return title is null ? report : Retitled(report, format, OneLine(title));
    }

    private static RecordKind Kind(string name) => RecordKind.Of(name);

    /// <summary>
    /// The report with its heading (and an HTML page's title) replaced. The renderers have no title of their own to
    /// set, so the heading they all start with is replaced here; a renderer that stops starting with it is a bug the
    /// tool's tests catch.
    /// </summary>
    private static string Retitled(string report, string format, string title)
    {
        switch (format)
        {
            case "text":
                string heading = DefaultTitle + "\n" + new string('=', DefaultTitle.Length) + "\n";
                return Replace(report, heading, title + "\n" + new string('=', title.Length) + "\n");
            case "markdown":
                return Replace(report, "# " + DefaultTitle + "\n", "# " + MarkdownText(title) + "\n");
            case "html":
                string encoded = WebUtility.HtmlEncode(title);
                string page = Replace(report, "<title>" + DefaultTitle + "</title>", "<title>" + encoded + "</title>");
                return Replace(page, "<h1>" + DefaultTitle + "</h1>", "<h1>" + encoded + "</h1>");
            default:
                throw new ArgumentException($"a {format} report has no title.", nameof(format));
        }
    }

    private static string Replace(string report, string from, string to)
    {
        int at = report.IndexOf(from, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"the report does not contain its heading '{from.TrimEnd('\n')}'.");
        }

        return string.Concat(report.AsSpan(0, at), to, report.AsSpan(at + from.Length));
    }

    /// <summary>A title is one line: every run of white space (line breaks included) becomes one space.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Text Markdown shows as written: every ASCII punctuation character that Markdown could read as markup is escaped.</summary>
    private static string MarkdownText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\x7F')
            {
                escaped.Append(c);
            }
            else if (char.IsControl(c))
            {
                escaped.Append(' ');
            }
            else
            {
                escaped.Append('\\').Append(c);
            }
        }

        return escaped.ToString();
    }
}
