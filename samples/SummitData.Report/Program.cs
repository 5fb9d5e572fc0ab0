using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using SummitData.Reporting;

namespace SummitData.Report;

/// <summary>Prints a report of the bundled seed data as plain text, JSON, CSV, Markdown or HTML.</summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitFailure = 1;
    private const int ExitUsage = 2;

    private const string Usage =
        """
        Usage: SummitData.Report [--format text|json|csv|markdown|html] [--kind KIND] [--raw] [--out FILE]

        Prints a report of the bundled SummitData seed documents.

        Options:
          --format FORMAT  text (default): a readable report with tables, where the sources
                           disagree, and the people with their spellings and roles;
                           json: all the data (documents, agreements, figures, quotes, people,
                           entities, claims, discrepancies);
                           csv: one kind of record as CSV (RFC 4180), see --kind;
                           markdown: tables of documents, agreements, figures, quotes by person,
                           disagreements, claims and people;
                           html: one self-contained page with charts, tables and the cited source texts.
          --kind KIND      with --format csv, which records: documents, agreements, figures (default),
                           quotes or people.
          --raw            with --format csv, write every field exactly as the data has it. Without it,
                           a field a spreadsheet would run as a formula (one that starts with =, +, -, @,
                           a tab or a CR, and is not a plain number) is written as text, with an
                           apostrophe before it.
          --out FILE       write the report to FILE instead of standard output.
          -h, --help       show this help.

        The formats are described in docs/report-formats.md.
        """;

    private static int Main(string[] args)
    {
        // Reports hold typographic quotes and non-ASCII names: standard output is UTF-8 whatever the console's default.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the program with its output and errors going to the given writers; returns the exit code.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out Options options, out string? error))
        {
            stderr.WriteLine($"error: {error}");
            stderr.WriteLine("Run with --help for usage.");
            return ExitUsage;
        }

        if (options.Help)
        {
            stdout.Write(Usage.ReplaceLineEndings("\n") + "\n");
            return ExitOk;
        }

        string report = Render(Seeds.DataSet, options);
        if (options.OutFile is null)
        {
            stdout.Write(report);
            return ExitOk;
        }

        try
        {
            File.WriteAllText(options.OutFile, report, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{options.OutFile}': {e.Message}");
            return ExitFailure;
        }

        return ExitOk;
    }

    private static string Render(SummitDataSet data, Options options) => options.Format switch
    {
        ReportFormat.Json => JsonReport.Render(data),
        ReportFormat.Csv => CsvReport.Render(data, options.Kind ?? RecordKind.Figures, options.Raw ? CsvMode.Raw : CsvMode.Spreadsheet),
        ReportFormat.Markdown => MarkdownReport.Render(data),
        ReportFormat.Html => HtmlReport.Render(data),
        _ => TextReport.Render(data),
    };

    private static bool TryParse(string[] args, out Options options, [NotNullWhen(false)] out string? error)
    {
        options = new Options(ReportFormat.Text, Kind: null, OutFile: null, Help: false, Raw: false);
        bool formatSeen = false, kindSeen = false, outSeen = false;

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
                    ReportFormat? parsed = format switch
                    {
                        "text" => ReportFormat.Text,
                        "json" => ReportFormat.Json,
                        "csv" => ReportFormat.Csv,
                        "markdown" => ReportFormat.Markdown,
                        "html" => ReportFormat.Html,
                        _ => null,
                    };
                    if (parsed is null)
                    {
                        error = $"unknown format '{format}' (expected text, json, csv, markdown or html).";
                        return false;
                    }

                    options = options with { Format = parsed.Value };
                    break;

                case "--kind":
                    if (kindSeen)
                    {
                        error = "--kind is given more than once.";
                        return false;
                    }

                    if (!TryTakeValue(args, ref i, name, inline, out string? kind, out error))
                    {
                        return false;
                    }

                    kindSeen = true;
                    RecordKind? parsedKind = kind switch
                    {
                        "documents" => RecordKind.Documents,
                        "agreements" => RecordKind.Agreements,
                        "figures" => RecordKind.Figures,
                        "quotes" => RecordKind.Quotes,
                        "people" => RecordKind.People,
                        _ => null,
                    };
                    if (parsedKind is null)
                    {
                        error = $"unknown kind '{kind}' (expected documents, agreements, figures, quotes or people).";
                        return false;
                    }

                    options = options with { Kind = parsedKind.Value };
                    break;

                case "--raw" when inline is null:
                    if (options.Raw)
                    {
                        error = "--raw is given more than once.";
                        return false;
                    }

                    options = options with { Raw = true };
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

        if (options.Kind is not null && options.Format != ReportFormat.Csv)
        {
            // Only the CSV report is one kind of record; silently ignoring --kind would hide a mistake.
            error = "--kind applies only to --format csv.";
            return false;
        }

        if (options.Raw && options.Format != ReportFormat.Csv)
        {
            error = "--raw applies only to --format csv.";
            return false;
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
        Csv,
        Markdown,
        Html,
    }

    /// <summary>The parsed command line; <paramref name="Raw"/> turns off the CSV report's formula protection.</summary>
    private sealed record Options(ReportFormat Format, RecordKind? Kind, string? OutFile, bool Help, bool Raw);
}
