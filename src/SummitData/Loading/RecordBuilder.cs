using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Loading;

/// <summary>
/// Builds records from validated specs, the run-time twin of the generator's emitter: the same order (documents
/// by id, figures and quotes by document then annotation order, shared records as merged) and the same values, so
/// a loaded data set equals the generated one.
/// </summary>
internal static class RecordBuilder
{
    public static SummitDataSet Build(IReadOnlyList<DocumentSpec> documents, CorpusSpec corpus)
    {
        Person[] people = corpus.People
            .Select(p => new Person(p.Id, p.Name, p.Spellings.ToArray(), Citations(p.Roles), Citations(p.Mentions)))
            .ToArray();
        Entity[] entities = corpus.Entities
            .Select(e => new Entity(e.Id, e.Name, Parse<EntityKind>(e.Kind), e.Spellings.ToArray(), Citations(e.Mentions)))
            .ToArray();
        Dictionary<string, Person> personById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Dictionary<string, Entity> entityById = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Agreement[] agreements = corpus.Agreements
            .Select(a => new Agreement(
                a.Id,
                a.Title,
                Parse<AgreementKind>(a.Kind),
                Parse<AgreementStatus>(a.Status),
                a.Parties.Select(p => p.IsPerson ? (INamedEntity)personById[p.Id] : entityById[p.Id]).ToArray(),
                Citations(a.Mentions)))
            .ToArray();
        Dictionary<string, Agreement> agreementById = agreements.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Claim[] claims = corpus.Claims
            .Select(c => new Claim(c.Id, c.Statement, Citations(c.Citations), c.About.ToArray()))
            .ToArray();
        Discrepancy[] discrepancies = corpus.Discrepancies
            .Select(d => new Discrepancy(d.Id, d.Topic, Parse<DiscrepancyKind>(d.Kind), Citations(d.Sides), d.About.ToArray()))
            .ToArray();

        var docs = new List<Document>(documents.Count);
        var figures = new List<Figure>();
        var quotes = new List<Quote>();
        foreach (DocumentSpec d in documents)
        {
            docs.Add(new Document(
                d.Id,
                d.FileName,
                d.Source,
                d.Title,
                d.Outlet,
                d.Authors.ToArray(),
                d.Published is null ? null : DateOnly.ParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.Url,
                d.Language,
                d.Inferred.ToArray(),
                d.Sha256,
                d.Text));

            foreach (FigureSpec f in d.Figures)
            {
                figures.Add(new Figure(
                    f.Id,
                    d.Id,
                    Citation(d.Id, f.Citation),
                    f.Value,
                    Parse<FigureScale>(f.Scale),
                    Parse<FigureUnit>(f.Unit),
                    f.Measures,
                    f.Period,
                    f.Approximate,
                    f.Direction is null ? null : Parse<FigureDirection>(f.Direction),
                    f.Claim?.Id));
            }

            foreach (QuoteSpec q in d.Quotes)
            {
                quotes.Add(new Quote(
                    q.Id,
                    d.Id,
                    Citation(d.Id, q.Citation),
                    Parse<QuoteKind>(q.Kind),
                    q.Speaker is null ? null : personById[q.Speaker],
                    q.Source is null ? null : agreementById[q.Source],
                    q.Attribution));
            }
        }

        return new SummitDataSet(docs, agreements, figures, quotes, people, entities, claims, discrepancies);
    }

    private static Citation Citation(string documentId, CitationSpec c) => new(documentId, c.Offset, c.Length, c.Line, c.Column, c.Text);

    private static Citation[] Citations(EquatableArray<DocumentCitation> citations) =>
        citations.Select(c => Citation(c.DocumentId, c.Citation)).ToArray();

    // The format's kebab-case names map to enum members as the emitter maps them (Identifiers.ToPascalCase).
    private static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(Identifiers.ToPascalCase(value), ignoreCase: false);
}
