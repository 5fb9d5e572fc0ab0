using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SummitData.Tests.Infrastructure;

/// <summary>A notebook cell: <c>markdown</c> or <c>code</c> (C#), its source without a final newline, and what it showed.</summary>
internal sealed record NotebookCell(string Kind, string Source, IReadOnlyList<NotebookOutput> Outputs);

/// <summary>One output of a cell: its Jupyter type (<c>display_data</c>, <c>error</c>, ...) and its content by MIME type.</summary>
internal sealed record NotebookOutput(string Type, IReadOnlyDictionary<string, string> Data)
{
    public string? Html => Data.TryGetValue("text/html", out string? html) ? html : null;
}

/// <summary>Reads the cells of the sample notebooks: a Jupyter <c>.ipynb</c> (with its outputs) or a Polyglot <c>.dib</c>.</summary>
internal static class Notebooks
{
    public static string Folder => Path.Combine(ReadmeTests.RepositoryRoot(), "samples", "notebooks");

    public static IReadOnlyList<NotebookCell> Read(string path)
    {
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
        {
            string[] parts = Regex.Split(text, @"^#!(\w+)\n", RegexOptions.Multiline);
            var cells = new List<NotebookCell>();
            for (int i = 1; i + 1 < parts.Length; i += 2)
            {
                if (parts[i] != "meta")
                {
                    cells.Add(new NotebookCell(parts[i] == "markdown" ? "markdown" : "code", parts[i + 1].Trim('\n'), Array.Empty<NotebookOutput>()));
                }
            }

            return cells;
        }

        using JsonDocument notebook = JsonDocument.Parse(text);
        return notebook.RootElement.GetProperty("cells").EnumerateArray().Select(c => new NotebookCell(
            c.GetProperty("cell_type").GetString()!,
            Joined(c.GetProperty("source")).TrimEnd('\n'),
            c.TryGetProperty("outputs", out JsonElement outputs)
                ? outputs.EnumerateArray().Select(o => new NotebookOutput(
                    o.GetProperty("output_type").GetString()!,
                    o.TryGetProperty("data", out JsonElement data)
                        ? data.EnumerateObject().ToDictionary(p => p.Name, p => Joined(p.Value))
                        : new Dictionary<string, string>())).ToArray()
                : Array.Empty<NotebookOutput>())).ToArray();
    }

    /// <summary>The code cell whose source is exactly <paramref name="source"/>.</summary>
    public static NotebookCell Cell(this IReadOnlyList<NotebookCell> cells, string source) =>
        cells.SingleOrDefault(c => c.Kind == "code" && c.Source == source) ?? throw new InvalidOperationException($"no code cell '{source}'");

    private static string Joined(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}

/// <summary>Reads the tables of an HTML output, enough to count header cells, rows and cells.</summary>
internal static class HtmlTables
{
    /// <summary>Every <c>&lt;table&gt;</c> of the HTML (outermost first), as header cells and rows of cells, text without tags.</summary>
    public static IReadOnlyList<(string[] Headers, string[][] Rows)> Read(string html) =>
        Regex.Matches(html, @"<table[^>]*>(?<body>.*?)</table>", RegexOptions.Singleline)
            .Select(m => m.Groups["body"].Value)
            .Select(body =>
            {
                string head = Regex.Match(body, "<thead>(.*?)</thead>", RegexOptions.Singleline).Groups[1].Value;
                string rows = Regex.Match(body, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
                return (
                    Regex.Matches(head, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(c => Text(c.Groups[1].Value)).ToArray(),
                    Regex.Matches(rows, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
                        .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => Text(c.Groups[1].Value)).ToArray())
                        .ToArray());
            })
            .ToArray();

    /// <summary>The text of an HTML fragment: tags removed, the five entities decoded.</summary>
    public static string Text(string html) =>
        Regex.Replace(html, "<[^>]+>", string.Empty)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
}
