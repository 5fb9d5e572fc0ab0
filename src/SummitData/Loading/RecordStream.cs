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
/// only what the cross-document checks need: ids and where they are written, references, and the records shared across
/// documents (people, entities, agreements, claims, discrepancies, events); the texts are let go batch by batch. The
/// checks then settle what needs the whole corpus (a reference nobody declares, a one-sided discrepancy, a record
/// merged from several documents, a document left out because another left). The second pass parses the documents kept
/// again and gives out their records, batch by batch, then the merged shared records.</para>
/// <para>A record's references (a quote's speaker, a figure's claim) resolve to the shared records the stream holds.
/// Nothing else is held: a citation's document, which the in-memory data set finds through its documents, is not
/// available from a streamed record.</para>
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
        var source = new StreamedSource(index.Corpus);

        // The documents kept, in the walk's order, each with the hash of the bytes the first pass read.
        var kept = new List<(int Entry, string Id, byte[] Hash)>();
        foreach ((int entry, string path, string? id, byte[]? hash) in index.Files)
        {
            if (id is not null && !index.Excluded.Contains(path))
            {
                kept.Add((entry, id, hash!));
            }
        }

        var meter = new ProgressMeter(_progress, LoadStage.Streaming, kept.Count);
        for (int start = 0; start < kept.Count; start += _options.BatchSize)
        {
            int count = Math.Min(_options.BatchSize, kept.Count - start);
            var records = new List<IRecord>[count];
            InParallel(count, cancellationToken, i =>
            {
                (int entry, string id, byte[] hash) = kept[start + i];
                records[i] = Records(plan.Read(entry, cancellationToken), id, hash, source, cancellationToken);
            });
            DocumentsParsed += count;

            foreach (List<IRecord> document in records)
            {
                foreach (IRecord record in document)
                {
                    yield return record;
                }
            }

            Release(count);
            meter.Add(count);
        }

        foreach (KindDescription kind in Kinds.Lists.Where(k => k.IsShared))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (IRecord record in source.Shared(kind.Section))
            {
                yield return record;
            }
        }

        _diagnostics = index.Diagnostics;
        _excludedFiles = index.ExcludedFiles;
    }

    /// <summary>The first pass: every file parsed in batches, the index of what the cross-document checks need, the checks.</summary>
    private Index BuildIndex(WalkPlan plan, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var documents = new List<SitedDocument>();
        var files = new List<(int Entry, string Path, string? Id, byte[]? Hash)>();
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

                // Slimmed at once, so the parse's own objects (the text, the YAML tree, every per-document record) die
                // young rather than wait for the whole batch and reach the oldest generation.
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
                    documents.Add(document);
                    files.Add((start + i, document.Document.FilePath, document.Document.Id, p.Hash));
                }
                else
                {
                    files.Add((start + i, FilePathOf(p.Diagnostics), null, null));
                }
            }

            meter.Add(documentsInBatch);
        }

        CorpusResult corpus = CorpusBuilder.Build(documents, cancellationToken);
        var excluded = new HashSet<string>(corpus.Corpus.ExcludedFiles, StringComparer.Ordinal);
        string[] excludedFiles = files
            .Where(f => f.Id is null || excluded.Contains(f.Path))
            .Select(f => f.Path)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        SummitDiagnostic[] all = diagnostics.Concat(corpus.Diagnostics).Select(SummitDataLoader.ToDiagnostic).ToArray();
        return new Index(corpus.Corpus, excluded, files, all, excludedFiles);
    }

    /// <summary>
    /// A parsed document as the cross-document checks need it: its sites, its shared records, and of the records that
    /// add words to shared ones (a figure's to its claim) those words and the reference; never its text.
    /// </summary>
    private static SitedDocument Slim(DocumentSpec document, DocumentSites sites)
    {
        var records = new List<KindRecords>();
        foreach (KindDescription kind in Kinds.Lists)
        {
            if (kind.IsShared)
            {
                records.Add(new KindRecords(kind.Section, document.Of(kind.Section)));
                continue;
            }

            int[] needed = kind.Fields
                .Where(f => f.AddsCitationTo is not null)
                .SelectMany(f => new[] { kind.IndexOf(f.Name), kind.IndexOf(f.CitationFrom!) })
                .ToArray();
            if (needed.Length > 0)
            {
                records.Add(new KindRecords(kind.Section, document.Of(kind.Section)
                    .Select(r => r with { Values = r.Values.Select((v, i) => Array.IndexOf(needed, i) >= 0 ? v : FieldValue.Empty).ToEquatableArray() })
                    .ToEquatableArray()));
            }
        }

        var stub = new RecordSpec(Kinds.Documents.Section, document.Id, document.Id, EquatableArray<FieldValue>.Empty);
        return new SitedDocument(new DocumentSpec(document.Id, document.FilePath, stub, records.ToEquatableArray()), sites);
    }

    /// <summary>The second pass for one document: parsed again, checked to be what the first pass read, its records built.</summary>
    private List<IRecord> Records(WalkedFile file, string id, byte[] hash, StreamedSource source, CancellationToken cancellationToken)
    {
        var problems = new List<DiagnosticInfo>();
        string? text = Hold(file.Text(problems));
        DocumentSpec? document = text is not null && file.Bytes is not null && SHA256.HashData(file.Bytes.AsSpan(0, file.Length)).AsSpan().SequenceEqual(hash)
            ? DocumentParser.Parse(file.FullPath, text, cancellationToken).Document
            : null;
        if (document is null || !string.Equals(document.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{file.FullPath}' changed while the folder was streamed, so its records are no longer those the checks passed: stream the folder again.");
        }

        var records = new List<IRecord> { SummitDataSet.TypeOf(Kinds.Documents.Section).Create(RecordBuilder.Row(Kinds.Documents, document.Document), source) };
        foreach (KindDescription kind in Kinds.Lists.Where(k => !k.IsShared))
        {
            RecordType type = SummitDataSet.TypeOf(kind.Section);
            foreach (RecordSpec spec in document.Of(kind.Section))
            {
                records.Add(type.Create(RecordBuilder.Row(kind, spec), source));
            }
        }

        return records;
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
    private sealed record Parsed(bool IsFolder, SitedDocument? Document, byte[]? Hash, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>What the first pass leaves: the checked corpus and, per file, what the second pass needs.</summary>
    private sealed record Index(
        CorpusSpec Corpus,
        HashSet<string> Excluded,
        List<(int Entry, string Path, string? Id, byte[]? Hash)> Files,
        IReadOnlyList<SummitDiagnostic> Diagnostics,
        IReadOnlyList<string> ExcludedFiles);

    /// <summary>
    /// The source of streamed records: the shared records, which references resolve to, from the checked corpus; any
    /// other kind is not held, and asking for it fails with a message that says so.
    /// </summary>
    private sealed class StreamedSource : RecordSource
    {
        private readonly CorpusSpec _corpus;

        public StreamedSource(CorpusSpec corpus) => _corpus = corpus;

        public IEnumerable<IRecord> Shared(string kind) => (IEnumerable<IRecord>)SetOf(kind);

        protected override Array Load(string kind)
        {
            KindDescription description = Kinds.Of(kind);
            if (!description.IsShared)
            {
                throw new NotSupportedException(
                    $"A streamed record was asked for the {kind} of the folder, which a record stream does not hold (only the records shared across documents): load the folder with SummitDataLoader.LoadDirectory to follow it.");
            }

            RecordType type = SummitDataSet.TypeOf(kind);
            EquatableArray<RecordSpec> specs = _corpus.Of(kind);
            Array records = type.CreateArray(specs.Count);
            for (int i = 0; i < specs.Count; i++)
            {
                records.SetValue(type.Create(RecordBuilder.Row(description, specs[i]), this), i);
            }

            return records;
        }
    }
}
