using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using SummitData.Authoring;
using SummitData.Generator.Model;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata coverage PATH... [--fail-under N]</c>: per document, the numbers and quotations of the text that no
/// annotation covers, and the share covered: the annotations' equivalent of code coverage.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(ToolConsole console)
    {
        Argument<string[]> paths = Commands.Paths("to measure");
        var failUnder = new Option<decimal?>("--fail-under")
        {
            Description = "Exit with code 1 when the share of numbers and quotations covered, over all the documents, is below this percentage (0 to 100), e.g. 90.",
            HelpName = "PERCENT",
        };
        var command = new Command(
            "coverage",
            "Measures how much of each document's text its annotations cover: every number a figure should annotate (years used as dates, days of a month, list and footnote numbers and names are not counted) and every quotation a quote should. Prints each document's share and what no annotation covers, as 'file(line,col): ...' lines. Unreviewed candidates cover nothing. A document with errors is not measured (exit code 1).")
        {
            paths, failUnder,
        };
        command.SetAction(result => Run(console, result.GetRequiredValue(paths), result.GetValue(failUnder), CancellationToken.None));
        return command;
    }

    private static int Run(ToolConsole console, string[] paths, decimal? failUnder, CancellationToken cancellationToken)
    {
        if (failUnder is < 0 or > 100)
        {
            throw new UsageException("--fail-under takes a percentage from 0 to 100.");
        }

        List<WalkedFile> files = DocumentInputs.Read(paths, console, cancellationToken);

        // The build's view first: a document it would leave out has no coverage to speak of, only errors to fix.
        LoadResult load = SummitDataLoader.LoadWalked(files, cancellationToken);
        var excluded = new HashSet<string>(load.ExcludedFiles, StringComparer.Ordinal);
        foreach (SummitDiagnostic error in load.Diagnostics.Where(d => d.IsError))
        {
            console.Error.WriteLine(error.ToString().ReplaceLineEndings(" "));
        }

        int covered = 0;
        int total = 0;
        int measured = 0;
        int unmeasured = 0;
        foreach (WalkedFile file in files.OrderBy(f => f.FullPath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.IsFolder)
            {
                continue;
            }

            string? content = file.Text(new List<DiagnosticInfo>());
            DocumentCoverage? coverage = content is null || excluded.Contains(file.FullPath) ? null : Coverage.OfFile(file.FullPath, content, cancellationToken);
            if (coverage is null)
            {
                console.Out.Write($"{file.FullPath}: not measured: the document has errors\n");
                unmeasured++;
                continue;
            }

            measured++;
            covered += coverage.Covered;
            total += coverage.Total;
            console.Out.Write($"{file.FullPath}: {coverage.DocumentId}: {Share(coverage.Covered, coverage.Total)} " +
                $"(numbers {coverage.NumbersCovered}/{coverage.Numbers}, quotations {coverage.QuotationsCovered}/{coverage.Quotations})\n");
            foreach (UncoveredItem item in coverage.Uncovered)
            {
                string what = item.Kind == CoverageItemKind.Number ? "number" : "quotation";
                console.Out.Write($"{file.FullPath}({item.FileLine ?? item.Line},{item.Column}): {what} not annotated: {OneLine(item.Text)}\n");
            }
        }

        console.Out.Write($"total: {Share(covered, total)} in {CheckCommand.Plural(measured, "document")}" + (unmeasured == 0 ? "\n" : $"; {unmeasured} not measured (errors)\n"));
        console.Out.Flush();

        if (unmeasured > 0 || load.HasErrors)
        {
            console.Error.WriteLine($"error: {CheckCommand.Plural(unmeasured, "document")} not measured, {CheckCommand.Plural(load.Diagnostics.Count(d => d.IsError), "error")} (above); 'summitdata check' lists them.");
            return Program.ExitFailure;
        }

        // Compared exactly: 89.99 % is under 90, however it would be rounded for printing.
        if (failUnder is { } minimum && (decimal)covered * 100 < minimum * total)
        {
            console.Error.WriteLine($"error: coverage {Percent(covered, total)} is under --fail-under {minimum.ToString(CultureInfo.InvariantCulture)}%.");
            return Program.ExitFailure;
        }

        return Program.ExitOk;
    }

    private static string Share(int covered, int total) => $"{covered}/{total} covered ({Percent(covered, total)})";

    /// <summary>The share as a percentage with one decimal, rounded down so that 99.96 % never shows as 100 %; 100 % when there is nothing to cover.</summary>
    internal static string Percent(int covered, int total) =>
        (total == 0 ? 100m : Math.Floor((decimal)covered * 1000 / total) / 10).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
