namespace SummitData.Reporting;

/// <summary>How <see cref="CsvReport"/> writes a file: the fields' <see cref="CsvMode"/>, and whether a byte order mark comes first.</summary>
public sealed class CsvOptions
{
    /// <summary>Every field as the data has it, no byte order mark: for programs that read CSV (what <see cref="CsvReport.Render(SummitDataSet, RecordKind)"/> writes).</summary>
    public static CsvOptions Raw { get; } = new();

    /// <summary>
    /// For a spreadsheet: fields a spreadsheet would run as formulas written as text (<see cref="CsvMode.Spreadsheet"/>),
    /// and a byte order mark, so that it reads the file as UTF-8.
    /// </summary>
    public static CsvOptions Spreadsheet { get; } = new() { Mode = CsvMode.Spreadsheet, ByteOrderMark = true };

    /// <summary>Whether fields a spreadsheet would run as formulas are written as text; <see cref="CsvMode.Raw"/> by default.</summary>
    public CsvMode Mode { get; init; }

    /// <summary>
    /// Whether the text starts with a byte order mark, U+FEFF, which UTF-8 writes as the bytes <c>EF BB BF</c>: some
    /// spreadsheet programs (Excel among them) read a CSV file without it in the system's legacy code page, so that
    /// non-ASCII names come out garbled. Programs that read CSV may take it for part of the first column's name: leave it
    /// out for them (the default).
    /// </summary>
    public bool ByteOrderMark { get; init; }
}
