using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SummitData.Reporting;

namespace SummitData.Export;

/// <summary>
/// Writes records to Parquet datasets, JSON Lines or a SQLite database. The records come as a stream, of any kind in
/// any order: each kind's rows are held up to <see cref="ExportOptions.RowGroupSize"/> and then written, so memory
/// never grows with the corpus. A record's references to other records are written by id, never looked up.
/// </summary>
/// <remarks>The tables, their columns and types, and the engines that read them are described in docs/exports.md.</remarks>
public static class SummitExport
{
    /// <summary>Writes the records of a stream.</summary>
    /// <param name="records">Records of any kind of the data set (<see cref="RecordKind.All"/>), in any order, each once.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">The folder of the datasets (Parquet, JSON Lines) or the database file (SQLite).</param>
    /// <param name="options">Row group size, partitions, overwriting; the defaults when null.</param>
    /// <returns>The rows per dataset and the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is of no kind of the data set, or two records of a kind have the same id (SQLite).</exception>
    /// <exception cref="IOException">The output exists and holds something, and <see cref="ExportOptions.Overwrite"/> is not set.</exception>
    public static ExportSummary Write(IEnumerable<IRecord> records, ExportFormat format, string output, ExportOptions? options = null) =>
        // The Parquet writer is asynchronous only; the export runs on the thread pool so that no synchronization context waits on itself.
        Task.Run(() => WriteAsync(records, format, output, options)).GetAwaiter().GetResult();

    /// <summary>Writes every record of a data set, kind by kind in the data set's order.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">The folder of the datasets (Parquet, JSON Lines) or the database file (SQLite).</param>
    /// <param name="options">Row group size, partitions, overwriting; the defaults when null.</param>
    /// <returns>The rows per dataset and the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The output exists and holds something, and <see cref="ExportOptions.Overwrite"/> is not set.</exception>
    public static ExportSummary Write(SummitDataSet data, ExportFormat format, string output, ExportOptions? options = null) =>
        Write(RecordsOf(data), format, output, options);

    /// <summary>Writes the records of a stream.</summary>
    /// <param name="records">Records of any kind of the data set, in any order, each once.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">The folder of the datasets (Parquet, JSON Lines) or the database file (SQLite).</param>
    /// <param name="options">Row group size, partitions, overwriting; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the export between records; what was written stays.</param>
    /// <returns>The rows per dataset and the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is of no kind of the data set, or two records of a kind have the same id (SQLite).</exception>
    /// <exception cref="IOException">The output exists and holds something, and <see cref="ExportOptions.Overwrite"/> is not set.</exception>
    public static Task<ExportSummary> WriteAsync(IEnumerable<IRecord> records, ExportFormat format, string output, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteAsync(Async(records, cancellationToken), format, output, options, cancellationToken);
    }

    /// <summary>Writes the records of an asynchronous stream: what a loader that reads a corpus in batches gives.</summary>
    /// <param name="records">Records of any kind of the data set, in any order, each once.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">The folder of the datasets (Parquet, JSON Lines) or the database file (SQLite).</param>
    /// <param name="options">Row group size, partitions, overwriting; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the export between records; what was written stays.</param>
    /// <returns>The rows per dataset and the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is of no kind of the data set, or two records of a kind have the same id (SQLite).</exception>
    /// <exception cref="IOException">The output exists and holds something, and <see cref="ExportOptions.Overwrite"/> is not set.</exception>
    public static async Task<ExportSummary> WriteAsync(IAsyncEnumerable<IRecord> records, ExportFormat format, string output, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new ExportOptions();
        await using RecordSink sink = format switch
        {
            ExportFormat.Parquet => new ParquetSink(output, options),
            ExportFormat.JsonLines => new JsonLinesSink(output, options),
            ExportFormat.Sqlite => new SqliteSink(output, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Parquet, JsonLines or Sqlite."),
        };
        await foreach (IRecord record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            await sink.WriteAsync(ExportTable.Of(record), record, cancellationToken).ConfigureAwait(false);
        }

        return await sink.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every record of a data set, kind by kind in the data set's order.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="format">What to write.</param>
    /// <param name="output">The folder of the datasets (Parquet, JSON Lines) or the database file (SQLite).</param>
    /// <param name="options">Row group size, partitions, overwriting; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the export between records; what was written stays.</param>
    /// <returns>The rows per dataset and the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The output exists and holds something, and <see cref="ExportOptions.Overwrite"/> is not set.</exception>
    public static Task<ExportSummary> WriteAsync(SummitDataSet data, ExportFormat format, string output, ExportOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(RecordsOf(data), format, output, options, cancellationToken);

    /// <summary>Every record of a data set, kind by kind in the data set's order, each kind in its own order.</summary>
    /// <param name="data">The data set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IEnumerable<IRecord> RecordsOf(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Records(data);

        static IEnumerable<IRecord> Records(SummitDataSet data)
        {
            foreach (RecordKind kind in RecordKind.All)
            {
                foreach (IRecord record in kind.Records(data))
                {
                    yield return record;
                }
            }
        }
    }

    private static async IAsyncEnumerable<IRecord> Async(IEnumerable<IRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (IRecord record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
