using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using SummitData.Compiled;

namespace SummitData;

/// <summary>
/// A set of annotated documents and everything annotated in them: one <see cref="RecordSet{T}"/> per kind, with lookup
/// by id and by document, and the queries a reader needs. The bundled seed documents are <c>SummitData.Seeds.DataSet</c>;
/// a project's own annotated documents get a data set of their own from the generator, or from
/// <see cref="Loading.SummitDataLoader"/> at run time.
/// </summary>
/// <remarks>
/// Every query answers from indexes built once, on first use, so a report that asks one question per person costs
/// time linear in the data, not quadratic.
/// </remarks>
public sealed class SummitDataSet
{
    /// <summary>Every kind's runtime record type, in the data set's order: the one registry of kinds on the runtime side.</summary>
    internal static readonly RecordType[] Types =
    {
        Document.Type, Agreement.Type, Figure.Type, Quote.Type, Person.Type, Entity.Type, Claim.Type, Discrepancy.Type, Event.Type,
    };

    private static readonly Dictionary<string, RecordType> TypesByKind = Types.ToDictionary(t => t.Kind.Section, StringComparer.Ordinal);
    private static readonly Dictionary<Type, RecordType> TypesByClr = Types.ToDictionary(t => t.ClrType);

    private readonly RecordSource _source;
    private Indexes? _indexes;

    internal SummitDataSet(RecordSource source)
    {
        _source = source;
        Documents = source.Set<Document>("documents");
        Agreements = source.Set<Agreement>("agreements");
        Figures = source.Set<Figure>("figures");
        Quotes = source.Set<Quote>("quotes");
        People = source.Set<Person>("people");
        Entities = source.Set<Entity>("entities");
        Claims = source.Set<Claim>("claims");
        Discrepancies = source.Set<Discrepancy>("discrepancies");
        Events = source.Set<Event>("events");
    }

    /// <summary>All documents, ordered by id.</summary>
    public RecordSet<Document> Documents { get; }

    /// <summary>All agreements, ordered by id.</summary>
    public RecordSet<Agreement> Agreements { get; }

    /// <summary>All figures, by document and then in annotation order.</summary>
    public RecordSet<Figure> Figures { get; }

    /// <summary>All quotes, by document and then in annotation order.</summary>
    public RecordSet<Quote> Quotes { get; }

    /// <summary>All people, ordered by id.</summary>
    public RecordSet<Person> People { get; }

    /// <summary>All countries, organisations and places, ordered by id.</summary>
    public RecordSet<Entity> Entities { get; }

    /// <summary>All claims, ordered by id.</summary>
    public RecordSet<Claim> Claims { get; }

    /// <summary>Every point on which the documents disagree, ordered by id.</summary>
    public RecordSet<Discrepancy> Discrepancies { get; }

    /// <summary>Everything that happened, ordered by id; <see cref="Timeline"/> orders them by date.</summary>
    public RecordSet<Event> Events { get; }

    /// <summary>The events in date order (by first day, then last day, then id), each with the documents that tell it.</summary>
    public IReadOnlyList<Event> Timeline() => Index().Timeline;

    /// <summary>
    /// Finds the person a name refers to: the canonical name or any spelling a document uses, compared ordinally
    /// ("Andrey Belausov" finds Andrei Belousov when a document spells him so).
    /// </summary>
    public bool TryFindPerson(string nameOrSpelling, [NotNullWhen(true)] out Person? person)
    {
        ArgumentNullException.ThrowIfNull(nameOrSpelling);
        Indexes indexes = Index();
        return indexes.PeopleByName.TryGetValue(nameOrSpelling, out person) || indexes.PeopleBySpelling.TryGetValue(nameOrSpelling, out person);
    }

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IReadOnlyList<Quote> QuotesBy(string personId) => Lookup(Index().QuotesBySpeaker, personId);

    /// <summary>The quotes attributed to a person, across all documents.</summary>
    public IReadOnlyList<Quote> QuotesBy(Person person) => QuotesBy((person ?? throw new ArgumentNullException(nameof(person))).Id);

    /// <summary>The quotes that are words of an agreement or statement.</summary>
    public IReadOnlyList<Quote> QuotesFrom(string agreementId) => Lookup(Index().QuotesBySource, agreementId);

    /// <summary>The agreements with a status, e.g. those signed during the visit.</summary>
    public IReadOnlyList<Agreement> AgreementsWithStatus(AgreementStatus status) => Agreements.Where(a => a.Status == status).ToArray();

    /// <summary>The agreements a person, country or organisation is a party to.</summary>
    public IReadOnlyList<Agreement> AgreementsOf(string partyId) => Lookup(Index().AgreementsByParty, partyId);

    /// <summary>The claims about a person, entity or agreement (those that list its id in <see cref="Claim.AboutIds"/>).</summary>
    public IReadOnlyList<Claim> ClaimsAbout(string id) => Lookup(Index().ClaimsByAbout, id);

    /// <summary>The claims fewer than <paramref name="sources"/> independent documents support: <c>ClaimsWithFewerSourcesThan(2)</c> is every claim only one document makes.</summary>
    public IReadOnlyList<Claim> ClaimsWithFewerSourcesThan(int sources) => Claims.Where(c => c.SourceCount < sources).ToArray();

    /// <summary>The discrepancies about a person, entity or agreement (those that list its id in <see cref="Discrepancy.AboutIds"/>).</summary>
    public IReadOnlyList<Discrepancy> DiscrepanciesAbout(string id) => Lookup(Index().DiscrepanciesByAbout, id);

    /// <summary>
    /// Where else the fact a figure states is stated: the citations of the figure's claim other than the figure's own
    /// words, in this and other documents; empty when the figure has no claim.
    /// </summary>
    public IReadOnlyList<Citation> OtherMentions(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.ClaimId is { } claimId && Claims.TryGet(claimId, out Claim? claim)
            ? claim.Citations.Where(c => c != figure.Citation).ToArray()
            : Array.Empty<Citation>();
    }

    /// <summary>Everything the documents say about a person: mentions, roles, quotes, agreements, claims and discrepancies.</summary>
    public PersonProfile About(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonProfile(
            person,
            RecordList.Of(person.DocumentIds.Order(StringComparer.Ordinal).ToArray()),
            QuotesBy(person.Id),
            AgreementsOf(person.Id),
            ClaimsAbout(person.Id),
            DiscrepanciesAbout(person.Id));
    }

    /// <summary>Everything the documents say about the person with this id.</summary>
    /// <exception cref="KeyNotFoundException">No person has this id.</exception>
    public PersonProfile About(string personId) => About(People.Get(personId));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Count(Documents.Count, "document")}, {Count(Agreements.Count, "agreement")}, {Count(Figures.Count, "figure")}, {Count(Quotes.Count, "quote")}, {Count(People.Count, "person", "people")}"
        + (Entities.Count + Claims.Count + Discrepancies.Count + Events.Count == 0 ? string.Empty
            : $", {Count(Entities.Count, "entity", "entities")}, {Count(Claims.Count, "claim")}, {Count(Discrepancies.Count, "discrepancy", "discrepancies")}, {Count(Events.Count, "event")}");

    /// <summary>The runtime record type of a kind (by section name).</summary>
    internal static RecordType TypeOf(string kind) => TypesByKind[kind];

    /// <summary>The runtime record type of a record class.</summary>
    internal static RecordType TypeOf(Type type) => TypesByClr[type];

    /// <summary>The records of one kind, as the <see cref="RecordSet{T}"/> of its record type: what reports iterate for every kind alike.</summary>
    internal IRecordSet SetOf(RecordType type) => _source.SetOf(type.Kind.Section);

    private static string Count(int count, string singular, string? plural = null) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    private static IReadOnlyList<T> Lookup<T>(Dictionary<string, RecordList<T>> index, string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return index.TryGetValue(id, out RecordList<T>? list) ? list : RecordList<T>.Empty;
    }

    private Indexes Index() => _indexes ?? LazyInitializer.EnsureInitialized(ref _indexes, () => new Indexes(this));

    /// <summary>The queries' indexes: each built in one pass over its kind.</summary>
    private sealed class Indexes
    {
        public Indexes(SummitDataSet data)
        {
            QuotesBySpeaker = Group(data.Quotes, q => q.SpeakerId is { } id ? new[] { id } : Array.Empty<string>());
            QuotesBySource = Group(data.Quotes, q => q.SourceId is { } id ? new[] { id } : Array.Empty<string>());
            AgreementsByParty = Group(data.Agreements, a => a.PartyIds);
            ClaimsByAbout = Group(data.Claims, c => c.AboutIds);
            DiscrepanciesByAbout = Group(data.Discrepancies, d => d.AboutIds);
            Timeline = RecordList.Of(data.Events.OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray());
            PeopleByName = new Dictionary<string, Person>(StringComparer.Ordinal);
            PeopleBySpelling = new Dictionary<string, Person>(StringComparer.Ordinal);
            foreach (Person person in data.People)
            {
                PeopleByName.TryAdd(person.Name, person);
                foreach (string spelling in person.Spellings)
                {
                    PeopleBySpelling.TryAdd(spelling, person);
                }
            }
        }

        public Dictionary<string, RecordList<Quote>> QuotesBySpeaker { get; }

        public Dictionary<string, RecordList<Quote>> QuotesBySource { get; }

        public Dictionary<string, RecordList<Agreement>> AgreementsByParty { get; }

        public Dictionary<string, RecordList<Claim>> ClaimsByAbout { get; }

        public Dictionary<string, RecordList<Discrepancy>> DiscrepanciesByAbout { get; }

        public RecordList<Event> Timeline { get; }

        public Dictionary<string, Person> PeopleByName { get; }

        public Dictionary<string, Person> PeopleBySpelling { get; }

        private static Dictionary<string, RecordList<T>> Group<T>(IEnumerable<T> records, Func<T, IEnumerable<string>> keys)
        {
            var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (T record in records)
            {
                foreach (string key in keys(record).Distinct(StringComparer.Ordinal))
                {
                    if (!lists.TryGetValue(key, out List<T>? list))
                    {
                        lists[key] = list = new List<T>();
                    }

                    list.Add(record);
                }
            }

            return lists.ToDictionary(e => e.Key, e => RecordList.Of(e.Value.ToArray()), StringComparer.Ordinal);
        }
    }
}
