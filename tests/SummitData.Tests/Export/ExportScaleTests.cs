using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SummitData.Export;
using SummitData.Loading;
using SummitData.Testing;
using Xunit;

namespace SummitData.Tests.Export;

/// <summary>
/// The export at n and 4n synthetic documents: each record is read once, every row is written, and the rows held in
/// memory never pass a row group per dataset, however large the corpus and however many its partitions.
/// </summary>
public sealed class ExportScaleTests : IDisposable
{
    private const int RowGroupSize = 40;

    private const int Partitions = 2;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "summitdata-export-scale-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(ExportFormat.Parquet)]
    [InlineData(ExportFormat.JsonLines)]
    public void Memory_is_bounded_by_the_row_groups_and_work_grows_with_the_records(ExportFormat format)
    {
        (long records, long rows, ExportSummary summary) Export(int documents)
        {
            LoadResult result = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(documents).Select(f => (f.Path, f.Content)));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            long pulled = 0;
            IEnumerable<IRecord> Counted()
            {
                foreach (IRecord record in SummitExport.RecordsOf(result.Data))
                {
                    pulled++;
                    yield return record;
                }
            }

            ExportSummary summary = SummitExport.Write(Counted(), format, Path.Combine(_root, $"{format}-{documents}"), new ExportOptions { RowGroupSize = RowGroupSize, Partitions = Partitions });
            long expected = SummitExport.RecordsOf(result.Data).LongCount();
            Assert.Equal(expected, pulled);
            Assert.Equal(expected, summary.Rows.Where(r => r.Key != "citations").Sum(r => r.Value));
            return (pulled, summary.Rows.Values.Sum(), summary);
        }

        (long smallRecords, long smallRows, ExportSummary small) = Export(40);
        (long largeRecords, long largeRows, ExportSummary large) = Export(160);

        // Each record read once, and the rows written, grow with the corpus: 4n documents, about 4 times as many.
        Assert.InRange(largeRecords, 3 * smallRecords, 5 * smallRecords);
        Assert.InRange(largeRows, 3 * smallRows, 5 * smallRows);

        // What is held never passes a row group per dataset (a kind's, or the citations'), at n as at 4n, whatever the partitions.
        long bound = (long)RowGroupSize * (Reporting.RecordKind.All.Count + 1);
        Assert.InRange(small.PeakHeldRows, 1, bound);
        Assert.InRange(large.PeakHeldRows, 1, bound);
        Assert.True(largeRows > 4 * bound, $"the large corpus ({largeRows} rows) is far more than the bound ({bound})");

        // And the rows went to files of at most a row group each, a part file per flush.
        Assert.True(large.Files.Count >= largeRows / RowGroupSize);
    }

    [Fact]
    public void Many_partitions_hold_no_more_than_a_row_group_per_dataset()
    {
        LoadResult result = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(80).Select(f => (f.Path, f.Content)));
        ExportSummary summary = SummitExport.Write(result.Data, ExportFormat.Parquet, Path.Combine(_root, "many"), new ExportOptions { RowGroupSize = RowGroupSize, Partitions = 256 });
        long rows = summary.Rows.Values.Sum();
        Assert.True(rows > 256L * (Reporting.RecordKind.All.Count + 1), "more rows than partitions times datasets");
        Assert.InRange(summary.PeakHeldRows, 1, RowGroupSize * (Reporting.RecordKind.All.Count + 1L));
        Assert.Equal(
            [result.Data.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            SeedExports.Duck($"SELECT count(*) FROM read_parquet('{Path.Combine(_root, "many")}/quotes/*/*.parquet', hive_partitioning = true)"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
