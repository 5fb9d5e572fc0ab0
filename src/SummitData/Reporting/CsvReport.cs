using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Writes one kind of record of a <see cref="SummitDataSet"/> as CSV (RFC 4180): a header row, then one row per
/// record. The columns per kind are a stable contract, listed in <c>docs/report-formats.md</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Records end with CR LF, as RFC 4180 specifies, the last one included.</item>
/// <item>A field is quoted when it contains a comma, a double quote, a CR or an LF; a double quote inside it is doubled.
/// Line breaks inside a quoted field are kept as they are in the data.</item>
/// <item>Numbers, booleans and dates are culture-free: <c>13.5</c>, <c>true</c>, <c>2024-05-16</c>; enum values are their
/// kebab-case names (<see cref="EnumNames"/>); a missing value is an empty field.</item>
/// <item>Lists (authors, parties, spellings, ...) are joined with <c>"; "</c>. The JSON report keeps them as arrays.</item>
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

    private static readonly Column<Document>[] DocumentColumns =
    [
        new("id", d => d.Id),
        new("sourceFile", d => d.SourceFile),
        new("originalFile", d => d.OriginalFile),
        new("title", d => d.Title),
        new("outlet", d => d.Outlet),
        new("authors", d => List(d.Authors)),
        new("published", d => Formatting.Date(d.Published)),
        new("url", d => d.Url),
        new("language", d => d.Language),
        new("inferredFields", d => List(d.InferredFields)),
        new("sha256", d => d.Sha256),
    ];

    private static readonly Column<Agreement>[] AgreementColumns =
    [
        new("id", a => a.Id),
        new("title", a => a.Title),
        new("kind", a => EnumNames.Of(a.Kind)),
        new("status", a => EnumNames.Of(a.Status)),
        new("parties", a => List(a.Parties.Select(p => p.Name))),
        new("mentionCount", a => Formatting.Number(a.Mentions.Count)),
        new("documentIds", a => List(Formatting.DocumentIds(a.Mentions))),
    ];

    private static readonly Column<Figure>[] FigureColumns =
    [
        new("id", f => f.Id),
        new("documentId", f => f.DocumentId),
        new("text", f => f.Text),
        new("value", f => Formatting.Exact(f.Value)),
        new("scale", f => EnumNames.Of(f.Scale)),
        new("unit", f => EnumNames.Of(f.Unit)),
        new("measures", f => f.Measures),
        new("period", f => f.Period),
        new("approximate", f => Formatting.Boolean(f.IsApproximate)),
        new("direction", f => f.Direction is { } direction ? EnumNames.Of(direction) : null),
        new("line", f => Formatting.Number(f.Citation.Line)),
        new("column", f => Formatting.Number(f.Citation.Column)),
    ];

    private static readonly Column<Quote>[] QuoteColumns =
    [
        new("id", q => q.Id),
        new("documentId", q => q.DocumentId),
        new("text", q => q.Text),
        new("kind", q => EnumNames.Of(q.Kind)),
        new("speakerId", q => q.Speaker?.Id),
        new("sourceId", q => q.Source?.Id),
        new("attribution", q => q.Attribution),
        new("line", q => Formatting.Number(q.Citation.Line)),
        new("column", q => Formatting.Number(q.Citation.Column)),
    ];

    private static readonly Column<Person>[] PersonColumns =
    [
        new("id", p => p.Id),
        new("name", p => p.Name),
        new("spellings", p => List(p.Spellings)),
        new("roles", p => List(p.Roles.Select(r => r.Text).Distinct(StringComparer.Ordinal))),
        new("mentionCount", p => Formatting.Number(p.Mentions.Count)),
        new("documentIds", p => List(Formatting.DocumentIds(p.Mentions))),
    ];

    /// <summary>The column names of the CSV of one kind of record, in order.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="RecordKind"/>.</exception>
    public static IReadOnlyList<string> Columns(RecordKind kind) => kind switch
    {
        RecordKind.Documents => Names(DocumentColumns),
        RecordKind.Agreements => Names(AgreementColumns),
        RecordKind.Figures => Names(FigureColumns),
        RecordKind.Quotes => Names(QuoteColumns),
        RecordKind.People => Names(PersonColumns),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of record."),
    };

    /// <summary>
    /// The records of one kind as CSV: the header row (<see cref="Columns(RecordKind)"/>), then one row per record
    /// in the data set's order, every field as the data has it (<see cref="CsvMode.Raw"/>). The same data always gives
    /// the same text. For a file a person may open in a spreadsheet, use <see cref="CsvMode.Spreadsheet"/>.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="RecordKind"/>.</exception>
    public static string Render(SummitDataSet data, RecordKind kind) => Render(data, kind, CsvMode.Raw);

    /// <summary>
    /// The records of one kind as CSV, with fields written as <paramref name="mode"/> says: <see cref="CsvMode.Spreadsheet"/>
    /// for a file a person may open in a spreadsheet, <see cref="CsvMode.Raw"/> for programs.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <param name="kind">Which records to write.</param>
    /// <param name="mode">Whether fields a spreadsheet would run as formulas are written as text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="RecordKind"/>, or <paramref name="mode"/> not a <see cref="CsvMode"/>.</exception>
    public static string Render(SummitDataSet data, RecordKind kind, CsvMode mode)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (mode is not (CsvMode.Raw or CsvMode.Spreadsheet))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a CSV mode.");
        }

        return kind switch
        {
            RecordKind.Documents => Write(data.Documents, DocumentColumns, mode),
            RecordKind.Agreements => Write(data.Agreements, AgreementColumns, mode),
            RecordKind.Figures => Write(data.Figures, FigureColumns, mode),
            RecordKind.Quotes => Write(data.Quotes, QuoteColumns, mode),
            RecordKind.People => Write(data.People, PersonColumns, mode),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of record."),
        };
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

    private static string Write<T>(IReadOnlyList<T> records, Column<T>[] columns, CsvMode mode)
    {
        var csv = new StringBuilder();
        WriteRecord(csv, columns.Select(c => c.Name), mode);
        foreach (T record in records)
        {
            WriteRecord(csv, columns.Select(c => c.Value(record)), mode);
        }

        return csv.ToString();
    }

    private static void WriteRecord(StringBuilder csv, IEnumerable<string?> fields, CsvMode mode)
    {
        bool first = true;
        foreach (string? field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            AppendField(csv, field ?? string.Empty, mode);
        }

        csv.Append(RecordEnd);
    }

    private static void AppendField(StringBuilder csv, string field, CsvMode mode)
    {
        if (mode == CsvMode.Spreadsheet && IsFormula(field))
        {
            // CsvHelper's InjectionOptions.Escape: the apostrophe makes the field text, and the quotes keep it one field.
            csv.Append("\"'").Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(field);
            return;
        }

        csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static string[] Names<T>(Column<T>[] columns) => [.. columns.Select(c => c.Name)];

    private sealed record Column<T>(string Name, Func<T, string?> Value);
}
