using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// The cross-document step: unique ids and generated names across the corpus, shared records merged from every
    /// document that declares them, references checked. A document with a problem here is left out (with its
    /// diagnostics) and the others are still generated. Every kind goes through the same code, driven by its description.
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
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static CorpusResult Build(IEnumerable<SitedDocument> input, CancellationToken cancellationToken) =>
            Build(input, cancellationToken, out _);

        /// <summary>The corpus, and how many times a document's references were checked (for tests of the bound).</summary>
        /// <param name="input">The parsed documents, in any order.</param>
        /// <param name="cancellationToken">Cancels between rounds and between documents.</param>
        /// <param name="documentsExamined">
        /// How many times a document's references were checked: every document once, and each document a later
        /// round finds dangling once more.
        /// </param>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static CorpusResult Build(IEnumerable<SitedDocument> input, CancellationToken cancellationToken, out int documentsExamined) =>
            Build(input, merge: true, cancellationToken, out documentsExamined);

        /// <summary>
        /// The corpus, or with <paramref name="merge"/> false only the verdict: the diagnostics and the documents left out,
        /// with no shared record merged (their lists are empty). The checks read the documents' sites alone then, so
        /// the documents' records may be left out of the input (as the streaming loader does, which merges the shared
        /// records itself from the documents read again: <see cref="MergeDeclarations"/>).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static CorpusResult Build(IEnumerable<SitedDocument> input, bool merge, CancellationToken cancellationToken, out int documentsExamined)
        {
            List<SitedDocument> documents = Ordered(input);
            var diagnostics = new List<DiagnosticInfo>();
            var worklist = new Worklist(documents);

            // The first round: every check over the whole corpus.
            List<(string Path, DiagnosticInfo Diagnostic)> problems = FirstRoundChecks(documents);
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
            List<SitedDocument> included = documents.Where((_, i) => !worklist.IsExcluded(i)).ToList();
            var excluded = new HashSet<string>(documents.Where((_, i) => worklist.IsExcluded(i)).Select(d => d.Document.FilePath), StringComparer.Ordinal);
            return Finish(included, excluded, diagnostics, merge);
        }

        /// <summary>The documents in the order every check reads them: by id, then by file path.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static List<SitedDocument> Ordered(IEnumerable<SitedDocument> input) => input
            .OrderBy(d => d.Document.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Document.FilePath, StringComparer.Ordinal)
            .ToList();

        /// <summary>The checks of ids, shared values, kinds and names over some documents, in the order they report.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static List<(string Path, DiagnosticInfo Diagnostic)> FirstRoundChecks(List<SitedDocument> documents)
        {
            var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
            CheckUnique(documents, d => new[] { (d.Document.Id, d.Sites.IdLocation) }, "document", problems);
            foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => !k.IsShared))
            {
                CheckUnique(documents, d => Sites(d, kind).Select(s => (s.Id, s.Location)), kind.Singular, problems);
            }

            foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => k.IsShared))
            {
                CheckShared(documents, kind, problems);
            }

            CheckOneKindPerId(documents, problems);
            return problems;
        }

        /// <summary>
        /// The references of a document that name no declaration of their kinds (SD0011), in the document's order.
        /// <paramref name="declared"/> says whether an id is declared as one of some kinds by a document still in.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static void CheckReferences(SitedDocument document, Func<string, string[], bool> declared, List<(string Path, DiagnosticInfo Diagnostic)> problems)
        {
            foreach (RecordSite site in document.Sites.Records)
            {
                KindDescription kind = Kinds.Kinds.Of(site.Kind);
                foreach (ReferenceSite reference in site.References)
                {
                    FieldDescription field = kind.Field(reference.Field);
                    if (!declared(reference.Reference.Id, field.Targets))
                    {
                        List<KindDescription> targets = field.Targets.Select(Kinds.Kinds.Of).ToList();
                        problems.Add((document.Document.FilePath, DiagnosticCatalog.DanglingReference.At(
                            reference.Reference.Location,
                            Capitalized(kind.Singular),
                            site.Id,
                            field.Verb ?? "names",
                            reference.Reference.Id,
                            $"{Article(targets[0].Singular)} {Or(targets.Select(t => t.Singular).ToList())}",
                            Or(targets.Select(t => "'" + t.Section + "'").ToList()))));
                    }
                }
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static IEnumerable<RecordSite> Sites(SitedDocument document, KindDescription kind) =>
            document.Sites.Records.Where(s => s.Kind == kind.Section);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static DiagnosticInfo NameCollision(string kind, string id, LocationInfo location, string name, string otherId, LocationInfo otherLocation) =>
            DiagnosticCatalog.IdentifierCollision.At(location, kind, id, otherId, DocumentParser.FileName(otherLocation.FilePath), DiagnosticCatalog.Int(otherLocation.Line), name);

        /// <summary>What a round needs to know about the documents still in, kept up to date as documents leave.</summary>
        private sealed class Worklist
        {
            private readonly List<SitedDocument> _documents;
            private readonly bool[] _excluded;
            private readonly HashSet<string> _excludedPaths = new(StringComparer.Ordinal);

            // Per shared kind and id: how many declarations documents still in make.
            private readonly Dictionary<(string Kind, string Id), int> _declarations = new();
            private readonly bool[] _dangling;
            private readonly List<int> _toExamine = new();
            private List<int> _departed = new();

            // What only later rounds read, built when the first round finds a problem (a corpus without one, the usual
            // case, never needs them): the documents of each path; per id, the documents that refer to it, each with
            // the kinds that reference accepts; the C# names of each shared kind.
            private Dictionary<string, List<int>>? _byPath;
            private Dictionary<string, List<(int Document, string[] Kinds)>>? _referrers;
            private SharedNames[]? _names;

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public Worklist(List<SitedDocument> documents)
            {
                _documents = documents;
                _excluded = new bool[documents.Count];
                _dangling = new bool[documents.Count];
                foreach (SitedDocument document in documents)
                {
                    foreach ((string kind, string id) in Declarations(document))
                    {
                        _declarations.TryGetValue((kind, id), out int count);
                        _declarations[(kind, id)] = count + 1;
                    }
                }
            }

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            private void IndexForLaterRounds()
            {
                if (_byPath is not null)
                {
                    return;
                }

                _byPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                _referrers = new Dictionary<string, List<(int Document, string[] Kinds)>>(StringComparer.Ordinal);
                _names = Kinds.Kinds.Lists.Where(k => k.IsShared).Select(k => new SharedNames(k)).ToArray();
                for (int i = 0; i < _documents.Count; i++)
                {
                    SitedDocument document = _documents[i];
                    if (!_byPath.TryGetValue(document.Document.FilePath, out List<int>? same))
                    {
                        _byPath[document.Document.FilePath] = same = new List<int>();
                    }

                    same.Add(i);
                    foreach (RecordSite site in document.Sites.Records)
                    {
                        KindDescription kind = Kinds.Kinds.Of(site.Kind);
                        foreach (ReferenceSite reference in site.References)
                        {
                            if (!_referrers.TryGetValue(reference.Reference.Id, out List<(int Document, string[] Kinds)>? referrers))
                            {
                                _referrers[reference.Reference.Id] = referrers = new List<(int Document, string[] Kinds)>();
                            }

                            referrers.Add((i, kind.Field(reference.Field).Targets));
                        }
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
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public bool Exclude(List<(string Path, DiagnosticInfo Diagnostic)> problems, List<DiagnosticInfo> diagnostics)
            {
                _departed = new List<int>();
                if (problems.Count > 0)
                {
                    IndexForLaterRounds();
                }

                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    diagnostics.Add(diagnostic);
                    if (_excludedPaths.Add(path))
                    {
                        foreach (int document in _byPath![path])
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
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public List<(string Path, DiagnosticInfo Diagnostic)> NextRound(CancellationToken cancellationToken)
            {
                // Every departure of the round counts before any document is looked at: a round sees the corpus as the
                // round before left it.
                foreach (int document in _departed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach ((string kind, string id) in Declarations(_documents[document]))
                    {
                        int left = _declarations[(kind, id)] - 1;
                        _declarations[(kind, id)] = left;
                        if (left > 0 || !_referrers!.TryGetValue(id, out List<(int Document, string[] Kinds)>? referrers))
                        {
                            continue;
                        }

                        // Only a referrer with nothing left to name is queued, so each is examined once more at most.
                        foreach ((int referrer, string[] kinds) in referrers)
                        {
                            if (Array.IndexOf(kinds, kind) >= 0 && !_excluded[referrer] && !_dangling[referrer] && !Declared(id, kinds))
                            {
                                _dangling[referrer] = true;
                                _toExamine.Add(referrer);
                            }
                        }
                    }

                    foreach (SharedNames names in _names!)
                    {
                        names.Departed(_documents[document]);
                    }
                }

                var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
                foreach (SharedNames names in _names!)
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

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void CheckReferences(int index, List<(string Path, DiagnosticInfo Diagnostic)> problems)
            {
                DocumentsExamined++;
                CorpusBuilder.CheckReferences(_documents[index], Declared, problems);
            }

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            private static IEnumerable<(string Kind, string Id)> Declarations(SitedDocument document) =>
                document.Sites.Records.Where(s => Kinds.Kinds.Of(s.Kind).IsShared).Select(s => (s.Kind, s.Id));

            /// <summary>Whether a document still in declares the id as one of these kinds.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            private bool Declared(string id, string[] kinds)
            {
                foreach (string kind in kinds)
                {
                    if (_declarations.TryGetValue((kind, id), out int count) && count > 0)
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
            private readonly KindDescription _kind;
            private readonly Dictionary<string, List<(int Document, int Item, LocationInfo Location)>> _declarations = new(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _nameOf = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<string>> _idsOf = new(StringComparer.Ordinal);
            private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

            public SharedNames(KindDescription kind) => _kind = kind;

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Add(SitedDocument document, int index)
            {
                int item = 0;
                foreach (RecordSite site in Sites(document, _kind))
                {
                    if (!_declarations.TryGetValue(site.Id, out List<(int Document, int Item, LocationInfo Location)>? declarations))
                    {
                        _declarations[site.Id] = declarations = new List<(int Document, int Item, LocationInfo Location)>();
                        _first[site.Id] = 0;
                        string name = Identifiers.MemberName(site.Id);
                        _nameOf[site.Id] = name;
                        if (!_idsOf.TryGetValue(name, out List<string>? ids))
                        {
                            _idsOf[name] = ids = new List<string>();
                        }

                        ids.Add(site.Id);
                    }

                    declarations.Add((index, item++, site.Location));
                }
            }

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Departed(SitedDocument document)
            {
                foreach (RecordSite site in Sites(document, _kind))
                {
                    _changed.Add(_nameOf[site.Id]);
                }
            }

            /// <summary>
            /// For each name that lost a declaration: the id whose first declaration still in comes first keeps the name,
            /// and every other id with a declaration still in is reported at its first one, as the full check would.
            /// </summary>
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void CheckChanged(List<SitedDocument> documents, bool[] excluded, List<(string Path, DiagnosticInfo Diagnostic)> problems)
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
                            found.Add((declaration.Document, declaration.Item, documents[declaration.Document].Document.FilePath, NameCollision(_kind.Singular, id, declaration.Location, name, keeper!, kept.Location)));
                        }
                    }
                }

                _changed.Clear();
                problems.AddRange(found.OrderBy(f => f.Document).ThenBy(f => f.Item).Select(f => (f.Path, f.Diagnostic)));
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static CorpusResult Finish(List<SitedDocument> included, HashSet<string> excluded, List<DiagnosticInfo> diagnostics, bool merge)
        {
            var shared = new List<KindRecords>();
            var counts = new List<KindCount> { new(Kinds.Kinds.Documents.Section, included.Count) };
            foreach (KindDescription kind in Kinds.Kinds.Lists)
            {
                if (!kind.IsShared)
                {
                    counts.Add(new KindCount(kind.Section, included.Sum(d => d.Document.Of(kind.Section).Count)));
                    continue;
                }

                EquatableArray<RecordSpec> merged = merge ? Merge(kind, included, diagnostics) : CheckDeclarationCounts(kind, included, diagnostics);
                shared.Add(new KindRecords(kind.Section, merged));
                counts.Add(new KindCount(kind.Section, merged.Count));
            }

            var corpus = new CorpusSpec(
                included.Select(d => d.Document.Id).ToEquatableArray(),
                excluded.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
                shared.ToEquatableArray(),
                counts.ToEquatableArray());
            return new CorpusResult(corpus, diagnostics.ToEquatableArray());
        }

        /// <summary>The records of a shared kind merged by id, ordered by id, each field by its merge rule.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static EquatableArray<RecordSpec> Merge(KindDescription kind, List<SitedDocument> included, List<DiagnosticInfo> diagnostics)
        {
            Dictionary<(string Field, string Id), List<CitationSpec>> added = AddedCitations(kind, included.Select(d => d.Document));
            var result = new List<RecordSpec>();
            var declarations = included
                .SelectMany(d => d.Document.Of(kind.Section).Select(r => (Document: d, Record: r)))
                .GroupBy(x => x.Record.Id, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in declarations)
            {
                var all = group.ToList();
                if (all.Count < kind.MinDeclarations)
                {
                    var only = all[0];
                    RecordSite site = only.Document.Sites.Records.First(s => s.Kind == kind.Section && s.Id == group.Key);
                    diagnostics.Add(DiagnosticCatalog.DiscrepancyOneSide.At(site.Location, group.Key, only.Document.Document.Id));
                    continue;
                }

                result.Add(MergeDeclarations(kind, group.Key, all.Select(x => x.Record).ToList(), added));
            }

            return result.ToEquatableArray();
        }

        /// <summary>
        /// What <see cref="Merge"/> reports without merging: the ids of a shared kind declared fewer times than the kind
        /// needs (SD0024), by id, at the first declaration, read from the sites; no record.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static EquatableArray<RecordSpec> CheckDeclarationCounts(KindDescription kind, List<SitedDocument> included, List<DiagnosticInfo> diagnostics)
        {
            var declarations = new Dictionary<string, (int Count, SitedDocument First, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (SitedDocument document in included)
            {
                foreach (RecordSite site in Sites(document, kind))
                {
                    declarations[site.Id] = declarations.TryGetValue(site.Id, out var earlier)
                        ? (earlier.Count + 1, earlier.First, earlier.Location)
                        : (1, document, site.Location);
                }
            }

            foreach (KeyValuePair<string, (int Count, SitedDocument First, LocationInfo Location)> id in declarations.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                if (id.Value.Count < kind.MinDeclarations)
                {
                    diagnostics.Add(DiagnosticCatalog.DiscrepancyOneSide.At(id.Value.Location, id.Key, id.Value.First.Document.Id));
                }
            }

            return EquatableArray<RecordSpec>.Empty;
        }

        /// <summary>
        /// Words other kinds add to a shared kind's records, by field and id: a figure's words become a citation of the
        /// claim it states.
        /// </summary>
        /// <param name="kind">The shared kind.</param>
        /// <param name="included">The documents whose records add words, in the order of <see cref="Ordered"/>.</param>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static Dictionary<(string Field, string Id), List<CitationSpec>> AddedCitations(KindDescription kind, IEnumerable<DocumentSpec> included)
        {
            var added = new Dictionary<(string Field, string Id), List<CitationSpec>>();
            foreach (KindDescription other in Kinds.Kinds.Lists)
            {
                foreach (FieldDescription field in other.Fields.Where(f => f.AddsCitationTo is not null && f.Targets.Contains(kind.Section)))
                {
                    int reference = other.IndexOf(field.Name);
                    int from = other.IndexOf(field.CitationFrom!);
                    foreach (RecordSpec record in included.SelectMany(d => d.Of(other.Section)))
                    {
                        if (record.Values[reference].Text is { } id)
                        {
                            if (!added.TryGetValue((field.AddsCitationTo!, id), out List<CitationSpec>? list))
                            {
                                added[(field.AddsCitationTo!, id)] = list = new List<CitationSpec>();
                            }

                            list.AddRange(record.Values[from].Citations);
                        }
                    }
                }
            }

            return added;
        }

        /// <summary>
        /// One shared record merged from its declarations, each field by its merge rule.
        /// </summary>
        /// <param name="kind">The shared kind.</param>
        /// <param name="id">The record's id.</param>
        /// <param name="all">Every declaration of the id by the documents kept, in the order of <see cref="Ordered"/>, then as each document gives them.</param>
        /// <param name="added">The words other kinds add (<see cref="AddedCitations"/>), from at least the documents that name this id.</param>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static RecordSpec MergeDeclarations(KindDescription kind, string id, IReadOnlyList<RecordSpec> all, Dictionary<(string Field, string Id), List<CitationSpec>> added)
        {
            // Loops rather than queries: a shared record of a large corpus has a declaration in every document, and this
            // runs for each (a query built per field and per declaration cost more than the merge itself).
            var values = new FieldValue[kind.StoredFields.Count];
            for (int i = 0; i < values.Length; i++)
            {
                FieldDescription field = kind.StoredFields[i];
                switch (field.Merge)
                {
                    case MergeRule.Agree:
                        // Declarations that give the value agree on it (SD0015); one that leaves it out takes it from the others.
                        values[i] = all[0].Values[i];
                        foreach (RecordSpec declaration in all)
                        {
                            if (declaration.Values[i].Text is not null)
                            {
                                values[i] = declaration.Values[i];
                                break;
                            }
                        }

                        break;
                    case MergeRule.Union:
                        var texts = new DistinctTexts();
                        foreach (RecordSpec declaration in all)
                        {
                            foreach (string text in declaration.Values[i].Texts)
                            {
                                texts.Add(text);
                            }
                        }

                        values[i] = texts.Value();
                        break;
                    case MergeRule.Concat:
                    case MergeRule.OnePerDocument:
                        var citations = ImmutableArray.CreateBuilder<CitationSpec>();
                        foreach (RecordSpec declaration in all)
                        {
                            citations.AddRange(declaration.Values[i].Citations.AsImmutableArray());
                        }

                        values[i] = FieldValue.Of(citations.ToImmutable());
                        break;
                    case MergeRule.Sorted:
                        added.TryGetValue((field.Name, id), out List<CitationSpec>? more);
                        values[i] = FieldValue.Of(Sorted(all, i, more));
                        break;
                    case MergeRule.Derived:
                        // Read from the declarations' own words below, once every other field is merged.
                        break;
                    default:
                        values[i] = all[0].Values[i];
                        break;
                }
            }

            // Derived fields read the declarations' own words, each declaration in text order.
            for (int i = 0; i < values.Length; i++)
            {
                FieldDescription field = kind.StoredFields[i];
                if (field.Merge == MergeRule.Derived)
                {
                    int from = kind.IndexOf(field.DerivedFrom!);
                    var texts = new DistinctTexts();
                    foreach (RecordSpec declaration in all)
                    {
                        foreach (CitationSpec citation in InTextOrder(declaration.Values[from].Citations, byLength: false))
                        {
                            texts.Add(citation.Text);
                        }
                    }

                    values[i] = texts.Value();
                }
            }

            return new RecordSpec(kind.Section, id, null, values.ToEquatableArray());
        }

        // Citations by document id, then in text order, each span once: mentions overlap ("Vladimir Putin" and every "Putin").
        // The order is that of GroupBy, OrderBy by document id, Distinct, then a stable order by offset and length.
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static ImmutableArray<CitationSpec> Sorted(IReadOnlyList<RecordSpec> all, int field, List<CitationSpec>? more)
        {
            var byDocument = new Dictionary<string, List<CitationSpec>>(StringComparer.Ordinal);
            var seen = new HashSet<CitationSpec>();
            void Add(CitationSpec citation)
            {
                if (!seen.Add(citation))
                {
                    return;
                }

                if (!byDocument.TryGetValue(citation.DocumentId, out List<CitationSpec>? list))
                {
                    byDocument[citation.DocumentId] = list = new List<CitationSpec>();
                }

                list.Add(citation);
            }

            foreach (RecordSpec declaration in all)
            {
                foreach (CitationSpec citation in declaration.Values[field].Citations)
                {
                    Add(citation);
                }
            }

            if (more is not null)
            {
                foreach (CitationSpec citation in more)
                {
                    Add(citation);
                }
            }

            var documents = new string[byDocument.Count];
            byDocument.Keys.CopyTo(documents, 0);
            Array.Sort(documents, StringComparer.Ordinal);
            var sorted = ImmutableArray.CreateBuilder<CitationSpec>(seen.Count);
            foreach (string document in documents)
            {
                sorted.AddRange(InTextOrder(byDocument[document], byLength: true));
            }

            return sorted.MoveToImmutable();
        }

        /// <summary>The citations by offset (then length, where asked), in their given order where equal: a stable sort.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static CitationSpec[] InTextOrder(IReadOnlyList<CitationSpec> citations, bool byLength)
        {
            var keys = new (int Offset, int Length, int Index)[citations.Count];
            var items = new CitationSpec[citations.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = citations[i];
                keys[i] = (citations[i].Offset, byLength ? citations[i].Length : 0, i);
            }

            Array.Sort(keys, items);
            return items;
        }

        /// <summary>Texts in order of first appearance, each once (ordinal), as a list value.</summary>
        private struct DistinctTexts
        {
            private HashSet<string>? _seen;
            private ImmutableArray<string>.Builder? _texts;

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Add(string text)
            {
                _seen ??= new HashSet<string>(StringComparer.Ordinal);
                _texts ??= ImmutableArray.CreateBuilder<string>();
                if (_seen.Add(text))
                {
                    _texts.Add(text);
                }
            }

            public FieldValue Value() => FieldValue.Of(_texts is null ? ImmutableArray<string>.Empty : _texts.ToImmutable());
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static void CheckUnique(
            List<SitedDocument> documents,
            Func<SitedDocument, IEnumerable<(string Id, LocationInfo Location)>> items,
            string kind,
            List<(string, DiagnosticInfo)> problems)
        {
            var ids = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
            var names = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (SitedDocument document in documents)
            {
                foreach ((string id, LocationInfo location) in items(document))
                {
                    if (ids.TryGetValue(id, out LocationInfo? first))
                    {
                        problems.Add((document.Document.FilePath, DiagnosticCatalog.DuplicateId.At(location, kind, id, $"in {DocumentParser.FileName(first.FilePath)} (line {first.Line})", $"{kind} ids must be unique across all documents")));
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
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static void CheckShared(List<SitedDocument> documents, KindDescription kind, List<(string, DiagnosticInfo)> problems)
        {
            var first = new Dictionary<string, (EquatableArray<SharedField> Fields, LocationInfo Location)>(StringComparer.Ordinal);
            var names = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
            foreach (SitedDocument document in documents)
            {
                foreach (RecordSite site in document.Sites.Records.Where(s => s.Kind == kind.Section))
                {
                    if (first.TryGetValue(site.Id, out var earlier))
                    {
                        for (int i = 0; i < site.Shared.Count && i < earlier.Fields.Count; i++)
                        {
                            if (!string.Equals(earlier.Fields[i].Value, site.Shared[i].Value, StringComparison.Ordinal))
                            {
                                string field = site.Shared[i].Name;
                                string hint = kind.Field(field).ConflictHint is { } more ? "; " + more : string.Empty;
                                problems.Add((document.Document.FilePath, DiagnosticCatalog.ConflictingDeclaration.At(site.Shared[i].Location, kind.Singular, site.Id, field, DocumentParser.FileName(earlier.Location.FilePath), DiagnosticCatalog.Int(earlier.Location.Line), FieldReader.Shorten(earlier.Fields[i].Value), hint)));
                                break;
                            }
                        }

                        continue;
                    }

                    first[site.Id] = (site.Shared, site.Location);
                    CheckName(document, site.Id, site.Location, kind.Singular, names, problems);
                }
            }
        }

        /// <summary>
        /// Kinds named by id alone in references to several kinds ('parties', 'about') share one set of ids (SD0025, at the
        /// later declaration: later document by id, or later in the same file).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static void CheckOneKindPerId(List<SitedDocument> documents, List<(string, DiagnosticInfo)> problems)
        {
            foreach (IGrouping<string, KindDescription> space in Kinds.Kinds.Lists.Where(k => k.IdSpace is not null).GroupBy(k => k.IdSpace!))
            {
                var sections = new HashSet<string>(space.Select(k => k.Section), StringComparer.Ordinal);
                string together = And(space.Select(k => k.Section).ToList());
                var first = new Dictionary<string, (string Kind, LocationInfo Location)>(StringComparer.Ordinal);
                foreach (SitedDocument document in documents)
                {
                    foreach (RecordSite site in document.Sites.Records.Where(s => sections.Contains(s.Kind)).OrderBy(s => s.Location.Start))
                    {
                        string kind = Kinds.Kinds.Of(site.Kind).Singular;
                        if (!first.TryGetValue(site.Id, out var earlier))
                        {
                            first[site.Id] = (kind, site.Location);
                        }
                        else if (earlier.Kind != kind)
                        {
                            problems.Add((document.Document.FilePath, DiagnosticCatalog.IdOfTwoKinds.At(site.Location, site.Id, $"{Article(kind)} {kind}", $"{Article(earlier.Kind)} {earlier.Kind}", DocumentParser.FileName(earlier.Location.FilePath), DiagnosticCatalog.Int(earlier.Location.Line), together)));
                        }
                    }
                }
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static void CheckName(SitedDocument document, string id, LocationInfo location, string kind, Dictionary<string, (string Id, LocationInfo Location)> names, List<(string, DiagnosticInfo)> problems)
        {
            string name = Identifiers.MemberName(id);
            if (names.TryGetValue(name, out var other))
            {
                problems.Add((document.Document.FilePath, NameCollision(kind, id, location, name, other.Id, other.Location)));
            }
            else
            {
                names[name] = (id, location);
            }
        }

        private static string Article(string word) => "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

        private static string Capitalized(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);

        private static string Or(IReadOnlyList<string> words) => Join(words, "or");

        private static string And(IReadOnlyList<string> words) => Join(words, "and");

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static string Join(IReadOnlyList<string> words, string last) =>
            words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " " + last + " " + words[words.Count - 1];
    }
}
