using System.Collections.Generic;
using System.Linq;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>
/// A point on which the documents disagree: two or more sides, each the words of a different document, anchored in
/// its text like any other annotation.
/// </summary>
public sealed record Discrepancy : IRecord
{
    internal static readonly RecordType<Discrepancy> Type = new(Kinds.Discrepancies, static r => new Discrepancy(r))
    {
        Columns = new ColumnList<Discrepancy>(static d => d.Topic)
            .Id("id", "Id", d => d.Id)
            .Text("topic", "Topic", d => d.Topic)
            .Enum("kind", "Kind", d => (DiscrepancyKind?)d.Kind)
            .References("about", "About", d => d.AboutIds, Kinds.Discrepancies.Field("about").Targets)
            .Citations("sides", "Sides", d => d.Sides, anchor: "side", CitationDisplay.QuotedWords),
    };

    private readonly RecordRefList<IRecord> _about;

    private Discrepancy(RecordReader r)
    {
        Id = r.Id;
        Topic = r.Text("topic");
        Kind = r.Enum<DiscrepancyKind>("kind");
        _about = r.Refs<IRecord>("about");
        Sides = r.Citations("sides");
        DocumentIds = Citation.DocumentsOf(Sides);
    }

    /// <summary>Stable id of the discrepancy.</summary>
    public string Id { get; }

    /// <summary>What the sides disagree about, the same in every document that declares the discrepancy.</summary>
    public string Topic { get; }

    /// <summary>The kind of disagreement: a count, a spelling, a title or role, an outcome, a figure, the wording of a quotation, a fact.</summary>
    public DiscrepancyKind Kind { get; }

    /// <summary>Each document's words, one side per document, by document id.</summary>
    public IReadOnlyList<Citation> Sides { get; }

    /// <summary>The people, entities and agreements the discrepancy is about.</summary>
    public IReadOnlyList<IRecord> About => _about.Values;

    /// <summary>The ids of <see cref="About"/>, in the same order.</summary>
    public IReadOnlyList<string> AboutIds => _about.Ids;

    /// <summary>The documents on each side, in the order of <see cref="Sides"/>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Topic}: " + string.Join(" / ", Sides.Select(s => $"“{s.Text}” ({s.DocumentId})"));
}
