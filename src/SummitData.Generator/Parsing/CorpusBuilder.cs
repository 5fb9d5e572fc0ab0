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
    /// <remarks>
    /// <para>Leaving a document out can make another one's references dangle, and so on down a chain. The result is
    /// defined in rounds: each round checks the documents still in, and every document with a problem leaves at the end
    /// of the round with all the diagnostics the round found for it. Rather than re-running every check over the
    /// corpus each round, the checks run once over all documents, and later rounds look only at what the departures
    /// can change:</para>
    /// <list type="bullet">
    /// <item>Duplicate ids (SD0010), conflicting declarations (SD0015) and ids of two kinds (SD0025) can only go away
    /// when documents leave: the first round compares every declaration with the first one in the whole corpus and
    /// flags every other, so those that stay all agree with it and with each other.</item>
    /// <item>A reference dangles (SD0011) once the last document declaring its id has left. The number of declarations
    /// still in is kept per kind and id, with, per id, the documents that refer to it; when a count reaches zero, the
    /// documents still in whose reference now resolves to nothing are checked in the next round, each once (it then
    /// leaves).</item>
    /// <item>Two ids of a shared kind that give one C# name (SD0014) are reported at the first declaration of the
    /// later id; when that document leaves, the same id's next declaration is the first one, and it is reported in the
    /// next round. So the ids of each name are kept with their declarations in document order, and a name is looked at
    /// again only after one of its declarations has left.</item>
    /// </list>
    /// <para>Every declaration and every reference is thus handled a bounded number of times: the work is
    /// O(documents + declarations + references), plus sorting each round's findings into the order in which the full
    /// checks report them (O(k log k) for the k findings of a round).</para>
    /// </remarks>
    internal static class CorpusBuilder
    {
        // The kinds a reference can name, as bit numbers: a party is a person or an entity, 'about' any of the first three.
        private const int PersonKind = 0;
        private const int EntityKind = 1;
        private const int AgreementKind = 2;
        private const int ClaimKind = 3;
        private const int PartyKinds = (1 << PersonKind) | (1 << EntityKind);
        private const int AboutKinds = PartyKinds | (1 << AgreementKind);

        public static CorpusSpec Build(IEnumerable<DocumentSpec> input, CancellationToken cancellationToken) =>
            Build(input, cancellationToken, out _);

        /// <summary>The corpus, and how many times a document's references were checked (for tests of the bound).</summary>
        /// <param name="input">The parsed documents, in any order.</param>
        /// <param name="cancellationToken">Cancels between rounds and between documents.</param>
        /// <param name="documentsExamined">
        /// How many times a document's references were checked: every document once, and each document a later
        /// round finds dangling once more.
        /// </param>
        internal static CorpusSpec Build(IEnumerable<DocumentSpec> input, CancellationToken cancellationToken, out int documentsExamined)
        {
            List<DocumentSpec> documents = input
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.FilePath, StringComparer.Ordinal)
                .ToList();
            var diagnostics = new List<DiagnosticInfo>();
            var worklist = new Worklist(documents);

            // The first round: every check over the whole corpus.
            var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
            CheckUnique(documents, d => new[] { (d.Id, d.IdLocation) }, "document", problems);
            CheckUnique(documents, d => d.Figures.Select(f => (f.Id, f.Location)), "figure", problems);
            CheckUnique(documents, d => d.Quotes.Select(q => (q.Id, q.Location)), "quote", problems);
            CheckShared(documents, d => d.People.Select(p => (p.Id, p.Location, p.Shared)), "person", problems);
            CheckShared(documents, d => d.Entities.Select(e => (e.Id, e.Location, e.Shared)), "entity", problems);
            CheckShared(documents, d => d.Agreements.Select(a => (a.Id, a.Location, a.Shared)), "agreement", problems);
            CheckShared(documents, d => d.Claims.Select(c => (c.Id, c.Location, c.Shared)), "claim", problems);
            CheckShared(documents, d => d.Discrepancies.Select(x => (x.Id, x.Location, x.Shared)), "discrepancy", problems);
            CheckOneKindPerId(documents, problems);
            for (int i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                worklist.CheckReferences(i, problems);
            }

            // Later rounds: only what the departures of the round before can change.
            while (worklist.Exclude(problems, diagnostics))
            {
                cancellationToken.ThrowIfCancellationRequested();
                problems = worklist.NextRound(cancellationToken);
            }

            documentsExamined = worklist.DocumentsExamined;
            return Finish(
                documents.Where((_, i) => !worklist.IsExcluded(i)).ToList(),
                documents.Where((_, i) => worklist.IsExcluded(i)),
                diagnostics);
        }

        private static DiagnosticInfo NameCollision(string kind, string id, LocationInfo location, string name, string otherId, LocationInfo otherLocation) =>
            DiagnosticCatalog.IdentifierCollision.At(location, $"The {kind} ids '{id}' and '{otherId}' ({DocumentParser.FileName(otherLocation.FilePath)}, line {otherLocation.Line}) both become the C# name '{name}'; rename one of them");

        /// <summary>What a round needs to know about the documents still in, kept up to date as documents leave.</summary>
        private sealed class Worklist
        {
            private readonly List<DocumentSpec> _documents;
            private readonly bool[] _excluded;
            private readonly HashSet<string> _excludedPaths = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<int>> _byPath = new(StringComparer.Ordinal);

            // Per kind (person, entity, agreement, claim): how many declarations of each id documents still in make.
            private readonly Dictionary<string, int>[] _declarations =
            {
                new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
            };

            // Per id: the documents that refer to it, each with the kinds that reference accepts.
            private readonly Dictionary<string, List<(int Document, int Kinds)>> _referrers = new(StringComparer.Ordinal);
            private readonly bool[] _dangling;
            private readonly List<int> _toExamine = new();
            private readonly SharedNames[] _names;
            private List<int> _departed = new();

            public Worklist(List<DocumentSpec> documents)
            {
                _documents = documents;
                _excluded = new bool[documents.Count];
                _dangling = new bool[documents.Count];
                _names = new[]
                {
                    new SharedNames("person", d => d.People.Select(p => (p.Id, p.Location))),
                    new SharedNames("entity", d => d.Entities.Select(e => (e.Id, e.Location))),
                    new SharedNames("agreement", d => d.Agreements.Select(a => (a.Id, a.Location))),
                    new SharedNames("claim", d => d.Claims.Select(c => (c.Id, c.Location))),
                    new SharedNames("discrepancy", d => d.Discrepancies.Select(x => (x.Id, x.Location))),
                };

                for (int i = 0; i < documents.Count; i++)
                {
                    DocumentSpec document = documents[i];
                    if (!_byPath.TryGetValue(document.FilePath, out List<int>? same))
                    {
                        _byPath[document.FilePath] = same = new List<int>();
                    }

                    same.Add(i);
                    foreach ((int kind, string id) in Declarations(document))
                    {
                        _declarations[kind].TryGetValue(id, out int count);
                        _declarations[kind][id] = count + 1;
                    }

                    foreach ((string id, int kinds) in References(document))
                    {
                        if (!_referrers.TryGetValue(id, out List<(int Document, int Kinds)>? referrers))
                        {
                            _referrers[id] = referrers = new List<(int Document, int Kinds)>();
                        }

                        referrers.Add((i, kinds));
                    }

                    foreach (SharedNames names in _names)
                    {
                        names.Add(document, i);
                    }
                }
            }

            public int DocumentsExamined { get; private set; }

            public bool IsExcluded(int document) => _excluded[document];

            /// <summary>
            /// Records a round's diagnostics and leaves out the files they are in (every document of such a file: the
            /// checks exclude by path); false when the round found nothing, which ends the step.
            /// </summary>
            public bool Exclude(List<(string Path, DiagnosticInfo Diagnostic)> problems, List<DiagnosticInfo> diagnostics)
            {
                _departed = new List<int>();
                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    diagnostics.Add(diagnostic);
                    if (_excludedPaths.Add(path))
                    {
                        foreach (int document in _byPath[path])
                        {
                            _excluded[document] = true;
                            _departed.Add(document);
                        }
                    }
                }

                return problems.Count > 0;
            }

            /// <summary>
            /// The problems of the next round: names the departures hand to another id (SD0014), then references they
            /// leave dangling (SD0011), each in the order in which the full checks report them.
            /// </summary>
            public List<(string Path, DiagnosticInfo Diagnostic)> NextRound(CancellationToken cancellationToken)
            {
                // Every departure of the round counts before any document is looked at: a round sees the corpus as the
                // round before left it.
                foreach (int document in _departed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach ((int kind, string id) in Declarations(_documents[document]))
                    {
                        int left = _declarations[kind][id] - 1;
                        _declarations[kind][id] = left;
                        if (left > 0 || !_referrers.TryGetValue(id, out List<(int Document, int Kinds)>? referrers))
                        {
                            continue;
                        }

                        // Only a referrer with nothing left to name is queued, so each is examined once more at most.
                        foreach ((int referrer, int kinds) in referrers)
                        {
                            if ((kinds & (1 << kind)) != 0 && !_excluded[referrer] && !_dangling[referrer] && !Declared(id, kinds))
                            {
                                _dangling[referrer] = true;
                                _toExamine.Add(referrer);
                            }
                        }
                    }

                    foreach (SharedNames names in _names)
                    {
                        names.Departed(_documents[document]);
                    }
                }

                var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
                foreach (SharedNames names in _names)
                {
                    names.CheckChanged(_documents, _excluded, problems);
                }

                _toExamine.Sort();
                foreach (int document in _toExamine)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    CheckReferences(document, problems);
                }

                _toExamine.Clear();
                return problems;
            }

            /// <summary>The references of a document that name no declaration still in (SD0011), in the document's order.</summary>
            public void CheckReferences(int index, List<(string Path, DiagnosticInfo Diagnostic)> problems)
            {
                DocumentsExamined++;
                DocumentSpec document = _documents[index];
                void Dangling(LocationInfo? location, string message) =>
                    problems.Add((document.FilePath, DiagnosticCatalog.DanglingReference.At(location, message)));

                void About(string what, EquatableArray<IdReference> about)
                {
                    foreach (IdReference reference in about)
                    {
                        if (!Declared(reference.Id, AboutKinds))
                        {
                            Dangling(reference.Location, $"{what} is about '{reference.Id}', but no document declares a person, entity or agreement with that id; declare it under 'people', 'entities' or 'agreements' or fix the id");
                        }
                    }
                }

                foreach (QuoteSpec quote in document.Quotes)
                {
                    if (quote.Speaker is not null && !Declared(quote.Speaker, 1 << PersonKind))
                    {
                        Dangling(quote.SpeakerLocation, $"Quote '{quote.Id}' names the speaker '{quote.Speaker}', but no document declares a person with that id; declare it under 'people' or fix the id");
                    }

                    if (quote.Source is not null && !Declared(quote.Source, 1 << AgreementKind))
                    {
                        Dangling(quote.SourceLocation, $"Quote '{quote.Id}' names the source '{quote.Source}', but no document declares an agreement with that id; declare it under 'agreements' or fix the id");
                    }
                }

                foreach (AgreementSpec agreement in document.Agreements)
                {
                    foreach (IdReference party in agreement.Parties)
                    {
                        if (!Declared(party.Id, PartyKinds))
                        {
                            Dangling(party.Location, $"Agreement '{agreement.Id}' names the party '{party.Id}', but no document declares a person or entity with that id; declare it under 'people' or 'entities' or fix the id");
                        }
                    }
                }

                foreach (FigureSpec figure in document.Figures)
                {
                    if (figure.Claim is { } claim && !Declared(claim.Id, 1 << ClaimKind))
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

            private static IEnumerable<(int Kind, string Id)> Declarations(DocumentSpec document) =>
                document.People.Select(p => (PersonKind, p.Id))
                    .Concat(document.Entities.Select(e => (EntityKind, e.Id)))
                    .Concat(document.Agreements.Select(a => (AgreementKind, a.Id)))
                    .Concat(document.Claims.Select(c => (ClaimKind, c.Id)));

            private static IEnumerable<(string Id, int Kinds)> References(DocumentSpec document) =>
                document.Quotes.Where(q => q.Speaker is not null).Select(q => (q.Speaker!, 1 << PersonKind))
                    .Concat(document.Quotes.Where(q => q.Source is not null).Select(q => (q.Source!, 1 << AgreementKind)))
                    .Concat(document.Agreements.SelectMany(a => a.Parties).Select(p => (p.Id, PartyKinds)))
                    .Concat(document.Figures.Where(f => f.Claim is not null).Select(f => (f.Claim!.Id, 1 << ClaimKind)))
                    .Concat(document.Claims.SelectMany(c => c.About).Concat(document.Discrepancies.SelectMany(x => x.About)).Select(r => (r.Id, AboutKinds)));

            /// <summary>Whether a document still in declares the id as one of these kinds.</summary>
            private bool Declared(string id, int kinds)
            {
                for (int kind = PersonKind; kind <= ClaimKind; kind++)
                {
                    if ((kinds & (1 << kind)) != 0 && _declarations[kind].TryGetValue(id, out int count) && count > 0)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// The C# names of one shared kind: per name, the ids that give it, each with its declarations in document
        /// order and a pointer to the first one still in. The first round's <see cref="CheckShared"/> reports the
        /// collisions of the whole corpus; this finds those that a departure brings up.
        /// </summary>
        private sealed class SharedNames
        {
            private readonly string _kind;
            private readonly Func<DocumentSpec, IEnumerable<(string Id, LocationInfo Location)>> _items;
            private readonly Dictionary<string, List<(int Document, int Item, LocationInfo Location)>> _declarations = new(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _nameOf = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<string>> _idsOf = new(StringComparer.Ordinal);
            private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

            public SharedNames(string kind, Func<DocumentSpec, IEnumerable<(string Id, LocationInfo Location)>> items)
            {
                _kind = kind;
                _items = items;
            }

            public void Add(DocumentSpec document, int index)
            {
                int item = 0;
                foreach ((string id, LocationInfo location) in _items(document))
                {
                    if (!_declarations.TryGetValue(id, out List<(int Document, int Item, LocationInfo Location)>? declarations))
                    {
                        _declarations[id] = declarations = new List<(int Document, int Item, LocationInfo Location)>();
                        _first[id] = 0;
                        string name = Identifiers.MemberName(id);
                        _nameOf[id] = name;
                        if (!_idsOf.TryGetValue(name, out List<string>? ids))
                        {
                            _idsOf[name] = ids = new List<string>();
                        }

                        ids.Add(id);
                    }

                    declarations.Add((index, item++, location));
                }
            }

            public void Departed(DocumentSpec document)
            {
                foreach ((string id, LocationInfo _) in _items(document))
                {
                    _changed.Add(_nameOf[id]);
                }
            }

            /// <summary>
            /// For each name that lost a declaration: the id whose first declaration still in comes first keeps the name,
            /// and every other id with a declaration still in is reported at its first one, as the full check would.
            /// </summary>
            public void CheckChanged(List<DocumentSpec> documents, bool[] excluded, List<(string Path, DiagnosticInfo Diagnostic)> problems)
            {
                var found = new List<(int Document, int Item, string Path, DiagnosticInfo Diagnostic)>();
                foreach (string name in _changed)
                {
                    // An id with no declaration left drops out for good, so each name's list only shrinks; every other id
                    // but the keeper is reported and its document leaves, so a look costs what leaves, plus one.
                    List<string> ids = _idsOf[name];
                    int live = 0;
                    string? keeper = null;
                    (int Document, int Item, LocationInfo Location) kept = (int.MaxValue, int.MaxValue, null!);
                    for (int i = 0; i < ids.Count; i++)
                    {
                        string id = ids[i];
                        List<(int Document, int Item, LocationInfo Location)> declarations = _declarations[id];
                        int first = _first[id];
                        while (first < declarations.Count && excluded[declarations[first].Document])
                        {
                            first++;
                        }

                        _first[id] = first;
                        if (first == declarations.Count)
                        {
                            continue;
                        }

                        ids[live++] = id;
                        (int Document, int Item, LocationInfo Location) declaration = declarations[first];
                        if (declaration.Document < kept.Document || (declaration.Document == kept.Document && declaration.Item < kept.Item))
                        {
                            keeper = id;
                            kept = declaration;
                        }
                    }

                    ids.RemoveRange(live, ids.Count - live);
                    foreach (string id in ids)
                    {
                        if (!string.Equals(id, keeper, StringComparison.Ordinal))
                        {
                            (int Document, int Item, LocationInfo Location) declaration = _declarations[id][_first[id]];
                            found.Add((declaration.Document, declaration.Item, documents[declaration.Document].FilePath, NameCollision(_kind, id, declaration.Location, name, keeper!, kept.Location)));
                        }
                    }
                }

                _changed.Clear();
                problems.AddRange(found.OrderBy(f => f.Document).ThenBy(f => f.Item).Select(f => (f.Path, f.Diagnostic)));
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
                problems.Add((document.FilePath, NameCollision(kind, id, location, name, other.Id, other.Location)));
            }
            else
            {
                names[name] = (id, location);
            }
        }
    }
}
