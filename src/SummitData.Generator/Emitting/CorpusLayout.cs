using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    // The corpus-wide output is cut into chunks so that nothing in it grows with the corpus: no file, method or
    // literal gets bigger when documents are added, only their number does. Each chunk is a pipeline value of its own
    // (one generated file per chunk), so an edit that changes one person re-emits one file. These records describe
    // output shape, not documents: they live with the emitter and are not compiled into the runtime loader.

    /// <summary>
    /// Which kinds get one named property per record (<c>SummitDataNamedMembers</c>). With <c>false</c>, none; with
    /// <c>auto</c> (the default), none when the corpus has more than <see cref="AutoNamedMembers"/> records in all, as a
    /// named member per record is most of what a large corpus costs the compiler (SD0030 says so). Otherwise every kind,
    /// but the runtime cannot load a class with more than about 65,500 methods (TypeLoadException: "contains more methods
    /// than the current implementation allows"), and each named property is a getter method, so a kind with more than
    /// <see cref="MaxNamedMembers"/> records has none (SD0022). <c>All</c>, <c>Get</c> and <c>TryGet</c> still reach every record.
    /// </summary>
    internal sealed record NamedKinds(EquatableArray<string> Unnamed)
    {
        public const int MaxNamedMembers = 60_000;

        // Measured (docs/benchmarks.md, "Build against the floor"): with named members, a build of 39,400 records cost
        // 14 to 24 s more than without (0.4 to 0.6 ms a record, the classes per document included), so up to this size
        // the names add at most about 4 to 6 s; past it they cost more than everything else the data does.
        public const int AutoNamedMembers = 10_000;

        /// <param name="corpus">The corpus.</param>
        /// <param name="setting"><c>auto</c>, <c>true</c> or <c>false</c>.</param>
        /// <param name="max">The most records a kind may have to get named properties; tests lower it.</param>
        public static NamedKinds Of(CorpusSpec corpus, string setting = "auto", int max = MaxNamedMembers) =>
            new(Kinds.Kinds.All.Where(k => NoneNamed(corpus, setting) || corpus.CountOf(k.Section) > max).Select(k => k.Section).ToEquatableArray());

        /// <summary>Whether the setting leaves every kind without named members.</summary>
        public static bool NoneNamed(CorpusSpec corpus, string setting) => setting == "false" || (setting == "auto" && IsLarge(corpus));

        /// <summary>Whether the corpus has more records than <c>auto</c> names.</summary>
        public static bool IsLarge(CorpusSpec corpus) => corpus.Counts.Sum(c => (long)c.Count) > AutoNamedMembers;

        /// <summary>Whether the records of a kind have named properties.</summary>
        public bool For(string kind) => !Unnamed.Contains(kind);

        /// <summary>
        /// Whether no kind of a document's own records (the document, its figures, its quotes) has named members: then a
        /// document's output is its data alone, decoded with the other documents of its chunk, and no class of its own.
        /// </summary>
        public bool Packed => Kinds.Kinds.All.Where(k => !k.IsShared).All(k => !For(k.Section));
    }

    /// <summary>A document's data as one property of the class of packs (<c>Emitter.PackLine</c>).</summary>
    internal sealed record PackLine(string DocumentId, string Property);

    /// <summary>
    /// Documents' packs put out together: a file holds the documents whose id hashes to its index (FNV-1a, the same on
    /// every machine) among a power of two of files, about <see cref="PerFile"/> documents each, in id order. Adding a
    /// document changes one file, unless the number of files doubles or halves.
    /// </summary>
    internal sealed record PackFile(int Index, EquatableArray<PackLine> Lines)
    {
        public const int PerFile = 64;

        public static IEnumerable<PackFile> Of(System.Collections.Immutable.ImmutableArray<PackLine> lines)
        {
            int files = 1;
            while (files * PerFile < lines.Length)
            {
                files *= 2;
            }

            return lines
                .GroupBy(line => (int)(Fnv(line.DocumentId) % (uint)files))
                .OrderBy(group => group.Key)
                .Select(group => new PackFile(group.Key, group.OrderBy(line => line.DocumentId, System.StringComparer.Ordinal).ToEquatableArray()));
        }

        private static uint Fnv(string value)
        {
            uint hash = 2166136261;
            foreach (char c in value)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>What one document's output needs from the corpus: whether the document is left out, and which named properties exist.</summary>
    internal sealed record DocumentContext(EquatableArray<string> ExcludedFiles, NamedKinds Named)
    {
        public static DocumentContext Of(CorpusSpec corpus, string namedMembers = "auto", int maxNamedMembers = NamedKinds.MaxNamedMembers) =>
            new(corpus.ExcludedFiles, NamedKinds.Of(corpus, namedMembers, maxNamedMembers));
    }

    /// <summary>
    /// One generated file of the corpus: up to <see cref="CorpusLayout.ItemsPerChunk"/> merged records of one shared
    /// kind (their named properties and their data), or, for the kind <c>documents</c>, the ids of up to that many
    /// documents (their part of the data set's lists). <see cref="Named"/> says which kinds have named properties.
    /// </summary>
    internal sealed record CorpusChunk(string Kind, int Index, NamedKinds Named, EquatableArray<RecordSpec> Records, EquatableArray<string> DocumentIds);

    /// <summary>What the corpus's main file needs: how many documents and chunks of each kind there are, and which kinds lost their names.</summary>
    internal sealed record CorpusIndex(int DocumentCount, NamedKinds Named, EquatableArray<KindCount> Chunks, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public int ChunksOf(string kind) => Chunks.Where(c => c.Kind == kind).Select(c => c.Count).FirstOrDefault();
    }

    /// <summary>The corpus cut into chunks, and the index of them.</summary>
    internal sealed record CorpusLayout(CorpusIndex Index, EquatableArray<CorpusChunk> Chunks)
    {
        /// <summary>At most this many records or documents per chunk, and records per data literal.</summary>
        public const int ItemsPerChunk = 256;

        /// <summary>
        /// At most this much weight per chunk, where a record weighs one plus each citation and string of its lists:
        /// about the size of its data, so a chunk's literal stays small for the compiler.
        /// </summary>
        public const int WeightPerChunk = 1024;

        public static CorpusLayout Of(CorpusSpec corpus, CancellationToken cancellationToken, string namedMembers = "auto", int maxNamedMembers = NamedKinds.MaxNamedMembers)
        {
            NamedKinds named = NamedKinds.Of(corpus, namedMembers, maxNamedMembers);
            var chunks = new List<CorpusChunk>();
            var counts = new List<KindCount>();
            string documents = Kinds.Kinds.Documents.Section;
            counts.Add(new KindCount(documents, Pack(corpus.DocumentIds, _ => 1, cancellationToken, (index, ids) => chunks.Add(new CorpusChunk(documents, index, named, EquatableArray<RecordSpec>.Empty, ids.ToEquatableArray())))));
            foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => k.IsShared))
            {
                int count = Pack(corpus.Of(kind.Section), Weight, cancellationToken, (index, records) => chunks.Add(new CorpusChunk(kind.Section, index, named, records.ToEquatableArray(), EquatableArray<string>.Empty)));
                counts.Add(new KindCount(kind.Section, count));
            }

            var diagnostics = new List<DiagnosticInfo>();
            if (namedMembers == "auto" && NamedKinds.IsLarge(corpus))
            {
                diagnostics.Add(Parsing.DiagnosticCatalog.LargeCorpusUnnamed.At(null, Number(corpus.Counts.Sum(c => c.Count)), Number(NamedKinds.AutoNamedMembers)));
            }

            foreach (KindDescription kind in Kinds.Kinds.All)
            {
                if (!NamedKinds.NoneNamed(corpus, namedMembers) && !named.For(kind.Section))
                {
                    string plural = kind.Section;
                    diagnostics.Add(Parsing.DiagnosticCatalog.TooManyNamedMembers.At(null, Number(corpus.CountOf(kind.Section)), plural, Number(maxNamedMembers), kind.ClassName));
                }
            }

            var index = new CorpusIndex(corpus.DocumentIds.Count, named, counts.ToEquatableArray(), diagnostics.ToEquatableArray());
            return new CorpusLayout(index, chunks.ToEquatableArray());
        }

        /// <summary>How many parts an array of <paramref name="count"/> elements is built from (one when it fits in one part).</summary>
        public static int Parts(int count) => count <= ItemsPerChunk ? 1 : (count + ItemsPerChunk - 1) / ItemsPerChunk;

        private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        private static int Weight(RecordSpec record)
        {
            int weight = 1;
            foreach (FieldValue value in record.Values)
            {
                weight += value.Texts.Count + value.Citations.Count;
            }

            return weight;
        }

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
