using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// The cross-document step: unique ids and generated names across the corpus, shared records (people, entities,
    /// agreements, claims, discrepancies) merged from every document that declares them, references checked. A
    /// document with a problem here is left out (with its diagnostics) and the others are still generated.
    /// </summary>
    internal static class CorpusBuilder
    {
        public static CorpusSpec Build(IEnumerable<DocumentSpec> input, CancellationToken cancellationToken)
        {
            List<DocumentSpec> documents = input
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.FilePath, StringComparer.Ordinal)
                .ToList();
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();

            // Excluding a document can make another one's references dangle, so repeat until nothing changes.
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                List<DocumentSpec> included = documents.Where(d => !excluded.Contains(d.FilePath)).ToList();
                var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
                CheckUnique(included, d => new[] { (d.Id, d.IdLocation) }, "document", problems);
                CheckUnique(included, d => d.Figures.Select(f => (f.Id, f.Location)), "figure", problems);
                CheckUnique(included, d => d.Quotes.Select(q => (q.Id, q.Location)), "quote", problems);
                CheckShared(included, d => d.People.Select(p => (p.Id, p.Location, p.Shared)), "person", problems);
                CheckShared(included, d => d.Entities.Select(e => (e.Id, e.Location, e.Shared)), "entity", problems);
                CheckShared(included, d => d.Agreements.Select(a => (a.Id, a.Location, a.Shared)), "agreement", problems);
                CheckShared(included, d => d.Claims.Select(c => (c.Id, c.Location, c.Shared)), "claim", problems);
                CheckShared(included, d => d.Discrepancies.Select(x => (x.Id, x.Location, x.Shared)), "discrepancy", problems);
                CheckOneKindPerId(included, problems);
                CheckReferences(included, problems);

                if (problems.Count == 0)
                {
                    return Finish(included, documents.Where(d => excluded.Contains(d.FilePath)), diagnostics);
                }

                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    excluded.Add(path);
                    diagnostics.Add(diagnostic);
                }
            }
        }

        private static void CheckReferences(List<DocumentSpec> included, List<(string Path, DiagnosticInfo Diagnostic)> problems)
        {
            var personIds = new HashSet<string>(included.SelectMany(d => d.People).Select(p => p.Id), StringComparer.Ordinal);
            var entityIds = new HashSet<string>(included.SelectMany(d => d.Entities).Select(e => e.Id), StringComparer.Ordinal);
            var agreementIds = new HashSet<string>(included.SelectMany(d => d.Agreements).Select(a => a.Id), StringComparer.Ordinal);
            var claimIds = new HashSet<string>(included.SelectMany(d => d.Claims).Select(c => c.Id), StringComparer.Ordinal);
            foreach (DocumentSpec document in included)
            {
                void Dangling(LocationInfo? location, string message) =>
                    problems.Add((document.FilePath, DiagnosticCatalog.DanglingReference.At(location, message)));

                void About(string what, EquatableArray<IdReference> about)
                {
                    foreach (IdReference reference in about)
                    {
                        if (!personIds.Contains(reference.Id) && !entityIds.Contains(reference.Id) && !agreementIds.Contains(reference.Id))
                        {
                            Dangling(reference.Location, $"{what} is about '{reference.Id}', but no document declares a person, entity or agreement with that id; declare it under 'people', 'entities' or 'agreements' or fix the id");
                        }
                    }
                }

                foreach (QuoteSpec quote in document.Quotes)
                {
                    if (quote.Speaker is not null && !personIds.Contains(quote.Speaker))
                    {
                        Dangling(quote.SpeakerLocation, $"Quote '{quote.Id}' names the speaker '{quote.Speaker}', but no document declares a person with that id; declare it under 'people' or fix the id");
                    }

                    if (quote.Source is not null && !agreementIds.Contains(quote.Source))
                    {
                        Dangling(quote.SourceLocation, $"Quote '{quote.Id}' names the source '{quote.Source}', but no document declares an agreement with that id; declare it under 'agreements' or fix the id");
                    }
                }

                foreach (AgreementSpec agreement in document.Agreements)
                {
                    foreach (IdReference party in agreement.Parties)
                    {
                        if (!personIds.Contains(party.Id) && !entityIds.Contains(party.Id))
                        {
                            Dangling(party.Location, $"Agreement '{agreement.Id}' names the party '{party.Id}', but no document declares a person or entity with that id; declare it under 'people' or 'entities' or fix the id");
                        }
                    }
                }

                foreach (FigureSpec figure in document.Figures)
                {
                    if (figure.Claim is { } claim && !claimIds.Contains(claim.Id))
                    {
                        Dangling(claim.Location, $"Figure '{figure.Id}' states the claim '{claim.Id}', but no document declares a claim with that id; declare it under 'claims' or fix the id");
                    }
                }

                foreach (ClaimSpec claim in document.Claims)
                {
                    About($"Claim '{claim.Id}'", claim.About);
                }

                foreach (DiscrepancySpec discrepancy in document.Discrepancies)
                {
                    About($"Discrepancy '{discrepancy.Id}'", discrepancy.About);
                }
            }
        }

        private static CorpusSpec Finish(List<DocumentSpec> included, IEnumerable<DocumentSpec> excluded, List<DiagnosticInfo> diagnostics)
        {
            var people = included
                .SelectMany(d => d.People.Select(p => (Document: d, Person: p)))
                .GroupBy(x => x.Person.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedPerson(
                    g.Key,
                    g.First().Person.Name,
                    Spellings(g.Select(x => x.Person.Mentions)),
                    g.SelectMany(x => x.Person.Roles.Select(r => new DocumentCitation(x.Document.Id, r))).ToEquatableArray(),
                    g.SelectMany(x => Sorted(x.Document.Id, x.Person.Mentions)).ToEquatableArray()))
                .ToEquatableArray();

            var entities = included
                .SelectMany(d => d.Entities.Select(e => (Document: d, Entity: e)))
                .GroupBy(x => x.Entity.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedEntity(
                    g.Key,
                    g.First().Entity.Name,
                    g.First().Entity.Kind,
                    Spellings(g.Select(x => x.Entity.Mentions)),
                    g.SelectMany(x => Sorted(x.Document.Id, x.Entity.Mentions)).ToEquatableArray()))
                .ToEquatableArray();

            var personIds = new HashSet<string>(people.Select(p => p.Id), StringComparer.Ordinal);
            var agreements = included
                .SelectMany(d => d.Agreements.Select(a => (Document: d, Agreement: a)))
                .GroupBy(x => x.Agreement.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedAgreement(
                    g.Key,
                    g.First().Agreement.Title,
                    g.First().Agreement.Kind,
                    g.First().Agreement.Status,
                    Union(g.Select(x => x.Agreement.Parties)).Select(id => new MergedParty(id, personIds.Contains(id))).ToEquatableArray(),
                    g.SelectMany(x => Sorted(x.Document.Id, x.Agreement.Mentions)).ToEquatableArray()))
                .ToEquatableArray();

            // A claim's citations are its own in every document that declares it and the words of every figure that
            // states it, also in documents that do not declare it.
            ILookup<string, (DocumentSpec Document, CitationSpec Citation)> byFigures = included
                .SelectMany(d => d.Figures.Where(f => f.Claim is not null).Select(f => (Claim: f.Claim!.Id, Document: d, f.Citation)))
                .ToLookup(x => x.Claim, x => (x.Document, x.Citation), StringComparer.Ordinal);
            var claims = included
                .SelectMany(d => d.Claims.Select(c => (Document: d, Claim: c)))
                .GroupBy(x => x.Claim.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedClaim(
                    g.Key,
                    g.First().Claim.Statement,
                    g.SelectMany(x => x.Claim.Citations.Select(c => (x.Document, Citation: c)))
                        .Concat(byFigures[g.Key])
                        .GroupBy(x => x.Document.Id, StringComparer.Ordinal)
                        .OrderBy(d => d.Key, StringComparer.Ordinal)
                        .SelectMany(d => Sorted(d.Key, d.Select(x => x.Citation)))
                        .ToEquatableArray(),
                    Union(g.Select(x => x.Claim.About)).ToEquatableArray()))
                .ToEquatableArray();

            var discrepancies = new List<MergedDiscrepancy>();
            foreach (var g in included
                .SelectMany(d => d.Discrepancies.Select(x => (Document: d, Discrepancy: x)))
                .GroupBy(x => x.Discrepancy.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                // One side per document (SD0023 otherwise), and the documents are in id order.
                if (g.Count() < 2)
                {
                    var only = g.Single();
                    diagnostics.Add(DiagnosticCatalog.DiscrepancyOneSide.At(only.Discrepancy.Location, $"Discrepancy '{g.Key}' has one side only (document '{only.Document.Id}'); declare the same id with the other side's words in another document, or remove it"));
                    continue;
                }

                discrepancies.Add(new MergedDiscrepancy(
                    g.Key,
                    g.First().Discrepancy.Topic,
                    g.First().Discrepancy.Kind,
                    g.Select(x => new DocumentCitation(x.Document.Id, x.Discrepancy.Side)).ToEquatableArray(),
                    Union(g.Select(x => x.Discrepancy.About)).ToEquatableArray()));
            }

            return new CorpusSpec(
                included.Select(d => d.Id).ToEquatableArray(),
                excluded.Select(d => d.FilePath).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
                people,
                agreements,
                included.SelectMany(d => d.Figures).Select(f => f.Id).ToEquatableArray(),
                included.SelectMany(d => d.Quotes).Select(q => q.Id).ToEquatableArray(),
                entities,
                claims,
                discrepancies.ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        // Mentions may overlap ("Vladimir Putin" and every "Putin"); keep each span once, in text order.
        private static IEnumerable<DocumentCitation> Sorted(string documentId, IEnumerable<CitationSpec> citations) =>
            citations.Distinct().OrderBy(c => c.Offset).ThenBy(c => c.Length).Select(c => new DocumentCitation(documentId, c));

        /// <summary>The distinct words of the mentions, in order of first appearance (documents in id order, then text order).</summary>
        private static EquatableArray<string> Spellings(IEnumerable<EquatableArray<CitationSpec>> mentions) =>
            mentions.SelectMany(m => m.OrderBy(c => c.Offset).Select(c => c.Text)).Distinct(StringComparer.Ordinal).ToEquatableArray();

        /// <summary>The ids of every declaration's list, each once, in order of first appearance.</summary>
        private static IEnumerable<string> Union(IEnumerable<EquatableArray<IdReference>> lists) =>
            lists.SelectMany(list => list.Select(r => r.Id)).Distinct(StringComparer.Ordinal);

        private static void CheckUnique(
            List<DocumentSpec> documents,
            Func<DocumentSpec, IEnumerable<(string Id, LocationInfo Location)>> items,
            string kind,
            List<(string, DiagnosticInfo)> problems)
        {
            var ids = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
            var names = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (DocumentSpec document in documents)
            {
                foreach ((string id, LocationInfo location) in items(document))
                {
                    if (ids.TryGetValue(id, out LocationInfo? first))
                    {
                        problems.Add((document.FilePath, DiagnosticCatalog.DuplicateId.At(location, $"The {kind} id '{id}' is already used in {DocumentParser.FileName(first.FilePath)} (line {first.Line}); {kind} ids must be unique across all documents")));
                        continue;
                    }

                    ids[id] = location;
                    CheckName(document, id, location, kind, names, problems);
                }
            }
        }

        /// <summary>
        /// A record shared by id across documents: every declaration must give the same values (SD0015, reported at
        /// the first value that differs), and ids must give distinct C# names (SD0014).
        /// </summary>
        private static void CheckShared(
            List<DocumentSpec> documents,
            Func<DocumentSpec, IEnumerable<(string Id, LocationInfo Location, EquatableArray<SharedField> Fields)>> items,
            string kind,
            List<(string, DiagnosticInfo)> problems)
        {
            var first = new Dictionary<string, (EquatableArray<SharedField> Fields, LocationInfo Location)>(StringComparer.Ordinal);
            var names = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (DocumentSpec document in documents)
            {
                foreach ((string id, LocationInfo location, EquatableArray<SharedField> fields) in items(document))
                {
                    if (first.TryGetValue(id, out var earlier))
                    {
                        for (int i = 0; i < fields.Count; i++)
                        {
                            if (!string.Equals(earlier.Fields[i].Value, fields[i].Value, StringComparison.Ordinal))
                            {
                                string field = fields[i].Name;
                                problems.Add((document.FilePath, DiagnosticCatalog.ConflictingDeclaration.At(fields[i].Location, $"The {kind} '{id}' is declared with another {field} in {DocumentParser.FileName(earlier.Location.FilePath)} (line {earlier.Location.Line}): '{FieldReader.Shorten(earlier.Fields[i].Value)}'; a shared {kind} has one {field}")));
                                break;
                            }
                        }

                        continue;
                    }

                    first[id] = (fields, location);
                    CheckName(document, id, location, kind, names, problems);
                }
            }
        }

        /// <summary>
        /// People, entities and agreements are named by id alone in 'parties' and 'about', so an id is one kind in the
        /// whole corpus (SD0025, at the later declaration: later document by id, or later in the same file).
        /// </summary>
        private static void CheckOneKindPerId(List<DocumentSpec> documents, List<(string, DiagnosticInfo)> problems)
        {
            var first = new Dictionary<string, (string Kind, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (DocumentSpec document in documents)
            {
                IEnumerable<(string Id, string Kind, LocationInfo Location)> declarations = document.People.Select(p => (p.Id, Kind: "person", p.Location))
                    .Concat(document.Entities.Select(e => (e.Id, Kind: "entity", e.Location)))
                    .Concat(document.Agreements.Select(a => (a.Id, Kind: "agreement", a.Location)))
                    .OrderBy(x => x.Location.Start);
                foreach ((string id, string kind, LocationInfo location) in declarations)
                {
                    if (!first.TryGetValue(id, out var earlier))
                    {
                        first[id] = (kind, location);
                    }
                    else if (earlier.Kind != kind)
                    {
                        problems.Add((document.FilePath, DiagnosticCatalog.IdOfTwoKinds.At(location, $"The id '{id}' is declared as {Article(kind)} here and as {Article(earlier.Kind)} in {DocumentParser.FileName(earlier.Location.FilePath)} (line {earlier.Location.Line}); people, entities and agreements share one set of ids, since 'parties' and 'about' name them by id alone: rename one of them")));
                    }
                }
            }

            static string Article(string kind) => (kind[0] is 'a' or 'e' ? "an " : "a ") + kind;
        }

        private static void CheckName(DocumentSpec document, string id, LocationInfo location, string kind, Dictionary<string, (string Id, LocationInfo Location)> names, List<(string, DiagnosticInfo)> problems)
        {
            string name = Identifiers.MemberName(id);
            if (names.TryGetValue(name, out var other))
            {
                problems.Add((document.FilePath, DiagnosticCatalog.IdentifierCollision.At(location, $"The {kind} ids '{id}' and '{other.Id}' ({DocumentParser.FileName(other.Location.FilePath)}, line {other.Location.Line}) both become the C# name '{name}'; rename one of them")));
            }
            else
            {
                names[name] = (id, location);
            }
        }
    }
}
