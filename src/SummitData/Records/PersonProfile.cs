using System.Collections.Generic;

namespace SummitData;

/// <summary>Everything the documents say about one person, gathered by <see cref="SummitDataSet.About(Person)"/>.</summary>
/// <param name="Person">The person.</param>
/// <param name="DocumentIds">The documents that name the person, by id.</param>
/// <param name="Quotes">The person's words, across all documents.</param>
/// <param name="Agreements">The agreements the person is a party to.</param>
/// <param name="Claims">The claims about the person.</param>
/// <param name="Discrepancies">The points on which the documents disagree about the person.</param>
public sealed record PersonProfile(
    Person Person,
    IReadOnlyList<string> DocumentIds,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Discrepancy> Discrepancies)
{
    /// <summary>Every place a document names the person (<see cref="Person.Mentions"/>).</summary>
    public IReadOnlyList<Citation> Mentions => Person.Mentions;

    /// <summary>The person's roles as each document states them (<see cref="Person.Roles"/>).</summary>
    public IReadOnlyList<Citation> Roles => Person.Roles;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Person.Name}: {Mentions.Count} mentions in {DocumentIds.Count} documents, {Roles.Count} roles, {Quotes.Count} quotes, {Claims.Count} claims, {Discrepancies.Count} discrepancies";
}
