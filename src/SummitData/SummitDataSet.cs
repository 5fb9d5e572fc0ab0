using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SummitData;

/// <summary>
/// A set of annotated documents and everything annotated in them, with lookup by id and the queries a reader
/// needs. The bundled seed documents are <c>SummitData.Seeds.DataSet</c>; a project's own annotated documents get
/// a data set of their own from the generator.
/// </summary>
public sealed class SummitDataSet
{
    private readonly Dictionary<string, Document> _documents;
    private readonly Dictionary<string, Agreement> _agreements;
    private readonly Dictionary<string, Figure> _figures;
    private readonly Dictionary<string, Quote> _quotes;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Claim> _claims;
    private readonly Dictionary<string, Discrepancy> _discrepancies;

    /// <summary>Creates a data set without entities, claims or discrepancies. Ids must be unique within each kind.</summary>
    public SummitDataSet(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Person> people)
        : this(documents, agreements, figures, quotes, people, Array.Empty<Entity>(), Array.Empty<Claim>(), Array.Empty<Discrepancy>())
    {
    }

    /// <summary>Creates a data set. Ids must be unique within each kind.</summary>
    public SummitDataSet(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Person> people,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Discrepancy> discrepancies)
    {
        Entities = entities ?? throw new ArgumentNullException(nameof(entities));
        Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        Discrepancies = discrepancies ?? throw new ArgumentNullException(nameof(discrepancies));
        _entities = Index(entities, e => e.Id);
        _claims = Index(claims, c => c.Id);
        _discrepancies = Index(discrepancies, d => d.Id);
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        Agreements = agreements ?? throw new ArgumentNullException(nameof(agreements));
        Figures = figures ?? throw new ArgumentNullException(nameof(figures));
        Quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        People = people ?? throw new ArgumentNullException(nameof(people));
        _documents = Index(documents, d => d.Id);
        _agreements = Index(agreements, a => a.Id);
        _figures = Index(figures, f => f.Id);
        _quotes = Index(quotes, q => q.Id);
        _people = Index(people, p => p.Id);
    }

    /// <summary>All documents, ordered by id.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>All agreements, ordered by id.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }

    /// <summary>All figures, by document and then in annotation order.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>All quotes, by document and then in annotation order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>All people, ordered by id.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>All countries, organisations and places, ordered by id.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>All claims, ordered by id.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Every point on which the documents disagree, ordered by id.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }

    /// <summary>The document with this id.</summary>
    /// <exception cref="KeyNotFoundException">No document has this id.</exception>
    public Document GetDocument(string id) => Get(_documents, id, "document");

    /// <summary>The agreement with this id.</summary>
    /// <exception cref="KeyNotFoundException">No agreement has this id.</exception>
    public Agreement GetAgreement(string id) => Get(_agreements, id, "agreement");

    /// <summary>The figure with this id.</summary>
    /// <exception cref="KeyNotFoundException">No figure has this id.</exception>
    public Figure GetFigure(string id) => Get(_figures, id, "figure");

    /// <summary>The quote with this id.</summary>
    /// <exception cref="KeyNotFoundException">No quote has this id.</exception>
    public Quote GetQuote(string id) => Get(_quotes, id, "quote");

    /// <summary>The person with this id.</summary>
    /// <exception cref="KeyNotFoundException">No person has this id.</exception>
    public Person GetPerson(string id) => Get(_people, id, "person");

    /// <summary>The country, organisation or place with this id.</summary>
    /// <exception cref="KeyNotFoundException">No entity has this id.</exception>
    public Entity GetEntity(string id) => Get(_entities, id, "entity");

    /// <summary>The claim with this id.</summary>
    /// <exception cref="KeyNotFoundException">No claim has this id.</exception>
    public Claim GetClaim(string id) => Get(_claims, id, "claim");

    /// <summary>The discrepancy with this id.</summary>
    /// <exception cref="KeyNotFoundException">No discrepancy has this id.</exception>
    public Discrepancy GetDiscrepancy(string id) => Get(_discrepancies, id, "discrepancy");

    /// <summary>Looks up a country, organisation or place by id.</summary>
    public bool TryGetEntity(string id, [NotNullWhen(true)] out Entity? entity) => _entities.TryGetValue(id, out entity);

    /// <summary>Looks up a claim by id.</summary>
    public bool TryGetClaim(string id, [NotNullWhen(true)] out Claim? claim) => _claims.TryGetValue(id, out claim);

    /// <summary>Looks up a discrepancy by id.</summary>
    public bool TryGetDiscrepancy(string id, [NotNullWhen(true)] out Discrepancy? discrepancy) => _discrepancies.TryGetValue(id, out discrepancy);

    /// <summary>
    /// Finds the person a name refers to: the canonical name or any spelling a document uses, compared ordinally
    /// ("Andrey Belausov" finds Andrei Belousov when a document spells him so).
    /// </summary>
    public bool TryFindPerson(string nameOrSpelling, [NotNullWhen(true)] out Person? person)
    {
        person = People.FirstOrDefault(p => p.Name == nameOrSpelling) ?? People.FirstOrDefault(p => p.Spellings.Contains(nameOrSpelling, StringComparer.Ordinal));
        return person is not null;
    }

    /// <summary>Looks up a document by id.</summary>
    public bool TryGetDocument(string id, [NotNullWhen(true)] out Document? document) => _documents.TryGetValue(id, out document);

    /// <summary>Looks up an agreement by id.</summary>
    public bool TryGetAgreement(string id, [NotNullWhen(true)] out Agreement? agreement) => _agreements.TryGetValue(id, out agreement);

    /// <summary>Looks up a figure by id.</summary>
    public bool TryGetFigure(string id, [NotNullWhen(true)] out Figure? figure) => _figures.TryGetValue(id, out figure);

    /// <summary>Looks up a quote by id.</summary>
    public bool TryGetQuote(string id, [NotNullWhen(true)] out Quote? quote) => _quotes.TryGetValue(id, out quote);

    /// <summary>Looks up a person by id.</summary>
    public bool TryGetPerson(string id, [NotNullWhen(true)] out Person? person) => _people.TryGetValue(id, out person);

    /// <summary>The figures a document states.</summary>
    public IEnumerable<Figure> FiguresIn(string documentId) => Figures.Where(f => f.DocumentId == documentId);

    /// <summary>The quotes in a document.</summary>
    public IEnumerable<Quote> QuotesIn(string documentId) => Quotes.Where(q => q.DocumentId == documentId);

    /// <summary>The agreements a document refers to.</summary>
    public IEnumerable<Agreement> AgreementsIn(string documentId) => Agreements.Where(a => a.Mentions.Any(m => m.DocumentId == documentId));

    /// <summary>The people a document names.</summary>
    public IEnumerable<Person> PeopleIn(string documentId) => People.Where(p => p.Mentions.Any(m => m.DocumentId == documentId));

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IEnumerable<Quote> QuotesBy(string personId) => Quotes.Where(q => q.Speaker?.Id == personId);

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IEnumerable<Quote> QuotesBy(Person person) => QuotesBy(person.Id);

    /// <summary>The quotes that are words of an agreement or statement.</summary>
    public IEnumerable<Quote> QuotesFrom(string agreementId) => Quotes.Where(q => q.Source?.Id == agreementId);

    /// <summary>The agreements with a status, e.g. those signed during the visit.</summary>
    public IEnumerable<Agreement> AgreementsWithStatus(AgreementStatus status) => Agreements.Where(a => a.Status == status);

    /// <summary>The agreements a person, country or organisation is a party to.</summary>
    public IEnumerable<Agreement> AgreementsOf(string partyId) => Agreements.Where(a => a.Parties.Any(p => p.Id == partyId));

    /// <summary>The claims about a person, entity or agreement (those that list its id in <see cref="Claim.About"/>).</summary>
    public IEnumerable<Claim> ClaimsAbout(string id) => Claims.Where(c => c.About.Contains(id, StringComparer.Ordinal));

    /// <summary>The claims fewer than <paramref name="sources"/> independent documents support: <c>ClaimsWithFewerSourcesThan(2)</c> is every claim only one document makes.</summary>
    public IEnumerable<Claim> ClaimsWithFewerSourcesThan(int sources) => Claims.Where(c => c.SourceCount < sources);

    /// <summary>The claims a document states.</summary>
    public IEnumerable<Claim> ClaimsIn(string documentId) => Claims.Where(c => c.Citations.Any(x => x.DocumentId == documentId));

    /// <summary>The discrepancies about a person, entity or agreement (those that list its id in <see cref="Discrepancy.About"/>).</summary>
    public IEnumerable<Discrepancy> DiscrepanciesAbout(string id) => Discrepancies.Where(d => d.About.Contains(id, StringComparer.Ordinal));

    /// <summary>The discrepancies a document takes a side in.</summary>
    public IEnumerable<Discrepancy> DiscrepanciesIn(string documentId) => Discrepancies.Where(d => d.Sides.Any(s => s.DocumentId == documentId));

    /// <summary>
    /// Where else the fact a figure states is stated: the citations of the figure's claim other than the figure's own
    /// words, in this and other documents; empty when the figure has no claim.
    /// </summary>
    public IReadOnlyList<Citation> OtherMentions(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.ClaimId is { } claimId && _claims.TryGetValue(claimId, out Claim? claim)
            ? claim.Citations.Where(c => c != figure.Citation).ToArray()
            : Array.Empty<Citation>();
    }

    /// <summary>Everything the documents say about a person: mentions, roles, quotes, agreements, claims and discrepancies.</summary>
    public PersonProfile About(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonProfile(
            person,
            person.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            QuotesBy(person.Id).ToArray(),
            AgreementsOf(person.Id).ToArray(),
            ClaimsAbout(person.Id).ToArray(),
            DiscrepanciesAbout(person.Id).ToArray());
    }

    /// <summary>Everything the documents say about the person with this id.</summary>
    /// <exception cref="KeyNotFoundException">No person has this id.</exception>
    public PersonProfile About(string personId) => About(GetPerson(personId));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Count(Documents.Count, "document")}, {Count(Agreements.Count, "agreement")}, {Count(Figures.Count, "figure")}, {Count(Quotes.Count, "quote")}, {Count(People.Count, "person", "people")}"
        + (Entities.Count + Claims.Count + Discrepancies.Count == 0 ? string.Empty
            : $", {Count(Entities.Count, "entity", "entities")}, {Count(Claims.Count, "claim")}, {Count(Discrepancies.Count, "discrepancy", "discrepancies")}");

    private static string Count(int count, string singular, string? plural = null) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (T item in items)
        {
            if (!map.TryAdd(id(item), item))
            {
                throw new ArgumentException($"The id '{id(item)}' occurs twice.", nameof(items));
            }
        }

        return map;
    }

    private static T Get<T>(Dictionary<string, T> map, string id, string kind) =>
        map.TryGetValue(id, out T? value) ? value : throw new KeyNotFoundException($"No {kind} has the id '{id}'.");
}
