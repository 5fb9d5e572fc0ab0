using System;
using System.Collections.Generic;

namespace SummitData;

/// <summary>
/// Where a fact stands in its source document: the exact words, their position in <see cref="Document.Text"/>
/// (UTF-16 offset and length, as for <see cref="string.Substring(int, int)"/>) and their one-based line and column.
/// </summary>
/// <param name="DocumentId">The id of the document the words are in.</param>
/// <param name="Offset">Zero-based offset of the words in the document text.</param>
/// <param name="Length">Length of the words in UTF-16 code units.</param>
/// <param name="Line">One-based line of the first word in the document text.</param>
/// <param name="Column">One-based column of the first word in the document text.</param>
/// <param name="Text">The words exactly as they stand in the text.</param>
public sealed record Citation(string DocumentId, int Offset, int Length, int Line, int Column, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"“{Text}” ({DocumentId}, line {Line}, column {Column})";

    /// <summary>The documents of some citations, each once, in order of first appearance.</summary>
    internal static RecordList<string> DocumentsOf(IReadOnlyList<Citation> citations)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Citation citation in citations)
        {
            if (seen.Add(citation.DocumentId))
            {
                ids.Add(citation.DocumentId);
            }
        }

        return RecordList.Of(ids.ToArray());
    }
}
