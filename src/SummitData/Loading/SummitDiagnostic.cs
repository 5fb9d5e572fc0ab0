namespace SummitData.Loading;

/// <summary>How serious a <see cref="SummitDiagnostic"/> is.</summary>
public enum SummitDiagnosticSeverity
{
    /// <summary>Worth knowing; the document is still loaded.</summary>
    Info,

    /// <summary>Probably a mistake; the document is still loaded.</summary>
    Warning,

    /// <summary>The document (or the setting) is wrong; the document is left out.</summary>
    Error,
}

/// <summary>
/// A problem found in an annotated document: the same id and message the source generator reports as a
/// compiler diagnostic, with the file and the one-based line and column it points at.
/// </summary>
/// <param name="Id">The diagnostic id, e.g. <c>SD0008</c> (see docs/diagnostics.md).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="FilePath">The file it points into, or null when it concerns no file.</param>
/// <param name="Line">One-based line, or 0 when it concerns no file.</param>
/// <param name="Column">One-based column, or 0 when it concerns no file.</param>
/// <param name="EndLine">One-based line where the span ends, or 0.</param>
/// <param name="EndColumn">One-based column where the span ends, or 0.</param>
public sealed record SummitDiagnostic(
    string Id,
    SummitDiagnosticSeverity Severity,
    string Message,
    string? FilePath,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == SummitDiagnosticSeverity.Error;

    /// <summary>In the compiler's format: <c>file(line,column): error SD0008: message</c>.</summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            SummitDiagnosticSeverity.Error => "error",
            SummitDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        string where = FilePath is null ? string.Empty : Line > 0 ? $"{FilePath}({Line},{Column}): " : $"{FilePath}: ";
        return $"{where}{severity} {Id}: {Message}";
    }
}
