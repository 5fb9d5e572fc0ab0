using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummitData.Reporting;
using Xunit;

namespace SummitData.Tests;

/// <summary>docs/report-formats.md is the contract: its property and column lists are what the reports write.</summary>
public sealed class ReportFormatsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "report-formats.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Kinds => [.. RecordKind.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Json_properties_are_the_documented_ones_in_order(string kind)
    {
        JsonElement first = Json().GetProperty(kind)[0];
        Assert.Equal(Names(Section("JSON", kind)), first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_citation_properties_are_the_documented_ones_in_order()
    {
        JsonElement root = Json();
        List<string> documented = Names(Section("JSON", "citations"));
        Assert.Equal(documented, root.GetProperty("agreements")[0].GetProperty("mentions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(documented, root.GetProperty("people")[0].GetProperty("roles")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(documented, root.GetProperty("people")[0].GetProperty("mentions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(documented, root.GetProperty("claims")[0].GetProperty("citations")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(documented, root.GetProperty("discrepancies")[0].GetProperty("sides")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_top_level_arrays_are_the_documented_ones_in_order()
    {
        string[] kinds = [.. RecordKind.All.Select(k => k.Name)];
        Assert.Equal(["$schema", "formatVersion", .. kinds], Json().EnumerateObject().Select(p => p.Name));
        Assert.Equal(kinds, Regex.Matches(Section("JSON"), "^### (\\w+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Take(kinds.Length));
    }

    [Fact]
    public void Json_example_is_what_the_report_writes()
    {
        JsonElement example = JsonDocument.Parse(Regex.Match(Section("JSON", "figures"), "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value).RootElement;
        string id = example.GetProperty("id").GetString()!;
        JsonElement written = Json().GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
        Assert.Equal(JsonSerializer.Serialize(written), JsonSerializer.Serialize(example));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Csv_columns_are_the_documented_ones_in_order(string kind)
    {
        Assert.Equal(Names(Section("CSV", kind)), CsvReport.Columns(RecordKind.Of(kind)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Json_types_are_the_documented_ones_null_where_the_doc_says_or_null(string kind)
    {
        JsonElement properties = Schema().GetProperty("$defs").GetProperty(RecordKind.Of(kind).Singular).GetProperty("properties");
        foreach ((string name, string type) in Types(Section("JSON", kind)))
        {
            Assert.Equal(type, Documented(properties.GetProperty(name)));
        }
    }

    [Fact]
    public void The_format_version_and_the_schema_are_documented_for_json_and_csv()
    {
        Assert.Contains($"format version **{ReportSchema.FormatVersion}**", Section("Versions and the schema"), StringComparison.Ordinal);
        Assert.Contains($"`schema/{ReportSchema.FileName}`", Section("Versions and the schema"), StringComparison.Ordinal);
        Assert.Contains(ReportSchema.Url, Doc, StringComparison.Ordinal);
        var version = new Regex("(?i)format version " + Regex.Escape(ReportSchema.FormatVersion) + "(?![0-9])");
        Assert.Matches(version, Section("CSV"));
        Assert.Matches(version, Section("JSON"));
        Assert.Contains($"`\"{ReportSchema.FormatVersion}\"`", Section("JSON"), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_citations_table_columns_are_the_documented_ones_in_order()
    {
        Assert.Equal(Names(Section("CSV", "citations")), CsvReport.CitationColumns);
    }

    /// <summary>A property's schema in the doc's words: <c>string</c>, <c>string or null</c>, <c>array of citations</c>, ...</summary>
    private static string Documented(JsonElement property)
    {
        if (property.TryGetProperty("$ref", out JsonElement reference))
        {
            return reference.GetString() == "#/$defs/date" ? "string" : "number";
        }

        if (property.TryGetProperty("anyOf", out JsonElement any))
        {
            return string.Join(" or ", any.EnumerateArray().Select(Documented));
        }

        JsonElement type = property.GetProperty("type");
        string[] types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)] : [type.GetString()!];
        if (types[0] == "array")
        {
            return property.GetProperty("items").TryGetProperty("$ref", out _) ? "array of citations" : "array of strings";
        }

        return string.Join(" or ", types.Select(t => t == "integer" ? "number" : t));
    }

    private static JsonElement Schema() => JsonDocument.Parse(ReportSchema.Json).RootElement;

    /// <summary>The names and types of a property table: <c>| `name` | type | meaning |</c>.</summary>
    private static List<(string Name, string Type)> Types(string section) =>
        [.. Regex.Matches(section, @"^\| `([A-Za-z0-9]+)` \| ([a-z ]+) \|", RegexOptions.Multiline).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    private static JsonElement Json() => JsonDocument.Parse(JsonReport.Render(Seeds.DataSet)).RootElement;

    /// <summary>The text of the "## {heading}" section, or of its "### {subheading}" subsection.</summary>
    private static string Section(string heading, string? subheading = null)
    {
        string section = Part(Doc, $"\n## {heading}\n", "\n## ");
        return subheading is null ? section : Part(section, $"\n### {subheading}\n", "\n### ");
    }

    private static string Part(string text, string start, string next)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start.Trim()}' not found");
        from += start.Length;
        int to = text.IndexOf(next, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    /// <summary>The names in the first column of a table: <c>| `name` | ...</c>.</summary>
    private static List<string> Names(string section) =>
        [.. Regex.Matches(section, @"^\| `([A-Za-z0-9]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value)];
}
