using System.Collections.Generic;

namespace SummitData;

/// <summary>A record of any kind: a document, an agreement, a figure, a quote, a person, an entity, a claim, a discrepancy.</summary>
public interface IRecord
{
    /// <summary>Stable id, unique among the records of its kind.</summary>
    string Id { get; }

    /// <summary>The documents the record comes from, by id: its own document, or every document that declares or cites it.</summary>
    IReadOnlyList<string> DocumentIds { get; }
}
