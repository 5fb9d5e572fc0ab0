using System;
using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>
/// Something that happened, when, where and with whom, merged across every document that tells it: each document's
/// words for it and the words that date it are citations.
/// </summary>
public sealed record Event : IRecord
{
    internal static readonly RecordType<Event> Type = new(Kinds.Events, static r => new Event(r))
    {
        Columns = new ColumnList<Event>(static e => e.Statement)
            .Id("id", "Id", e => e.Id)
            .Text("date", "Date", e => e.Date)
            .Date("start", "From", e => e.Start, ColumnUse.Data)
            .Date("end", "To", e => e.End, ColumnUse.Data)
            .Text("statement", "Event", e => e.Statement)
            .Reference("where", "Where", e => e.WhereId, Kinds.Events.Field("where").Targets, nullable: true)
            .References("who", "Who", e => e.WhoIds, Kinds.Events.Field("who").Targets)
            .Number("sourceCount", "Sources", e => e.SourceCount)
            .References("documentIds", "Documents", e => e.DocumentIds, [Kinds.Documents.Section])
            .Citations("dated", "Dated", e => e.Dated, anchor: "event-date")
            .Citations("citations", "Citations", e => e.Citations, anchor: "event"),
    };

    private readonly RecordRef<Entity>? _where;
    private readonly RecordRefList<INamedEntity> _who;

    private Event(RecordReader r)
    {
        Id = r.Id;
        Statement = r.Text("statement");
        Date = r.Text("date");
        (DateTime start, DateTime end) = EventDate.Parse(Date) ?? throw new InvalidOperationException($"The event '{Id}' has the date '{Date}', which is not one.");
        Start = DateOnly.FromDateTime(start);
        End = DateOnly.FromDateTime(end);
        Dated = r.Citations("dated");
        _where = r.Ref<Entity>("where");
        _who = r.Refs<INamedEntity>("who");
        Citations = r.Citations("citations");
        DocumentIds = Citation.DocumentsOf(Citations);
    }

    /// <summary>Stable id of the event.</summary>
    public string Id { get; }

    /// <summary>What happened, the same in every document that tells it.</summary>
    public string Statement { get; }

    /// <summary>When, as the annotation writes it: an ISO 8601 date, month or year, or a range <c>start/end</c> of them.</summary>
    public string Date { get; }

    /// <summary>The first day <see cref="Date"/> covers (the 1st of a month given as <c>2024-03</c>).</summary>
    public DateOnly Start { get; }

    /// <summary>The last day <see cref="Date"/> covers; <see cref="Start"/> for a single day.</summary>
    public DateOnly End { get; }

    /// <summary>The words that date the event in each document ("16 May", "the next day"), by document, then in text order.</summary>
    public IReadOnlyList<Citation> Dated { get; }

    /// <summary>Where it happened, where annotated.</summary>
    public Entity? Where => _where?.Value;

    /// <summary>The id of <see cref="Where"/>, or null.</summary>
    public string? WhereId => _where?.Id;

    /// <summary>The people and entities who take part.</summary>
    public IReadOnlyList<INamedEntity> Who => _who.Values;

    /// <summary>The ids of <see cref="Who"/>, in the same order.</summary>
    public IReadOnlyList<string> WhoIds => _who.Ids;

    /// <summary>Every place a document tells the event, by document id, then by position in the text.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The documents that tell the event, each once, in the order of <see cref="Citations"/>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>How many documents tell the event.</summary>
    public int SourceCount => DocumentIds.Count;

    /// <inheritdoc />
    public override string ToString() => $"{Date}: {Statement} ({SourceCount} {(SourceCount == 1 ? "source" : "sources")})";
}
