using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using SummitData.Reporting;

namespace SummitData.Report;

/// <summary>Prints a report of the bundled seed data as plain text, JSON, CSV, Markdown or HTML.</summary>
internal static class Program
{
    private const int ExitOk = 0;
    private const int ExitFailure = 1;
    private const int ExitUsage = 2;

    // The kinds of record are the library's: a kind the data set gains is listed, and accepted, with no change here.
    private static readonly string Usage =
        $"""
        Usage: SummitData.Report [--format text|json|csv|markdown|html] [--kind KIND] [--raw] [--out FILE]

        Prints a report of the bundled SummitData seed documents.

        Options:
          --format FORMAT  text (default): a readable report: the charted figures, a table of every
                           kind of record, quotes by person, where the sources disagree, claims with
                           their sources, and the people with their spellings and roles;
                           json: all the data, one array per kind of record;
                           csv: one kind of record as CSV (RFC 4180), see --kind;
                           markdown: the sections of the text report as Markdown tables;
                           html: one self-contained page with charts, tables and the cited source texts.
          --kind KIND      with --format csv, which records (default figures):
                           {Wrap(KindNames() + ".", 72, 19)}
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

        if (options.OutFile is null)
        {
            Write(Seeds.DataSet, options, stdout);
            return ExitOk;
        }

        try
        {
            using var file = new StreamWriter(options.OutFile, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Write(Seeds.DataSet, options, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{options.OutFile}': {e.Message}");
            return ExitFailure;
        }

        return ExitOk;
    }

    private static void Write(SummitDataSet data, Options options, TextWriter writer)
    {
        switch (options.Format)
        {
            case ReportFormat.Json:
                JsonReport.Write(data, writer);
                break;
            case ReportFormat.Csv:
                CsvReport.Write(data, options.Kind ?? RecordKind.Of<Figure>(), options.Raw ? CsvMode.Raw : CsvMode.Spreadsheet, writer);
                break;
            case ReportFormat.Markdown:
                MarkdownReport.Write(data, writer);
                break;
            case ReportFormat.Html:
                HtmlReport.Write(data, writer);
                break;
            default:
                TextReport.Write(data, writer);
                break;
        }
    }

    /// <summary>The kinds of record by name: "documents, agreements, ... or discrepancies".</summary>
    private static string KindNames() =>
        string.Join(", ", RecordKind.All.Take(RecordKind.All.Count - 1).Select(k => k.Name)) + " or " + RecordKind.All[^1].Name;

    /// <summary>Words wrapped at <paramref name="width"/> characters, each line after the first indented by <paramref name="indent"/>.</summary>
    private static string Wrap(string text, int width, int indent)
    {
        var lines = new StringBuilder();
        int lineStart = 0;
        foreach (string word in text.Split(' '))
        {
            if (lines.Length > lineStart && lines.Length - lineStart + 1 + word.Length > width)
            {
                lines.Append('\n').Append(' ', indent);
                lineStart = lines.Length;
            }
            else if (lines.Length > lineStart)
            {
                lines.Append(' ');
            }

            lines.Append(word);
        }

        return lines.ToString();
    }

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
                    if (!RecordKind.TryGet(kind, out RecordKind? parsedKind))
                    {
                        error = $"unknown kind '{kind}' (expected {KindNames()}).";
                        return false;
                    }

                    options = options with { Kind = parsedKind };
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
