using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using SummitData.Loading;

namespace SummitData.Benchmarks.Streaming;

/// <summary>
/// The streaming load of a folder on disk, alone (records counted per kind, not written anywhere): documents per
/// second over both passes and peak memory, the process's peak working set and the managed heap sampled every 20 ms.
/// Run it in a fresh process per corpus (write the corpus first with <c>corpus N DIR</c>), so the peaks are the load's.
/// With <c>SUMMITDATA_BENCH_IN_MEMORY=1</c> it runs the in-memory loader over the folder instead, for comparison.
/// </summary>
internal static class StreamHarness
{
    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: stream DIR [BATCH]   (write DIR first: corpus N DIR)");
            return 2;
        }

        string folder = args[0];
        int batch = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : new StreamOptions().BatchSize;
        long peakHeap = 0;
        var phasePeaks = new long[3];
        int phase = 0;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                long heap = GC.GetTotalMemory(forceFullCollection: false);
                if (heap > Interlocked.Read(ref peakHeap))
                {
                    Interlocked.Exchange(ref peakHeap, heap);
                }

                int now = Volatile.Read(ref phase);
                if (heap > Interlocked.Read(ref phasePeaks[now]))
                {
                    Interlocked.Exchange(ref phasePeaks[now], heap);
                }

                Thread.Sleep(20);
            }
        }) { IsBackground = true };
        sampler.Start();

        LoadProgress? indexed = null;
        LoadProgress? streamed = null;
        long retained = 0;
        long index = 0;
        var progress = new Last(p =>
        {
            if (p.Stage == LoadStage.Indexing)
            {
                indexed = p;
                if (p.DocumentsDone == p.DocumentsTotal)
                {
                    // Every file is indexed: what the first pass holds (the index and its last batch), then the
                    // cross-document checks run until the first batch of records.
                    index = GC.GetTotalMemory(forceFullCollection: true);
                    Volatile.Write(ref phase, 1);
                }
            }
            else
            {
                if (streamed is null)
                {
                    // Once, when the checks are done and the first batch of records is out: what the second pass keeps.
                    retained = GC.GetTotalMemory(forceFullCollection: true);
                    Volatile.Write(ref phase, 2);
                }

                streamed = p;
            }
        });

        var clock = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("SUMMITDATA_BENCH_IN_MEMORY") == "1")
        {
            // For comparison: the in-memory loader over the same folder (every text and record held at once).
            LoadResult loaded = SummitDataLoader.LoadDirectory(folder);
            clock.Stop();
            stop.Cancel();
            sampler.Join();
            using Process process = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant($"in-memory load: {loaded.Data.Documents.Count} documents in {clock.Elapsed.TotalSeconds:0.0} s, {loaded.Data.Documents.Count / clock.Elapsed.TotalSeconds:0} documents/second, peak working set {process.PeakWorkingSet64 / (double)(1 << 20):0} MiB, peak managed heap (sampled) {Interlocked.Read(ref peakHeap) / (double)(1 << 20):0} MiB"));
            return 0;
        }

        RecordStream stream = SummitDataLoader.Stream(folder, new StreamOptions { BatchSize = batch }, progress);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (IRecord record in stream)
        {
            string kind = record.GetType().Name;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        clock.Stop();
        stop.Cancel();
        sampler.Join();
        GCMemoryInfo gc = GC.GetGCMemoryInfo(GCKind.Any);
        using Process self = Process.GetCurrentProcess();
        self.Refresh();

        int files = indexed?.DocumentsDone ?? 0;
        const double MiB = 1 << 20;
        Console.WriteLine($"folder: {folder}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine($"batch: {batch}");
        Console.WriteLine($"documents: {files} read, {streamed?.DocumentsDone ?? 0} kept; diagnostics: {stream.Diagnostics.Count} ({stream.Diagnostics.Count(d => d.IsError)} errors)");
        Console.WriteLine($"records: {counts.Values.Sum()} ({string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))})");
        Console.WriteLine(FormattableString.Invariant($"time: {clock.Elapsed.TotalSeconds:0.0} s (index pass {indexed?.Elapsed.TotalSeconds:0.0} s, record pass {streamed?.Elapsed.TotalSeconds:0.0} s)"));
        Console.WriteLine(FormattableString.Invariant($"documents/second: {files / clock.Elapsed.TotalSeconds:0} (files read over the whole load, both passes)"));
        Console.WriteLine(FormattableString.Invariant($"managed heap after a full collection once every file is indexed (the index, the first pass's last batch): {index / MiB:0} MiB, {index / 1024.0 / Math.Max(files, 1):0.0} KiB a document"));
        Console.WriteLine(FormattableString.Invariant($"managed heap after a full collection at the first batch of records (what the second pass keeps: the documents to read, in order, and a batch): {retained / MiB:0} MiB"));
        Console.WriteLine(FormattableString.Invariant($"peak working set: {self.PeakWorkingSet64 / MiB:0} MiB"));
        Console.WriteLine(FormattableString.Invariant($"peak managed heap (sampled): {Interlocked.Read(ref peakHeap) / MiB:0} MiB; GC's high-memory load threshold {gc.HighMemoryLoadThresholdBytes / MiB:0} MiB; gen2 collections {GC.CollectionCount(2)}"));
        Console.WriteLine(FormattableString.Invariant($"peak managed heap by phase (sampled): index pass {phasePeaks[0] / MiB:0} MiB, cross-document checks {phasePeaks[1] / MiB:0} MiB, record pass {phasePeaks[2] / MiB:0} MiB"));
        return 0;
    }

    /// <summary>Progress handled on the reporting thread (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
    private sealed class Last : IProgress<LoadProgress>
    {
        private readonly Action<LoadProgress> _report;

        public Last(Action<LoadProgress> report) => _report = report;

        public void Report(LoadProgress value) => _report(value);
    }
}
