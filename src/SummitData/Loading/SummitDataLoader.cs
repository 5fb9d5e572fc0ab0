using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

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

    /// <summary>Loads one annotated file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LoadResult LoadFile(string path, CancellationToken cancellationToken = default) =>
        LoadFiles(new[] { path ?? throw new ArgumentNullException(nameof(path)) }, cancellationToken);

    /// <summary>Loads annotated files together: ids must be unique across them, and people and agreements declared in several are merged.</summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static LoadResult LoadFiles(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        if (paths is null)
        {
            throw new ArgumentNullException(nameof(paths));
        }

        var files = new List<(string Path, string Content)>();
        foreach (string path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add((path, File.ReadAllText(path)));
        }

        return LoadTexts(files, cancellationToken);
    }

    /// <summary>Loads every <c>*.summit</c> file in a directory and, by default, its subdirectories.</summary>
    /// <exception cref="IOException">The directory or a file cannot be read.</exception>
    public static LoadResult LoadDirectory(string directory, bool recursive = true, CancellationToken cancellationToken = default)
    {
        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        IEnumerable<string> paths = Directory
            .EnumerateFiles(directory, "*" + Extension, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(p => p.EndsWith(Extension, StringComparison.OrdinalIgnoreCase));
        return LoadFiles(paths, cancellationToken);
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

        // Ordinal file order, as the generator's output does not depend on the order files are given in.
        List<(string FilePath, string Content)> ordered = files
            .Select(f => (f.FilePath ?? throw new ArgumentException("A file path is null.", nameof(files)), f.Content ?? string.Empty))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();

        var results = new List<ParseResult>(ordered.Count);
        foreach ((string path, string content) in ordered)
        {
            results.Add(DocumentParser.Parse(path, content, cancellationToken));
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
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new LoadResult(data, diagnostics, excludedFiles);

        string FilePathOf(ParseResult r) => r.Diagnostics.Select(d => d.Location?.FilePath).FirstOrDefault(p => p is not null) ?? string.Empty;
    }

    private static SummitDiagnostic ToDiagnostic(DiagnosticInfo info)
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
