using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using SummitData.IO;
using SummitData.Loading;
using SummitData.Tool.Reporting;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata report PATH... --format ...</c>: every report the library renders, over the user's documents, merged
/// across documents as the build merges them.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(ToolConsole console)
    {
        Argument<string[]> paths = Commands.Paths("to report on together: people, entities and agreements declared in several documents are merged, as the build merges them");
        var format = new Option<string>("--format", "-f")
        {
            Description =
                "text (default): a readable report with tables, where the sources disagree, and the people with their spellings and roles; json: all the data (documents, agreements, figures, quotes, people, entities, claims, discrepancies, events), with its $schema and formatVersion; csv: one kind of record, or every citation, as CSV (RFC 4180), see --kind; markdown: tables of documents, agreements, figures, quotes by person, disagreements, claims and people; html: one self-contained page with charts, tables and the cited source texts. The formats are described in docs/report-formats.md.",
            HelpName = string.Join('|', ReportRenderers.Formats),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReportRenderers.Formats);
        var kind = new Option<string?>("--kind", "-k")
        {
            Description = $"With --format csv, which records: {string.Join(", ", ReportRenderers.KindNames.Take(ReportRenderers.KindNames.Count - 1))} (default {ReportRenderers.DefaultKind}); or {ReportRenderers.CitationsTable}: every citation of every record, a row each ({string.Join(", ", SummitData.Reporting.CsvReport.CitationColumns)}).",
            HelpName = "KIND",
        };
        kind.AcceptOnlyFromAmong(ReportRenderers.KindNames.ToArray());
        var raw = new Option<bool>("--raw")
        {
            Description = "With --format csv, write every field exactly as the data has it. Without it, a field a spreadsheet would run as a formula (one that starts with =, +, -, @, a tab or a CR, and is not a plain number) is written as text, with an apostrophe before it.",
        };
        var bom = new Option<bool>("--bom")
        {
            Description = "With --format csv, start the file with a UTF-8 byte order mark, which some spreadsheet programs (Excel among them) need to read non-ASCII text right. Combines with the formula-safe fields (the default) and with --raw.",
        };
        var title = new Option<string?>("--title", "-t")
        {
            Description = "With --format text, markdown or html, the report's heading (and the HTML page's title) instead of 'SummitData report'.",
            HelpName = "TITLE",
        };
        Option<string?> output = Commands.Out("the report");

        var command = new Command("report", "Renders a report of annotated documents: text, JSON, CSV, Markdown or HTML. Documents with errors are not reported on: their diagnostics are printed and the exit code is 1 (run 'summitdata check' for the list).")
        {
            paths, format, kind, raw, bom, title, output,
        };
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(paths),
            result.GetRequiredValue(format),
            result.GetValue(kind),
            result.GetValue(raw),
            result.GetValue(bom),
            result.GetValue(title),
            result.GetValue(output),
            CancellationToken.None));
        return command;
    }

    private static int Run(ToolConsole console, string[] paths, string format, string? kind, bool raw, bool bom, string? title, string? output, CancellationToken cancellationToken)
    {
        if (kind is not null && format != "csv")
        {
            // Only the CSV report is of one kind of record; ignoring --kind would hide a mistake.
            throw new UsageException("--kind applies only to --format csv.");
        }

        if (raw && format != "csv")
        {
            throw new UsageException("--raw applies only to --format csv.");
        }

        if (bom && format != "csv")
        {
            // JSON is never written with a byte order mark (RFC 8259), and the readable formats need none.
            throw new UsageException("--bom applies only to --format csv.");
        }

        if (title is not null && !ReportRenderers.TitledFormats.Contains(format))
        {
            throw new UsageException($"--title applies only to --format {string.Join(", ", ReportRenderers.TitledFormats)}.");
        }

        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new UsageException("--title needs a title.");
        }

        List<WalkedFile> files = DocumentInputs.Read(paths, console, cancellationToken);
        LoadResult result;
        using (var progress = ProgressLine.For(console))
        {
            result = SummitDataLoader.LoadWalked(files, cancellationToken, progress);
        }

        foreach (SummitDiagnostic diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString().ReplaceLineEndings(" "));
        }

        if (result.HasErrors)
        {
            // A report that silently lacks documents would be read as complete: no report rather than a partial one.
            throw new ToolException($"{CheckCommand.Plural(result.Diagnostics.Count(d => d.IsError), "error")} (above), {CheckCommand.Plural(result.ExcludedFiles.Count, "file")} left out; no report is written, as it would not be of every document: fix them and run again.");
        }

        string report = ReportRenderers.Render(result.Data, format, kind, raw, bom, title);
        ToolOutput.Write(output, console, writer => writer.Write(report));
        return Program.ExitOk;
    }
}
