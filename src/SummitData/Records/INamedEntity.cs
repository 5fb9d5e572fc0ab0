using System.Collections.Generic;

namespace SummitData;

/// <summary>
/// Anything the documents name and that is merged across documents by id: a <see cref="Person"/> or an
/// <see cref="Entity"/> (a country, an organisation, a place). Agreement parties are of this type.
/// </summary>
public interface INamedEntity : IRecord
{
    /// <summary>The canonical name.</summary>
    string Name { get; }

    /// <summary>Every distinct spelling the documents use, in order of first appearance.</summary>
    IReadOnlyList<string> Spellings { get; }

    /// <summary>Every place a document names it.</summary>
    IReadOnlyList<Citation> Mentions { get; }
}
