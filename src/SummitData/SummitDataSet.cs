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

    /// <summary>Creates a data set. Ids must be unique within each kind.</summary>
    public SummitDataSet(
        IReadOnlyList<Document> documents,
        IReadOnlyList<Agreement> agreements,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Person> people)
    {
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

    /// <inheritdoc />
    public override string ToString() =>
        $"{Count(Documents.Count, "document")}, {Count(Agreements.Count, "agreement")}, {Count(Figures.Count, "figure")}, {Count(Quotes.Count, "quote")}, {Count(People.Count, "person", "people")}";

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
