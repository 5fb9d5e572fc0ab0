using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;

namespace SummitData.Report;

/// <summary>Prints a report of the bundled seed data as plain text or JSON.</summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitFailure = 1;
    private const int ExitUsage = 2;

    private const string Usage =
        """
        Usage: SummitData.Report [--format text|json] [--out FILE]

        Prints a report of the bundled SummitData seed documents.

        Options:
          --format text|json  text (default): a readable report with tables;
                              json: all the data (documents, agreements, figures, quotes, people).
          --out FILE          write the report to FILE instead of standard output.
          -h, --help          show this help.
        """;

    private static int Main(string[] args)
    {
        if (!TryParse(args, out Options options, out string? error))
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine("Run with --help for usage.");
            return ExitUsage;
        }

        if (options.Help)
        {
            Console.Out.Write(Usage.ReplaceLineEndings("\n") + "\n");
            return ExitOk;
        }

        SummitDataSet data = Seeds.DataSet;
        string report = options.Format == ReportFormat.Json ? JsonReport.Render(data) : TextReport.Render(data);

        if (options.OutFile is null)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Console.Out.Write(report);
            return ExitOk;
        }

        try
        {
            File.WriteAllText(options.OutFile, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine($"error: cannot write '{options.OutFile}': {e.Message}");
            return ExitFailure;
        }

        return ExitOk;
    }

    private static bool TryParse(string[] args, out Options options, [NotNullWhen(false)] out string? error)
    {
        options = new Options(ReportFormat.Text, OutFile: null, Help: false);
        bool formatSeen = false, outSeen = false;

        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string name = arg;
            string? inline = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 2)
            {
                name = arg[..equals];
                inline = arg[(equals + 1)..];
            }

            switch (name)
            {
                case "-h" or "--help" or "-?" when inline is null:
                    options = options with { Help = true };
                    break;

                case "--format":
                    if (formatSeen)
                    {
                        error = "--format is given more than once.";
                        return false;
                    }

                    if (!TryTakeValue(args, ref i, name, inline, out string? format, out error))
                    {
                        return false;
                    }

                    formatSeen = true;
                    switch (format)
                    {
                        case "text":
                            options = options with { Format = ReportFormat.Text };
                            break;
                        case "json":
                            options = options with { Format = ReportFormat.Json };
                            break;
                        default:
                            error = $"unknown format '{format}' (expected text or json).";
                            return false;
                    }

                    break;

                case "--out":
                    if (outSeen)
                    {
                        error = "--out is given more than once.";
                        return false;
                    }

                    if (!TryTakeValue(args, ref i, name, inline, out string? file, out error))
                    {
                        return false;
                    }

                    if (file.Length == 0)
                    {
                        error = "--out needs a file name.";
                        return false;
                    }

                    outSeen = true;
                    options = options with { OutFile = file };
                    break;

                default:
                    error = $"unknown argument '{arg}'.";
                    return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>The value of an option: after '=' in the same argument, or the next argument.</summary>
    private static bool TryTakeValue(string[] args, ref int i, string name, string? inline, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = inline;
        if (value is null)
        {
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                return false;
            }

            value = args[++i];
        }

        error = null;
        return true;
    }

    private enum ReportFormat
    {
        Text,
        Json,
    }

    private sealed record Options(ReportFormat Format, string? OutFile, bool Help);
}
