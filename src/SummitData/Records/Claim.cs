using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>
/// One fact as the documents state it, with every citation that states it, in any document: the same fact stated
/// in three articles is one claim with (at least) three citations.
/// </summary>
public sealed record Claim : IRecord
{
    internal static readonly RecordType<Claim> Type = new(Kinds.Claims, static r => new Claim(r))
    {
        Columns = new ColumnList<Claim>(static c => c.Statement)
            .Id("id", "Id", c => c.Id)
            .Text("statement", "Claim", c => c.Statement)
            .Number("sourceCount", "Sources", c => c.SourceCount)
            .References("documentIds", "Documents", c => c.DocumentIds, [Kinds.Documents.Section])
            .References("about", "About", c => c.AboutIds, Kinds.Claims.Field("about").Targets)
            .Citations("citations", "Citations", c => c.Citations, anchor: "claim"),
    };

    private readonly RecordRefList<IRecord> _about;

    private Claim(RecordReader r)
    {
        Id = r.Id;
        Statement = r.Text("statement");
        _about = r.Refs<IRecord>("about");
        Citations = r.Citations("citations");
        DocumentIds = Citation.DocumentsOf(Citations);
    }

    /// <summary>Stable id of the claim.</summary>
    public string Id { get; }

    /// <summary>The fact in a sentence, the same in every document that declares the claim.</summary>
    public string Statement { get; }

    /// <summary>Every place a document states it (figures annotated with this claim included), by document id, then by position in the text.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The people, entities and agreements the claim is about.</summary>
    public IReadOnlyList<IRecord> About => _about.Values;

    /// <summary>The ids of <see cref="About"/>, in the same order.</summary>
    public IReadOnlyList<string> AboutIds => _about.Ids;

    /// <summary>The documents that state the claim, each once, in the order of <see cref="Citations"/>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>How many independent documents state the claim.</summary>
    public int SourceCount => DocumentIds.Count;

    /// <inheritdoc />
    public override string ToString() => $"{Statement} ({SourceCount} {(SourceCount == 1 ? "source" : "sources")})";
}
