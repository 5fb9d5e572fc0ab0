using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SummitData.Export;
using SummitData.Reporting;
using Xunit;

namespace SummitData.Tests.Export;

/// <summary>
/// The seeds' JSON Lines export: read back line by line, each object's values are the record's own; read by DuckDB
/// (whole and partitioned), the counts, joins, sources and timeline are the in-memory API's answers.
/// </summary>
public sealed class JsonLinesExportTests : IClassFixture<SeedExports>
{
    private readonly SeedExports _exports;

    public JsonLinesExportTests(SeedExports exports) => _exports = exports;

    public static TheoryData<bool> Partitioned => new() { false, true };

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void Every_line_is_one_record_and_every_record_one_line(bool partitioned)
    {
        string root = partitioned ? _exports.PartitionedJsonLines : _exports.JsonLines;
        foreach ((string kind, long count) in SeedExports.ExpectedCounts())
        {
            List<JsonElement> rows = Read(root, kind);
            Assert.Equal(count, rows.Count);
            Assert.Equal(count, rows.Select(r => r.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Equal(SeedExports.ExpectedCitations().Count, Read(root, "citations").Count);
    }

    [Fact]
    public void Values_read_back_are_the_records_own()
    {
        foreach (JsonElement row in Read(_exports.JsonLines, "figures"))
        {
            Figure figure = SeedExports.Data.Figures.Get(row.GetProperty("id").GetString()!);
            Assert.Equal(figure.Value.ToString(CultureInfo.InvariantCulture), row.GetProperty("value").GetRawText());
            Assert.Equal(EnumNames.Of(figure.Unit), row.GetProperty("unit").GetString());
            Assert.Equal(figure.IsApproximate, row.GetProperty("approximate").GetBoolean());
            Assert.Equal(figure.ClaimId, row.GetProperty("claimId").GetString());
            Assert.Equal(figure.Text, row.GetProperty("text").GetString());
            Assert.Equal(figure.Citation.Offset, row.GetProperty("offset").GetInt32());
            Assert.Equal(figure.Citation.Line, row.GetProperty("line").GetInt32());
        }

        foreach (JsonElement row in Read(_exports.JsonLines, "documents"))
        {
            Document document = SeedExports.Data.Documents.Get(row.GetProperty("id").GetString()!);
            Assert.Equal(document.Title, row.GetProperty("title").GetString());
            Assert.Equal(document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetProperty("published").GetString());
            Assert.Equal(document.Authors, row.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!));
        }

        foreach (JsonElement row in Read(_exports.JsonLines, "events"))
        {
            Event e = SeedExports.Data.Events.Get(row.GetProperty("id").GetString()!);
            Assert.Equal(e.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetProperty("start").GetString());
            Assert.Equal(e.WhoIds, row.GetProperty("who").EnumerateArray().Select(a => a.GetString()!));
            Assert.Equal(e.WhereId, row.GetProperty("where").GetString());
        }

        // Words of the documents are written as they are, not escaped: a line reads as the text does.
        Quote quote = SeedExports.Data.Quotes.First(q => q.Text.Any(c => c > 127));
        Assert.Contains(File.ReadLines(Path.Combine(_exports.JsonLines, "quotes", "part-00000.jsonl")), line => line.Contains(quote.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void DuckDB_reads_the_same_answers_as_the_API(bool partitioned)
    {
        string root = partitioned ? _exports.PartitionedJsonLines : _exports.JsonLines;
        foreach ((string kind, long count) in SeedExports.ExpectedCounts())
        {
            Assert.Equal([count.ToString(CultureInfo.InvariantCulture)], SeedExports.Duck($"SELECT count(*) FROM {From(root, kind)}"));
        }

        Assert.Equal(SeedExports.ExpectedQuoteSpeakers(), SeedExports.Duck($"SELECT q.id, p.name FROM {From(root, "quotes")} q JOIN {From(root, "people")} p ON p.id = q.speakerId ORDER BY q.id"));
        Assert.Equal(SeedExports.ExpectedClaimSources(), SeedExports.Duck($"SELECT id, len(documentIds) FROM {From(root, "claims")} ORDER BY id"));
        Assert.Equal(SeedExports.ExpectedTimeline(), SeedExports.Duck($"SELECT id, strftime(CAST(start AS DATE), '%Y-%m-%d'), strftime(CAST(\"end\" AS DATE), '%Y-%m-%d') FROM {From(root, "events")} ORDER BY start, \"end\", id"));
    }

    private static string From(string root, string dataset) => $"read_json('{root}/{dataset}/**/*.jsonl', format = 'newline_delimited')";

    private static List<JsonElement> Read(string root, string dataset) =>
        Directory.GetFiles(Path.Combine(root, dataset), "*.jsonl", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
}
