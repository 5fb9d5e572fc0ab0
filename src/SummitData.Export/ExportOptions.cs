using System;

namespace SummitData.Export;

/// <summary>How <see cref="SummitExport"/> writes: row group size, partitions, whether to replace what is there.</summary>
public sealed class ExportOptions
{
    private int _rowGroupSize = DefaultRowGroupSize;
    private int _partitions;

    /// <summary>The row group size unless another is given: large enough for the engines to read fast, small enough to hold.</summary>
    public const int DefaultRowGroupSize = 50_000;

    /// <summary>The most partitions a dataset may be split into.</summary>
    public const int MaxPartitions = 1024;

    /// <summary>
    /// How many rows of one dataset (and partition) are held before they are written: a Parquet row group, a batch of
    /// JSON lines, one SQLite transaction. Memory grows with it, never with the corpus: all that is held, over every
    /// dataset and partition, stays under a row group per dataset (the largest partition is written early).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RowGroupSize
    {
        get => _rowGroupSize;
        init => _rowGroupSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A row group holds at least one row.");
    }

    /// <summary>
    /// The number of hive-style partitions of each Parquet and JSON Lines dataset (<c>quotes/bucket=07/part-0.parquet</c>),
    /// by a stable hash of the record's first document (of the citation's document), or 0 (the default) for none. The
    /// SQLite export ignores it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or more than <see cref="MaxPartitions"/>.</exception>
    public int Partitions
    {
        get => _partitions;
        init => _partitions = value is >= 0 and <= MaxPartitions ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"From 0 (no partitions) to {MaxPartitions} partitions.");
    }

    /// <summary>
    /// Whether an existing export at the output is replaced: the datasets' folders (or the SQLite file) are deleted
    /// first. Without it, an output folder that holds anything, or an existing SQLite file, is an error.
    /// </summary>
    public bool Overwrite { get; init; }
}
