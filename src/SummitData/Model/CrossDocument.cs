using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitData;

/// <summary>
/// Anything the documents name and that is merged across documents by id: a <see cref="Person"/> or an
/// <see cref="Entity"/> (a country, an organisation, a place). Agreement parties are of this type.
/// </summary>
public interface INamedEntity
{
    /// <summary>Stable id, the same in every document.</summary>
    string Id { get; }

    /// <summary>The canonical name.</summary>
    string Name { get; }

    /// <summary>Every distinct spelling the documents use, in order of first appearance.</summary>
    IReadOnlyList<string> Spellings { get; }

    /// <summary>Every place a document names it.</summary>
    IReadOnlyList<Citation> Mentions { get; }
}

/// <summary>A country, an organisation or a place named in the documents, merged across every document that names it.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">Country, organisation or place.</param>
/// <param name="Spellings">Every distinct spelling the documents use ("Russia", "Russian Federation"), in order of first appearance.</param>
/// <param name="Mentions">Every place a document names it.</param>
public sealed record Entity(string Id, string Name, EntityKind Kind, IReadOnlyList<string> Spellings, IReadOnlyList<Citation> Mentions) : INamedEntity
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or state.</summary>
    Country,

    /// <summary>An organisation: a government body, a company, an outlet, an alliance.</summary>
    Organization,

    /// <summary>A place: a city, a building, a region.</summary>
    Place,
}

/// <summary>
/// One fact as the documents state it, with every citation that states it, in any document: the same fact stated
/// in three articles is one claim with (at least) three citations.
/// </summary>
/// <param name="Id">Stable id of the claim.</param>
/// <param name="Statement">The fact in a sentence, the same in every document that declares the claim.</param>
/// <param name="Citations">Every place a document states it (figures annotated with this claim included), by document id, then by position in the text.</param>
/// <param name="About">Ids of the people, entities and agreements the claim is about.</param>
public sealed record Claim(string Id, string Statement, IReadOnlyList<Citation> Citations, IReadOnlyList<string> About)
{
    /// <summary>The documents that state the claim, each once, in the order of <see cref="Citations"/>.</summary>
    public IReadOnlyList<string> DocumentIds => Citations.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>How many independent documents state the claim.</summary>
    public int SourceCount => DocumentIds.Count;

    /// <inheritdoc />
    public override string ToString() => $"{Statement} ({SourceCount} {(SourceCount == 1 ? "source" : "sources")})";
}

/// <summary>
/// A point on which the documents disagree: two or more sides, each the words of a different document, anchored in
/// its text like any other annotation.
/// </summary>
/// <param name="Id">Stable id of the discrepancy.</param>
/// <param name="Topic">What the sides disagree about, the same in every document that declares the discrepancy.</param>
/// <param name="Kind">The kind of disagreement: a count, a spelling, a title or role, an outcome, a figure, the wording of a quotation, a fact.</param>
/// <param name="Sides">Each document's words, one side per document, by document id.</param>
/// <param name="About">Ids of the people, entities and agreements the discrepancy is about.</param>
public sealed record Discrepancy(string Id, string Topic, DiscrepancyKind Kind, IReadOnlyList<Citation> Sides, IReadOnlyList<string> About)
{
    /// <summary>The documents on each side, in the order of <see cref="Sides"/>.</summary>
    public IReadOnlyList<string> DocumentIds => Sides.Select(s => s.DocumentId).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{Topic}: " + string.Join(" / ", Sides.Select(s => $"“{s.Text}” ({s.DocumentId})"));
}

/// <summary>The kind of a <see cref="Discrepancy"/>.</summary>
public enum DiscrepancyKind
{
    /// <summary>The documents count the same things differently ("10 agreements", "11 documents").</summary>
    Count,

    /// <summary>The same name is written differently ("Andrey Belausov", "Andrei Belousov").</summary>
    Spelling,

    /// <summary>The same person is given different titles or roles.</summary>
    TitleRole,

    /// <summary>The documents report different outcomes of the same matter.</summary>
    Outcome,

    /// <summary>The documents give different numbers for the same quantity.</summary>
    Figure,

    /// <summary>The same words of a person or document are quoted differently.</summary>
    Wording,

    /// <summary>The documents state different facts about the same event (who took part, who went where).</summary>
    Fact,
}

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
