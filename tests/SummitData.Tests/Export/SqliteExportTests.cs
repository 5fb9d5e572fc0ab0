using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SummitData.Export;
using Xunit;

namespace SummitData.Tests.Export;

/// <summary>
/// The seeds' SQLite export read back by SQL: counts per kind, quotes joined to their speakers' names, claims with
/// their sources, the timeline and the citations, equal to the in-memory API's answers; keys and indexes. The file is
/// read with Microsoft.Data.Sqlite: DuckDB reads SQLite through an extension it downloads, which a machine without
/// network cannot.
/// </summary>
public sealed class SqliteExportTests : IClassFixture<SeedExports>
{
    private readonly SeedExports _exports;

    public SqliteExportTests(SeedExports exports) => _exports = exports;

    [Fact]
    public void Counts_per_kind_are_the_data_sets()
    {
        foreach ((string kind, long count) in SeedExports.ExpectedCounts())
        {
            Assert.Equal([count.ToString(CultureInfo.InvariantCulture)], Query($"SELECT count(*) FROM \"{kind}\""));
            Assert.Equal(count, _exports.Summaries[_exports.Sqlite].Rows[kind]);
        }

        Assert.Equal(SeedExports.ExpectedCitations().Count, _exports.Summaries[_exports.Sqlite].Rows["citations"]);
    }

    [Fact]
    public void Quotes_joined_to_their_speakers_names_are_the_APIs() =>
        Assert.Equal(SeedExports.ExpectedQuoteSpeakers(), Query("SELECT q.id, p.name FROM quotes q JOIN people p ON p.id = q.speakerId ORDER BY q.id"));

    [Fact]
    public void Claims_with_their_source_counts_are_the_APIs_three_ways()
    {
        List<string> expected = SeedExports.ExpectedClaimSources();
        Assert.Equal(expected, Query("SELECT id, sourceCount FROM claims ORDER BY id"));
        Assert.Equal(expected, Query("SELECT c.id, count(l.value) FROM claims c LEFT JOIN claims_documentIds l ON l.claimId = c.id GROUP BY c.id ORDER BY c.id"));
        Assert.Equal(expected, Query("SELECT recordId, count(DISTINCT documentId) FROM citations WHERE kind = 'claims' GROUP BY recordId ORDER BY recordId"));
    }

    [Fact]
    public void Events_by_date_are_the_timeline() =>
        Assert.Equal(SeedExports.ExpectedTimeline(), Query("SELECT id, start, \"end\" FROM events ORDER BY start, \"end\", id"));

    [Fact]
    public void Link_tables_keep_each_lists_order()
    {
        List<string> expected = SeedExports.Data.Agreements.OrderBy(a => a.Id, StringComparer.Ordinal)
            .SelectMany(a => a.PartyIds.Select((p, i) => $"{a.Id}|{i}|{p}")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Query("SELECT agreementId, ordinal, value FROM agreements_partyIds ORDER BY agreementId, ordinal"));
        Assert.Equal(
            SeedExports.Data.People.OrderBy(p => p.Id, StringComparer.Ordinal).SelectMany(p => p.Spellings.Select(s => $"{p.Id}|{s}")),
            Query("SELECT personId, value FROM people_spellings ORDER BY personId, ordinal"));
    }

    [Fact]
    public void The_citations_are_every_records_words()
    {
        List<string> expected = SeedExports.ExpectedCitations()
            .Select(c => $"{c.Kind}|{c.RecordId}|{c.Field}|{c.Citation.DocumentId}|{c.Citation.Offset}|{c.Citation.Length}|{c.Citation.Line}|{c.Citation.Column}|{c.Citation.Text}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Query("SELECT kind, recordId, field, documentId, \"offset\", length, line, \"column\", text FROM citations").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_are_primary_keys_references_foreign_keys_and_every_id_column_is_indexed()
    {
        Assert.Empty(Query("PRAGMA foreign_key_check"));
        Assert.Equal(["documentId|documents", "sourceId|agreements", "speakerId|people"], Query("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('quotes') ORDER BY \"from\""));
        Assert.Equal(["claimId|claims", "value|documents"], Query("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('claims_documentIds') ORDER BY \"from\""));
        Assert.Equal(["id"], Query("SELECT name FROM pragma_table_info('people') WHERE pk = 1"));

        // The queries by document and by id use an index, not a scan.
        Assert.Contains(Query("EXPLAIN QUERY PLAN SELECT * FROM quotes WHERE documentId = 'x'"), row => row.Contains("USING INDEX quotes_documentId", StringComparison.Ordinal));
        Assert.Contains(Query("EXPLAIN QUERY PLAN SELECT * FROM citations WHERE documentId = 'x'"), row => row.Contains("USING INDEX citations_documentId", StringComparison.Ordinal));
        Assert.Contains(Query("EXPLAIN QUERY PLAN SELECT * FROM people WHERE id = 'x'"), row => row.Contains("USING INDEX sqlite_autoindex_people_1", StringComparison.Ordinal));
        Assert.Contains(Query("EXPLAIN QUERY PLAN SELECT * FROM claims_documentIds WHERE value = 'x'"), row => row.Contains("USING INDEX claims_documentIds_value", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_stored_as_the_engine_reads_them()
    {
        Figure figure = SeedExports.Data.Figures.First(f => f.Direction is not null);
        Assert.Equal(
            [$"{Reporting.EnumNames.Of(figure.Unit)}|{Reporting.EnumNames.Of(figure.Direction!.Value)}|{(figure.IsApproximate ? 1 : 0)}|{figure.Value.ToString(CultureInfo.InvariantCulture)}"],
            Query($"SELECT unit, direction, approximate, valueExact FROM figures WHERE id = '{figure.Id}'"));
        // NUMERIC affinity: the decimals are numbers to SQLite (integers where whole), their exact text beside them.
        List<string> types = Query("SELECT DISTINCT typeof(value) FROM figures");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Contains(t, new[] { "integer", "real" }));
        Assert.Equal(["0"], Query("SELECT count(*) FROM figures WHERE CAST(valueExact AS REAL) <> value"));
        Assert.Equal(
            SeedExports.Data.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "NULL"),
            Query("SELECT published FROM documents ORDER BY id"));
    }

    [Fact]
    public void A_reference_to_a_record_not_exported_fails_the_export_with_the_kinds()
    {
        string file = Path.Combine(_exports.Root, "no-people.db");
        IEnumerable<IRecord> records = SummitExport.RecordsOf(SeedExports.Data).Where(r => r is not Person);
        var error = Assert.Throws<InvalidOperationException>(() => SummitExport.Write(records, ExportFormat.Sqlite, file));
        Assert.Contains("names a record of people that is not there", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void A_record_given_twice_is_an_error_that_names_it()
    {
        string file = Path.Combine(_exports.Root, "twice.db");
        Person person = SeedExports.Data.People[0];
        var error = Assert.Throws<ArgumentException>(() => SummitExport.Write(SummitExport.RecordsOf(SeedExports.Data).Append(person), ExportFormat.Sqlite, file));
        Assert.Contains($"Two records of people have the id '{person.Id}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_refused_unless_overwritten()
    {
        string file = Path.Combine(_exports.Root, "again.db");
        File.WriteAllText(file, "not a database");
        Assert.Throws<IOException>(() => SummitExport.Write(SeedExports.Data, ExportFormat.Sqlite, file));
        Assert.Equal("not a database", File.ReadAllText(file));
        SummitExport.Write(SeedExports.Data, ExportFormat.Sqlite, file, new ExportOptions { Overwrite = true, RowGroupSize = 3 });
        Assert.Equal(SeedExports.ExpectedQuoteSpeakers(), SeedExports.Lite(file, "SELECT q.id, p.name FROM quotes q JOIN people p ON p.id = q.speakerId ORDER BY q.id"));
    }

    private List<string> Query(string sql) => SeedExports.Lite(_exports.Sqlite, sql);
}
