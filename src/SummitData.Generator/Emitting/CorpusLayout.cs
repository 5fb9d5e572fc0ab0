using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    // The corpus-wide output is cut into chunks so that nothing in it grows with the corpus: no file, method or
    // initializer gets bigger when documents are added, only their number does. Each chunk is a pipeline value of
    // its own (one generated file per chunk), so an edit that changes one person re-emits one file. These records
    // describe output shape, not documents: they live with the emitter and are not compiled into the runtime loader.

    internal enum ChunkKind
    {
        People,
        Agreements,
        Documents,
        Entities,
        Claims,
        Discrepancies,
    }

    /// <summary>
    /// One generated file of the corpus: up to <see cref="CorpusLayout.ItemsPerChunk"/> shared records of one kind
    /// (people, entities, agreements, claims or discrepancies: their named properties and a lazily built array), or
    /// the ids of up to that many documents (their part of the data set's lists). Only the list of its own kind is
    /// filled. <see cref="Named"/> says which kinds have named properties: its own, and those its records refer to.
    /// </summary>
    internal sealed record CorpusChunk(ChunkKind Kind, int Index, NamedKinds Named)
    {
        public EquatableArray<MergedPerson> People { get; init; }

        public EquatableArray<MergedEntity> Entities { get; init; }

        public EquatableArray<MergedAgreement> Agreements { get; init; }

        public EquatableArray<MergedClaim> Claims { get; init; }

        public EquatableArray<MergedDiscrepancy> Discrepancies { get; init; }

        public EquatableArray<string> DocumentIds { get; init; }
    }

    /// <summary>
    /// Which kinds get one named property per record. The runtime cannot load a class with more than about 65,500
    /// methods (TypeLoadException: "contains more methods than the current implementation allows"), and each named
    /// property is a getter method, so a kind with more than <see cref="MaxNamedMembers"/> records has none (SD0022);
    /// <c>All</c>, <c>Get</c> and <c>TryGet</c> still reach every record.
    /// </summary>
    internal sealed record NamedKinds(bool Documents, bool Figures, bool Quotes, bool People, bool Agreements, bool Entities, bool Claims, bool Discrepancies)
    {
        public const int MaxNamedMembers = 60_000;

        /// <param name="corpus">The corpus.</param>
        /// <param name="max">The most records a kind may have to get named properties; tests lower it.</param>
        public static NamedKinds Of(CorpusSpec corpus, int max = MaxNamedMembers) => new(
            corpus.DocumentIds.Count <= max,
            corpus.FigureIds.Count <= max,
            corpus.QuoteIds.Count <= max,
            corpus.People.Count <= max,
            corpus.Agreements.Count <= max,
            corpus.Entities.Count <= max,
            corpus.Claims.Count <= max,
            corpus.Discrepancies.Count <= max);

        /// <summary>Whether the records of a chunk's kind have named properties.</summary>
        public bool For(ChunkKind kind) => kind switch
        {
            ChunkKind.People => People,
            ChunkKind.Agreements => Agreements,
            ChunkKind.Entities => Entities,
            ChunkKind.Claims => Claims,
            ChunkKind.Discrepancies => Discrepancies,
            _ => Documents,
        };
    }

    /// <summary>What one document's output needs from the corpus: whether the document is left out, and which named properties exist.</summary>
    internal sealed record DocumentContext(EquatableArray<string> ExcludedFiles, NamedKinds Named)
    {
        public static DocumentContext Of(CorpusSpec corpus, int maxNamedMembers = NamedKinds.MaxNamedMembers) => new(corpus.ExcludedFiles, NamedKinds.Of(corpus, maxNamedMembers));
    }

    /// <summary>What the corpus's main file needs: how many documents and chunks there are, and the corpus diagnostics.</summary>
    internal sealed record CorpusIndex(
        int DocumentCount,
        NamedKinds Named,
        int PeopleChunks,
        int AgreementChunks,
        int DocumentChunks,
        int EntityChunks,
        int ClaimChunks,
        int DiscrepancyChunks,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>The corpus cut into chunks, and the index of them.</summary>
    internal sealed record CorpusLayout(CorpusIndex Index, EquatableArray<CorpusChunk> Chunks)
    {
        /// <summary>At most this many records or documents per chunk, and elements per array initializer.</summary>
        public const int ItemsPerChunk = 256;

        /// <summary>
        /// At most this much weight per chunk, where a record weighs one plus each citation and string its
        /// constructor call builds inline. A citation is about 36 bytes of IL, so a chunk's constructor stays
        /// under ~45 KB of IL: below the 60,000 bytes past which the JIT stops optimizing a method (MinOpts).
        /// </summary>
        public const int WeightPerChunk = 1024;

        public static CorpusLayout Of(CorpusSpec corpus, CancellationToken cancellationToken, int maxNamedMembers = NamedKinds.MaxNamedMembers)
        {
            NamedKinds named = NamedKinds.Of(corpus, maxNamedMembers);
            var chunks = new List<CorpusChunk>();
            int people = Pack(corpus.People, Weight, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.People, index, named) { People = items.ToEquatableArray() }));
            int agreements = Pack(corpus.Agreements, Weight, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.Agreements, index, named) { Agreements = items.ToEquatableArray() }));
            int documents = Pack(corpus.DocumentIds, _ => 1, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.Documents, index, named) { DocumentIds = items.ToEquatableArray() }));
            int entities = Pack(corpus.Entities, Weight, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.Entities, index, named) { Entities = items.ToEquatableArray() }));
            int claims = Pack(corpus.Claims, Weight, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.Claims, index, named) { Claims = items.ToEquatableArray() }));
            int discrepancies = Pack(corpus.Discrepancies, Weight, cancellationToken, (index, items) => chunks.Add(new CorpusChunk(ChunkKind.Discrepancies, index, named) { Discrepancies = items.ToEquatableArray() }));

            var diagnostics = new List<DiagnosticInfo>(corpus.Diagnostics);
            TooMany(named.Documents, corpus.DocumentIds.Count, "documents", "Documents");
            TooMany(named.Figures, corpus.FigureIds.Count, "figures", "Figures");
            TooMany(named.Quotes, corpus.QuoteIds.Count, "quotes", "Quotes");
            TooMany(named.People, corpus.People.Count, "people", "People");
            TooMany(named.Agreements, corpus.Agreements.Count, "agreements", "Agreements");
            TooMany(named.Entities, corpus.Entities.Count, "entities", "Entities");
            TooMany(named.Claims, corpus.Claims.Count, "claims", "Claims");
            TooMany(named.Discrepancies, corpus.Discrepancies.Count, "discrepancies", "Discrepancies");

            var index = new CorpusIndex(corpus.DocumentIds.Count, named, people, agreements, documents, entities, claims, discrepancies, diagnostics.ToEquatableArray());
            return new CorpusLayout(index, chunks.ToEquatableArray());

            void TooMany(bool isNamed, int count, string plural, string className)
            {
                if (!isNamed)
                {
                    diagnostics.Add(Parsing.DiagnosticCatalog.TooManyNamedMembers.At(null, $"The documents have {Number(count)} {plural}; above {Number(maxNamedMembers)} a kind gets no named properties (the runtime cannot load a class with about 65,500 methods or more), so {className} has none: use {className}.Get(id), {className}.TryGet(id, out ...) and {className}.All"));
                }
            }
        }

        /// <summary>How many parts an array of <paramref name="count"/> elements is built from (one when it fits in one initializer).</summary>
        public static int Parts(int count) => count <= ItemsPerChunk ? 1 : (count + ItemsPerChunk - 1) / ItemsPerChunk;

        private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        // A list too long for one initializer is built by part methods outside the constructor; it then weighs one per part.
        private static int Weight(MergedPerson p) => 1 + p.Spellings.Count + ListWeight(p.Roles.Count) + ListWeight(p.Mentions.Count);

        private static int Weight(MergedAgreement a) => 1 + ListWeight(a.Parties.Count) + ListWeight(a.Mentions.Count);

        private static int Weight(MergedEntity e) => 1 + e.Spellings.Count + ListWeight(e.Mentions.Count);

        private static int Weight(MergedClaim c) => 1 + ListWeight(c.About.Count) + ListWeight(c.Citations.Count);

        private static int Weight(MergedDiscrepancy d) => 1 + ListWeight(d.About.Count) + ListWeight(d.Sides.Count);

        private static int ListWeight(int count) => count <= ItemsPerChunk ? count : Parts(count);

        // Greedy, in the given (ordinal id) order, so the same corpus always gives the same chunks.
        private static int Pack<T>(EquatableArray<T> items, System.Func<T, int> weight, CancellationToken cancellationToken, System.Action<int, List<T>> add)
            where T : System.IEquatable<T>
        {
            int count = 0;
            var current = new List<T>();
            int currentWeight = 0;
            foreach (T item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int w = weight(item);
                if (current.Count > 0 && (current.Count == ItemsPerChunk || currentWeight + w > WeightPerChunk))
                {
                    add(count++, current);
                    current = new List<T>();
                    currentWeight = 0;
                }

                current.Add(item);
                currentWeight += w;
            }

            if (current.Count > 0)
            {
                add(count++, current);
            }

            return count;
        }
    }
}
