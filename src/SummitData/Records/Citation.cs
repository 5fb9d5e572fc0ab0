using System;
using System.Collections.Generic;
using SummitData.Compiled;

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
    // Where the citation was read from, so a notebook can show the sentence around the words. Not part of the value:
    // the same words in the same place are equal whether generated, loaded or written by hand.
    private RecordSource? _source;

    /// <summary>The document the words are in, when the citation comes from a data set (null for one made by hand).</summary>
    internal Document? Document => _source is not null && _source.DataSet.Documents.TryGet(DocumentId, out Document? document) ? document : null;

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null
        && string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal)
        && Offset == other.Offset
        && Length == other.Length
        && Line == other.Line
        && Column == other.Column
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(DocumentId), Offset, Length, Line, Column, StringComparer.Ordinal.GetHashCode(Text));

    /// <inheritdoc />
    public override string ToString() => $"“{Text}” ({DocumentId}, line {Line}, column {Column})";

    /// <summary>Remembers the data set the citation was read from; the first one wins, as every record of a source shares it.</summary>
    internal Citation From(RecordSource source)
    {
        _source ??= source;
        return this;
    }

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
