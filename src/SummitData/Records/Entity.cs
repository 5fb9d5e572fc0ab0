using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>A country, an organisation or a place named in the documents, merged across every document that names it.</summary>
public sealed record Entity : INamedEntity
{
    internal static readonly RecordType<Entity> Type = new(Kinds.Entities, static r => new Entity(r))
    {
        Columns = new ColumnList<Entity>(static e => e.Name)
            .Id("id", "Id", e => e.Id)
            .Text("name", "Entity", e => e.Name)
            .Enum("kind", "Kind", e => (EntityKind?)e.Kind)
            .Texts("spellings", "Spellings", e => e.Spellings)
            .Citations("mentions", "Mentions", e => e.Mentions, use: ColumnUse.Json)
            .Number("mentionCount", "Mentions", e => e.Mentions.Count)
            .References("documentIds", "Documents", e => e.DocumentIds, [Kinds.Documents.Section]),
    };

    private Entity(RecordReader r)
    {
        Id = r.Id;
        Name = r.Text("name");
        Kind = r.Enum<EntityKind>("kind");
        Spellings = r.Texts("spellings");
        Mentions = r.Citations("mentions");
        DocumentIds = Citation.DocumentsOf(Mentions);
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Country, organisation or place.</summary>
    public EntityKind Kind { get; }

    /// <summary>Every distinct spelling the documents use ("Russia", "Russian Federation"), in order of first appearance.</summary>
    public IReadOnlyList<string> Spellings { get; }

    /// <summary>Every place a document names it.</summary>
    public IReadOnlyList<Citation> Mentions { get; }

    /// <summary>The documents that name it, by id.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
