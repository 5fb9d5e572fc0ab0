using System.Collections.Generic;
using System.Linq;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>An agreement, statement or other document the sources refer to, merged across documents.</summary>
public sealed record Agreement : IRecord
{
    internal static readonly RecordType<Agreement> Type = new(Kinds.Agreements, static r => new Agreement(r))
    {
        Columns = new ColumnList<Agreement>(static a => a.Title)
            .Id("id", "Id", a => a.Id)
            .Text("title", "Agreement", a => a.Title)
            .Enum("kind", "Kind", a => (AgreementKind?)a.Kind)
            .Enum("status", "Status", a => (AgreementStatus?)a.Status)
            .Texts("parties", "Parties", a => a.Parties.Select(p => p.Name), ColumnUse.Data)
            .References("partyIds", "Parties", a => a.PartyIds, Kinds.Agreements.Field("parties").Targets, ColumnUse.Json | ColumnUse.Table)
            .Citations("mentions", "Mentions", a => a.Mentions, anchor: "agr", use: ColumnUse.Json | ColumnUse.Table)
            .Number("mentionCount", "Mentions", a => a.Mentions.Count, ColumnUse.Data)
            .References("documentIds", "Documents", a => a.DocumentIds, [Kinds.Documents.Section], ColumnUse.Data),
    };

    private readonly RecordRefList<INamedEntity> _parties;

    private Agreement(RecordReader r)
    {
        Id = r.Id;
        Title = r.Text("title");
        Kind = r.Enum<AgreementKind>("kind");
        Status = r.Enum<AgreementStatus>("status");
        _parties = r.Refs<INamedEntity>("parties");
        Mentions = r.Citations("mentions");
        DocumentIds = Citation.DocumentsOf(Mentions);
    }

    /// <summary>Stable id of the agreement.</summary>
    public string Id { get; }

    /// <summary>A descriptive title.</summary>
    public string Title { get; }

    /// <summary>What kind of document it is.</summary>
    public AgreementKind Kind { get; }

    /// <summary>Signed during the visit, not concluded, or an earlier agreement.</summary>
    public AgreementStatus Status { get; }

    /// <summary>The parties: countries, organisations or people, merged across the documents that declare the agreement.</summary>
    public IReadOnlyList<INamedEntity> Parties => _parties.Values;

    /// <summary>The ids of <see cref="Parties"/>, in the same order.</summary>
    public IReadOnlyList<string> PartyIds => _parties.Ids;

    /// <summary>Every place a document refers to it.</summary>
    public IReadOnlyList<Citation> Mentions { get; }

    /// <summary>The documents that refer to it, by id.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Kind}, {Status})";
}
