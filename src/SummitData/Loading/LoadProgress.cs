using System;
using System.Diagnostics;

namespace SummitData.Loading;

/// <summary>What a load is doing when it reports <see cref="LoadProgress"/>.</summary>
public enum LoadStage
{
    /// <summary>The in-memory loader parses each document.</summary>
    Parsing,

    /// <summary>A stream's first pass: each document parsed and added to the cross-document index, its text let go.</summary>
    Indexing,

    /// <summary>A stream's second pass: each document kept is parsed again and its records are given out.</summary>
    Streaming,
}

/// <summary>
/// How far a load has come in its current <see cref="Stage"/>: documents done, the total when it is known, the rate
/// and the time left at that rate. Reported through an <see cref="IProgress{T}"/> after each batch of documents.
/// </summary>
/// <param name="Stage">What the load is doing.</param>
/// <param name="DocumentsDone">Documents (files) done in this stage, including those that could not be read.</param>
/// <param name="DocumentsTotal">Documents this stage will do, or null when not known.</param>
/// <param name="Elapsed">Time spent in this stage so far.</param>
public sealed record LoadProgress(LoadStage Stage, int DocumentsDone, int? DocumentsTotal, TimeSpan Elapsed)
{
    /// <summary>Documents per second in this stage so far (0 before any time has passed).</summary>
    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? DocumentsDone / Elapsed.TotalSeconds : 0;

    /// <summary>The time the rest of this stage takes at the rate so far; null while the total or the rate is unknown.</summary>
    public TimeSpan? TimeLeft =>
        DocumentsTotal is not { } total ? null
        : DocumentsDone >= total ? TimeSpan.Zero
        : DocumentsPerSecond > 0 ? TimeSpan.FromSeconds((total - DocumentsDone) / DocumentsPerSecond)
        : null;

    /// <inheritdoc />
    public override string ToString()
    {
        string stage = Stage switch
        {
            LoadStage.Indexing => "indexing",
            LoadStage.Streaming => "streaming",
            _ => "parsing",
        };
        string done = DocumentsTotal is { } total ? $"{DocumentsDone}/{total}" : DocumentsDone.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string rate = DocumentsPerSecond.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        string left = TimeLeft is { } time ? $", {Math.Floor(time.TotalMinutes):0}:{time.Seconds:00} left" : string.Empty;
        return $"{stage} {done} documents, {rate}/s{left}";
    }
}

/// <summary>Counts one stage's documents and reports them, with the time since the stage began.</summary>
internal sealed class ProgressMeter
{
    private readonly IProgress<LoadProgress>? _progress;
    private readonly LoadStage _stage;
    private readonly int? _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ProgressMeter(IProgress<LoadProgress>? progress, LoadStage stage, int? total)
    {
        _progress = progress;
        _stage = stage;
        _total = total;
    }

    public int Done { get; private set; }

    /// <summary>Counts <paramref name="documents"/> more as done and reports.</summary>
    public void Add(int documents)
    {
        Done += documents;
        _progress?.Report(new LoadProgress(_stage, Done, _total, _clock.Elapsed));
    }
}
