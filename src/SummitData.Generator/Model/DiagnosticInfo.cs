namespace SummitData.Generator.Model
{
    /// <summary>
    /// A diagnostic as a value: id, severity, the message (its kind's format filled with <see cref="Arguments"/>), where
    /// it points, and the arguments themselves, which the Roslyn diagnostic is created with.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, DiagnosticLevel Level, string Message, LocationInfo? Location, EquatableArray<string> Arguments);

    /// <summary>Severity without a dependency on Roslyn, so the parser can be shared with the runtime loader.</summary>
    internal enum DiagnosticLevel
    {
        Info,
        Warning,
        Error,
    }
}
