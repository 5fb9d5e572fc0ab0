using System;

namespace SummitData.Testing;

/// <summary>
/// Counts the items the runtime library's record lists and record sets hand out on this thread (internal to the
/// library; the tests reach it here), so a complexity test can tell a report that reads each record a bounded number of
/// times from one that scans every record once per row.
/// </summary>
public static class RowCounting
{
    /// <summary>How many items <paramref name="action"/> read from record lists and record sets on this thread.</summary>
    public static long Count(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        long before = RowCounter.Rows;
        action();
        return RowCounter.Rows - before;
    }
}
