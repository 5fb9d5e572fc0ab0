using System;
using System.Threading;
using System.Threading.Tasks;

namespace SummitData.Export;

/// <summary>Where an export's records go, one at a time, in any order; nothing is written past <see cref="CompleteAsync"/>.</summary>
internal abstract class RecordSink : IAsyncDisposable
{
    /// <summary>Takes one record: its row, and a row for each of its citations.</summary>
    public abstract ValueTask WriteAsync(ExportTable table, IRecord record, CancellationToken cancellationToken);

    /// <summary>Writes what is held and closes every file.</summary>
    public abstract ValueTask<ExportSummary> CompleteAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
