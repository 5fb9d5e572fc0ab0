using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    /// <summary>A parsed file and the embedded resource its text is read from at run time (null: the text is compiled in).</summary>
    internal sealed record ParsedFile(ParseResult Result, string? Resource);

    /// <summary>
    /// What one document's generated file is made of: the document's own record and the records that belong to it, and
    /// the embedded resource its text is read from on first use (then the record's data leaves the text out), or null
    /// when the text is compiled into the data.
    /// </summary>
    internal sealed record DocumentModel(DocumentSpec Document, string? Resource);
}
