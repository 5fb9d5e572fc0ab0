using System;

namespace SummitData.Loading;

/// <summary>How <see cref="SummitDataLoader.Stream"/> reads a folder.</summary>
public sealed class StreamOptions
{
    private readonly int _batchSize = 128;
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>
    /// How many documents are read and parsed together (128 by default). The texts of one batch are all a stream holds
    /// at once, so this bounds its memory beyond the cross-document index; a larger batch keeps every core busy longer.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int BatchSize
    {
        get => _batchSize;
        init => _batchSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "A batch holds one document at least.");
    }

    /// <summary>How many documents of a batch are parsed at once (every core by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "One document at a time at least.");
    }

    /// <summary>Whether subfolders are read too (true by default), as for <see cref="SummitDataLoader.LoadDirectory(string, bool, System.Threading.CancellationToken)"/>.</summary>
    public bool Recursive { get; init; } = true;
}
