using System;
using SummitData.Loading;

namespace SummitData.Testing;

/// <summary>
/// What a <see cref="RecordStream"/> counts about its own work (internal to the library; the tests reach it here), so
/// a test can assert its memory and work bounds by counting rather than by timing.
/// </summary>
public static class StreamCounting
{
    /// <summary>The most document texts the stream held at once, over every enumeration so far.</summary>
    public static int PeakTextsHeld(RecordStream stream) => (stream ?? throw new ArgumentNullException(nameof(stream))).PeakTextsHeld;

    /// <summary>How many times the stream parsed a document, over every pass of every enumeration so far.</summary>
    public static int DocumentsParsed(RecordStream stream) => (stream ?? throw new ArgumentNullException(nameof(stream))).DocumentsParsed;

    /// <summary>
    /// What the last enumeration's first pass held for the cross-document checks: the sites of records, those of shared
    /// records, the distinct objects these are, and the citations held.
    /// </summary>
    public static (int Sites, int SharedSites, int DistinctSharedSites, int Citations) IndexSize(RecordStream stream)
    {
        RecordStream.IndexCounts counts = (stream ?? throw new ArgumentNullException(nameof(stream))).IndexSize;
        return (counts.Sites, counts.SharedSites, counts.DistinctSharedSites, counts.Citations);
    }
}
