using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SummitData.Export;

/// <summary>
/// A folder of datasets, one a kind and one of citations, each a folder of part files, optionally in hive-style
/// partitions (<c>bucket=07</c>). Rows are held per dataset and partition up to the row group size, then written as a
/// new part file, which is closed at once; when all that is held reaches a row group per dataset, the largest partition
/// is written early. Memory is bounded by the row group size times the datasets, whatever the partitions and the
/// corpus, and no more than one file is open at a time.
/// </summary>
internal abstract class DatasetSink : RecordSink
{
    private readonly string _root;
    private readonly ExportOptions _options;
    private readonly Dataset[] _kinds;
    private readonly Dataset _citations;
    private readonly List<string> _files = [];
    private bool _completed;
    private long _held;
    private long _peakHeld;
    private readonly long _budget;

    protected DatasetSink(string root, ExportOptions options)
    {
        _root = Path.GetFullPath(root);
        _options = options;
        _kinds = ExportTable.All.Select(t => new Dataset(t.Name, t.Columns, options.Partitions)).ToArray();
        _citations = new Dataset(ExportTable.CitationsName, ExportTable.CitationColumns, options.Partitions);

        // At most a row group for each dataset is held, however many partitions share it.
        _budget = (long)options.RowGroupSize * (_kinds.Length + 1);
        Prepare();
    }

    /// <summary>The part files' extension, with its dot.</summary>
    protected abstract string Extension { get; }

    public override async ValueTask WriteAsync(ExportTable table, IRecord record, CancellationToken cancellationToken)
    {
        Dataset dataset = _kinds[IndexOf(table)];
        var row = new object?[table.Columns.Count];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = table.Columns[i].Read(record);
        }

        await AddAsync(dataset, ExportTable.PartitionKey(record), row, cancellationToken).ConfigureAwait(false);
        foreach (CitationField field in table.Citations)
        {
            IReadOnlyList<Citation> citations = field.Read(record);
            for (int i = 0; i < citations.Count; i++)
            {
                await AddAsync(_citations, citations[i].DocumentId, ExportTable.CitationRow(table.Name, record.Id, field.Name, i, citations[i]), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override async ValueTask<ExportSummary> CompleteAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (Dataset dataset in _kinds.Append(_citations))
        {
            for (int bucket = 0; bucket < dataset.Held.Length; bucket++)
            {
                if (dataset.Held[bucket].Count > 0)
                {
                    await FlushAsync(dataset, bucket, cancellationToken).ConfigureAwait(false);
                }
            }

            // An empty dataset still gets a file: its schema, and a glob over the folder that matches.
            if (dataset.Parts.All(p => p == 0))
            {
                await FlushAsync(dataset, 0, cancellationToken).ConfigureAwait(false);
            }

            rows[dataset.Name] = dataset.Rows;
        }

        _completed = true;
        return new ExportSummary(rows, _files.ToArray()) { PeakHeldRows = _peakHeld };
    }

    public override ValueTask DisposeAsync()
    {
        // An export that failed leaves none of its part files, which would read as a whole dataset.
        if (!_completed)
        {
            foreach (string file in _files)
            {
                // A part the failure left half written may still be open: it is deleted once it is closed, or left.
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Writes rows to a new part file (no rows: a file with the schema only).</summary>
    protected abstract ValueTask WritePartAsync(string path, IReadOnlyList<ExportColumn> columns, List<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>The partition of a key: FNV-1a (32 bits) of its UTF-8 bytes, mixed by MurmurHash3's finalizer, modulo the number of partitions.</summary>
    internal static int Bucket(string key, int partitions)
    {
        if (partitions <= 1)
        {
            return 0;
        }

        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619;
        }

        // FNV's low bits follow the last bytes closely (ids that end alike would share a partition): mixed first.
        hash ^= hash >> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >> 16;
        return (int)(hash % (uint)partitions);
    }

    private static int IndexOf(ExportTable table)
    {
        for (int i = 0; i < ExportTable.All.Count; i++)
        {
            if (ReferenceEquals(ExportTable.All[i], table))
            {
                return i;
            }
        }

        throw new ArgumentException($"The table {table.Name} is not one of the data set's.", nameof(table));
    }

    private async ValueTask AddAsync(Dataset dataset, string key, object?[] row, CancellationToken cancellationToken)
    {
        int bucket = Bucket(key, _options.Partitions);
        List<object?[]> held = dataset.Held[bucket];
        held.Add(row);
        dataset.Rows++;
        _peakHeld = Math.Max(_peakHeld, ++_held);
        if (held.Count >= _options.RowGroupSize)
        {
            await FlushAsync(dataset, bucket, cancellationToken).ConfigureAwait(false);
        }
        else if (_held >= _budget)
        {
            // Many partitions, each short of a row group, would together hold the corpus: the largest is written early.
            (Dataset Dataset, int Bucket) largest = _kinds.Append(_citations)
                .SelectMany(d => Enumerable.Range(0, d.Held.Length).Select(b => (Dataset: d, Bucket: b)))
                .MaxBy(p => p.Dataset.Held[p.Bucket].Count);
            await FlushAsync(largest.Dataset, largest.Bucket, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask FlushAsync(Dataset dataset, int bucket, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(_root, dataset.Name);
        if (_options.Partitions > 0)
        {
            int width = (_options.Partitions - 1).ToString(CultureInfo.InvariantCulture).Length;
            folder = Path.Combine(folder, "bucket=" + bucket.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }

        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "part-" + dataset.Parts[bucket].ToString("D5", CultureInfo.InvariantCulture) + Extension);
        _files.Add(path);
        await WritePartAsync(path, dataset.Columns, dataset.Held[bucket], cancellationToken).ConfigureAwait(false);
        dataset.Parts[bucket]++;
        _held -= dataset.Held[bucket].Count;
        dataset.Held[bucket].Clear();
    }

    /// <summary>Checks the output folder: absent or empty, or, when overwriting, without the datasets it had.</summary>
    private void Prepare()
    {
        if (File.Exists(_root))
        {
            throw new IOException($"The output '{_root}' is a file: the export writes a folder of datasets.");
        }

        if (!Directory.Exists(_root))
        {
            Directory.CreateDirectory(_root);
            return;
        }

        if (!_options.Overwrite)
        {
            if (Directory.EnumerateFileSystemEntries(_root).Any())
            {
                throw new IOException($"The output folder '{_root}' is not empty: choose another, empty it, or overwrite the export in it.");
            }

            return;
        }

        // Only the datasets an export writes are replaced: anything else in the folder is the user's.
        foreach (Dataset dataset in _kinds.Append(_citations))
        {
            string folder = Path.Combine(_root, dataset.Name);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>One dataset: its rows held per partition, and how many part files each partition has.</summary>
    private sealed class Dataset
    {
        public Dataset(string name, IReadOnlyList<ExportColumn> columns, int partitions)
        {
            Name = name;
            Columns = columns;
            int count = Math.Max(1, partitions);
            Held = Enumerable.Range(0, count).Select(_ => new List<object?[]>()).ToArray();
            Parts = new int[count];
        }

        public string Name { get; }

        public IReadOnlyList<ExportColumn> Columns { get; }

        public List<object?[]>[] Held { get; }

        public int[] Parts { get; }

        public long Rows { get; set; }
    }
}
