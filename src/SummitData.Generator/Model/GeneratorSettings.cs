namespace SummitData.Generator.Model
{
    /// <summary>
    /// The MSBuild settings of a project (<c>SummitDataNamespace</c>, <c>SummitDataRootClass</c>,
    /// <c>SummitDataVisibility</c>), already validated; problems are kept as diagnostics.
    /// </summary>
    internal sealed record GeneratorSettings(string Namespace, string RootClass, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics);
}
