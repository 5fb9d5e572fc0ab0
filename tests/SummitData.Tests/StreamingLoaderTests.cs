using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using SummitData.Export;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Tool;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// <see cref="SummitDataLoader.Stream"/>: a folder read in batches gives exactly the in-memory loader's records and
/// diagnostics, holds a batch of texts at a time whatever the folder's size, and reports its progress.
/// </summary>
public sealed class StreamingLoaderTests
{
    [Fact]
    public void Streamed_records_of_1000_documents_with_defects_equal_the_in_memory_loaders()
    {
        using var folder = new TempFolder();
        // Every 37th document names an id nobody declares, every 23rd has a discrepancy with one side only.
        Assert.Equal(1000, SyntheticCorpus.Write(folder.Path, 1000, danglingEvery: 37, oneSidedEvery: 23).Count());

        LoadResult loaded = SummitDataLoader.LoadDirectory(folder.Path);
        RecordStream stream = SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = 64 });
        List<IRecord> streamed = stream.ToList();

        // The defects took effect: documents left out for a dangling reference, discrepancies dropped as one-sided.
        Assert.True(loaded.Diagnostics.Count(d => d.Id == "SD0011") >= 1000 / 37, string.Join("\n", loaded.Diagnostics.Take(5)));
        Assert.Contains(loaded.Diagnostics, d => d.Id == "SD0024");
        Assert.True(loaded.ExcludedFiles.Count >= 1000 / 37);

        Assert.Equal(loaded.Diagnostics, stream.Diagnostics);
        Assert.Equal(loaded.ExcludedFiles, stream.ExcludedFiles);
        Assert.True(stream.HasErrors);

        // Every record of every kind (found by reflection, so a new kind is compared with no change here), described
        // property by property, references by the records they resolve to.
        var byType = streamed.GroupBy(r => r.GetType()).ToDictionary(g => g.Key, g => g.ToList());
        int kinds = 0;
        foreach (PropertyInfo property in RecordSetProperties())
        {
            List<IRecord> expected = ((IEnumerable)property.GetValue(loaded.Data)!).Cast<IRecord>().ToList();
            Type type = property.PropertyType.GetGenericArguments()[0];
            List<IRecord> actual = byType.TryGetValue(type, out List<IRecord>? found) ? found : new List<IRecord>();
            Assert.NotEmpty(expected);
            Assert.Equal(Describe(expected), Describe(actual));
            kinds++;
        }

        Assert.Equal(byType.Count, kinds);
        Assert.Equal(RecordCount(loaded.Data), streamed.Count);

        // The streamed export (the stream read again, straight into the writer) holds the in-memory loader's records:
        // every dataset, citations included, line for line (the order of rows may differ).
        string fromStream = Path.Combine(folder.Path, "export-streamed");
        string fromMemory = Path.Combine(folder.Path, "export-loaded");
        SummitExport.Write(SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = 64 }), ExportFormat.JsonLines, fromStream);
        SummitExport.Write(loaded.Data, ExportFormat.JsonLines, fromMemory);
        string[] datasets = Directory.GetDirectories(fromMemory).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("citations", datasets);
        Assert.Equal(datasets, Directory.GetDirectories(fromStream).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));
        foreach (string dataset in datasets)
        {
            string[] Lines(string root) => Directory.GetFiles(Path.Combine(root, dataset), "*.jsonl", SearchOption.AllDirectories)
                .SelectMany(File.ReadLines).Order(StringComparer.Ordinal).ToArray();
            string[] expected = Lines(fromMemory);
            Assert.NotEmpty(expected);
            Assert.True(expected.SequenceEqual(Lines(fromStream)), $"the streamed export's {dataset} differs from the in-memory export's");
        }
    }

    [Fact]
    public void A_stream_holds_one_batch_of_texts_at_n_and_4n_documents()
    {
        const int batch = 16;
        (int peak, int parsed, int records) small = Measure(100);
        (int peak, int parsed, int records) large = Measure(400);

        // The texts held at once are one batch's, however large the folder; each document is parsed three times at
        // most (once for the index, once more for the places of a diagnostic it is part of, once for its records), so
        // the work grows with the folder, not faster.
        Assert.InRange(small.peak, 1, batch);
        Assert.InRange(large.peak, 1, batch);
        Assert.InRange(small.parsed, 100, 300);
        Assert.InRange(large.parsed, 400, 1200);
        Assert.True(large.records > 3 * small.records);

        static (int Peak, int Parsed, int Records) Measure(int documents)
        {
            using var folder = new TempFolder();
            _ = SyntheticCorpus.Write(folder.Path, documents, danglingEvery: 11).Count();
            RecordStream stream = SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = batch, MaxDegreeOfParallelism = 4 });
            int records = stream.Count();
            return (StreamCounting.PeakTextsHeld(stream), StreamCounting.DocumentsParsed(stream), records);
        }
    }

    [Fact]
    public void The_index_holds_no_citation_and_each_shared_record_once_at_n_and_4n_documents()
    {
        (int sites, int sharedSites, int distinct, int citations, int records, int sharedRecords, int streamedCitations) small = Measure(40);
        (int sites, int sharedSites, int distinct, int citations, int records, int sharedRecords, int streamedCitations) large = Measure(160);

        foreach (var size in new[] { small, large })
        {
            // The records the stream gives carry many citations; the index carries none of them. It holds a site per
            // record declared, but the declarations of a shared record that give the same values and references are
            // one object: at least one per shared record given out, fewer than the declarations.
            Assert.True(size.streamedCitations > size.records, $"{size.streamedCitations} citations");
            Assert.Equal(0, size.citations);
            Assert.InRange(size.distinct, size.sharedRecords, size.sharedSites - 1);
            Assert.True(size.sites <= size.records + size.sharedSites, $"{size.sites} sites for {size.records} records");
        }

        // Four times the documents, four times the copies of the seeds, each with its own shared records: four times the
        // index, no more.
        Assert.Equal(4 * small.distinct, large.distinct);
        Assert.Equal(4 * small.sites, large.sites);

        static (int, int, int, int, int, int, int) Measure(int documents)
        {
            using var folder = new TempFolder();
            _ = SyntheticCorpus.Write(folder.Path, documents).Count();
            RecordStream stream = SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = 16 });
            List<IRecord> records = stream.ToList();
            Assert.Empty(stream.Diagnostics);
            (int sites, int sharedSites, int distinct, int citations) = StreamCounting.IndexSize(stream);
            int shared = records.Count(r => r is Person or Entity or Agreement or Claim or Discrepancy or Event);
            int streamedCitations = records.Sum(CitationsOf);
            return (sites, sharedSites, distinct, citations, records.Count, shared, streamedCitations);
        }
    }

    [Fact]
    public void Progress_counts_each_pass_batch_by_batch()
    {
        using var folder = new TempFolder();
        _ = SyntheticCorpus.Write(folder.Path, 50, danglingEvery: 10).Count();
        LoadResult loaded = SummitDataLoader.LoadDirectory(folder.Path);
        var reports = new Reports();

        RecordStream stream = SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = 16 }, reports);
        Assert.True(stream.Count() > 0);

        // The first pass reads every file; the second only the documents kept (those the in-memory loader keeps).
        Assert.Equal(new[] { 16, 32, 48, 50 }, reports.Of(LoadStage.Indexing).Select(p => p.DocumentsDone));
        Assert.All(reports.Of(LoadStage.Indexing), p => Assert.Equal(50, p.DocumentsTotal));
        int kept = loaded.Data.Documents.Count;
        Assert.InRange(kept, 1, 49);
        List<LoadProgress> streaming = reports.Of(LoadStage.Streaming);
        Assert.Equal(Enumerable.Range(1, (kept + 15) / 16).Select(i => Math.Min(16 * i, kept)), streaming.Select(p => p.DocumentsDone));
        Assert.All(streaming, p => Assert.Equal(kept, p.DocumentsTotal));
        Assert.Equal(LoadStage.Indexing, reports.All[0].Stage);

        foreach (LoadProgress p in reports.All)
        {
            // The rate is documents over time so far; the time left is the rest at that rate, none once done.
            Assert.Equal(p.Elapsed > TimeSpan.Zero ? p.DocumentsDone / p.Elapsed.TotalSeconds : 0, p.DocumentsPerSecond, 6);
            if (p.DocumentsDone == p.DocumentsTotal)
            {
                Assert.Equal(TimeSpan.Zero, p.TimeLeft);
            }
            else if (p.DocumentsPerSecond > 0)
            {
                Assert.Equal((p.DocumentsTotal!.Value - p.DocumentsDone) / p.DocumentsPerSecond, p.TimeLeft!.Value.TotalSeconds, 3);
            }
        }
    }

    [Fact]
    public void Progress_reads_as_a_line_with_rate_and_time_left()
    {
        var progress = new LoadProgress(LoadStage.Indexing, 250, 1000, TimeSpan.FromSeconds(5));
        Assert.Equal(50, progress.DocumentsPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(15), progress.TimeLeft);
        Assert.Equal("indexing 250/1000 documents, 50/s, 0:15 left", progress.ToString());
        Assert.Null(new LoadProgress(LoadStage.Parsing, 3, null, TimeSpan.FromSeconds(1)).TimeLeft);
        Assert.Null(new LoadProgress(LoadStage.Parsing, 0, 10, TimeSpan.Zero).TimeLeft);
    }

    [Fact]
    public void Diagnostics_are_known_once_every_record_is_read()
    {
        using var folder = new TempFolder();
        _ = SyntheticCorpus.Write(folder.Path, 5).Count();
        RecordStream stream = SummitDataLoader.Stream(folder.Path);

        Assert.Throws<InvalidOperationException>(() => stream.Diagnostics);
        using (IEnumerator<IRecord> partly = stream.GetEnumerator())
        {
            Assert.True(partly.MoveNext());
            Assert.Throws<InvalidOperationException>(() => stream.Diagnostics);
        }

        Assert.True(stream.Count() > 0);
        Assert.Empty(stream.Diagnostics);
        Assert.Empty(stream.ExcludedFiles);
    }

    [Fact]
    public void Streamed_references_resolve_to_the_shared_records()
    {
        using var folder = new TempFolder();
        _ = SyntheticCorpus.Write(folder.Path, 10).Count();
        List<IRecord> records = SummitDataLoader.Stream(folder.Path).ToList();

        Quote quote = records.OfType<Quote>().First(q => q.SpeakerId is not null);
        Assert.Same(records.OfType<Person>().Single(p => p.Id == quote.SpeakerId), quote.Speaker);
        Figure figure = records.OfType<Figure>().First(f => f.ClaimId is not null);
        Assert.Same(records.OfType<Claim>().Single(c => c.Id == figure.ClaimId), figure.Claim);
    }

    [Fact]
    public void A_file_changed_between_the_passes_fails_the_stream()
    {
        using var folder = new TempFolder();
        string[] paths = SyntheticCorpus.Write(folder.Path, 10).ToArray();
        RecordStream stream = SummitDataLoader.Stream(folder.Path, new StreamOptions { BatchSize = 1 });

        using IEnumerator<IRecord> records = stream.GetEnumerator();
        Assert.True(records.MoveNext());
        string last = paths.Order(StringComparer.Ordinal).Last();
        File.WriteAllText(last, File.ReadAllText(last).Replace("\n---\n", "\n---\nchanged\n", StringComparison.Ordinal));

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() =>
        {
            while (records.MoveNext())
            {
            }
        });
        Assert.Contains(Path.GetFileName(last), e.Message, StringComparison.Ordinal);
        Assert.Contains("changed while the folder was streamed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_is_not_there_fails_when_read()
    {
        RecordStream stream = SummitDataLoader.Stream(Path.Combine(Path.GetTempPath(), "summitdata-missing-" + Guid.NewGuid().ToString("N")));
        Assert.Throws<DirectoryNotFoundException>(() => stream.Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamOptions { BatchSize = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new StreamOptions { MaxDegreeOfParallelism = 0 });
    }

    /// <summary>The citations a record carries, in every property that holds one or a list of them.</summary>
    private static int CitationsOf(IRecord record) => record.GetType().GetProperties().Sum(p => p.GetValue(record) switch
    {
        Citation => 1,
        IEnumerable<Citation> citations => citations.Count(),
        _ => 0,
    });

    private static IEnumerable<PropertyInfo> RecordSetProperties() => typeof(SummitDataSet).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(RecordSet<>));

    private static int RecordCount(SummitDataSet data) => RecordSetProperties().Sum(p => ((IEnumerable)p.GetValue(data)!).Cast<object>().Count());

    /// <summary>The records described one per line, by id: a stream gives them in no particular order.</summary>
    private static string Describe(IEnumerable<IRecord> records)
    {
        var text = new StringBuilder();
        foreach (IRecord record in records.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            LoaderTests.Describe(record, text, depth: 0);
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Progress kept as reported, on the reporting thread (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class Reports : IProgress<LoadProgress>
    {
        public List<LoadProgress> All { get; } = new();

        public void Report(LoadProgress value)
        {
            lock (All)
            {
                All.Add(value);
            }
        }

        public List<LoadProgress> Of(LoadStage stage) => All.Where(p => p.Stage == stage).ToList();
    }
}
