using System;
using System.Collections.Generic;
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
    /// Bounded work: O(documents + declarations + references), times a log for the sorts. The checks of ids, shared
    /// values, kinds and names run once: leaving documents out can only remove such problems. Leaving a document out can
    /// make another one's references dangle, so references are settled by a worklist: when the last document declaring
    /// an id is left out, only the documents that refer to that id are examined again, and each such document is then
    /// left out, so none is examined more than twice.
    /// </remarks>
    internal static class CorpusBuilder
    {
        /// <summary>How many documents the reference check examined, for the complexity tests; counted per thread.</summary>
        [ThreadStatic]
        private static long _documentsExamined;

        internal static long DocumentsExamined => _documentsExamined;

        internal static void ResetCounters() => _documentsExamined = 0;

        public static CorpusResult Build(IEnumerable<SitedDocument> input, CancellationToken cancellationToken)
        {
            List<SitedDocument> documents = input
                .OrderBy(d => d.Document.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Document.FilePath, StringComparer.Ordinal)
                .ToList();
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();

            var problems = new List<(string Path, DiagnosticInfo Diagnostic)>();
            CheckUnique(documents, d => new[] { (d.Document.Id, d.Sites.IdLocation) }, "document", problems);
            foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => !k.IsShared))
            {
                CheckUnique(documents, d => d.Sites.Records.Where(s => s.Kind == kind.Section).Select(s => (s.Id, s.Location)), kind.Singular, problems);
            }

            foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => k.IsShared))
            {
                CheckShared(documents, kind, problems);
            }

            CheckOneKindPerId(documents, problems);

            // References, first against every document, then, as documents are left out, by the worklist.
            var declared = new Declarations(documents);
            foreach (SitedDocument document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckReferences(document, declared, problems);
            }

            var referrers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var byPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < documents.Count; i++)
            {
                if (!byPath.TryGetValue(documents[i].Document.FilePath, out List<int>? same))
                {
                    byPath[documents[i].Document.FilePath] = same = new List<int>();
                }

                same.Add(i);
                foreach (RecordSite site in documents[i].Sites.Records)
                {
                    foreach (ReferenceSite reference in site.References)
                    {
                        if (!referrers.TryGetValue(reference.Reference.Id, out List<int>? list))
                        {
                            referrers[reference.Reference.Id] = list = new List<int>();
                        }

                        if (list.Count == 0 || list[list.Count - 1] != i)
                        {
                            list.Add(i);
                        }
                    }
                }
            }

            while (problems.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var newlyExcluded = new List<string>();
                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    if (excluded.Add(path))
                    {
                        newlyExcluded.Add(path);
                    }

                    diagnostics.Add(diagnostic);
                }

                problems.Clear();
                var affected = new SortedSet<int>();
                foreach (string path in newlyExcluded)
                {
                    foreach (int index in byPath[path])
                    {
                        foreach (string id in declared.Remove(documents[index]))
                        {
                            if (referrers.TryGetValue(id, out List<int>? list))
                            {
                                affected.UnionWith(list);
                            }
                        }
                    }
                }

                foreach (int i in affected)
                {
                    if (!excluded.Contains(documents[i].Document.FilePath))
                    {
                        CheckReferences(documents[i], declared, problems);
                    }
                }
            }

            List<SitedDocument> included = documents.Where(d => !excluded.Contains(d.Document.FilePath)).ToList();
            return Finish(included, excluded, diagnostics);
        }

        /// <summary>Which ids of which kind the included documents declare, with how many declare each.</summary>
        private sealed class Declarations
        {
            private readonly Dictionary<(string Kind, string Id), int> _count = new();

            public Declarations(IEnumerable<SitedDocument> documents)
            {
                foreach (SitedDocument document in documents)
                {
                    foreach (RecordSite site in document.Sites.Records)
                    {
                        _count.TryGetValue((site.Kind, site.Id), out int count);
                        _count[(site.Kind, site.Id)] = count + 1;
                    }
                }
            }

            public bool Contains(string kind, string id) => _count.TryGetValue((kind, id), out int count) && count > 0;

            /// <summary>Takes a document's declarations away and returns the ids no document declares any more.</summary>
            public IEnumerable<string> Remove(SitedDocument document)
            {
                var gone = new List<string>();
                foreach (RecordSite site in document.Sites.Records)
                {
                    if (_count.TryGetValue((site.Kind, site.Id), out int count) && count > 0)
                    {
                        _count[(site.Kind, site.Id)] = count - 1;
                        if (count == 1)
                        {
                            gone.Add(site.Id);
                        }
                    }
                }

                return gone;
            }
        }

        private static void CheckReferences(SitedDocument document, Declarations declared, List<(string Path, DiagnosticInfo Diagnostic)> problems)
        {
            _documentsExamined++;
            foreach (RecordSite site in document.Sites.Records)
            {
                KindDescription kind = Kinds.Kinds.Of(site.Kind);
                foreach (ReferenceSite reference in site.References)
                {
                    FieldDescription field = kind.Field(reference.Field);
                    if (!field.Targets.Any(target => declared.Contains(target, reference.Reference.Id)))
                    {
                        List<KindDescription> targets = field.Targets.Select(Kinds.Kinds.Of).ToList();
                        problems.Add((document.Document.FilePath, DiagnosticCatalog.DanglingReference.At(
                            reference.Reference.Location,
                            $"{Capitalized(kind.Singular)} '{site.Id}' {field.Verb} '{reference.Reference.Id}', but no document declares {Article(targets[0].Singular)} {Or(targets.Select(t => t.Singular).ToList())} with that id; declare it under {Or(targets.Select(t => "'" + t.Section + "'").ToList())} or fix the id")));
                    }
                }
            }
        }

        private static CorpusResult Finish(List<SitedDocument> included, HashSet<string> excluded, List<DiagnosticInfo> diagnostics)
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

                EquatableArray<RecordSpec> merged = Merge(kind, included, diagnostics);
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
        private static EquatableArray<RecordSpec> Merge(KindDescription kind, List<SitedDocument> included, List<DiagnosticInfo> diagnostics)
        {
            // Words other kinds add to this kind's records: a figure's words become a citation of the claim it states.
            var added = new Dictionary<(string Field, string Id), List<CitationSpec>>();
            foreach (KindDescription other in Kinds.Kinds.Lists)
            {
                foreach (FieldDescription field in other.Fields.Where(f => f.AddsCitationTo is not null && f.Targets.Contains(kind.Section)))
                {
                    int reference = other.IndexOf(field.Name);
                    int from = other.IndexOf(field.CitationFrom!);
                    foreach (RecordSpec record in included.SelectMany(d => d.Document.Of(other.Section)))
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
                    diagnostics.Add(DiagnosticCatalog.DiscrepancyOneSide.At(site.Location, $"Discrepancy '{group.Key}' has one side only (document '{only.Document.Document.Id}'); declare the same id with the other side's words in another document, or remove it"));
                    continue;
                }

                var values = new FieldValue[kind.StoredFields.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    FieldDescription field = kind.StoredFields[i];
                    IEnumerable<FieldValue> each = all.Select(x => x.Record.Values[i]);
                    values[i] = field.Merge switch
                    {
                        MergeRule.Agree => each.First(),
                        MergeRule.Union => FieldValue.Of(each.SelectMany(v => v.Texts).Distinct(StringComparer.Ordinal)),
                        MergeRule.Concat => FieldValue.Of(each.SelectMany(v => v.Citations)),
                        MergeRule.OnePerDocument => FieldValue.Of(each.SelectMany(v => v.Citations)),
                        MergeRule.Sorted => FieldValue.Of(Sorted(each.SelectMany(v => v.Citations).Concat(added.TryGetValue((field.Name, group.Key), out List<CitationSpec>? more) ? more : Enumerable.Empty<CitationSpec>()))),
                        MergeRule.Derived => FieldValue.Of(each
                            .SelectMany(v => v.Citations)
                            .Select(c => c.Text)
                            .Distinct(StringComparer.Ordinal)),
                        _ => each.First(),
                    };
                }

                // Derived fields read the declarations' own words, each declaration in text order.
                for (int i = 0; i < values.Length; i++)
                {
                    FieldDescription field = kind.StoredFields[i];
                    if (field.Merge == MergeRule.Derived)
                    {
                        int from = kind.IndexOf(field.DerivedFrom!);
                        values[i] = FieldValue.Of(all
                            .SelectMany(x => x.Record.Values[from].Citations.OrderBy(c => c.Offset).Select(c => c.Text))
                            .Distinct(StringComparer.Ordinal));
                    }
                }

                result.Add(new RecordSpec(kind.Section, group.Key, null, values.ToEquatableArray()));
            }

            return result.ToEquatableArray();
        }

        // Citations by document id, then in text order, each span once: mentions overlap ("Vladimir Putin" and every "Putin").
        private static IEnumerable<CitationSpec> Sorted(IEnumerable<CitationSpec> citations) =>
            citations
                .GroupBy(c => c.DocumentId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.Distinct().OrderBy(c => c.Offset).ThenBy(c => c.Length));

        private static void CheckUnique(
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
                        problems.Add((document.Document.FilePath, DiagnosticCatalog.DuplicateId.At(location, $"The {kind} id '{id}' is already used in {DocumentParser.FileName(first.FilePath)} (line {first.Line}); {kind} ids must be unique across all documents")));
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
        private static void CheckShared(List<SitedDocument> documents, KindDescription kind, List<(string, DiagnosticInfo)> problems)
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
                                problems.Add((document.Document.FilePath, DiagnosticCatalog.ConflictingDeclaration.At(site.Shared[i].Location, $"The {kind.Singular} '{site.Id}' is declared with another {field} in {DocumentParser.FileName(earlier.Location.FilePath)} (line {earlier.Location.Line}): '{FieldReader.Shorten(earlier.Fields[i].Value)}'; a shared {kind.Singular} has one {field}{hint}")));
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
        private static void CheckOneKindPerId(List<SitedDocument> documents, List<(string, DiagnosticInfo)> problems)
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
                            problems.Add((document.Document.FilePath, DiagnosticCatalog.IdOfTwoKinds.At(site.Location, $"The id '{site.Id}' is declared as {Article(kind)} {kind} here and as {Article(earlier.Kind)} {earlier.Kind} in {DocumentParser.FileName(earlier.Location.FilePath)} (line {earlier.Location.Line}); {together} share one set of ids, since 'parties' and 'about' name them by id alone: rename one of them")));
                        }
                    }
                }
            }
        }

        private static void CheckName(SitedDocument document, string id, LocationInfo location, string kind, Dictionary<string, (string Id, LocationInfo Location)> names, List<(string, DiagnosticInfo)> problems)
        {
            string name = Identifiers.MemberName(id);
            if (names.TryGetValue(name, out var other))
            {
                problems.Add((document.Document.FilePath, DiagnosticCatalog.IdentifierCollision.At(location, $"The {kind} ids '{id}' and '{other.Id}' ({DocumentParser.FileName(other.Location.FilePath)}, line {other.Location.Line}) both become the C# name '{name}'; rename one of them")));
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

        private static string Join(IReadOnlyList<string> words, string last) =>
            words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " " + last + " " + words[words.Count - 1];
    }
}
