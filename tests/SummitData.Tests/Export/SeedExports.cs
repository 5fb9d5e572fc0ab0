using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using SummitData.Export;
using SummitData.Reporting;

namespace SummitData.Tests.Export;

/// <summary>
/// The seeds exported once in every format (Parquet whole and in partitions of small row groups, JSON Lines, SQLite)
/// into a temporary folder, and what the in-memory API answers to the questions the tests ask the exports.
/// </summary>
public sealed class SeedExports : IDisposable
{
    public SeedExports()
    {
        Root = Path.Combine(Path.GetTempPath(), "summitdata-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Parquet = Path.Combine(Root, "parquet");
        PartitionedParquet = Path.Combine(Root, "parquet-partitioned");
        JsonLines = Path.Combine(Root, "jsonl");
        PartitionedJsonLines = Path.Combine(Root, "jsonl-partitioned");
        Sqlite = Path.Combine(Root, "seeds.db");
        Summaries = new Dictionary<string, ExportSummary>(StringComparer.Ordinal)
        {
            [Parquet] = SummitExport.Write(Data, ExportFormat.Parquet, Parquet),
            [PartitionedParquet] = SummitExport.Write(Data, ExportFormat.Parquet, PartitionedParquet, new ExportOptions { Partitions = 4, RowGroupSize = 7 }),
            [JsonLines] = SummitExport.Write(Data, ExportFormat.JsonLines, JsonLines),
            [PartitionedJsonLines] = SummitExport.Write(Data, ExportFormat.JsonLines, PartitionedJsonLines, new ExportOptions { Partitions = 4, RowGroupSize = 7 }),
            [Sqlite] = SummitExport.Write(Data, ExportFormat.Sqlite, Sqlite),
        };
    }

    public static SummitDataSet Data => SummitData.Seeds.DataSet;

    public string Root { get; }

    public string Parquet { get; }

    public string PartitionedParquet { get; }

    public string JsonLines { get; }

    public string PartitionedJsonLines { get; }

    public string Sqlite { get; }

    public Dictionary<string, ExportSummary> Summaries { get; }

    /// <summary>Records per kind, from the data set's own sets.</summary>
    public static Dictionary<string, long> ExpectedCounts() => new(StringComparer.Ordinal)
    {
        ["documents"] = Data.Documents.Count,
        ["agreements"] = Data.Agreements.Count,
        ["figures"] = Data.Figures.Count,
        ["quotes"] = Data.Quotes.Count,
        ["people"] = Data.People.Count,
        ["entities"] = Data.Entities.Count,
        ["claims"] = Data.Claims.Count,
        ["discrepancies"] = Data.Discrepancies.Count,
        ["events"] = Data.Events.Count,
    };

    /// <summary>Every citation of every record, from the records' own properties: what the citations dataset must hold.</summary>
    public static List<(string Kind, string RecordId, string Field, Citation Citation)> ExpectedCitations()
    {
        var all = new List<(string, string, string, Citation)>();
        void Add(string kind, string id, string field, IEnumerable<Citation> citations) => all.AddRange(citations.Select(c => (kind, id, field, c)));
        foreach (Agreement a in Data.Agreements)
        {
            Add("agreements", a.Id, "mentions", a.Mentions);
        }

        foreach (Figure f in Data.Figures)
        {
            Add("figures", f.Id, "text", [f.Citation]);
        }

        foreach (Quote q in Data.Quotes)
        {
            Add("quotes", q.Id, "text", [q.Citation]);
        }

        foreach (Person p in Data.People)
        {
            Add("people", p.Id, "roles", p.Roles);
            Add("people", p.Id, "mentions", p.Mentions);
        }

        foreach (Entity e in Data.Entities)
        {
            Add("entities", e.Id, "mentions", e.Mentions);
        }

        foreach (Claim c in Data.Claims)
        {
            Add("claims", c.Id, "citations", c.Citations);
        }

        foreach (Discrepancy d in Data.Discrepancies)
        {
            Add("discrepancies", d.Id, "sides", d.Sides);
        }

        foreach (Event e in Data.Events)
        {
            Add("events", e.Id, "dated", e.Dated);
            Add("events", e.Id, "citations", e.Citations);
        }

        return all;
    }

    /// <summary>Quotes with a speaker, by quote id, with the speaker's name as the record resolves it.</summary>
    public static List<string> ExpectedQuoteSpeakers() =>
        Data.Quotes.Where(q => q.Speaker is not null).OrderBy(q => q.Id, StringComparer.Ordinal).Select(q => $"{q.Id}|{q.Speaker!.Name}").ToList();

    /// <summary>Every claim with its number of sources.</summary>
    public static List<string> ExpectedClaimSources() =>
        Data.Claims.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => $"{c.Id}|{c.SourceCount.ToString(CultureInfo.InvariantCulture)}").ToList();

    /// <summary>The timeline: events by first day, last day, id.</summary>
    public static List<string> ExpectedTimeline() =>
        Data.Timeline().Select(e => $"{e.Id}|{e.Start:yyyy-MM-dd}|{e.End:yyyy-MM-dd}").ToList();

    /// <summary>Every distinct kebab-case quote kind.</summary>
    public static List<string> ExpectedQuoteKinds() =>
        Data.Quotes.Select(q => EnumNames.Of(q.Kind)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Runs a query on an in-memory DuckDB; each row's cells as invariant text joined with '|', NULL for null.</summary>
    public static List<string> Duck(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Rows(command.ExecuteReader());
    }

    /// <summary>Runs a query on a SQLite file, read-only; rows as <see cref="Duck"/> gives them.</summary>
    public static List<string> Lite(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Rows(command.ExecuteReader());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding a file on some platforms: the temporary folder is left to the system.
        }
    }

    private static List<string> Rows(System.Data.Common.DbDataReader reader)
    {
        using (reader)
        {
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }

            return rows;
        }
    }
}
