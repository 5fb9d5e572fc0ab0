using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// The cross-document step: unique ids and generated names across the corpus, shared people and agreements
    /// merged from every document that declares them, references checked. A document with a problem here is left
    /// out (with its diagnostics) and the others are still generated.
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
                CheckShared(included, d => d.People.Select(p => (p.Id, p.Location, Signature: p.Name, p.NameLocation)), "person", "name", problems);
                CheckShared(included, d => d.Agreements.Select(a => (a.Id, a.Location, Signature: a.Title + " | " + a.Kind + " | " + a.Status, a.Location)), "agreement", "title, kind and status", problems);

                var personIds = new HashSet<string>(included.SelectMany(d => d.People).Select(p => p.Id), StringComparer.Ordinal);
                var agreementIds = new HashSet<string>(included.SelectMany(d => d.Agreements).Select(a => a.Id), StringComparer.Ordinal);
                foreach (DocumentSpec document in included)
                {
                    foreach (QuoteSpec quote in document.Quotes)
                    {
                        if (quote.Speaker is not null && !personIds.Contains(quote.Speaker))
                        {
                            problems.Add((document.FilePath, DiagnosticCatalog.DanglingReference.At(quote.SpeakerLocation, $"Quote '{quote.Id}' names the speaker '{quote.Speaker}', but no document declares a person with that id; declare it under 'people' or fix the id")));
                        }

                        if (quote.Source is not null && !agreementIds.Contains(quote.Source))
                        {
                            problems.Add((document.FilePath, DiagnosticCatalog.DanglingReference.At(quote.SourceLocation, $"Quote '{quote.Id}' names the source '{quote.Source}', but no document declares an agreement with that id; declare it under 'agreements' or fix the id")));
                        }
                    }
                }

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

        private static CorpusSpec Finish(List<DocumentSpec> included, IEnumerable<DocumentSpec> excluded, List<DiagnosticInfo> diagnostics)
        {
            var people = included
                .SelectMany(d => d.People.Select(p => (Document: d, Person: p)))
                .GroupBy(x => x.Person.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedPerson(
                    g.Key,
                    g.First().Person.Name,
                    g.SelectMany(x => x.Person.Mentions.OrderBy(m => m.Offset).Select(m => m.Text)).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    g.SelectMany(x => x.Person.Roles.Select(r => new DocumentCitation(x.Document.Id, r))).ToEquatableArray(),
                    g.SelectMany(x => Sorted(x.Document.Id, x.Person.Mentions)).ToEquatableArray()))
                .ToEquatableArray();

            var agreements = included
                .SelectMany(d => d.Agreements.Select(a => (Document: d, Agreement: a)))
                .GroupBy(x => x.Agreement.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MergedAgreement(
                    g.Key,
                    g.First().Agreement.Title,
                    g.First().Agreement.Kind,
                    g.First().Agreement.Status,
                    g.SelectMany(x => x.Agreement.Parties).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    g.SelectMany(x => Sorted(x.Document.Id, x.Agreement.Mentions)).ToEquatableArray()))
                .ToEquatableArray();

            return new CorpusSpec(
                included.Select(d => d.Id).ToEquatableArray(),
                excluded.Select(d => d.FilePath).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
                people,
                agreements,
                included.SelectMany(d => d.Figures).Select(f => f.Id).ToEquatableArray(),
                included.SelectMany(d => d.Quotes).Select(q => q.Id).ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        // Mentions may overlap ("Vladimir Putin" and every "Putin"); keep each span once, in text order.
        private static IEnumerable<DocumentCitation> Sorted(string documentId, EquatableArray<CitationSpec> citations) =>
            citations.Distinct().OrderBy(c => c.Offset).ThenBy(c => c.Length).Select(c => new DocumentCitation(documentId, c));

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

        private static void CheckShared(
            List<DocumentSpec> documents,
            Func<DocumentSpec, IEnumerable<(string Id, LocationInfo Location, string Signature, LocationInfo SignatureLocation)>> items,
            string kind,
            string what,
            List<(string, DiagnosticInfo)> problems)
        {
            var first = new Dictionary<string, (string Signature, LocationInfo Location)>(StringComparer.Ordinal);
            var names = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (DocumentSpec document in documents)
            {
                foreach ((string id, LocationInfo location, string signature, LocationInfo signatureLocation) in items(document))
                {
                    if (first.TryGetValue(id, out var earlier))
                    {
                        if (!string.Equals(earlier.Signature, signature, StringComparison.Ordinal))
                        {
                            problems.Add((document.FilePath, DiagnosticCatalog.ConflictingDeclaration.At(signatureLocation, $"The {kind} '{id}' is declared with another {what} in {DocumentParser.FileName(earlier.Location.FilePath)} (line {earlier.Location.Line}): '{FieldReader.Shorten(earlier.Signature)}'; a shared {kind} has one {what}")));
                        }

                        continue;
                    }

                    first[id] = (signature, location);
                    CheckName(document, id, location, kind, names, problems);
                }
            }
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
