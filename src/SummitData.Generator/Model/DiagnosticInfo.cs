namespace SummitData.Generator.Model
{
    /// <summary>A diagnostic as a value: id, severity, the formatted message and where it points.</summary>
    internal sealed record DiagnosticInfo(string Id, DiagnosticLevel Level, string Message, LocationInfo? Location);

    /// <summary>Severity without a dependency on Roslyn, so the parser can be shared with the runtime loader.</summary>
    internal enum DiagnosticLevel
    {
        Info,
        Warning,
        Error,
    }
}
