using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SummitData.Generator.Kinds;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Every kind of record, as the descriptions list them, in every report format: columns for JSON, CSV and tables, and a
/// section with a row per record in the Markdown, HTML and text reports, which show the same sections in the same order.
/// No kind is named here: a kind without columns or a section fails.
/// </summary>
public sealed class ReportCoverageTests
{
    public static TheoryData<string> Kinds => [.. SummitData.Generator.Kinds.Kinds.All.Select(k => k.Section)];

    public static TheoryData<string> DataSets => new() { "seeds", "tricky" };

    [Fact]
    public void The_reports_kinds_are_the_described_kinds_in_order()
    {
        Assert.Equal(SummitData.Generator.Kinds.Kinds.All.Select(k => k.Section), RecordKind.All.Select(k => k.Name));
        Assert.Equal(SummitData.Generator.Kinds.Kinds.All.Select(k => "SummitData." + k.Record), RecordKind.All.Select(k => k.RecordType.FullName));
        Assert.False(RecordKind.All is RecordKind[], "the kinds are not an array");
        Assert.False(RecordKind.All is ICollection<RecordKind>, "the kinds are a list that cannot be changed");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_columns_for_every_format(string name)
    {
        RecordKind kind = RecordKind.Of(name);
        Assert.NotEmpty(kind.Columns);
        Assert.Equal("id", kind.Columns[0].Name);
        Assert.True(kind.Columns[0].InJson && kind.Columns[0].InCsv);
        Assert.Contains(kind.Columns, c => c.InTable);
        Assert.All(kind.Columns, c => Assert.Matches("^[a-z][A-Za-z0-9]*$", c.Name));
        Assert.All(kind.Columns, c => Assert.False(string.IsNullOrWhiteSpace(c.Header)));
        Assert.Equal(kind.Columns.Count, kind.Columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());

        // Each stored field of the kind's description is in the data formats, under its name or one derived from it.
        string[] written = [.. kind.Columns.Where(c => c.InJson).Select(c => c.Name.ToLowerInvariant())];
        foreach (FieldDescription field in SummitData.Generator.Kinds.Kinds.Of(name).StoredFields.Where(f => f.Name is not ("text" or "file" or "citation")))
        {
            Assert.Contains(written, w => w.StartsWith(field.Name.ToLowerInvariant().TrimEnd('s'), StringComparison.Ordinal) || w.StartsWith(field.Key.ToLowerInvariant(), StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_in_every_format_with_a_row_per_record(string name)
    {
        SummitDataSet data = Seeds.DataSet;
        RecordKind kind = RecordKind.Of(name);
        List<IRecord> records = ReportParsing.Records(data, kind);
        Assert.NotEmpty(records);
        IEnumerable<string> ids = records.Select(r => r.Id);

        JsonElement json = JsonDocument.Parse(JsonReport.Render(data)).RootElement.GetProperty(name);
        Assert.Equal(ids, json.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(ids, ReportParsing.ParseCsv(CsvReport.Render(data, kind)).Skip(1).Select(r => r[0]));

        // The HTML section of the kind, by its id, and the same section, by its title, in Markdown and text.
        XElement section = ReportParsing.Elements(ReportParsing.ParseHtml(HtmlReport.Render(data)), "section").Single(s => ReportParsing.Attribute(s, "id") == name);
        string title = ReportParsing.Elements(section, "h2").Single().Value;
        Assert.Equal(records.Count, ReportParsing.Elements(section, "tbody").SelectMany(b => ReportParsing.Elements(b, "tr")).Count());
        Assert.Equal(records.Count, MarkdownSection(MarkdownReport.Render(data), title).Sum(t => t.Count - 2));
        Assert.Equal(records.Count, TextTableRows(TextSection(TextReport.Render(data), title)));
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Markdown_html_and_text_show_the_same_sections_in_the_same_order(string name)
    {
        SummitDataSet data = name == "seeds" ? Seeds.DataSet : TrickyData.Create();
        List<string> html = [.. ReportParsing.Elements(ReportParsing.ParseHtml(HtmlReport.Render(data)), "h2").Select(h => h.Value)];
        Assert.True(html.Count > RecordKind.All.Count, "a section per kind, and more");
        Assert.Equal(html, MarkdownReport.Render(data).Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
        string[] text = TextReport.Render(data).Split('\n');
        Assert.Equal(html, text.Where((line, i) => i + 1 < text.Length && text[i + 1].Length == line.Length && line.Length > 0 && text[i + 1].All(c => c == '-')).ToList());
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Every_report_writes_the_same_text_to_a_string_a_writer_and_a_stream(string name)
    {
        SummitDataSet data = name == "seeds" ? Seeds.DataSet : TrickyData.Create();
        var reports = new List<(string Format, string Text, Action<TextWriter> ToWriter, Action<Stream> ToStream)>
        {
            ("json", JsonReport.Render(data), w => JsonReport.Write(data, w), s => JsonReport.Write(data, s)),
            ("markdown", MarkdownReport.Render(data), w => MarkdownReport.Write(data, w), s => MarkdownReport.Write(data, s)),
            ("html", HtmlReport.Render(data), w => HtmlReport.Write(data, w), s => HtmlReport.Write(data, s)),
            ("text", TextReport.Render(data), w => TextReport.Write(data, w), s => TextReport.Write(data, s)),
        };
        foreach (CsvMode mode in Enum.GetValues<CsvMode>())
        {
            foreach (RecordKind kind in RecordKind.All)
            {
                reports.Add(($"csv {kind} {mode}", CsvReport.Render(data, kind, mode), w => CsvReport.Write(data, kind, mode, w), s => CsvReport.Write(data, kind, mode, s)));
            }

            foreach (bool bom in new[] { false, true })
            {
                var options = new CsvOptions { Mode = mode, ByteOrderMark = bom };
                RecordKind kind = RecordKind.Of<Person>();
                reports.Add(($"csv {kind} {mode} bom {bom}", CsvReport.Render(data, kind, options), w => CsvReport.Write(data, kind, options, w), s => CsvReport.Write(data, kind, options, s)));
                reports.Add(($"csv citations {mode} bom {bom}", CsvReport.RenderCitations(data, options), w => CsvReport.WriteCitations(data, options, w), s => CsvReport.WriteCitations(data, options, s)));
            }
        }

        foreach ((string format, string text, Action<TextWriter> toWriter, Action<Stream> toStream) in reports)
        {
            Assert.False(string.IsNullOrEmpty(text), format);
            using var writer = new StringWriter();
            toWriter(writer);
            Assert.True(text == writer.ToString(), $"{format}: the writer's text differs");

            using var stream = new MemoryStream();
            toStream(stream);
            byte[] bytes = stream.ToArray();
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) == format.EndsWith("bom True", StringComparison.Ordinal), $"{format}: a byte order mark, or none");
            Assert.True(text == new UTF8Encoding(false, true).GetString(bytes), $"{format}: the stream's text differs");
        }
    }

    [Fact]
    public void A_stream_is_left_open()
    {
        using var stream = new MemoryStream();
        TextReport.Write(Seeds.DataSet, stream);
        MarkdownReport.Write(Seeds.DataSet, stream);
        Assert.True(stream.CanWrite);
        Assert.Equal(TextReport.Render(Seeds.DataSet) + MarkdownReport.Render(Seeds.DataSet), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void The_text_report_is_deterministic_and_culture_free()
    {
        string invariant = Cultures.Render("", () => TextReport.Render(TrickyData.Create()));
        Assert.Equal(invariant, Cultures.Render("de-DE", () => TextReport.Render(TrickyData.Create())));
        Assert.Equal(invariant, Cultures.Render("ar-SA", () => TextReport.Render(TrickyData.Create())));
        Assert.DoesNotContain('\r', invariant);
    }

    [Fact]
    public void A_kind_without_records_still_has_its_section()
    {
        const string text = "Nothing here.";
        string file = $"---\nformat: summitdata/1\nid: empty\nsha256: {SummitData.Loading.SummitDataLoader.TextSha256(text)}\n---\n{text}";
        SummitDataSet data = SummitData.Loading.SummitDataLoader.LoadText("empty.summit", file).EnsureSuccess();
        XDocument page = ReportParsing.ParseHtml(HtmlReport.Render(data));
        string markdown = MarkdownReport.Render(data);
        foreach (RecordKind kind in RecordKind.All)
        {
            XElement section = ReportParsing.Elements(page, "section").Single(s => ReportParsing.Attribute(s, "id") == kind.Name);
            Assert.Contains("\n## " + ReportParsing.Elements(section, "h2").Single().Value + "\n", markdown, StringComparison.Ordinal);
            Assert.Equal(kind.Name == "documents" ? 1 : 0, ReportParsing.Elements(section, "tr").Count(r => r.Parent?.Name.LocalName == "tbody"));
            Assert.Equal(kind.Name == "documents" ? 1 : 0, CsvReport.Render(data, kind).Split("\r\n").Length - 2);
        }
    }

    /// <summary>The tables of the Markdown section with this title.</summary>
    private static List<List<string>> MarkdownSection(string markdown, string title)
    {
        int start = markdown.IndexOf($"\n## {title}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no Markdown section '{title}'");
        int end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return ReportParsing.MarkdownTables(end < 0 ? markdown[start..] : markdown[start..end]);
    }

    /// <summary>The lines of the text report's section with this title (a line, then as many dashes).</summary>
    private static string[] TextSection(string report, string title)
    {
        string heading = $"\n{title}\n{new string('-', title.Length)}\n";
        int start = report.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no text section '{title}'");
        string[] lines = report[(start + heading.Length)..].Split('\n');
        int next = Array.FindIndex(lines, 1, l => l.Length > 0 && l.All(c => c == '-') && !l.Contains("  ", StringComparison.Ordinal));
        return next < 0 ? lines : lines[..(next - 1)];
    }

    /// <summary>
    /// The rows of the section's tables: the lines after each rule of dashes, up to a blank line, but for those that
    /// go on a row's cells (the second item of a list), whose first cell is blank.
    /// </summary>
    private static int TextTableRows(string[] lines)
    {
        int rows = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0 && lines[i].Length > 0 && lines[i].All(c => c is '-' or ' ') && lines[i - 1].Length > 0)
            {
                for (i++; i < lines.Length && lines[i].Length > 0; i++)
                {
                    rows += lines[i].StartsWith(' ') ? 0 : 1;
                }
            }
        }

        return rows;
    }
}
