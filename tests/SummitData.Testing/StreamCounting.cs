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

    /// <summary>How many times the stream parsed a document, over both passes of every enumeration so far.</summary>
    public static int DocumentsParsed(RecordStream stream) => (stream ?? throw new ArgumentNullException(nameof(stream))).DocumentsParsed;
}
