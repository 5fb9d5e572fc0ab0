using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using SummitData.Compiled;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.IO;

namespace SummitData.Loading;

/// <summary>
/// The records of a folder of annotated documents, read in batches rather than held whole (see
/// <see cref="SummitDataLoader.Stream"/>): exactly the records <see cref="SummitDataLoader.LoadDirectory(string, bool, CancellationToken)"/>
/// gives, in no particular order, and, once they have all been read, the same diagnostics.
/// </summary>
/// <remarks>
/// <para>Each enumeration reads the folder twice. The first pass parses every document (a batch on every core) and keeps
/// only what the cross-document checks need to decide which documents leave: ids, references, and the values that the
/// declarations of a shared record (people, entities, agreements, claims, discrepancies, events) must give alike, with
/// no record, citation or place; a shared record's declarations that give the same values are one entry, however many
/// documents declare it. The texts are let go batch by batch. The checks then settle what needs the whole corpus (a
/// reference nobody declares, a one-sided discrepancy, a document left out because another left); when they find a
/// problem, the documents its diagnostics are about (and those that declare the ids they name) are read again for
/// their places, and the checks run again with them, so the diagnostics are the in-memory loader's. The second pass
/// parses the documents kept again, group by group (documents that declare a shared record, or name one another
/// declares, are one group), gives out each document's own record with its batch and, once its group has been read,
/// the group's shared records, merged as the in-memory loader merges them, then the group's other records.</para>
/// <para>A record's references (a quote's speaker, a figure's claim) resolve to the shared records the stream gives out
/// with its group. Nothing else is held: a citation's document, which the in-memory data set finds through its
/// documents, is not available from a streamed record.</para>
/// <para>The memory a stream holds is a batch of texts, the index (which grows with the shared records and the ids, not
/// with the texts or the citations) and, in the second pass, the records of one group at a time: small when shared
/// records are local to a few documents, all the folder's records when one record is named everywhere.</para>
/// <para>A file that changes between the two passes makes the enumeration throw an
/// <see cref="InvalidOperationException"/>: its records would no longer be those the checks passed.</para>
/// </remarks>
public sealed class RecordStream : IEnumerable<IRecord>
{
    private readonly FolderWalker _walker;
    private readonly string _directory;
    private readonly StreamOptions _options;
    private readonly IProgress<LoadProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private IReadOnlyList<SummitDiagnostic>? _diagnostics;
    private IReadOnlyList<string>? _excludedFiles;
    private int _textsHeld;
    private int _peak;

    internal RecordStream(FolderWalker walker, string directory, StreamOptions options, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        _walker = walker;
        _directory = directory;
        _options = options;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Every diagnostic, in file order and then in the order found, as <see cref="LoadResult.Diagnostics"/> has them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The records have not all been read yet.</exception>
    public IReadOnlyList<SummitDiagnostic> Diagnostics => _diagnostics ?? throw NotRead();

    /// <summary>The files left out because of errors, as <see cref="LoadResult.ExcludedFiles"/> has them.</summary>
    /// <exception cref="InvalidOperationException">The records have not all been read yet.</exception>
    public IReadOnlyList<string> ExcludedFiles => _excludedFiles ?? throw NotRead();

    /// <summary>Whether any diagnostic is an error (some document was left out).</summary>
    /// <exception cref="InvalidOperationException">The records have not all been read yet.</exception>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The most document texts held at once so far, for tests of the memory bound.</summary>
    internal int PeakTextsHeld => Volatile.Read(ref _peak);

    /// <summary>How many times a document was parsed, over both passes of every enumeration.</summary>
    internal int DocumentsParsed { get; private set; }

    /// <summary>
    /// What the last enumeration's first pass held for the cross-document checks, for tests of its size: the sites of
    /// records (one per record declared), how many of them declare shared records and how many distinct objects those
    /// are (one per shared record, however many documents declare it, as long as they declare it alike), and the
    /// citations of records held (none: the index keeps no record).
    /// </summary>
    internal IndexCounts IndexSize { get; private set; } = new(0, 0, 0, 0);

    /// <summary>Reads the folder (again) and gives out its records; see the remarks of <see cref="RecordStream"/>.</summary>
    /// <exception cref="System.IO.DirectoryNotFoundException">The directory is not a folder.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A file changed between the two passes.</exception>
    public IEnumerator<IRecord> GetEnumerator() => Read().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InvalidOperationException NotRead() =>
        new("The diagnostics of a record stream are known once every record has been read: enumerate it to the end first.");

    private IEnumerable<IRecord> Read()
    {
        // Each enumeration reads the folder afresh: what an earlier one found no longer holds until this one ends.
        _diagnostics = null;
        _excludedFiles = null;
        Interlocked.Exchange(ref _textsHeld, 0);
        CancellationToken cancellationToken = _cancellationToken;
        WalkPlan plan = _walker.Plan(_directory, _options.Recursive, cancellationToken);
        Index index = BuildIndex(plan, cancellationToken);
        if (plan.Count > _options.BatchSize)
        {
            // The first pass's index and what its checks allocated are garbage now, and most of it in the oldest
            // generation, which the collector would only reach as the second pass (and the writer it feeds) grows the
            // heap further: the two would add up. Collected and given back here, the peak is the larger pass's alone.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        List<Kept> kept = index.Kept;

        var meter = new ProgressMeter(_progress, LoadStage.Streaming, kept.Count);
        var pending = new Dictionary<int, Group>();
        RecordType documentType = SummitDataSet.TypeOf(Kinds.Documents.Section);
        for (int start = 0; start < kept.Count; start += _options.BatchSize)
        {
            int count = Math.Min(_options.BatchSize, kept.Count - start);
            var documents = new DocumentSpec[count];
            InParallel(count, cancellationToken, i =>
            {
                Kept document = kept[start + i];
                documents[i] = Parse(plan.Read(document.Entry, cancellationToken), document.Id, document.Hash, cancellationToken).Document!;
            });
            DocumentsParsed += count;

            // A document's own record (the one that holds its text) goes out with its batch; its other records wait for
            // the shared records of its group, so that every reference a record gives out resolves at once.
            var done = new List<Group>();
            for (int i = 0; i < count; i++)
            {
                Kept document = kept[start + i];
                if (!pending.TryGetValue(document.Group, out Group? group))
                {
                    pending[document.Group] = group = new Group(index.GroupSizes[document.Group]);
                }

                DocumentSpec spec = documents[i];
                yield return documentType.Create(RecordBuilder.Row(Kinds.Documents, spec.Document), group);
                group.Add(document.Order, spec);
                if (group.Complete)
                {
                    pending.Remove(document.Group);
                    done.Add(group);
                }
            }

            Array.Clear(documents);
            Release(count);
            foreach (Group group in done)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (IRecord record in group.Records())
                {
                    yield return record;
                }
            }

            meter.Add(count);
        }

        _diagnostics = index.Diagnostics;
        _excludedFiles = index.ExcludedFiles;
    }

    /// <summary>
    /// The first pass: every file parsed in batches, the index of what the cross-document checks need (the documents'
    /// sites, no record), the checks, and the order of the second pass (<see cref="Kept"/>).
    /// </summary>
    private Index BuildIndex(WalkPlan plan, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var documents = new List<SitedDocument>();
        var files = new List<(int Entry, string Path, string? Id, byte[]? Hash)>();
        var entries = new List<(int Entry, byte[] Hash)>();
        var interner = new Interner();
        var meter = new ProgressMeter(_progress, LoadStage.Indexing, plan.FileCount);
        for (int start = 0; start < plan.Count; start += _options.BatchSize)
        {
            int count = Math.Min(_options.BatchSize, plan.Count - start);
            var parsed = new Parsed[count];
            InParallel(count, cancellationToken, i =>
            {
                WalkedFile file = plan.Read(start + i, cancellationToken);
                var problems = new List<DiagnosticInfo>();
                string? text = Hold(file.Text(problems));
                if (text is null)
                {
                    parsed[i] = new Parsed(file.IsFolder, null, null, problems.ToEquatableArray());
                    return;
                }

                // Slimmed at once, so the parse's own objects (the text, the YAML tree, every record) die young rather
                // than wait for the whole batch and reach the oldest generation.
                ParseResult result = DocumentParser.Parse(file.FullPath, text, cancellationToken);
                byte[] hash = SHA256.HashData(file.Bytes.AsSpan(0, file.Length));
                parsed[i] = new Parsed(false, result.Document is { } document ? Slim(document, result.Sites!) : null, hash, result.Diagnostics);
                Release(1);
            });
            DocumentsParsed += parsed.Count(p => p.Hash is not null);

            int documentsInBatch = 0;
            for (int i = 0; i < count; i++)
            {
                Parsed p = parsed[i];
                diagnostics.AddRange(p.Diagnostics);
                if (p.IsFolder)
                {
                    continue;
                }

                documentsInBatch++;
                if (p.Document is { } document)
                {
                    documents.Add(Light(document, interner));
                    entries.Add((start + i, p.Hash!));
                    files.Add((start + i, document.Document.FilePath, document.Document.Id, p.Hash));
                }
                else
                {
                    files.Add((start + i, FilePathOf(p.Diagnostics), null, null));
                }
            }

            meter.Add(documentsInBatch);
        }

        IEnumerable<RecordSite> shared = documents.SelectMany(d => d.Sites.Records).Where(s => Kinds.Of(s.Kind).IsShared);
        IndexSize = new IndexCounts(
            documents.Sum(d => d.Sites.Records.Count),
            shared.Count(),
            shared.Distinct(ReferenceEqualityComparer.Instance).Count(),
            documents.Sum(d => d.Document.Records.Sum(k => k.Records.Sum(r => r.Values.Sum(v => v.Citations.Count)))));
        CorpusResult corpus = CorpusBuilder.Build(documents, merge: false, cancellationToken, out _);
        if (corpus.Diagnostics.Count > 0)
        {
            // The verdict holds for the true places too (no check orders documents by them); the diagnostics are given
            // by the checks run again with the true sites of the documents they need, read again.
            int[] involved = Involved(documents, corpus).Order().ToArray();
            for (int start = 0; start < involved.Length; start += _options.BatchSize)
            {
                int count = Math.Min(_options.BatchSize, involved.Length - start);
                InParallel(count, cancellationToken, i =>
                {
                    int document = involved[start + i];
                    (int entry, byte[] hash) = entries[document];
                    ParseResult result = Parse(plan.Read(entry, cancellationToken), documents[document].Document.Id, hash, cancellationToken);
                    documents[document] = Slim(result.Document!, result.Sites!);
                    Release(1);
                });
                DocumentsParsed += count;
            }

            corpus = CorpusBuilder.Build(documents, merge: false, cancellationToken, out _);
        }

        var excluded = new HashSet<string>(corpus.Corpus.ExcludedFiles, StringComparer.Ordinal);
        string[] excludedFiles = files
            .Where(f => f.Id is null || excluded.Contains(f.Path))
            .Select(f => f.Path)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        SummitDiagnostic[] all = diagnostics.Concat(corpus.Diagnostics).Select(SummitDataLoader.ToDiagnostic).ToArray();
        (List<Kept> kept, int[] sizes) = Groups(documents, files, excluded);
        return new Index(kept, sizes, all, excludedFiles);
    }

    /// <summary>
    /// The order of the second pass. Documents that declare one shared record, or where one names another's shared
    /// record, are one group (the connected parts of that graph, found with a union-find over the documents kept); the
    /// second pass reads a group's documents one after the other, in the walk's order of each group's first document,
    /// so that a shared record is merged, and the records that name it given out, as soon as its group has been read.
    /// </summary>
    private static (List<Kept> Kept, int[] Sizes) Groups(List<SitedDocument> documents, List<(int Entry, string Path, string? Id, byte[]? Hash)> files, HashSet<string> excluded)
    {
        var parent = new int[documents.Count];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                // Path halving: every look shortens the path it walks.
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        void Union(int a, int b)
        {
            (a, b) = (Root(a), Root(b));
            if (a != b)
            {
                // The smaller index is the root, so a group's root is its first document in the walk's order.
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var declaredBy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            if (excluded.Contains(documents[i].Document.FilePath))
            {
                continue;
            }

            foreach (RecordSite site in documents[i].Sites.Records)
            {
                if (Kinds.Of(site.Kind).IsShared)
                {
                    if (declaredBy.TryGetValue(site.Id, out int first))
                    {
                        Union(first, i);
                    }
                    else
                    {
                        declaredBy[site.Id] = i;
                    }
                }
            }
        }

        for (int i = 0; i < documents.Count; i++)
        {
            if (excluded.Contains(documents[i].Document.FilePath))
            {
                continue;
            }

            foreach (RecordSite site in documents[i].Sites.Records)
            {
                foreach (ReferenceSite reference in site.References)
                {
                    if (declaredBy.TryGetValue(reference.Reference.Id, out int declaring))
                    {
                        Union(declaring, i);
                    }
                }
            }
        }

        // Documents and files are in the same (walk) order; a document's place in the checks' order merges its
        // declarations in the order the in-memory loader merges them.
        int[] order = new int[documents.Count];
        int place = 0;
        foreach (int i in Enumerable.Range(0, documents.Count)
            .OrderBy(i => documents[i].Document.Id, StringComparer.Ordinal)
            .ThenBy(i => documents[i].Document.FilePath, StringComparer.Ordinal))
        {
            order[i] = place++;
        }

        var sizes = new int[documents.Count];
        var kept = new List<Kept>();
        int document = 0;
        foreach ((int entry, string path, string? id, byte[]? hash) in files)
        {
            if (id is null)
            {
                continue;
            }

            int i = document++;
            if (!excluded.Contains(path))
            {
                int group = Root(i);
                sizes[group]++;
                kept.Add(new Kept(entry, id, hash!, group, order[i], i));
            }
        }

        kept.Sort((a, b) => a.Group != b.Group ? a.Group.CompareTo(b.Group) : a.Walk.CompareTo(b.Walk));
        return (kept, sizes);
    }

    /// <summary>
    /// A parsed document as the cross-document checks need it: its id, path and sites, none of its records (the
    /// second pass merges the shared records from the documents read again).
    /// </summary>
    private static SitedDocument Slim(DocumentSpec document, DocumentSites sites)
    {
        return new SitedDocument(new DocumentSpec(document.Id, document.FilePath, NoRecord, EquatableArray<KindRecords>.Empty), sites);
    }

    /// <summary>
    /// The document's sites as the checks' verdict needs them (which documents leave, which shared records have too few
    /// declarations), not their diagnostics: every place is <see cref="Nowhere"/>, so that the sites of a shared record
    /// that its declarations give alike are one object, held once however many documents declare it, as are the
    /// references to one id and the strings of ids and of values that declarations must give alike.
    /// </summary>
    private static SitedDocument Light(SitedDocument document, Interner interner)
    {
        var records = new RecordSite[document.Sites.Records.Count];
        for (int i = 0; i < records.Length; i++)
        {
            RecordSite site = document.Sites.Records[i];
            EquatableArray<ReferenceSite> references = site.References.Count == 0
                ? EquatableArray<ReferenceSite>.Empty
                : site.References.Select(r => interner.Of(new ReferenceSite(r.Field, new IdReference(interner.Of(r.Reference.Id), Nowhere)))).ToEquatableArray();
            if (!Kinds.Of(site.Kind).IsShared)
            {
                records[i] = new RecordSite(site.Kind, site.Id, Nowhere, site.Shared.Count == 0 ? EquatableArray<SharedField>.Empty : site.Shared, references);
                continue;
            }

            EquatableArray<SharedField> shared = interner.Of(site.Shared.Select(f => interner.Of(new SharedField(f.Name, interner.Of(f.Value), Nowhere))).ToEquatableArray());
            records[i] = interner.Of(new RecordSite(site.Kind, interner.Of(site.Id), Nowhere, shared, references));
        }

        return new SitedDocument(document.Document, new DocumentSites(Nowhere, records.ToEquatableArray()));
    }

    /// <summary>
    /// The documents whose true sites the diagnostics of a verdict need: those a diagnostic is about (left out, or
    /// declaring a discrepancy with one side) and every document that declares an id with the C# name of one of
    /// theirs (the first declaration a message points at: the same id, or one that gives the same name).
    /// </summary>
    private static HashSet<int> Involved(List<SitedDocument> documents, CorpusResult verdict)
    {
        var excluded = new HashSet<string>(verdict.Corpus.ExcludedFiles, StringComparer.Ordinal);
        var oneSided = new HashSet<string>(
            verdict.Diagnostics.Where(d => d.Id == DiagnosticCatalog.DiscrepancyOneSide.Id).Select(d => d.Arguments[1]),
            StringComparer.Ordinal);
        var involved = new HashSet<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
        {
            SitedDocument document = documents[i];
            if (excluded.Contains(document.Document.FilePath) || oneSided.Contains(document.Document.Id))
            {
                involved.Add(i);
                names.Add(Identifiers.MemberName(document.Document.Id));
                names.UnionWith(document.Sites.Records.Select(s => Identifiers.MemberName(s.Id)));
            }
        }

        for (int i = 0; i < documents.Count; i++)
        {
            SitedDocument document = documents[i];
            if (names.Contains(Identifiers.MemberName(document.Document.Id)) || document.Sites.Records.Any(s => names.Contains(Identifiers.MemberName(s.Id))))
            {
                involved.Add(i);
            }
        }

        return involved;
    }

    /// <summary>
    /// One string, reference, shared value and shared record's site for each distinct one the first pass reads, so that the
    /// index holds each once; let go with the first pass.
    /// </summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<ReferenceSite, ReferenceSite> _references = new();
        private readonly Dictionary<RecordSite, RecordSite> _sites = new();
        private readonly Dictionary<SharedField, SharedField> _fields = new();
        private readonly Dictionary<EquatableArray<SharedField>, EquatableArray<SharedField>> _values = new();

        public string Of(string value) => Held(_strings, value);

        public SharedField Of(SharedField value) => Held(_fields, value);

        public EquatableArray<SharedField> Of(EquatableArray<SharedField> value) => Held(_values, value);

        public ReferenceSite Of(ReferenceSite value) => Held(_references, value);

        public RecordSite Of(RecordSite value) => Held(_sites, value);

        private static T Held<T>(Dictionary<T, T> held, T value)
            where T : notnull
        {
            if (held.TryGetValue(value, out T? first))
            {
                return first;
            }

            held[value] = value;
            return value;
        }
    }

    /// <summary>A document parsed again and checked to be what the first pass read.</summary>
    private ParseResult Parse(WalkedFile file, string id, byte[] hash, CancellationToken cancellationToken)
    {
        var problems = new List<DiagnosticInfo>();
        string? text = Hold(file.Text(problems));
        ParseResult? result = text is not null && file.Bytes is not null && SHA256.HashData(file.Bytes.AsSpan(0, file.Length)).AsSpan().SequenceEqual(hash)
            ? DocumentParser.Parse(file.FullPath, text, cancellationToken)
            : null;
        if (result?.Document is null || !string.Equals(result.Document.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{file.FullPath}' changed while the folder was streamed, so its records are no longer those the checks passed: stream the folder again.");
        }

        return result;
    }

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1 on the cores allowed; a failure is thrown as itself.</summary>
    private void InParallel(int count, CancellationToken cancellationToken, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure, with its own stack, as a sequential load would throw it.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Counts a document text as held (until <see cref="Release"/>), keeping the peak.</summary>
    private string? Hold(string? text)
    {
        if (text is not null)
        {
            int held = Interlocked.Increment(ref _textsHeld);
            int peak;
            while (held > (peak = PeakTextsHeld))
            {
                // A compare-and-swap on the backing value: batches parse on several threads.
                if (Interlocked.CompareExchange(ref _peak, held, peak) == peak)
                {
                    break;
                }
            }
        }

        return text;
    }

    private void Release(int texts) => Interlocked.Add(ref _textsHeld, -texts);

    /// <summary>The file a document that did not parse is in, as the in-memory loader names it: from its first diagnostic.</summary>
    private static string FilePathOf(EquatableArray<DiagnosticInfo> diagnostics) =>
        diagnostics.Select(d => d.Location?.FilePath).FirstOrDefault(p => p is not null) ?? string.Empty;

    /// <summary>One file of the first pass: the document slimmed for the index (null when it did not parse), its diagnostics.</summary>
    /// <summary>The place of every site of the first pass's index: the checks' verdict does not depend on places.</summary>
    private static readonly LocationInfo Nowhere = new(string.Empty, 0, 0, 0, 0, 0, 0);

    /// <summary>The document's own record in the index, which the checks do not read.</summary>
    private static readonly RecordSpec NoRecord = new(Kinds.Documents.Section, string.Empty, null, EquatableArray<FieldValue>.Empty);

    private sealed record Parsed(bool IsFolder, SitedDocument? Document, byte[]? Hash, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// A document the second pass reads: where the walk has it, its id and the hash of the bytes the first pass read, its
    /// group (<see cref="Groups"/>), its place in the checks' order and in the walk's.
    /// </summary>
    private sealed record Kept(int Entry, string Id, byte[] Hash, int Group, int Order, int Walk);

    /// <summary>What the first pass leaves: the second pass's documents in order, the size of each group, the verdict.</summary>
    private sealed record Index(
        List<Kept> Kept,
        int[] GroupSizes,
        IReadOnlyList<SummitDiagnostic> Diagnostics,
        IReadOnlyList<string> ExcludedFiles);

    /// <summary>The sizes <see cref="IndexSize"/> gives.</summary>
    internal sealed record IndexCounts(int Sites, int SharedSites, int DistinctSharedSites, int Citations);

    /// <summary>
    /// The documents of one group read so far in the second pass (their records, not their texts) and, once all are
    /// read, the source of their records: the shared records merged from them, which the references of the group's
    /// records resolve to. Any other kind is not held, and asking for it fails with a message that says so.
    /// </summary>
    private sealed class Group : RecordSource
    {
        private readonly List<(int Order, DocumentSpec Document)> _documents = new();
        private readonly int _size;
        private Dictionary<string, Array>? _shared;

        public Group(int size) => _size = size;

        public bool Complete => _documents.Count == _size;

        public void Add(int order, DocumentSpec document)
        {
            // The document's own record, and its text, went out with its batch.
            _documents.Add((order, new DocumentSpec(document.Id, document.FilePath, NoRecord, document.Records)));
        }

        /// <summary>The group's shared records, merged as the in-memory loader merges them, then every other record of its documents.</summary>
        public IEnumerable<IRecord> Records()
        {
            List<DocumentSpec> documents = _documents.OrderBy(d => d.Order).Select(d => d.Document).ToList();
            _documents.Clear();
            _shared = new Dictionary<string, Array>(StringComparer.Ordinal);
            foreach (KindDescription kind in Kinds.Lists.Where(k => k.IsShared))
            {
                Dictionary<(string Field, string Id), List<CitationSpec>> added = CorpusBuilder.AddedCitations(kind, documents);
                var merged = new List<RecordSpec>();
                foreach (IGrouping<string, RecordSpec> declarations in documents.SelectMany(d => d.Of(kind.Section)).GroupBy(r => r.Id, StringComparer.Ordinal))
                {
                    // Fewer declarations than the kind needs: reported by the checks (SD0024), and not a record.
                    List<RecordSpec> all = declarations.ToList();
                    if (all.Count >= kind.MinDeclarations)
                    {
                        merged.Add(CorpusBuilder.MergeDeclarations(kind, declarations.Key, all, added));
                    }
                }

                RecordType type = SummitDataSet.TypeOf(kind.Section);
                Array records = type.CreateArray(merged.Count);
                for (int i = 0; i < merged.Count; i++)
                {
                    records.SetValue(type.Create(RecordBuilder.Row(kind, merged[i]), this), i);
                }

                _shared[kind.Section] = records;
            }

            foreach (KindDescription kind in Kinds.Lists.Where(k => k.IsShared))
            {
                foreach (IRecord record in _shared[kind.Section])
                {
                    yield return record;
                }
            }

            foreach (DocumentSpec document in documents)
            {
                foreach (KindDescription kind in Kinds.Lists.Where(k => !k.IsShared))
                {
                    RecordType type = SummitDataSet.TypeOf(kind.Section);
                    foreach (RecordSpec spec in document.Of(kind.Section))
                    {
                        yield return type.Create(RecordBuilder.Row(kind, spec), this);
                    }
                }
            }
        }

        protected override Array Load(string kind)
        {
            if (!Kinds.Of(kind).IsShared)
            {
                throw new NotSupportedException(
                    $"A streamed record was asked for the {kind} of the folder, which a record stream does not hold (only the records shared across documents): load the folder with SummitDataLoader.LoadDirectory to follow it.");
            }

            // Only a document's own record goes out before its group is read, and it names no other record.
            return _shared?[kind] ?? throw new InvalidOperationException($"The {kind} of a group of streamed documents were asked for before the group was read.");
        }
    }
}
