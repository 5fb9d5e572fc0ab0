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
/// <remarks>
/// The queries (<see cref="QuotesBy(string)"/>, <see cref="About(Person)"/>, <see cref="FiguresIn"/>, ...) answer from
/// indexes that each query builds on its first use, in one pass over the records it needs, safely from any thread:
/// a report that asks for every person's profile reads every record a bounded number of times, not once per person.
/// The lists given to the constructor are kept, not copied, and must not change afterwards.
/// </remarks>
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

    // The queries' answers, each index built on first use in one pass over its kind (thread-safe, as Lazy<T> is by
    // default), so that asking for every person's quotes costs one pass over the quotes, not one per person. A lookup
    // keeps each key's items in the order of the data set's list, which is the order the queries promise.
    private readonly Lazy<ILookup<string, Figure>> _figuresByDocument;
    private readonly Lazy<ILookup<string, Quote>> _quotesByDocument;
    private readonly Lazy<ILookup<string?, Quote>> _quotesBySpeaker;
    private readonly Lazy<ILookup<string?, Quote>> _quotesBySource;
    private readonly Lazy<ILookup<string, Agreement>> _agreementsByDocument;
    private readonly Lazy<ILookup<string, Agreement>> _agreementsByParty;
    private readonly Lazy<ILookup<string, Person>> _peopleByDocument;
    private readonly Lazy<ILookup<string, Claim>> _claimsByDocument;
    private readonly Lazy<ILookup<string, Claim>> _claimsBySubject;
    private readonly Lazy<ILookup<string, Discrepancy>> _discrepanciesByDocument;
    private readonly Lazy<ILookup<string, Discrepancy>> _discrepanciesBySubject;
    private readonly Lazy<(Dictionary<string, Person> ByName, Dictionary<string, Person> BySpelling)> _peopleByName;

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

        _figuresByDocument = new(() => Figures.ToLookup(f => f.DocumentId, StringComparer.Ordinal));
        _quotesByDocument = new(() => Quotes.ToLookup(q => q.DocumentId, StringComparer.Ordinal));
        _quotesBySpeaker = new(() => Quotes.ToLookup(q => q.Speaker?.Id, StringComparer.Ordinal));
        _quotesBySource = new(() => Quotes.ToLookup(q => q.Source?.Id, StringComparer.Ordinal));
        _agreementsByDocument = new(() => ByEach(Agreements, a => a.Mentions.Select(m => m.DocumentId)));
        _agreementsByParty = new(() => ByEach(Agreements, a => a.Parties.Select(p => p.Id)));
        _peopleByDocument = new(() => ByEach(People, p => p.Mentions.Select(m => m.DocumentId)));
        _claimsByDocument = new(() => ByEach(Claims, c => c.Citations.Select(x => x.DocumentId)));
        _claimsBySubject = new(() => ByEach(Claims, c => c.About));
        _discrepanciesByDocument = new(() => ByEach(Discrepancies, d => d.Sides.Select(s => s.DocumentId)));
        _discrepanciesBySubject = new(() => ByEach(Discrepancies, d => d.About));
        _peopleByName = new(() =>
        {
            // The first person in People's order wins, as a search through the list would find.
            var byName = new Dictionary<string, Person>(StringComparer.Ordinal);
            var bySpelling = new Dictionary<string, Person>(StringComparer.Ordinal);
            foreach (Person person in People)
            {
                byName.TryAdd(person.Name, person);
                foreach (string spelling in person.Spellings)
                {
                    bySpelling.TryAdd(spelling, person);
                }
            }

            return (byName, bySpelling);
        });
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
        person = null;
        if (nameOrSpelling is null)
        {
            return false;
        }

        var (byName, bySpelling) = _peopleByName.Value;
        return byName.TryGetValue(nameOrSpelling, out person) || bySpelling.TryGetValue(nameOrSpelling, out person);
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
    public IEnumerable<Figure> FiguresIn(string documentId) => _figuresByDocument.Value[documentId];

    /// <summary>The quotes in a document.</summary>
    public IEnumerable<Quote> QuotesIn(string documentId) => _quotesByDocument.Value[documentId];

    /// <summary>The agreements a document refers to.</summary>
    public IEnumerable<Agreement> AgreementsIn(string documentId) => _agreementsByDocument.Value[documentId];

    /// <summary>The people a document names.</summary>
    public IEnumerable<Person> PeopleIn(string documentId) => _peopleByDocument.Value[documentId];

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IEnumerable<Quote> QuotesBy(string personId) => _quotesBySpeaker.Value[personId];

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IEnumerable<Quote> QuotesBy(Person person) => QuotesBy(person.Id);

    /// <summary>The quotes that are words of an agreement or statement.</summary>
    public IEnumerable<Quote> QuotesFrom(string agreementId) => _quotesBySource.Value[agreementId];

    /// <summary>The agreements with a status, e.g. those signed during the visit.</summary>
    public IEnumerable<Agreement> AgreementsWithStatus(AgreementStatus status) => Agreements.Where(a => a.Status == status);

    /// <summary>The agreements a person, country or organisation is a party to.</summary>
    public IEnumerable<Agreement> AgreementsOf(string partyId) => _agreementsByParty.Value[partyId];

    /// <summary>The claims about a person, entity or agreement (those that list its id in <see cref="Claim.About"/>).</summary>
    public IEnumerable<Claim> ClaimsAbout(string id) => _claimsBySubject.Value[id];

    /// <summary>The claims fewer than <paramref name="sources"/> independent documents support: <c>ClaimsWithFewerSourcesThan(2)</c> is every claim only one document makes.</summary>
    public IEnumerable<Claim> ClaimsWithFewerSourcesThan(int sources) => Claims.Where(c => c.SourceCount < sources);

    /// <summary>The claims a document states.</summary>
    public IEnumerable<Claim> ClaimsIn(string documentId) => _claimsByDocument.Value[documentId];

    /// <summary>The discrepancies about a person, entity or agreement (those that list its id in <see cref="Discrepancy.About"/>).</summary>
    public IEnumerable<Discrepancy> DiscrepanciesAbout(string id) => _discrepanciesBySubject.Value[id];

    /// <summary>The discrepancies a document takes a side in.</summary>
    public IEnumerable<Discrepancy> DiscrepanciesIn(string documentId) => _discrepanciesByDocument.Value[documentId];

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

    /// <summary>Each item under every distinct key it has, in the list's order.</summary>
    private static ILookup<string, T> ByEach<T>(IReadOnlyList<T> items, Func<T, IEnumerable<string>> keys) =>
        items.SelectMany(item => keys(item).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Item: item)))
            .ToLookup(x => x.Key, x => x.Item, StringComparer.Ordinal);

    private static T Get<T>(Dictionary<string, T> map, string id, string kind) =>
        map.TryGetValue(id, out T? value) ? value : throw new KeyNotFoundException($"No {kind} has the id '{id}'.");
}
