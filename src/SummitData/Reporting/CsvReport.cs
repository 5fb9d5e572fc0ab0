using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SummitData.Reporting;

/// <summary>
/// Writes one kind of record of a <see cref="SummitDataSet"/> as CSV (RFC 4180): a header row, then one row per
/// record, from the kind's columns (<see cref="RecordKind.Columns"/>, those <see cref="ReportColumn.InCsv"/>). The columns
/// per kind are a stable contract, listed in <c>docs/report-formats.md</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Records end with CR LF, as RFC 4180 specifies, the last one included.</item>
/// <item>A field is quoted when it contains a comma, a double quote, a CR or an LF; a double quote inside it is doubled.
/// Line breaks inside a quoted field are kept as they are in the data.</item>
/// <item>Numbers, booleans and dates are culture-free: <c>13.5</c>, <c>true</c>, <c>2024-05-16</c>; enum values are their
/// kebab-case names (<see cref="EnumNames"/>); a missing value is an empty field.</item>
/// <item>Lists (authors, parties, spellings, ...) are joined with <c>"; "</c>; citations are their words, a list of them
/// its distinct words. The JSON report keeps lists as arrays and citations with their places.</item>
/// <item>With <see cref="CsvMode.Raw"/> (the default), fields are written as the data has them, nothing prefixed; with
/// <see cref="CsvMode.Spreadsheet"/>, a field a spreadsheet would run as a formula is written as text (see
/// <see cref="CsvMode"/>). Use the latter for any file a person may open in a spreadsheet.</item>
/// </list>
/// </remarks>
public static class CsvReport
{
    /// <summary>What separates the items of a list within one field.</summary>
    public const string ListSeparator = "; ";

    private const string RecordEnd = "\r\n";

    /// <summary>The column names of the CSV of one kind of record, in order.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static IReadOnlyList<string> Columns(RecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return RecordList.Of(Csv(kind).Select(c => c.Name).ToArray());
    }

    /// <summary>
    /// The records of one kind as CSV: the header row (<see cref="Columns(RecordKind)"/>), then one row per record
    /// in the data set's order, every field as the data has it (<see cref="CsvMode.Raw"/>). The same data always gives
    /// the same text. For a file a person may open in a spreadsheet, use <see cref="CsvMode.Spreadsheet"/>.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="kind"/> is null.</exception>
    public static string Render(SummitDataSet data, RecordKind kind) => Render(data, kind, CsvMode.Raw);

    /// <summary>
    /// The records of one kind as CSV, with fields written as <paramref name="mode"/> says: <see cref="CsvMode.Spreadsheet"/>
    /// for a file a person may open in a spreadsheet, <see cref="CsvMode.Raw"/> for programs.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a <see cref="CsvMode"/>.</exception>
    public static string Render(SummitDataSet data, RecordKind kind, CsvMode mode)
    {
        using var writer = ReportOutput.StringWriter();
        Write(data, kind, mode, writer);
        return writer.ToString();
    }

    /// <summary>Writes <see cref="Render(SummitDataSet, RecordKind, CsvMode)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <param name="writer">Where to write the records; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a <see cref="CsvMode"/>.</exception>
    public static void Write(SummitDataSet data, RecordKind kind, CsvMode mode, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(writer);
        if (mode is not (CsvMode.Raw or CsvMode.Spreadsheet))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a CSV mode.");
        }

        ReportColumn[] columns = Csv(kind);
        WriteRecord(writer, columns.Select(c => c.Name), mode);
        foreach (IRecord record in kind.Records(data))
        {
            WriteRecord(writer, columns.Select(c => Field(c, record)), mode);
        }
    }

    /// <summary>Writes <see cref="Render(SummitDataSet, RecordKind, CsvMode)"/>'s text to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <param name="stream">Where to write the records; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a <see cref="CsvMode"/>.</exception>
    public static void Write(SummitDataSet data, RecordKind kind, CsvMode mode, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextWriter writer = ReportOutput.StreamWriter(stream);
        Write(data, kind, mode, writer);
    }

    /// <summary>
    /// Whether a spreadsheet could read the field as a formula: it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
    /// tab or a carriage return, and is not a plain number.
    /// </summary>
    internal static bool IsFormula(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(field);

    /// <summary>A sign, then digits with at most one decimal point between digits: what a spreadsheet reads as a number only.</summary>
    private static bool IsPlainNumber(string field)
    {
        int i = field[0] is '+' or '-' ? 1 : 0;
        bool digits = false, point = false;
        for (; i < field.Length; i++)
        {
            char c = field[i];
            if (c is >= '0' and <= '9')
            {
                digits = true;
            }
            else if (c == '.' && digits && !point && i + 1 < field.Length)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits;
    }

    private static ReportColumn[] Csv(RecordKind kind) => [.. kind.Columns.Where(c => c.InCsv)];

    /// <summary>One value as a field: lists joined, a citation as its words, citations as their distinct words.</summary>
    private static string? Field(ReportColumn column, IRecord record)
    {
        object? value = column.Read(record);
        return column.Type switch
        {
            ColumnType.Citation => ((Citation)value!).Text,
            ColumnType.Citations => List(((IReadOnlyList<Citation>)value!).Select(c => c.Text).Distinct(StringComparer.Ordinal)),
            ColumnType.Texts or ColumnType.References => List((IEnumerable<string>)value!),
            _ => Formatting.Scalar(column.Type, value),
        };
    }

    private static void WriteRecord(TextWriter csv, IEnumerable<string?> fields, CsvMode mode)
    {
        bool first = true;
        foreach (string? field in fields)
        {
            if (!first)
            {
                csv.Write(',');
            }

            first = false;
            WriteField(csv, field ?? string.Empty, mode);
        }

        csv.Write(RecordEnd);
    }

    private static void WriteField(TextWriter csv, string field, CsvMode mode)
    {
        if (mode == CsvMode.Spreadsheet && IsFormula(field))
        {
            // CsvHelper's InjectionOptions.Escape: the apostrophe makes the field text, and the quotes keep it one field.
            csv.Write("\"'");
            csv.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            csv.Write('"');
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Write(field);
            return;
        }

        csv.Write('"');
        csv.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        csv.Write('"');
    }

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);
}
