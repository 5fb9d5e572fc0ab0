using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The cross-document step's exclusions. <see cref="CorpusBuilder"/> settles them with a worklist; the definition is
/// the round-by-round fixed point that re-runs every check over the documents still in, kept here as it was
/// (<see cref="RoundByRound"/>) and compared with the worklist on random corpora built to make ids collide, conflict,
/// change kind and dangle in chains.
/// </summary>
public sealed class CorpusExclusionTests
{
    private const int Corpora = 4000;

    private static readonly string[] PersonIds = { "a1", "a-1", "b", "c", "e2" };
    private static readonly string[] EntityIds = { "e2", "e-2", "b", "r" };
    private static readonly string[] AgreementIds = { "g1", "g-1", "r" };
    private static readonly string[] ClaimIds = { "k1", "k-1" };
    private static readonly string[] DiscrepancyIds = { "x1", "x-1" };
    private static readonly string[] FigureIds = { "f1", "f-1", "f2" };
    private static readonly string[] QuoteIds = { "q1", "q2", "q-2" };
    private static readonly string[] DocumentIds = { "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8" };

    [Fact]
    public void The_worklist_gives_exactly_the_diagnostics_of_rerunning_every_check_until_nothing_changes()
    {
        int chains = 0, lateCollisions = 0;
        for (int seed = 0; seed < Corpora; seed++)
        {
            List<DocumentSpec> documents = RandomCorpus(new Random(seed));
            (List<DiagnosticInfo> expected, List<int> rounds, List<string> excluded) = RoundByRound.Run(documents);
            CorpusSpec corpus = CorpusBuilder.Build(documents, default, out int examined);

            // The fixed point's diagnostics come first, in its order; then the discrepancies left with one side (SD0024).
            string context = $"corpus {seed}:{Environment.NewLine}{string.Join(Environment.NewLine, corpus.Diagnostics)}";
            Assert.True(expected.SequenceEqual(corpus.Diagnostics.Take(expected.Count)), context);
            Assert.All(corpus.Diagnostics.Skip(expected.Count), d => Assert.Equal("SD0024", d.Id));
            Assert.Equal(excluded, corpus.ExcludedFiles);
            Assert.True(examined <= 2 * documents.Count, $"corpus {seed}: {examined} documents examined, {documents.Count} documents");

            chains += rounds.Any(r => r >= 3) ? 1 : 0;
            lateCollisions += expected.Where((d, i) => d.Id == "SD0014" && rounds[i] >= 2).Any() ? 1 : 0;
        }

        // The corpora reach what only later rounds find: references dangling down a chain, and names handed on.
        Assert.True(chains >= Corpora / 40, $"{chains} corpora need three rounds or more");
        Assert.True(lateCollisions >= Corpora / 80, $"{lateCollisions} corpora have a name collision after the first round");
    }

    [Fact]
    public void A_name_whose_first_declaration_leaves_goes_to_the_next_declaration_of_the_same_id()
    {
        // 'a1' and 'a-1' are both A1. b.summit declares a-1 first and is reported with it; c.summit's a-1 is then the
        // first declaration of that id and is reported in the next round, as a full re-check would find.
        DocumentSpec a = Document("a", people: new[] { ("a1", "X") });
        DocumentSpec b = Document("b", people: new[] { ("a-1", "X") });
        DocumentSpec c = Document("c", people: new[] { ("a-1", "X") });
        CorpusSpec corpus = CorpusBuilder.Build(new[] { c, b, a }, default);
        Assert.Equal(new[] { "/c/b.summit", "/c/c.summit" }, corpus.ExcludedFiles);
        Assert.Equal(new[] { "SD0014", "SD0014" }, corpus.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "/c/b.summit", "/c/c.summit" }, corpus.Diagnostics.Select(d => d.Location!.FilePath));
        Assert.All(corpus.Diagnostics, d => Assert.Contains("'a-1' and 'a1' (a.summit, line 2)", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_of_dangling_speakers_examines_each_document_at_most_twice()
    {
        // Document i quotes the person document i - 1 declares; document 0 quotes someone nobody declares.
        var documents = Enumerable.Range(0, 6)
            .Select(i => Document($"d{i}", people: new[] { ($"p{i}", "X") }, speakers: new[] { i == 0 ? "nobody" : $"p{i - 1}" }))
            .ToList();
        CorpusSpec corpus = CorpusBuilder.Build(documents, default, out int examined);
        Assert.Equal(6, corpus.ExcludedFiles.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"Quote 'q{i}' names the speaker '{(i == 0 ? "nobody" : $"p{i - 1}")}'"), corpus.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal(6 + 5, examined);
    }

    private static List<DocumentSpec> RandomCorpus(Random random)
    {
        var documents = new List<DocumentSpec>();
        int count = random.Next(1, 9);

        // Half the corpora also give each document a person of its own, whom other documents quote: chains.
        bool chained = random.Next(2) == 0;
        for (int d = 0; d < count; d++)
        {
            // Now and then two documents of one file, as a host may pass: exclusion is by file.
            string path = d > 0 && random.Next(15) == 0 ? documents[random.Next(d)].FilePath : $"/c/{d}.summit";
            var used = new HashSet<string>(StringComparer.Ordinal);
            string? Fresh(string[] pool)
            {
                string id = pool[random.Next(pool.Length)];
                return used.Add(id) ? id : null;
            }

            // Figures, quotes and documents mostly have ids of their own: a clash leaves a document out in the first round.
            string? Own(string[] pool, string own) => random.Next(6) == 0 ? Fresh(pool) : used.Add(own) ? own : null;

            string Any(string[] pool, string unknown) => random.Next(12) == 0 ? unknown : pool[random.Next(pool.Length)];
            string Value(string usual, string other) => random.Next(12) == 0 ? other : usual;
            string[] named = PersonIds.Concat(EntityIds).Concat(AgreementIds).Distinct().ToArray();

            var people = Repeat(random, 2, () => Fresh(PersonIds)).Concat(chained ? new[] { $"p{d}" } : Array.Empty<string>()).Select(id => (id, Value("X", "Y"))).ToArray();
            string[] speakers = chained ? Enumerable.Range(0, count).Select(i => $"p{i}").ToArray() : PersonIds;
            var entities = Repeat(random, 1, () => Fresh(EntityIds)).Select(id => (id, Value("N", "M"), Value("country", "place"))).ToArray();
            var agreements = Repeat(random, 1, () => Fresh(AgreementIds))
                .Select(id => (id, Value("T", "U"), Repeat(random, 2, () => Any(PersonIds.Concat(EntityIds).ToArray(), "zz")).ToArray())).ToArray();
            var claims = Repeat(random, 1, () => Fresh(ClaimIds)).Select(id => (id, Value("S", "R"), Repeat(random, 2, () => Any(named, "zz")).ToArray())).ToArray();
            var discrepancies = Repeat(random, 1, () => Fresh(DiscrepancyIds)).Select(id => (id, Value("T", "U"), Repeat(random, 1, () => Any(named, "zz")).ToArray())).ToArray();
            int n = 0;
            var figures = Repeat(random, 2, () => Own(FigureIds, $"f{d}x{n++}")).Select(id => (id, random.Next(2) == 0 ? null : Any(ClaimIds, "kz"))).ToArray();
            var quotes = Repeat(random, 2, () => Own(QuoteIds, $"q{d}x{n++}"))
                .Select(id => (id, random.Next(10) < 7 ? Any(speakers, "nobody") : null, random.Next(5) == 0 ? Any(AgreementIds, "nothing") : null)).ToArray();
            documents.Add(Spec(random.Next(6) == 0 ? DocumentIds[random.Next(DocumentIds.Length)] : $"d{d}", path, people, entities, agreements, claims, discrepancies, figures, quotes));
        }

        return documents;
    }

    private static IEnumerable<string> Repeat(Random random, int most, Func<string?> item) =>
        Enumerable.Range(0, random.Next(most + 1)).Select(_ => item()).Where(id => id is not null).Select(id => id!);

    private static DocumentSpec Document(string id, (string Id, string Name)[]? people = null, string[]? speakers = null) =>
        Spec(
            id,
            $"/c/{id}.summit",
            people ?? Array.Empty<(string, string)>(),
            Array.Empty<(string, string, string)>(),
            Array.Empty<(string, string, string[])>(),
            Array.Empty<(string, string, string[])>(),
            Array.Empty<(string, string, string[])>(),
            Array.Empty<(string, string?)>(),
            (speakers ?? Array.Empty<string>()).Select(s => (id.Replace('d', 'q'), (string?)s, (string?)null)).ToArray());

    private static DocumentSpec Spec(
        string id,
        string path,
        (string Id, string Name)[] people,
        (string Id, string Name, string Kind)[] entities,
        (string Id, string Title, string[] Parties)[] agreements,
        (string Id, string Statement, string[] About)[] claims,
        (string Id, string Topic, string[] About)[] discrepancies,
        (string Id, string? Claim)[] figures,
        (string Id, string? Speaker, string? Source)[] quotes)
    {
        // Each declaration and reference on a line of its own, so that every diagnostic has a place of its own.
        int line = 0;
        LocationInfo Next() => new(path, line * 10, 1, line, 0, line++, 1);
        var citation = new CitationSpec(0, 1, 1, 1, "x");
        LocationInfo idLocation = Next();
        EquatableArray<IdReference> Refs(string[] ids) => ids.Select(r => new IdReference(r, Next())).ToEquatableArray();
        EquatableArray<SharedField> Shared(params (string Name, string Value)[] fields) => fields.Select(f => new SharedField(f.Name, f.Value, Next())).ToEquatableArray();

        return new DocumentSpec(
            id,
            path,
            Path.GetFileName(path),
            null,
            null,
            null,
            EquatableArray<string>.Empty,
            null,
            null,
            null,
            EquatableArray<string>.Empty,
            "0",
            "x",
            people.Select(p => new PersonSpec(p.Id, p.Name, new[] { citation }.ToEquatableArray(), EquatableArray<CitationSpec>.Empty, Next(), Shared(("name", p.Name)))).ToEquatableArray(),
            agreements.Select(a => new AgreementSpec(a.Id, a.Title, "treaty", "earlier", Refs(a.Parties), new[] { citation }.ToEquatableArray(), Next(), Shared(("title", a.Title)))).ToEquatableArray(),
            figures.Select(f => new FigureSpec(f.Id, citation, 1m, "none", "count", "m", null, false, null, f.Claim is null ? null : new IdReference(f.Claim, Next()), Next())).ToEquatableArray(),
            quotes.Select(q => new QuoteSpec(q.Id, citation, "title", q.Speaker, q.Source, null, Next(), q.Speaker is null ? null : Next(), q.Source is null ? null : Next())).ToEquatableArray(),
            entities.Select(e => new EntitySpec(e.Id, e.Name, e.Kind, new[] { citation }.ToEquatableArray(), Next(), Shared(("name", e.Name), ("kind", e.Kind)))).ToEquatableArray(),
            claims.Select(c => new ClaimSpec(c.Id, c.Statement, Refs(c.About), new[] { citation }.ToEquatableArray(), Next(), Shared(("statement", c.Statement)))).ToEquatableArray(),
            discrepancies.Select(x => new DiscrepancySpec(x.Id, x.Topic, "fact", Refs(x.About), citation, Next(), Shared(("topic", x.Topic)))).ToEquatableArray(),
            idLocation);
    }

    /// <summary>
    /// The definition the worklist must meet: the cross-document step as it was before the worklist, which re-ran
    /// every check over the documents still in until a round found nothing.
    /// </summary>
    private static class RoundByRound
    {
        public static (List<DiagnosticInfo> Diagnostics, List<int> Rounds, List<string> Excluded) Run(IEnumerable<DocumentSpec> input)
        {
            List<DocumentSpec> documents = input
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.FilePath, StringComparer.Ordinal)
                .ToList();
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();
            var rounds = new List<int>();

            // Excluding a document can make another one's references dangle, so repeat until nothing changes.
            for (int round = 1; ; round++)
            {
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
                    return (diagnostics, rounds, documents.Where(d => excluded.Contains(d.FilePath)).Select(d => d.FilePath).Order(StringComparer.Ordinal).ToList());
                }

                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    excluded.Add(path);
                    diagnostics.Add(diagnostic);
                    rounds.Add(round);
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
