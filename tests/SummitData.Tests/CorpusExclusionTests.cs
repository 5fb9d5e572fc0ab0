using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SummitData.Generator.Kinds;
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
            List<SitedDocument> documents = RandomCorpus(new Random(seed));
            (List<DiagnosticInfo> expected, List<int> rounds, List<string> excluded) = RoundByRound.Run(documents);
            CorpusResult corpus = CorpusBuilder.Build(documents, default, out int examined);

            // The fixed point's diagnostics come first, in its order; then the discrepancies left with one side (SD0024).
            string context = $"corpus {seed}:{Environment.NewLine}{string.Join(Environment.NewLine, corpus.Diagnostics)}";
            Assert.True(expected.SequenceEqual(corpus.Diagnostics.Take(expected.Count)), context);
            Assert.All(corpus.Diagnostics.Skip(expected.Count), d => Assert.Equal("SD0024", d.Id));
            Assert.Equal(excluded, corpus.Corpus.ExcludedFiles);
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
        SitedDocument a = Document("a", people: new[] { ("a1", "X") });
        SitedDocument b = Document("b", people: new[] { ("a-1", "X") });
        SitedDocument c = Document("c", people: new[] { ("a-1", "X") });
        CorpusResult corpus = CorpusBuilder.Build(new[] { c, b, a }, default);
        Assert.Equal(new[] { "/c/b.summit", "/c/c.summit" }, corpus.Corpus.ExcludedFiles);
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
        CorpusResult corpus = CorpusBuilder.Build(documents, default, out int examined);
        Assert.Equal(6, corpus.Corpus.ExcludedFiles.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"Quote 'q{i}' names the speaker '{(i == 0 ? "nobody" : $"p{i - 1}")}'"), corpus.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal(6 + 5, examined);
    }

    private static List<SitedDocument> RandomCorpus(Random random)
    {
        var documents = new List<SitedDocument>();
        int count = random.Next(1, 9);

        // Half the corpora also give each document a person of its own, whom other documents quote: chains.
        bool chained = random.Next(2) == 0;
        for (int d = 0; d < count; d++)
        {
            // Now and then two documents of one file, as a host may pass: exclusion is by file.
            string path = d > 0 && random.Next(15) == 0 ? documents[random.Next(d)].Document.FilePath : $"/c/{d}.summit";
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

    private static SitedDocument Document(string id, (string Id, string Name)[]? people = null, string[]? speakers = null) =>
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

    private static SitedDocument Spec(
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
        // Each declaration and reference on a line of its own, so that every diagnostic has a place of its own; the
        // records in the order the parser reads the kinds.
        int line = 0;
        LocationInfo Next() => new(path, line * 10, 1, line, 0, line++, 1);
        var citation = FieldValue.Of(new[] { new CitationSpec(id, 0, 1, 1, 1, "x") });
        LocationInfo idLocation = Next();
        var records = new Dictionary<string, List<RecordSpec>>(StringComparer.Ordinal);
        var sites = new List<RecordSite>();

        void Add(KindDescription kind, string recordId, (string Field, string Value)[] shared, (string Field, string[] Ids)[] references, params (string Field, FieldValue Value)[] values)
        {
            LocationInfo location = Next();
            var sharedFields = shared.Select(f => new SharedField(f.Field, f.Value, Next())).ToEquatableArray();
            var referenceSites = references.SelectMany(r => r.Ids.Select(i => new ReferenceSite(r.Field, new IdReference(i, Next())))).ToEquatableArray();
            var stored = new FieldValue[kind.StoredFields.Count];
            Array.Fill(stored, FieldValue.Empty);
            foreach ((string field, FieldValue value) in values.Concat(shared.Select(f => (f.Field, FieldValue.Of(f.Value)))).Concat(references.Select(r => (r.Field, kind.Field(r.Field).Type == FieldType.Reference ? FieldValue.Of(r.Ids.FirstOrDefault()) : FieldValue.Of(r.Ids)))))
            {
                stored[kind.IndexOf(field)] = value;
            }

            if (!records.TryGetValue(kind.Section, out List<RecordSpec>? list))
            {
                records[kind.Section] = list = new List<RecordSpec>();
            }

            list.Add(new RecordSpec(kind.Section, recordId, kind.IsShared ? null : id, stored.ToEquatableArray()));
            sites.Add(new RecordSite(kind.Section, recordId, location, sharedFields, referenceSites));
        }

        (string, string[])[] Refs(string field, params string?[] ids) => ids.All(i => i is null) ? Array.Empty<(string, string[])>() : new[] { (field, ids.Where(i => i is not null).Select(i => i!).ToArray()) };

        foreach ((string personId, string name) in people)
        {
            Add(Kinds.People, personId, new[] { ("name", name) }, Array.Empty<(string, string[])>(), ("mentions", citation));
        }

        foreach ((string entityId, string name, string kind) in entities)
        {
            Add(Kinds.Entities, entityId, new[] { ("name", name), ("kind", kind) }, Array.Empty<(string, string[])>(), ("mentions", citation));
        }

        foreach ((string agreementId, string title, string[] parties) in agreements)
        {
            Add(Kinds.Agreements, agreementId, new[] { ("title", title) }, parties.Length == 0 ? Array.Empty<(string, string[])>() : new[] { ("parties", parties) }, ("mentions", citation), ("kind", FieldValue.Of("treaty")), ("status", FieldValue.Of("earlier")));
        }

        foreach ((string figureId, string? claim) in figures)
        {
            Add(Kinds.Figures, figureId, Array.Empty<(string, string)>(), Refs("claim", claim), ("citation", citation), ("value", FieldValue.Of("1")), ("unit", FieldValue.Of("count")), ("measures", FieldValue.Of("m")));
        }

        foreach ((string quoteId, string? speaker, string? source) in quotes)
        {
            Add(Kinds.Quotes, quoteId, Array.Empty<(string, string)>(), Refs("speaker", speaker).Concat(Refs("source", source)).ToArray(), ("citation", citation), ("kind", FieldValue.Of("title")));
        }

        foreach ((string claimId, string statement, string[] about) in claims)
        {
            Add(Kinds.Claims, claimId, new[] { ("statement", statement) }, about.Length == 0 ? Array.Empty<(string, string[])>() : new[] { ("about", about) }, ("citations", citation));
        }

        foreach ((string discrepancyId, string topic, string[] about) in discrepancies)
        {
            Add(Kinds.Discrepancies, discrepancyId, new[] { ("topic", topic) }, about.Length == 0 ? Array.Empty<(string, string[])>() : new[] { ("about", about) }, ("sides", citation), ("kind", FieldValue.Of("fact")));
        }

        var document = new RecordSpec("documents", id, id, Enumerable.Repeat(FieldValue.Empty, Kinds.Documents.StoredFields.Count).ToEquatableArray());
        var spec = new DocumentSpec(id, path, document, Kinds.Lists.Select(k => new KindRecords(k.Section, (records.TryGetValue(k.Section, out List<RecordSpec>? l) ? l : new List<RecordSpec>()).ToEquatableArray())).ToEquatableArray());
        return new SitedDocument(spec, new DocumentSites(idLocation, sites.ToEquatableArray()));
    }

    /// <summary>
    /// The definition the worklist must meet: the cross-document step as it was before the worklist, which re-ran
    /// every check over the documents still in until a round found nothing.
    /// </summary>
    private static class RoundByRound
    {
        public static (List<DiagnosticInfo> Diagnostics, List<int> Rounds, List<string> Excluded) Run(IEnumerable<SitedDocument> input)
        {
            List<SitedDocument> documents = CorpusBuilder.Ordered(input);
            var excluded = new HashSet<string>(StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();
            var rounds = new List<int>();

            // Excluding a document can make another one's references dangle, so repeat until nothing changes.
            for (int round = 1; ; round++)
            {
                List<SitedDocument> included = documents.Where(d => !excluded.Contains(d.Document.FilePath)).ToList();
                List<(string Path, DiagnosticInfo Diagnostic)> problems = CorpusBuilder.FirstRoundChecks(included);
                var declared = new HashSet<(string Kind, string Id)>(included.SelectMany(d => d.Sites.Records).Select(s => (s.Kind, s.Id)));
                foreach (SitedDocument document in included)
                {
                    CorpusBuilder.CheckReferences(document, (id, kinds) => kinds.Any(k => declared.Contains((k, id))), problems);
                }

                if (problems.Count == 0)
                {
                    return (diagnostics, rounds, excluded.Order(StringComparer.Ordinal).ToList());
                }

                foreach ((string path, DiagnosticInfo diagnostic) in problems)
                {
                    excluded.Add(path);
                    diagnostics.Add(diagnostic);
                    rounds.Add(round);
                }
            }
        }
    }
}
