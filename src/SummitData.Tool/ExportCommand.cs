using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using SummitData.Export;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata export PATH... --format parquet|jsonl|sqlite --out ...</c>: the user's documents as Parquet datasets,
/// JSON Lines or a SQLite database, through the SummitData.Export library.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The formats, by their names on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, ExportFormat> Formats = new Dictionary<string, ExportFormat>(StringComparer.Ordinal)
    {
        ["parquet"] = ExportFormat.Parquet,
        ["jsonl"] = ExportFormat.JsonLines,
        ["sqlite"] = ExportFormat.Sqlite,
    };

    public static Command Create(ToolConsole console)
    {
        Argument<string[]> paths = Commands.Paths("to export together: people, entities and agreements declared in several documents are merged, as the build merges them");
        var format = new Option<string>("--format", "-f")
        {
            Description = "parquet: a folder with a dataset (a folder of .parquet files) per kind of record and one of citations; jsonl: the same datasets as JSON Lines; sqlite: one database file with a table per kind, link tables for lists, and the citations. The tables are described in docs/exports.md.",
            HelpName = string.Join('|', Formats.Keys),
            Required = true,
        };
        format.AcceptOnlyFromAmong(Formats.Keys.ToArray());
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the datasets to (parquet, jsonl; created, or empty), or the database file (sqlite).",
            HelpName = "PATH",
            Required = true,
        };
        var partitions = new Option<int>("--partitions")
        {
            Description = $"With parquet or jsonl, split each dataset into this many hive-style partitions (bucket=0 ...), by a hash of the record's first document (1 to {ExportOptions.MaxPartitions}); for corpora too large for one file a dataset.",
            HelpName = "N",
        };
        var rowGroup = new Option<int>("--row-group-size")
        {
            Description = $"Rows held per dataset before they are written: a Parquet row group, a JSON Lines part file, a SQLite transaction (default {ExportOptions.DefaultRowGroupSize.ToString(CultureInfo.InvariantCulture)}). Memory grows with it, not with the corpus.",
            HelpName = "ROWS",
            DefaultValueFactory = _ => ExportOptions.DefaultRowGroupSize,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace an earlier export: its datasets in the folder (anything else there is kept), or the database file.",
        };

        var command = new Command("export", "Exports annotated documents' records for data engines: Parquet, JSON Lines or SQLite. Documents with errors are not exported: their diagnostics are printed and the exit code is 1 (run 'summitdata check' for the list).")
        {
            paths, format, output, partitions, rowGroup, force,
        };
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(paths),
            Formats[result.GetRequiredValue(format)],
            result.GetRequiredValue(output),
            result.GetResult(partitions) is null ? null : result.GetValue(partitions),
            result.GetValue(rowGroup),
            result.GetValue(force),
            CancellationToken.None));
        return command;
    }

    /// <summary>
    /// The records to export: the one place they come from. Today every document is loaded and checked in memory,
    /// as <c>report</c> does; a loader that streams a folder in batches gives its records here instead.
    /// </summary>
    /// <exception cref="ToolException">A document has errors: an export without it would be read as complete.</exception>
    internal static IEnumerable<IRecord> Records(IReadOnlyList<string> paths, ToolConsole console, CancellationToken cancellationToken)
    {
        List<WalkedFile> files = DocumentInputs.Read(paths, console, cancellationToken);
        LoadResult result = SummitDataLoader.LoadWalked(files, cancellationToken);
        foreach (SummitDiagnostic diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString().ReplaceLineEndings(" "));
        }

        if (result.HasErrors)
        {
            throw NothingExported(result.Diagnostics, result.ExcludedFiles);
        }

        return SummitExport.RecordsOf(result.Data);
    }

    /// <summary>
    /// One folder, streamed (<see cref="SummitDataLoader.Stream"/>): memory bounded by a batch of documents and the
    /// cross-document index, not by the folder. The export is written next to <paramref name="output"/> under a
    /// temporary name and moved there only when the load has no error, so a folder with errors exports nothing, as
    /// the in-memory path does.
    /// </summary>
    private static ExportSummary Streamed(string folder, ToolConsole console, ExportFormat format, string output, ExportOptions options, CancellationToken cancellationToken)
    {
        string target = Path.GetFullPath(output);
        bool exists = File.Exists(target) || Directory.Exists(target);
        if (exists && !options.Overwrite)
        {
            throw new IOException($"'{output}' already exists.");
        }

        string staging = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".partial-" + Guid.NewGuid().ToString("N"));
        try
        {
            RecordStream records;
            ExportSummary written;
            using (var progress = ProgressLine.For(console))
            {
                records = SummitDataLoader.Stream(folder, progress: progress, cancellationToken: cancellationToken);
                written = SummitExport.Write(records, format, staging, new ExportOptions { Partitions = options.Partitions, RowGroupSize = options.RowGroupSize });
            }

            foreach (SummitDiagnostic diagnostic in records.Diagnostics)
            {
                console.Error.WriteLine(diagnostic.ToString().ReplaceLineEndings(" "));
            }

            if (records.HasErrors)
            {
                throw NothingExported(records.Diagnostics, records.ExcludedFiles);
            }

            if (exists)
            {
                Remove(target);
            }

            if (format == ExportFormat.Sqlite)
            {
                File.Move(staging, target);
            }
            else
            {
                Directory.Move(staging, target);
            }

            // The files' paths name the temporary location: the caller counts them, and names the output itself.
            return written;
        }
        finally
        {
            Remove(staging);
        }
    }

    /// <summary>Documents with errors: an export without them would be read as complete, so nothing is exported.</summary>
    private static ToolException NothingExported(IReadOnlyList<SummitDiagnostic> diagnostics, IReadOnlyList<string> excludedFiles) =>
        new($"{CheckCommand.Plural(diagnostics.Count(d => d.IsError), "error")} (above), {CheckCommand.Plural(excludedFiles.Count, "file")} left out; nothing is exported, as the export would not be of every document: fix them and run again.");

    private static void Remove(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static int Run(ToolConsole console, string[] paths, ExportFormat format, string output, int? partitions, int rowGroupSize, bool force, CancellationToken cancellationToken)
    {
        if (output.Length == 0)
        {
            throw new UsageException("--out needs a path.");
        }

        if (partitions is not null && format == ExportFormat.Sqlite)
        {
            throw new UsageException("--partitions applies only to --format parquet and jsonl.");
        }

        if (partitions is < 1 or > ExportOptions.MaxPartitions)
        {
            throw new UsageException($"--partitions takes 1 to {ExportOptions.MaxPartitions}.");
        }

        if (rowGroupSize < 1)
        {
            throw new UsageException("--row-group-size takes a number of rows, at least 1.");
        }

        var options = new ExportOptions { Partitions = partitions ?? 0, RowGroupSize = rowGroupSize, Overwrite = force };
        ExportSummary summary;
        try
        {
            summary = paths.Length == 1 && Directory.Exists(paths[0])
                ? Streamed(paths[0], console, format, output, options, cancellationToken)
                : SummitExport.Write(Records(paths, console, cancellationToken), format, output, options);
        }
        catch (IOException e)
        {
            throw new ToolException(e.Message + (File.Exists(output) || Directory.Exists(output) ? " (--force replaces an earlier export)" : string.Empty), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ToolException(e.Message, e);
        }

        string counts = string.Join(", ", summary.Rows.Where(r => !r.Key.Contains('_', StringComparison.Ordinal)).Select(r => $"{r.Value.ToString(CultureInfo.InvariantCulture)} {r.Key}"));
        console.Out.WriteLine($"exported {counts} to {output} ({CheckCommand.Plural(summary.Files.Count, "file")})");
        return Program.ExitOk;
    }
}
