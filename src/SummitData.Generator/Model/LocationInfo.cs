namespace SummitData.Generator.Model
{
    /// <summary>
    /// A place in an annotated file as plain values (never a Roslyn <c>Location</c>, which would pin the
    /// compilation in the incremental cache). Lines and columns are zero-based, as in Roslyn's LinePosition.
    /// </summary>
    internal sealed record LocationInfo(
        string FilePath,
        int Start,
        int Length,
        int StartLine,
        int StartColumn,
        int EndLine,
        int EndColumn)
    {
        /// <summary>One-based line, for messages and runtime diagnostics.</summary>
        public int Line => StartLine + 1;

        /// <summary>One-based column, for messages and runtime diagnostics.</summary>
        public int Column => StartColumn + 1;
    }
}
