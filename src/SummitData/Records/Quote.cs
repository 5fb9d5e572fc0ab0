using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>Words in quotation marks in a document, with who said or wrote them.</summary>
public sealed record Quote : IRecord
{
    internal static readonly RecordType<Quote> Type = new(Kinds.Quotes, static r => new Quote(r))
    {
        // Tables show who the words are attributed to in one column, where the data formats keep the three sources apart.
        Columns = new ColumnList<Quote>(static q => $"“{q.Text}”")
            .Id("id", "Id", q => q.Id)
            .Reference("documentId", "Document", q => q.DocumentId, [Kinds.Documents.Section])
            .Citation("text", "Quote", q => q.Citation, anchor: "quote", CitationDisplay.QuotedWords)
            .Enum("kind", "Kind", q => (QuoteKind?)q.Kind)
            .Text("attributedTo", "Attributed to", q => Formatting.AttributedTo(q), ColumnUse.Table, nullable: true)
            .Reference("speakerId", "Speaker", q => q.SpeakerId, Kinds.Quotes.Field("speaker").Targets, ColumnUse.Data, nullable: true)
            .Reference("sourceId", "Source", q => q.SourceId, Kinds.Quotes.Field("source").Targets, ColumnUse.Data, nullable: true)
            .Text("attribution", "Attribution", q => q.Attribution, ColumnUse.Data, nullable: true)
            .Number("line", "Line", q => q.Citation.Line, ColumnUse.Csv | ColumnUse.Table)
            .Number("column", "Column", q => q.Citation.Column, ColumnUse.Csv)
            .Number("offset", "Offset", q => q.Citation.Offset, ColumnUse.Csv)
            .Number("length", "Length", q => q.Citation.Length, ColumnUse.Csv),
    };

    private readonly RecordRef<Person>? _speaker;
    private readonly RecordRef<Agreement>? _source;

    private Quote(RecordReader r)
    {
        Id = r.Id;
        DocumentId = r.DocumentId;
        Citation = r.Citation("citation");
        Kind = r.Enum<QuoteKind>("kind");
        _speaker = r.Ref<Person>("speaker");
        _source = r.Ref<Agreement>("source");
        Attribution = r.OptionalText("attribution");
        DocumentIds = RecordList.Of(new[] { DocumentId });
    }

    /// <summary>Stable id of the quote.</summary>
    public string Id { get; }

    /// <summary>The document that quotes the words.</summary>
    public string DocumentId { get; }

    /// <summary>Exactly the words inside the quotation marks, and where.</summary>
    public Citation Citation { get; }

    /// <summary>What kind of quotation it is.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The person quoted, where the text says who.</summary>
    public Person? Speaker => _speaker?.Value;

    /// <summary>The id of the quoted person, or null.</summary>
    public string? SpeakerId => _speaker?.Id;

    /// <summary>The agreement or statement whose words these are, where the text says so.</summary>
    public Agreement? Source => _source?.Value;

    /// <summary>The id of <see cref="Source"/>, or null.</summary>
    public string? SourceId => _source?.Id;

    /// <summary>The outlet or body the text credits, where it is neither a person nor an agreement.</summary>
    public string? Attribution { get; }

    /// <summary>The quote's document: a list holding <see cref="DocumentId"/>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>The quoted words.</summary>
    public string Text => Citation.Text;

    /// <inheritdoc />
    public override string ToString() => $"“{Text}”" + (Speaker is not null ? $" ({Speaker.Name})" : Source is not null ? $" ({Source.Title})" : Attribution is not null ? $" ({Attribution})" : string.Empty);
}
