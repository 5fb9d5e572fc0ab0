using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.IO;

namespace SummitData.Loading;

/// <summary>
/// Loads annotated documents (<c>*.summit</c>) at run time, where no source generator runs: notebooks, scripts,
/// tools. The parser and every check are the generator's own code, so a document loads here exactly when it
/// compiles there, into the same records, with the same diagnostics (as values with file, line and column).
/// </summary>
/// <example>
/// <code>
/// LoadResult result = SummitDataLoader.LoadDirectory("documents");
/// foreach (SummitDiagnostic d in result.Diagnostics) Console.WriteLine(d);
/// SummitDataSet data = result.Data;
/// </code>
/// </example>
public static class SummitDataLoader
{
    /// <summary>The file extension of annotated documents.</summary>
    public const string Extension = ".summit";

    /// <summary>
    /// The value of a document's <c>sha256</c> field for a text: SHA-256 of its UTF-8 bytes, lowercase hex. Use it
    /// when writing a document; the loader and the generator check that the text still has this hash.
    /// </summary>
    public static string TextSha256(string text) => DocumentParser.Sha256(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>
    /// Loads one annotated file. A file that cannot be read as a document is a diagnostic, not an exception (see
    /// <see cref="LoadFiles"/>).
    /// </summary>
    public static LoadResult LoadFile(string path, CancellationToken cancellationToken = default) =>
        LoadFiles(new[] { path ?? throw new ArgumentNullException(nameof(path)) }, cancellationToken);

    /// <summary>
    /// Loads annotated files together: ids must be unique across them, and people and agreements declared in several
    /// are merged. Each file is read as UTF-8 bytes: a file that does not exist, cannot be read, is not a regular file
    /// (a FIFO, a device or a socket is never opened) or is larger than 64 MiB gets SD0026, bytes that are not UTF-8
    /// get SD0027 at the first of them; that file is left out and the others load.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static LoadResult LoadFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var walker = new FolderWalker(Extension);
        var files = new List<WalkedFile>();
        foreach (string path in paths)
        {
            files.Add(walker.ReadFile(path ?? throw new ArgumentException("A path is null.", nameof(paths)), cancellationToken));
        }

        return Load(files, cancellationToken);
    }

    /// <summary>
    /// Loads every <c>*.summit</c> file in a directory and, by default, its subdirectories, without ever leaving it:
    /// a link whose target is outside the directory is not followed, a link to a folder that holds it (a loop) is
    /// reported and not followed, and a file reached through links too is read once. Each problem with a file or folder
    /// (as for <see cref="LoadFiles"/>) is a diagnostic for it, and the other files load.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="directory"/> is not a directory.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static LoadResult LoadDirectory(string directory, bool recursive = true, CancellationToken cancellationToken = default) =>
        LoadDirectory(new FolderWalker(Extension), directory ?? throw new ArgumentNullException(nameof(directory)), recursive, cancellationToken);

    /// <summary>
    /// The records of every <c>*.summit</c> file in a directory, read in batches rather than held whole: for a folder too
    /// large to load in memory, e.g. to export it. The records are exactly those <see cref="LoadDirectory(string, bool, CancellationToken)"/>
    /// gives (in no particular order), and once they have all been read, <see cref="RecordStream.Diagnostics"/> are the
    /// same diagnostics in the same order. Memory is bounded by one batch of texts, the index of what the checks
    /// across documents need (ids, references, the values shared records must give alike), which grows with the ids,
    /// not with the texts or their citations, and the records of one group of documents that share records.
    /// The folder is read when the stream is enumerated (twice: see <see cref="RecordStream"/>).
    /// </summary>
    /// <param name="directory">The folder, read as <see cref="LoadDirectory(string, bool, CancellationToken)"/> reads it.</param>
    /// <param name="options">Batch size, parallelism and whether subfolders are read; null for the defaults.</param>
    /// <param name="progress">Told after each batch how far each pass has come; null for none.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <example>
    /// <code>
    /// RecordStream records = SummitDataLoader.Stream("documents");
    /// foreach (IRecord record in records) Write(record);
    /// foreach (SummitDiagnostic d in records.Diagnostics) Console.WriteLine(d);
    /// </code>
    /// </example>
    public static RecordStream Stream(string directory, StreamOptions? options = null, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new(new FolderWalker(Extension), directory ?? throw new ArgumentNullException(nameof(directory)), options ?? new StreamOptions(), progress, cancellationToken);

    /// <summary><see cref="LoadDirectory(string, bool, CancellationToken)"/> with a walker of the caller's (tests make its reads fail).</summary>
    internal static LoadResult LoadDirectory(FolderWalker walker, string directory, bool recursive, CancellationToken cancellationToken) =>
        Load(walker.Walk(directory, recursive, cancellationToken), cancellationToken);

    /// <summary>Loads files given as (path, bytes), as if read from disk.</summary>
    internal static LoadResult LoadBytes(IEnumerable<(string FilePath, byte[] Bytes)> files, CancellationToken cancellationToken = default) =>
        Load(files.Select(f => new WalkedFile(f.FilePath, f.FilePath, false, f.Bytes, f.Bytes.Length, null)), cancellationToken);

    /// <summary>
    /// Loads files a <see cref="FolderWalker"/> read, together: the command-line tool reads several folders and files
    /// (each through the walker) into one load, as one build reads every document of a project.
    /// </summary>
    internal static LoadResult LoadWalked(IEnumerable<WalkedFile> files, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null) =>
        Load(files, cancellationToken, progress);

    private static LoadResult Load(IEnumerable<WalkedFile> files, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null)
    {
        var sources = new List<Source>();
        foreach (WalkedFile file in files)
        {
            var problems = new List<DiagnosticInfo>();
            string? text = file.Text(problems);
            sources.Add(new Source(file.FullPath, text, problems, file.IsFolder));
        }

        return Load(sources, cancellationToken, progress);
    }

    /// <summary>Loads one annotated document given as text, e.g. written in a notebook cell.</summary>
    /// <param name="fileName">The name diagnostics use for it, e.g. <c>my-notes.summit</c>.</param>
    /// <param name="content">The whole annotated document: the YAML block between <c>---</c> lines, then the text.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public static LoadResult LoadText(string fileName, string content, CancellationToken cancellationToken = default) =>
        LoadTexts(new[] { (fileName, content) }, cancellationToken);

    /// <summary>Loads annotated documents given as (file name, content) pairs, together.</summary>
    public static LoadResult LoadTexts(IEnumerable<(string FilePath, string Content)> files, CancellationToken cancellationToken = default)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        return Load(
            files.Select(f => new Source(f.FilePath ?? throw new ArgumentException("A file path is null.", nameof(files)), f.Content ?? string.Empty, null, false)).ToList(),
            cancellationToken);
    }

    private static LoadResult Load(List<Source> sources, CancellationToken cancellationToken, IProgress<LoadProgress>? progress = null)
    {
        // Ordinal file order, as the generator's output does not depend on the order files are given in.
        var results = new List<ParseResult>(sources.Count);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var meter = new ProgressMeter(progress, LoadStage.Parsing, sources.Count(s => !s.IsFolder));
        foreach (Source source in sources.OrderBy(s => s.FilePath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(source.Content is null
                ? new ParseResult(null, null, source.Problems!.ToEquatableArray())
                : DocumentParser.Parse(source.FilePath, source.Content, cancellationToken));
            if (source.IsFolder)
            {
                folders.Add(source.FilePath);
            }
            else
            {
                meter.Add(1);
            }
        }

        CorpusResult corpus = CorpusBuilder.Build(
            results.Where(r => r.Document is not null).Select(r => new SitedDocument(r.Document!, r.Sites!)),
            cancellationToken);
        var diagnostics = new List<SummitDiagnostic>();
        foreach (DiagnosticInfo info in results.SelectMany(r => r.Diagnostics).Concat(corpus.Diagnostics))
        {
            diagnostics.Add(ToDiagnostic(info));
        }

        var excluded = new HashSet<string>(corpus.Corpus.ExcludedFiles, StringComparer.Ordinal);
        var included = results
            .Select(r => r.Document)
            .Where(d => d is not null && !excluded.Contains(d.FilePath))
            .ToDictionary(d => d!.Id, d => d!, StringComparer.Ordinal);
        List<DocumentSpec> documents = corpus.Corpus.DocumentIds.Select(id => included[id]).ToList();

        SummitDataSet data = RecordBuilder.Build(documents, corpus.Corpus);
        string[] excludedFiles = results
            .Where(r => r.Document is null || excluded.Contains(r.Document.FilePath))
            .Select(r => r.Document?.FilePath ?? FilePathOf(r))
            .Where(p => p.Length > 0 && !folders.Contains(p))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new LoadResult(data, diagnostics, excludedFiles);

        string FilePathOf(ParseResult r) => r.Diagnostics.Select(d => d.Location?.FilePath).FirstOrDefault(p => p is not null) ?? string.Empty;
    }

    /// <summary>One file to parse: its text, or the problems that kept it from being read (a folder's too).</summary>
    private sealed record Source(string FilePath, string? Content, List<DiagnosticInfo>? Problems, bool IsFolder);

    internal static SummitDiagnostic ToDiagnostic(DiagnosticInfo info)
    {
        SummitDiagnosticSeverity severity = info.Level switch
        {
            DiagnosticLevel.Error => SummitDiagnosticSeverity.Error,
            DiagnosticLevel.Warning => SummitDiagnosticSeverity.Warning,
            _ => SummitDiagnosticSeverity.Info,
        };
        LocationInfo? l = info.Location;
        return l is null
            ? new SummitDiagnostic(info.Id, severity, info.Message, null, 0, 0, 0, 0)
            : new SummitDiagnostic(info.Id, severity, info.Message, l.FilePath, l.StartLine + 1, l.StartColumn + 1, l.EndLine + 1, l.EndColumn + 1);
    }
}
