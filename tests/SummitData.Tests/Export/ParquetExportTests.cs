using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SummitData.Export;
using Xunit;

namespace SummitData.Tests.Export;

/// <summary>
/// The seeds' Parquet export read back by an embedded DuckDB, by SQL: counts per kind, quotes joined to their speakers'
/// names, claims with their sources, the timeline, the citations, equal to what the in-memory API answers; the same
/// from a partitioned export of small row groups; the column types the engines see.
/// </summary>
public sealed class ParquetExportTests : IClassFixture<SeedExports>
{
    private readonly SeedExports _exports;

    public ParquetExportTests(SeedExports exports) => _exports = exports;

    public static TheoryData<bool> Partitioned => new() { false, true };

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void Counts_per_kind_are_the_data_sets(bool partitioned)
    {
        string root = Root(partitioned);
        foreach ((string kind, long count) in SeedExports.ExpectedCounts())
        {
            Assert.True(count > 0, $"the seeds have {kind}");
            Assert.Equal([count.ToString(CultureInfo.InvariantCulture)], SeedExports.Duck($"SELECT count(*) FROM {From(root, kind)}"));
            Assert.Equal(count, _exports.Summaries[root].Rows[kind]);
        }

        // Ids are unique per kind, as the data set's are.
        Assert.Equal(["0"], SeedExports.Duck($"SELECT count(*) - count(DISTINCT id) FROM {From(root, "people")}"));
    }

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void Quotes_joined_to_their_speakers_names_are_the_APIs(bool partitioned)
    {
        string root = Root(partitioned);
        List<string> expected = SeedExports.ExpectedQuoteSpeakers();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, SeedExports.Duck($"SELECT q.id, p.name FROM {From(root, "quotes")} q JOIN {From(root, "people")} p ON p.id = q.speakerId ORDER BY q.id"));
    }

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void Claims_with_their_source_counts_are_the_APIs_three_ways(bool partitioned)
    {
        string root = Root(partitioned);
        List<string> expected = SeedExports.ExpectedClaimSources();
        Assert.Contains(expected, e => !e.EndsWith("|1", StringComparison.Ordinal));

        // The column, the length of the documents list, and the distinct documents of the claims' citations.
        Assert.Equal(expected, SeedExports.Duck($"SELECT id, sourceCount FROM {From(root, "claims")} ORDER BY id"));
        Assert.Equal(expected, SeedExports.Duck($"SELECT id, len(documentIds) FROM {From(root, "claims")} ORDER BY id"));
        Assert.Equal(expected, SeedExports.Duck($"SELECT recordId, count(DISTINCT documentId) FROM {From(root, "citations")} WHERE kind = 'claims' GROUP BY recordId ORDER BY recordId"));
    }

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void Events_by_date_are_the_timeline(bool partitioned)
    {
        string root = Root(partitioned);
        Assert.Equal(SeedExports.ExpectedTimeline(), SeedExports.Duck($"SELECT id, strftime(start, '%Y-%m-%d'), strftime(\"end\", '%Y-%m-%d') FROM {From(root, "events")} ORDER BY start, \"end\", id"));
    }

    [Theory]
    [MemberData(nameof(Partitioned))]
    public void The_citations_are_every_records_words_where_the_document_has_them(bool partitioned)
    {
        string root = Root(partitioned);
        List<string> expected = SeedExports.ExpectedCitations()
            .Select(c => $"{c.Kind}|{c.RecordId}|{c.Field}|{c.Citation.DocumentId}|{c.Citation.Offset}|{c.Citation.Length}|{c.Citation.Line}|{c.Citation.Column}|{c.Citation.Text}")
            .Order(StringComparer.Ordinal).ToList();
        List<string> actual = SeedExports.Duck($"SELECT kind, recordId, field, documentId, \"offset\", length, line, \"column\", text FROM {From(root, "citations")}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);

        // And the words stand in the document's text where the row says (the text itself is not exported).
        foreach (string row in SeedExports.Duck($"SELECT documentId, \"offset\", length, text FROM {From(root, "citations")}"))
        {
            string[] cells = row.Split('|', 4);
            string text = SeedExports.Data.Documents.Get(cells[0]).Text;
            Assert.Equal(cells[3], text.Substring(int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Columns_are_typed_enums_are_the_formats_names_and_lists_are_lists()
    {
        Dictionary<string, string> Types(string kind) =>
            SeedExports.Duck($"DESCRIBE SELECT * FROM {From(_exports.Parquet, kind)}").ToDictionary(r => r.Split('|')[0], r => r.Split('|')[1], StringComparer.Ordinal);

        Dictionary<string, string> figures = Types("figures");
        Assert.Equal("DECIMAL(38,9)", figures["value"]);
        Assert.Equal("VARCHAR", figures["valueExact"]);
        Assert.Equal("BOOLEAN", figures["approximate"]);
        Assert.Equal("BIGINT", figures["line"]);
        Assert.Equal("VARCHAR", figures["unit"]);
        Assert.Equal("DATE", Types("events")["start"]);
        Assert.Equal("DATE", Types("documents")["published"]);
        Assert.Equal("VARCHAR[]", Types("claims")["documentIds"]);
        Assert.Equal("VARCHAR[]", Types("people")["spellings"]);

        // Every column the kinds' descriptions give, first the id; an agreement's parties by id only.
        Assert.Equal("id", Types("quotes").Keys.First());
        Assert.Contains("partyIds", Types("agreements").Keys);
        Assert.DoesNotContain("parties", Types("agreements").Keys);

        Assert.Equal(SeedExports.ExpectedQuoteKinds(), SeedExports.Duck($"SELECT DISTINCT kind FROM {From(_exports.Parquet, "quotes")} ORDER BY kind"));
        List<string> values = SeedExports.Duck($"SELECT id, CAST(value AS VARCHAR), valueExact, unit, scale FROM {From(_exports.Parquet, "figures")} ORDER BY id");
        Assert.Equal(
            SeedExports.Data.Figures.OrderBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => $"{f.Id}|{f.Value.ToString("0.000000000", CultureInfo.InvariantCulture)}|{f.Value.ToString(CultureInfo.InvariantCulture)}|{Reporting.EnumNames.Of(f.Unit)}|{Reporting.EnumNames.Of(f.Scale)}"),
            values);
    }

    [Fact]
    public void The_documented_schema_is_the_one_written()
    {
        // docs/exports.md lists every dataset's columns with the types DuckDB shows: one table row a dataset.
        string[] doc = File.ReadAllLines(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "exports.md"));
        foreach (string dataset in SeedExports.ExpectedCounts().Keys.Append("citations"))
        {
            string row = Assert.Single(doc, l => l.StartsWith($"| `{dataset}` | `", StringComparison.Ordinal));
            string written = string.Join(", ", SeedExports.Duck($"DESCRIBE SELECT * FROM {From(_exports.Parquet, dataset)}").Select(r => $"`{r.Split('|')[0]}` {r.Split('|')[1]}"));
            Assert.Equal($"| `{dataset}` | {written} |", row);
        }
    }

    [Fact]
    public void Partitions_are_hive_style_by_the_records_first_document_and_row_groups_bound_each_file()
    {
        string root = _exports.PartitionedParquet;
        // The citations are partitioned by their document: one folder for each partition a document falls in.
        string[] expected = SeedExports.Data.Documents.Select(d => "bucket=" + DatasetSink.Bucket(d.Id, 4).ToString(CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.Length > 1, "the seeds' documents fall in more than one partition");
        Assert.Equal(expected, Directory.GetDirectories(Path.Combine(root, "citations")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Every quote is in its document's partition, which DuckDB reads from the folder name.
        List<string> quotes = SeedExports.Duck($"SELECT documentId, bucket FROM read_parquet('{root}/quotes/*/*.parquet', hive_partitioning = true)");
        Assert.Equal(SeedExports.Data.Quotes.Count, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(q.Split('|')[1], DatasetSink.Bucket(q.Split('|')[0], 4).ToString(CultureInfo.InvariantCulture)));

        // Row groups of 7 rows: each partition's rows are split into files of at most 7.
        foreach (string folder in Directory.GetDirectories(Path.Combine(root, "citations")))
        {
            foreach (string file in Directory.GetFiles(folder, "*.parquet"))
            {
                long rows = long.Parse(SeedExports.Duck($"SELECT count(*) FROM '{file}'")[0], CultureInfo.InvariantCulture);
                Assert.InRange(rows, 1, 7);
            }
        }

        long citations = SeedExports.ExpectedCitations().Count;
        Assert.True(Directory.GetFiles(Path.Combine(root, "citations"), "*.parquet", SearchOption.AllDirectories).Length >= citations / 7);
    }

    [Fact]
    public void Records_in_any_order_give_the_same_datasets()
    {
        // The stream a loader gives: kinds interleaved, references before the records they name.
        IRecord[] records = SummitExport.RecordsOf(SeedExports.Data).Reverse().ToArray();
        IEnumerable<IRecord> shuffled = records.Where((_, i) => i % 2 == 0).Concat(records.Where((_, i) => i % 2 == 1));
        string root = Path.Combine(_exports.Root, "parquet-any-order");
        ExportSummary summary = SummitExport.Write(shuffled, ExportFormat.Parquet, root, new ExportOptions { RowGroupSize = 5 });

        Assert.Equal(_exports.Summaries[_exports.Parquet].Rows, summary.Rows);
        Assert.Equal(SeedExports.ExpectedQuoteSpeakers(), SeedExports.Duck($"SELECT q.id, p.name FROM {From(root, "quotes")} q JOIN {From(root, "people")} p ON p.id = q.speakerId ORDER BY q.id"));
        Assert.Equal(SeedExports.ExpectedTimeline(), SeedExports.Duck($"SELECT id, strftime(start, '%Y-%m-%d'), strftime(\"end\", '%Y-%m-%d') FROM {From(root, "events")} ORDER BY start, \"end\", id"));
        Assert.Equal(
            SeedExports.Duck($"SELECT * FROM {From(_exports.Parquet, "figures")} ORDER BY id"),
            SeedExports.Duck($"SELECT * FROM {From(root, "figures")} ORDER BY id"));
    }

    [Fact]
    public void An_output_folder_that_holds_something_is_refused_unless_overwritten()
    {
        string root = Path.Combine(_exports.Root, "parquet-twice");
        SummitExport.Write(SeedExports.Data, ExportFormat.Parquet, root);
        File.WriteAllText(Path.Combine(root, "notes.txt"), "mine");
        IOException error = Assert.Throws<IOException>(() => SummitExport.Write(SeedExports.Data, ExportFormat.Parquet, root));
        Assert.Contains("is not empty", error.Message, StringComparison.Ordinal);

        SummitExport.Write(SeedExports.Data, ExportFormat.Parquet, root, new ExportOptions { Overwrite = true });
        Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "notes.txt")));
        Assert.Equal([SeedExports.Data.Quotes.Count.ToString(CultureInfo.InvariantCulture)], SeedExports.Duck($"SELECT count(*) FROM {From(root, "quotes")}"));
    }

    [Fact]
    public void An_empty_stream_writes_every_dataset_empty_with_its_schema()
    {
        string root = Path.Combine(_exports.Root, "parquet-empty");
        ExportSummary summary = SummitExport.Write(Array.Empty<IRecord>(), ExportFormat.Parquet, root);
        Assert.All(summary.Rows.Values, rows => Assert.Equal(0, rows));
        Assert.Equal(["0"], SeedExports.Duck($"SELECT count(*) FROM {From(root, "figures")}"));
        Assert.Contains("value|DECIMAL(38,9)", string.Join("\n", SeedExports.Duck($"DESCRIBE SELECT * FROM {From(root, "figures")}")).Split('\n').Select(r => string.Join("|", r.Split('|').Take(2))));
    }

    [Fact]
    public void A_record_of_no_kind_fails_the_export_and_leaves_no_part_file()
    {
        string root = Path.Combine(_exports.Root, "parquet-stray");
        IEnumerable<IRecord> records = SummitExport.RecordsOf(SeedExports.Data).Append(new Stray());
        var error = Assert.Throws<ArgumentException>(() => SummitExport.Write(records, ExportFormat.Parquet, root, new ExportOptions { RowGroupSize = 3 }));
        Assert.Contains("A record of type Stray is of no kind of record the data set has", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    private static string From(string root, string dataset) => $"read_parquet('{root}/{dataset}/**/*.parquet')";

    private string Root(bool partitioned) => partitioned ? _exports.PartitionedParquet : _exports.Parquet;

    private sealed class Stray : IRecord
    {
        public string Id => "stray";

        public IReadOnlyList<string> DocumentIds => [];
    }
}
