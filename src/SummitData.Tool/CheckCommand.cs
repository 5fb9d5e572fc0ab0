using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata check PATH...</c>: the build's diagnostics for any files and folders, as compiler lines, JSON or SARIF;
/// exit code 1 when any is an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(ToolConsole console)
    {
        Argument<string[]> paths = Commands.Paths("to check together, as one build checks a project's documents (ids unique across them, references resolved across them)");
        var format = new Option<string>("--format", "-f")
        {
            Description =
                "text (default): one line per diagnostic, 'file(line,col): error SD0008: message', the compiler's format that editors and CI problem matchers read; json: the diagnostics as a JSON object; sarif: SARIF 2.1.0, the format code scanning uploads take, with every rule and its help link.",
            HelpName = "text|json|sarif",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        Option<string?> output = Commands.Out("the diagnostics");

        var command = new Command("check", "Checks annotated documents with the build's own checks and prints every diagnostic with its file, line and column. Exit code 1 when any diagnostic is an error, 0 otherwise.")
        {
            paths, format, output,
        };
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(paths),
            result.GetRequiredValue(format),
            result.GetValue(output),
            CancellationToken.None));
        return command;
    }

    private static int Run(ToolConsole console, string[] paths, string format, string? output, CancellationToken cancellationToken)
    {
        List<WalkedFile> files = DocumentInputs.Read(paths, console, cancellationToken);
        LoadResult result;
        using (var progress = ProgressLine.For(console))
        {
            result = SummitDataLoader.LoadWalked(files, cancellationToken, progress);
        }

        IReadOnlyList<SummitDiagnostic> diagnostics = result.Diagnostics;
        ToolOutput.Write(output, console, writer =>
        {
            switch (format)
            {
                case "json":
                    DiagnosticJson.Write(writer, files.Count, result);
                    break;
                case "sarif":
                    Sarif.Write(writer, diagnostics);
                    break;
                default:
                    foreach (SummitDiagnostic diagnostic in diagnostics)
                    {
                        writer.Write(diagnostic.ToString().ReplaceLineEndings(" "));
                        writer.Write('\n');
                    }

                    break;
            }
        });

        int errors = diagnostics.Count(d => d.IsError);
        int warnings = diagnostics.Count(d => d.Severity == SummitDiagnosticSeverity.Warning);
        console.Error.WriteLine($"{Plural(files.Count, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}" +
            (result.ExcludedFiles.Count == 0 ? "." : $"; {Plural(result.ExcludedFiles.Count, "file")} left out of a build."));
        return errors > 0 ? Program.ExitFailure : Program.ExitOk;
    }

    internal static string Plural(int count, string singular) => $"{count} {singular}{(count == 1 ? string.Empty : "s")}";
}
