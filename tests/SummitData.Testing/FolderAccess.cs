using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Testing;

/// <summary>One entry the folder walker gave: its paths, how many bytes were read, and its diagnostic if any.</summary>
/// <param name="RelativePath">The path under the folder, with <c>/</c> separators.</param>
/// <param name="FullPath">The folder as given joined with the relative path.</param>
/// <param name="IsFolder">Whether the entry is a folder (reported, not read).</param>
/// <param name="Length">Bytes read, or -1 when the entry was not read.</param>
/// <param name="DiagnosticId">The diagnostic's id, or null.</param>
/// <param name="Message">The diagnostic's message, or null.</param>
public sealed record WalkedEntry(string RelativePath, string FullPath, bool IsFolder, int Length, string? DiagnosticId, string? Message);

/// <summary>
/// The runtime library's folder walker and byte-level loading, which are internal: the tests reach them here (this
/// assembly sees the library's internals; the tests cannot, as they see the generator's, which have the same names).
/// </summary>
public static class FolderAccess
{
    /// <summary>The most links the walker follows for one path.</summary>
    public const int MaxLinkHops = FolderWalker.MaxLinkHops;

    /// <summary>Walks a folder as <see cref="SummitDataLoader.LoadDirectory(string, bool, CancellationToken)"/> does, with an optional opener that replaces opening a file (given its real path).</summary>
    public static IReadOnlyList<WalkedEntry> Walk(string folder, bool recursive = true, Func<string, Stream>? open = null, long? maxFileBytes = null, CancellationToken cancellationToken = default) =>
        Walker(open, maxFileBytes).Walk(folder, recursive, cancellationToken)
            .Select(f => new WalkedEntry(f.RelativePath, f.FullPath, f.IsFolder, f.Bytes is null ? -1 : f.Length, f.Problem?.Id, f.Problem?.Message))
            .ToList();

    /// <summary><see cref="SummitDataLoader.LoadDirectory(string, bool, CancellationToken)"/> with an optional opener that replaces opening a file.</summary>
    public static LoadResult LoadDirectory(string folder, Func<string, Stream>? open = null, bool recursive = true, CancellationToken cancellationToken = default) =>
        SummitDataLoader.LoadDirectory(Walker(open, null), folder, recursive, cancellationToken);

    /// <summary>Loads files given as bytes, as if read from disk.</summary>
    public static LoadResult LoadBytes(string path, byte[] bytes) => SummitDataLoader.LoadBytes(new[] { (path, bytes) });

    private static FolderWalker Walker(Func<string, Stream>? open, long? maxFileBytes) =>
        new(SummitDataLoader.Extension, maxFileBytes ?? Generator.Parsing.Limits.MaxFileBytes, open);
}
