using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummitData.Reporting;

/// <summary>
/// Writes one kind of record of a <see cref="SummitDataSet"/> as CSV (RFC 4180): a header row, then one row per
/// record, from the kind's columns (<see cref="RecordKind.Columns"/>, those <see cref="ReportColumn.InCsv"/>); and every
/// citation of every record as one long table (<see cref="RenderCitations(SummitDataSet)"/>). The columns are a stable
/// contract of format version <see cref="ReportSchema.FormatVersion"/>, listed in <c>docs/report-formats.md</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Records end with CR LF, as RFC 4180 specifies, the last one included.</item>
/// <item>A field is quoted when it contains a comma, a double quote, a CR or an LF; a double quote inside it is doubled.
/// Line breaks inside a quoted field are kept as they are in the data.</item>
/// <item>Numbers, booleans and dates are culture-free: <c>13.5</c>, <c>true</c>, <c>2024-05-16</c>; enum values are their
/// kebab-case names (<see cref="EnumNames"/>); a missing value is an empty field.</item>
/// <item>A list (authors, parties, spellings, ids) is one field holding a JSON array of strings (<c>["a","b"]</c>, <c>[]</c>
/// when empty), written as the JSON report writes strings; a list of citations is the array of their words, one item per
/// citation in order. A citation is its words, with its place in columns of its own; the citations table has every
/// citation's place.</item>
/// <item>With <see cref="CsvMode.Raw"/> (the default), fields are written as the data has them, nothing prefixed; with
/// <see cref="CsvMode.Spreadsheet"/>, a field a spreadsheet would run as a formula is written as text (see
/// <see cref="CsvMode"/>). Use the latter for any file a person may open in a spreadsheet, with
/// <see cref="CsvOptions.ByteOrderMark"/> for the programs that need it to read UTF-8.</item>
/// </list>
/// </remarks>
public static class CsvReport
{
    private const string RecordEnd = "\r\n";

    private const char ByteOrderMark = '\uFEFF';

    private static readonly string[] CitationHeader = ["kind", "recordId", "field", "index", "documentId", "offset", "length", "line", "column", "text"];

    private static readonly JsonWriterOptions ListOptions = new()
    {
        // As the JSON report writes strings: typographic quotes and non-ASCII letters stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The column names of the citations table (<see cref="RenderCitations(SummitDataSet)"/>), in order.</summary>
    public static IReadOnlyList<string> CitationColumns { get; } = RecordList.Of(CitationHeader);

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
    /// the same text. For a file a person may open in a spreadsheet, use <see cref="CsvOptions.Spreadsheet"/>.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="kind"/> is null.</exception>
    public static string Render(SummitDataSet data, RecordKind kind) => Render(data, kind, CsvOptions.Raw);

    /// <summary>
    /// The records of one kind as CSV, with fields written as <paramref name="mode"/> says: <see cref="CsvMode.Spreadsheet"/>
    /// for a file a person may open in a spreadsheet, <see cref="CsvMode.Raw"/> for programs. No byte order mark.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a <see cref="CsvMode"/>.</exception>
    public static string Render(SummitDataSet data, RecordKind kind, CsvMode mode) => Render(data, kind, Options(mode));

    /// <summary>
    /// The records of one kind as CSV, written as <paramref name="options"/> say; with <see cref="CsvOptions.ByteOrderMark"/>
    /// the text starts with U+FEFF.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static string Render(SummitDataSet data, RecordKind kind, CsvOptions options)
    {
        using var writer = ReportOutput.StringWriter();
        Write(data, kind, options, writer);
        return writer.ToString();
    }

    /// <summary>Writes <see cref="Render(SummitDataSet, RecordKind, CsvMode)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <param name="writer">Where to write the records; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a <see cref="CsvMode"/>.</exception>
    public static void Write(SummitDataSet data, RecordKind kind, CsvMode mode, TextWriter writer) =>
        Write(data, kind, Options(mode), writer);

    /// <summary>Writes <see cref="Render(SummitDataSet, RecordKind, CsvOptions)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <param name="writer">Where to write the records; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/>, <paramref name="options"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static void Write(SummitDataSet data, RecordKind kind, CsvOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(kind);
        CsvMode mode = Start(options, writer);
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
    public static void Write(SummitDataSet data, RecordKind kind, CsvMode mode, Stream stream) =>
        Write(data, kind, Options(mode), stream);

    /// <summary>
    /// Writes <see cref="Render(SummitDataSet, RecordKind, CsvOptions)"/>'s text to <paramref name="stream"/> as UTF-8: with
    /// <see cref="CsvOptions.ByteOrderMark"/>, the bytes <c>EF BB BF</c> first.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <param name="stream">Where to write the records; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="kind"/>, <paramref name="options"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static void Write(SummitDataSet data, RecordKind kind, CsvOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextWriter writer = ReportOutput.StreamWriter(stream);
        Write(data, kind, options, writer);
    }

    /// <summary>
    /// Every citation of every record as one table, so that every fact joins to its words: the header row
    /// (<see cref="CitationColumns"/>), then a row per citation: the kind's name, the record's id, the column it is in
    /// (<c>text</c> for a figure's or a quote's words, <c>mentions</c>, <c>roles</c>, <c>citations</c>, <c>sides</c>,
    /// <c>dated</c>), its position in that list from 1 (1 for a single citation), then the document, <c>offset</c> and
    /// <c>length</c> (UTF-16 code units), <c>line</c> and <c>column</c> (from 1) and the words. Kinds in the order of
    /// <see cref="RecordKind.All"/>, records in the data set's order, columns in the kind's order, citations in the
    /// list's order; kind, record id, field and index are a key. Every field as the data has it, no byte order mark.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string RenderCitations(SummitDataSet data) => RenderCitations(data, CsvOptions.Raw);

    /// <summary>The citations table (<see cref="RenderCitations(SummitDataSet)"/>), written as <paramref name="options"/> say.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static string RenderCitations(SummitDataSet data, CsvOptions options)
    {
        using var writer = ReportOutput.StringWriter();
        WriteCitations(data, options, writer);
        return writer.ToString();
    }

    /// <summary>Writes <see cref="RenderCitations(SummitDataSet, CsvOptions)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <param name="writer">Where to write the table; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="options"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static void WriteCitations(SummitDataSet data, CsvOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        CsvMode mode = Start(options, writer);
        WriteRecord(writer, CitationHeader, mode);
        var row = new string?[CitationHeader.Length];
        foreach (RecordKind kind in RecordKind.All)
        {
            ReportColumn[] cited = [.. kind.Columns.Where(c => c.InJson && c.Type is ColumnType.Citation or ColumnType.Citations)];
            if (cited.Length == 0)
            {
                continue;
            }

            foreach (IRecord record in kind.Records(data))
            {
                foreach (ReportColumn column in cited)
                {
                    object? value = column.Read(record);
                    IReadOnlyList<Citation> citations = column.Type == ColumnType.Citation ? [(Citation)value!] : (IReadOnlyList<Citation>)value!;
                    for (int i = 0; i < citations.Count; i++)
                    {
                        Citation citation = citations[i];
                        row[0] = kind.Name;
                        row[1] = record.Id;
                        row[2] = column.Name;
                        row[3] = Formatting.Number(i + 1);
                        row[4] = citation.DocumentId;
                        row[5] = Formatting.Number(citation.Offset);
                        row[6] = Formatting.Number(citation.Length);
                        row[7] = Formatting.Number(citation.Line);
                        row[8] = Formatting.Number(citation.Column);
                        row[9] = citation.Text;
                        WriteRecord(writer, row, mode);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Writes <see cref="RenderCitations(SummitDataSet, CsvOptions)"/>'s text to <paramref name="stream"/> as UTF-8: with
    /// <see cref="CsvOptions.ByteOrderMark"/>, the bytes <c>EF BB BF</c> first.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="options">The fields' mode and whether a byte order mark comes first.</param>
    /// <param name="stream">Where to write the table; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/>, <paramref name="options"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not a <see cref="CsvMode"/>.</exception>
    public static void WriteCitations(SummitDataSet data, CsvOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextWriter writer = ReportOutput.StreamWriter(stream);
        WriteCitations(data, options, writer);
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

    /// <summary>The options of a mode alone, the mode checked under its own name.</summary>
    private static CsvOptions Options(CsvMode mode) => mode is CsvMode.Raw or CsvMode.Spreadsheet
        ? new CsvOptions { Mode = mode }
        : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a CSV mode.");

    /// <summary>Checks the options and the writer, and writes the byte order mark when they ask for one; returns the mode.</summary>
    private static CsvMode Start(CsvOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        if (options.Mode is not (CsvMode.Raw or CsvMode.Spreadsheet))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Mode, "Not a CSV mode.");
        }

        if (options.ByteOrderMark)
        {
            writer.Write(ByteOrderMark);
        }

        return options.Mode;
    }

    /// <summary>One value as a field: a list as a JSON array, a citation as its words, citations as the array of their words.</summary>
    private static string? Field(ReportColumn column, IRecord record)
    {
        object? value = column.Read(record);
        return column.Type switch
        {
            ColumnType.Citation => ((Citation)value!).Text,
            ColumnType.Citations => List(((IReadOnlyList<Citation>)value!).Select(c => c.Text)),
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

    /// <summary>
    /// A list as a JSON array on one line, so that any item survives whole: a joined list could not tell an item that
    /// holds the separator from two items. It starts with <c>[</c>, which no spreadsheet reads as a formula.
    /// </summary>
    private static string List(IEnumerable<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ListOptions))
        {
            json.WriteStartArray();
            foreach (string item in items)
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
