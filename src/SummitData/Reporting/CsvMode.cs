namespace SummitData.Reporting;

/// <summary>How <see cref="CsvReport"/> writes fields: exactly as the data has them, or safe to open in a spreadsheet.</summary>
public enum CsvMode
{
    /// <summary>
    /// Every field exactly as the data has it, quoted only as RFC 4180 requires: for programs that read CSV. A
    /// spreadsheet opening such a file runs a field such as <c>=HYPERLINK(...)</c> as a formula.
    /// </summary>
    Raw,

    /// <summary>
    /// For spreadsheets: a field that a spreadsheet would read as a formula, one that starts with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, a tab or a carriage return (the characters CsvHelper's injection options escape), is written
    /// with an apostrophe before it and in double quotes (<c>"'=HYPERLINK(...)"</c>), so the spreadsheet shows it as
    /// text. A field that is a plain number (<c>-3.5</c>, <c>+7</c>: a sign, digits and at most one decimal point) is left
    /// as it is: a spreadsheet reads it as that number and nothing else. The apostrophe stays part of the field's
    /// text, which tells a reader the field was altered; use <see cref="Raw"/> for programs.
    /// </summary>
    Spreadsheet,
}
