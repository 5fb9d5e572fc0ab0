using System.Collections.Generic;

namespace SummitData.Export;

/// <summary>What an export wrote: rows per dataset (table) and the files.</summary>
public sealed class ExportSummary
{
    internal ExportSummary(IReadOnlyDictionary<string, long> rows, IReadOnlyList<string> files)
    {
        Rows = rows;
        Files = files;
    }

    /// <summary>
    /// Rows written per dataset, by name: every kind of record (<c>figures</c>), <c>citations</c>, and in SQLite each
    /// link table (<c>claims_documentIds</c>). Every kind is listed, with 0 when no record of it came.
    /// </summary>
    public IReadOnlyDictionary<string, long> Rows { get; }

    /// <summary>The files written, by full path, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The most rows held in memory at once, over every dataset and partition: what bounds the export's memory.</summary>
    internal long PeakHeldRows { get; init; }
}
