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

    // The words; null until first read for a citation of generated data, which holds their place and not the words.
    private string? _text = Text;

    /// <summary>A citation whose words are read from its document's text in <paramref name="source"/> when first asked for.</summary>
    internal Citation(string documentId, int offset, int length, int line, int column, RecordSource source)
        : this(documentId, offset, length, line, column, (string)null!) => _source = source;

    /// <summary>The words exactly as they stand in the text.</summary>
    public string Text
    {
        get => _text ??= Words();
        init => _text = value;
    }

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

    private string Words()
    {
        RecordSource source = _source ?? throw new InvalidOperationException("A citation made without its words has no data set to read them from.");
        string text = source.TextOf(DocumentId);
        return Offset >= 0 && Length >= 0 && Offset <= text.Length - Length
            ? text.Substring(Offset, Length)
            : throw new InvalidOperationException($"The citation at offset {Offset}, length {Length} lies outside the text of the document '{DocumentId}' ({text.Length} characters).");
    }

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
