using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>A person named in the documents, merged across every document that names them.</summary>
public sealed record Person : INamedEntity
{
    internal static readonly RecordType<Person> Type = new(Kinds.People, static r => new Person(r))
    {
        Columns = new ColumnList<Person>(static p => p.Name)
            .Id("id", "Id", p => p.Id)
            .Text("name", "Person", p => p.Name)
            .Texts("spellings", "Spellings", p => p.Spellings)
            .Citations("roles", "Roles, by document", p => p.Roles, anchor: "role", CitationDisplay.Words)
            .Citations("mentions", "Mentions", p => p.Mentions, use: ColumnUse.Json)
            .Number("mentionCount", "Mentions", p => p.Mentions.Count)
            .References("documentIds", "Documents", p => p.DocumentIds, [Kinds.Documents.Section]),
    };

    private Person(RecordReader r)
    {
        Id = r.Id;
        Name = r.Text("name");
        Spellings = r.Texts("spellings");
        Roles = r.Citations("roles");
        Mentions = r.Citations("mentions");
        DocumentIds = Citation.DocumentsOf(Mentions);
    }

    /// <summary>Stable id of the person.</summary>
    public string Id { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Every distinct spelling the documents use, in order of first appearance.</summary>
    public IReadOnlyList<string> Spellings { get; }

    /// <summary>The person's roles as each document states them.</summary>
    public IReadOnlyList<Citation> Roles { get; }

    /// <summary>Every place a document names the person.</summary>
    public IReadOnlyList<Citation> Mentions { get; }

    /// <summary>The documents that name the person, by id.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
