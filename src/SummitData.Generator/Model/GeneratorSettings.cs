namespace SummitData.Generator.Model
{
    /// <summary>
    /// The MSBuild settings of a project (<c>SummitDataNamespace</c>, <c>SummitDataRootClass</c>,
    /// <c>SummitDataVisibility</c>), already validated; problems are kept as diagnostics.
    /// </summary>
    internal sealed record GeneratorSettings(string Namespace, string RootClass, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>
        /// <c>SummitDataNamedMembers</c>: <c>auto</c> (named members unless the corpus is large, see
        /// <c>Emitting.NamedKinds</c>), <c>true</c> or <c>false</c>.
        /// </summary>
        public string NamedMembers { get; init; } = "auto";

        /// <summary>
        /// Whether compressed record data is written in string literals rather than UTF-8 literals: not a setting of the
        /// project but decided for the corpus from its data's estimated size (<c>Emitting.DataForm</c>).
        /// </summary>
        public bool DataInStrings { get; init; }
    }
}
