using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.IO;

/// <summary>
/// One file found by <see cref="FolderWalker"/>: its bytes, or the diagnostic that says why it was not read. A
/// folder the walker could not or would not enter appears too, with its diagnostic.
/// </summary>
internal sealed class WalkedFile
{
    public WalkedFile(string relativePath, string fullPath, bool isFolder, byte[]? bytes, int length, DiagnosticInfo? problem)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        IsFolder = isFolder;
        Bytes = bytes;
        Length = length;
        Problem = problem;
    }

    /// <summary>The path under the folder walked, with <c>/</c> between names on every platform.</summary>
    public string RelativePath { get; }

    /// <summary>The folder as it was given joined with <see cref="RelativePath"/>: the name diagnostics use (never a link's target).</summary>
    public string FullPath { get; }

    /// <summary>Whether this is a folder (only ever with a <see cref="Problem"/>).</summary>
    public bool IsFolder { get; }

    /// <summary>The file's bytes (the first <see cref="Length"/> of them), or null when it was not read.</summary>
    public byte[]? Bytes { get; }

    public int Length { get; }

    /// <summary>Why the file or folder was not read (SD0026, at line 1, column 1), or null.</summary>
    public DiagnosticInfo? Problem { get; }

    /// <summary>The text of the bytes, or null with SD0027 when they are not UTF-8 (or with <see cref="Problem"/>).</summary>
    public string? Text(List<DiagnosticInfo> diagnostics)
    {
        if (Problem is not null)
        {
            diagnostics.Add(Problem);
            return null;
        }

        return DocumentEncoding.Decode(FullPath, Bytes!, Length, diagnostics);
    }
}

/// <summary>
/// Walks a folder for files with one extension and reads them, safely on any folder: it never leaves the folder,
/// reads each file once and regular files only, never more than <see cref="Limits.MaxFileBytes"/> bytes of one, and
/// turns every problem into a diagnostic for that file (SD0026) and goes on with the others. The loader and every
/// tool that reads a folder of documents use it.
/// </summary>
/// <remarks>
/// <para>Links are resolved the whole chain through (at most <see cref="MaxLinkHops"/> links, as Linux allows), from
/// the folder's own real path (its links resolved first). A link whose target is outside the folder is refused. A
/// link to a file inside the folder is read once: under the file's own name when that is walked too, else under the
/// link's (the first in ordinal order). A link to a folder inside the folder is never followed: its files are read
/// under their own paths, which the walk reaches anyway; when it points at a folder that holds it (a loop, such as
/// <c>self -&gt; .</c> or <c>sub/up -&gt; ..</c>) it is reported.</para>
/// <para>FIFOs, devices and sockets are never opened (see <see cref="FileKinds"/>). What is left is a race: a
/// regular file swapped for a FIFO between the check and the open would still be opened, which takes someone
/// writing into the folder while it is read.</para>
/// <para>The order is ordinal by relative path, whatever the file system's; the cancellation token is checked before
/// each folder is listed and each file is read.</para>
/// </remarks>
internal sealed class FolderWalker
{
    /// <summary>The most links followed to resolve one path (<see cref="Limits.MaxLinkHops"/>).</summary>
    public const int MaxLinkHops = Limits.MaxLinkHops;

    /// <summary>The deepest folder entered (<see cref="Limits.MaxFolderDepth"/>).</summary>
    public const int MaxFolderDepth = Limits.MaxFolderDepth;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _extension;
    private readonly long _maxFileBytes;
    private readonly Func<string, Stream> _open;

    /// <param name="extension">The extension of the files to read, e.g. <c>.summit</c> (compared ignoring case).</param>
    /// <param name="maxFileBytes">The largest file read, in bytes.</param>
    /// <param name="open">
    /// Opens a regular file for reading, given its real path; tests pass one that fails, as a real read failure cannot
    /// be made on demand (root reads every file).
    /// </param>
    public FolderWalker(string extension, long maxFileBytes = Limits.MaxFileBytes, Func<string, Stream>? open = null)
    {
        _extension = extension;
        _maxFileBytes = maxFileBytes;
        _open = open ?? OpenFile;
    }

    /// <summary>
    /// The files with the extension in <paramref name="folder"/> (and its subfolders when <paramref name="recursive"/>),
    /// each read or with its diagnostic, and the folders not entered with theirs, in ordinal order of relative path.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> is not a folder.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<WalkedFile> Walk(string folder, bool recursive, CancellationToken cancellationToken)
    {
        string? root = RealPath(Absolute(folder), out _);
        if (root is null || FileKinds.Of(root) != FileKind.Directory)
        {
            throw new DirectoryNotFoundException($"'{folder}' is not a folder.");
        }

        return Plan(folder, root, recursive, cancellationToken).ReadAll(cancellationToken);
    }

    /// <summary>
    /// What <see cref="Walk"/> reads, listed but not read: the streaming loader counts the files before it reads any,
    /// and reads each twice (once to index it, once for its records) without listing the folder again.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> is not a folder.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public WalkPlan Plan(string folder, bool recursive, CancellationToken cancellationToken)
    {
        string? root = RealPath(Absolute(folder), out _);
        if (root is null || FileKinds.Of(root) != FileKind.Directory)
        {
            throw new DirectoryNotFoundException($"'{folder}' is not a folder.");
        }

        return Plan(folder, root, recursive, cancellationToken);
    }

    /// <summary>
    /// One file named by the caller, read as safely as a walked one: links followed (as the caller named it), regular
    /// files only, the size bounded, any failure a diagnostic.
    /// </summary>
    public WalkedFile ReadFile(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string? real = RealPath(Absolute(path), out string? problem);
        return real is null
            ? Refused(path, path, problem!)
            : Read(path, path, real, FileKinds.Of(real), cancellationToken);
    }

    private WalkPlan Plan(string folder, string root, bool recursive, CancellationToken cancellationToken)
    {
        var found = new List<Found>();
        var folders = new Stack<(string Relative, string Real, int Depth)>();
        folders.Push((string.Empty, root, 0));
        while (folders.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (string relativeFolder, string realFolder, int depth) = folders.Pop();
            List<(string Name, bool IsDirectory, bool IsLink)> entries;
            try
            {
                entries = List(realFolder);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                found.Add(Found.Problem(relativeFolder, isFolder: true, Failure("This folder cannot be read, so the documents in it are not loaded", e)));
                continue;
            }

            // Pushed in reverse, so subfolders come off the stack in ordinal order (the final order is sorted anyway).
            for (int i = entries.Count - 1; i >= 0; i--)
            {
                (string name, bool isDirectory, bool isLink) = entries[i];
                string relative = relativeFolder.Length == 0 ? name : relativeFolder + "/" + name;
                string real = Path.Join(realFolder, name);
                bool wanted = name.EndsWith(_extension, StringComparison.OrdinalIgnoreCase);
                if (isLink && FileKinds.Of(real) == FileKind.Link)
                {
                    Link(relative, realFolder, name, wanted, recursive, root, found);
                }
                else if (isDirectory)
                {
                    if (!recursive)
                    {
                        continue;
                    }

                    if (depth + 1 > MaxFolderDepth)
                    {
                        found.Add(Found.Problem(relative, isFolder: true, $"This folder is nested more than {MaxFolderDepth} levels deep in the folder being read; it is not read: move its documents higher up"));
                        continue;
                    }

                    folders.Push((relative, real, depth + 1));
                }
                else if (wanted)
                {
                    found.Add(new Found(relative, real, IsLink: false, IsFolder: false, Message: null));
                }
            }
        }

        // A file reached both under its own name and through links is read once, under its own name if walked.
        IEnumerable<Found> files = found
            .Where(f => f.Message is null)
            .GroupBy(f => f.Real, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .Select(g => g.OrderBy(f => f.IsLink).ThenBy(f => f.Relative, StringComparer.Ordinal).First());
        return new WalkPlan(this, folder, files.Concat(found.Where(f => f.Message is not null)).OrderBy(f => f.Relative, StringComparer.Ordinal).ToArray());
    }

    /// <summary>One entry of a <see cref="WalkPlan"/> read (or refused) now.</summary>
    internal WalkedFile ReadEntry(string folder, Found item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string fullPath = Path.Join(folder, item.Relative);
        return item.Message is not null
            ? new WalkedFile(item.Relative, fullPath, item.IsFolder, null, 0, Unreadable(fullPath, item.Message))
            : Read(item.Relative, fullPath, item.Real, FileKinds.Of(item.Real), cancellationToken);
    }

    /// <summary>A link in the folder: refused when it leads out of the folder or loops, read when it leads to a wanted file.</summary>
    private static void Link(string relative, string realFolder, string name, bool wanted, bool recursive, string root, List<Found> found)
    {
        string? target = RealPath(Path.Join(realFolder, name), out string? problem);
        FileKind kind = target is null ? FileKind.Missing : FileKinds.Of(target);
        bool isFolder = kind == FileKind.Directory;
        if (isFolder ? !recursive : !wanted)
        {
            // Neither a document nor a folder the walk would enter: nothing to say about it.
            return;
        }

        if (target is null)
        {
            found.Add(Found.Problem(relative, isFolder: false, problem!));
        }
        else if (!IsInside(target, root))
        {
            found.Add(Found.Problem(
                relative,
                isFolder,
                isFolder
                    ? "This is a link to a folder outside the folder being read; it is not followed, so that reading a folder never reads files elsewhere: copy the documents into the folder, or load that folder on its own"
                    : "This is a link to a file outside the folder being read; it is not followed, so that reading a folder never reads files elsewhere: copy the document into the folder instead"));
        }
        else if (isFolder)
        {
            if (IsInside(realFolder, target))
            {
                found.Add(Found.Problem(relative, isFolder: true, "This is a link to a folder that holds it (a loop); it is not followed: remove the link"));
            }

            // Any other folder inside is walked under its own path: following the link would read its files twice.
        }
        else
        {
            found.Add(new Found(relative, target, IsLink: true, IsFolder: false, Message: null));
        }
    }

    private WalkedFile Read(string relative, string fullPath, string real, FileKind kind, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string? notRegular = kind switch
        {
            FileKind.Regular => null,
            FileKind.Missing => "The file no longer exists (it was deleted or moved while the folder was read); load again",
            FileKind.Inaccessible => "The file cannot be examined (a folder on its path is not readable): let the user that loads it read that folder",
            FileKind.Directory => "This is a folder, not a file; it is not read as one: name a file, or read it as a folder",
            FileKind.Fifo => "This is a named pipe (FIFO), not a regular file; it is not opened, as reading it could wait forever: only regular files are read as documents, so put the document itself here",
            FileKind.Socket => "This is a socket, not a regular file; it is not opened: only regular files are read as documents, so put the document itself here",
            _ => "This is a device, not a regular file; it is not opened: only regular files are read as documents, so put the document itself here",
        };
        if (notRegular is not null)
        {
            return Refused(relative, fullPath, notRegular);
        }

        try
        {
            long size = new FileInfo(real).Length;
            if (size > _maxFileBytes)
            {
                return Refused(relative, fullPath, TooLarge());
            }

            using Stream stream = _open(real);

            // One byte more than the limit allows shows a file that grew, or whose size was not its length, without
            // ever holding more than that.
            byte[] buffer = new byte[(int)Math.Min(size, _maxFileBytes) + 1];
            int count = 0;
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (count > _maxFileBytes)
                    {
                        return Refused(relative, fullPath, TooLarge());
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, 4096), _maxFileBytes + 1));
                }

                cancellationToken.ThrowIfCancellationRequested();
                int read = stream.Read(buffer, count, buffer.Length - count);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }

            return new WalkedFile(relative, fullPath, false, buffer, count, null);
        }
        catch (Exception e) when (IsIoFailure(e))
        {
            return Refused(relative, fullPath, Failure("The file cannot be read", e));
        }
    }

    private string TooLarge() => $"The file is larger than {_maxFileBytes} bytes, the most a document may have; it is not read: split the document";

    private static WalkedFile Refused(string relative, string fullPath, string message) =>
        new(relative, fullPath, false, null, 0, Unreadable(fullPath, message));

    // The messages here are sentences about the path ("This is a link ..."); the diagnostic's format leads them in.
    private static DiagnosticInfo Unreadable(string path, string message) =>
        DiagnosticCatalog.Unreadable.At(new LocationInfo(path, 0, 0, 0, 0, 0, 0), char.ToLowerInvariant(message[0]) + message.Substring(1));

    private static Stream OpenFile(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>The entries of one folder, in ordinal order of name.</summary>
    private static List<(string Name, bool IsDirectory, bool IsLink)> List(string folder)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false, ReturnSpecialDirectories = false };
        var entries = new FileSystemEnumerable<(string, bool, bool)>(
            folder,
            (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            options).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return entries;
    }

    /// <summary>
    /// The path with every link on it resolved, component by component (a link's target may itself go through links
    /// and <c>..</c>), or null with the reason: a missing target, a file used as a folder, or more than
    /// <see cref="MaxLinkHops"/> links. <c>..</c> is applied to the path resolved so far, which holds no links.
    /// </summary>
    internal static string? RealPath(string path, out string? problem)
    {
        problem = null;
        string current = Path.GetPathRoot(path)!;
        var pending = new Stack<string>();
        Push(path.Substring(current.Length));
        int hops = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Join(current, part);
            switch (FileKinds.Of(next))
            {
                case FileKind.Missing:
                    problem = "This path leads nowhere: it, or the target of a link on it, does not exist; check the name, or remove the broken link";
                    return null;
                case FileKind.Inaccessible:
                    problem = "This path cannot be followed: a folder on it, or on the way to a link's target, is not readable; let the user that loads it read that folder";
                    return null;
                case FileKind.Link:
                    string? target = FileKinds.LinkTarget(next);
                    if (++hops > MaxLinkHops || target is null)
                    {
                        problem = $"This path goes through more than {MaxLinkHops} links (probably links that point at each other); it is not followed: link to the file itself";
                        return null;
                    }

                    if (Path.IsPathRooted(target))
                    {
                        current = Path.GetPathRoot(target)!;
                        target = target.Substring(current.Length);
                    }

                    Push(target);
                    continue;
                case FileKind.Directory:
                    current = next;
                    continue;
                default:
                    if (pending.Any(p => p.Length > 0 && p != "."))
                    {
                        problem = "This path leads nowhere: it goes through a file as if it were a folder; check the name";
                        return null;
                    }

                    current = next;
                    continue;
            }
        }

        return current;

        void Push(string relative)
        {
            string[] parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                pending.Push(parts[i]);
            }
        }
    }

    /// <summary>
    /// The path made absolute without applying its <c>..</c> (<see cref="Path.GetFullPath(string)"/> would, and
    /// <c>link/..</c> is not the folder that holds the link): <see cref="RealPath"/> applies them after the links before.
    /// </summary>
    private static string Absolute(string path) =>
        OperatingSystem.IsWindows() ? Path.GetFullPath(path)
        : Path.IsPathFullyQualified(path) ? path
        : Path.Combine(Directory.GetCurrentDirectory(), path);

    /// <summary>Whether a real path is the folder's real path or under it.</summary>
    private static bool IsInside(string path, string folder)
    {
        string prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return string.Equals(path, folder, PathComparison) || path.StartsWith(prefix, PathComparison);
    }

    private static bool IsIoFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException;

    /// <summary>What went wrong and how to fix it, in words of this project's (the exception's own only for other I/O errors).</summary>
    private static string Failure(string what, Exception e) => what + e switch
    {
        UnauthorizedAccessException => " (permission denied): let the user that loads it read it",
        FileNotFoundException or DirectoryNotFoundException => ": it no longer exists (it was deleted or moved while the folder was read); load again",
        PathTooLongException => ": its path is too long for this system; move it higher up",
        _ => $" ({e.Message.TrimEnd('.')}); check the file and the disk it is on",
    };

    internal sealed record Found(string Relative, string Real, bool IsLink, bool IsFolder, string? Message)
    {
        public static Found Problem(string relative, bool isFolder, string message) => new(relative, string.Empty, false, isFolder, message);
    }
}

/// <summary>
/// The files and refused folders of one walk, in the walk's order, before any is read: each is read when asked for,
/// so a caller holds only the files it is working on.
/// </summary>
internal sealed class WalkPlan
{
    private readonly FolderWalker _walker;
    private readonly string _folder;
    private readonly FolderWalker.Found[] _entries;

    internal WalkPlan(FolderWalker walker, string folder, FolderWalker.Found[] entries)
    {
        _walker = walker;
        _folder = folder;
        _entries = entries;
    }

    /// <summary>How many files and refused folders the walk gives.</summary>
    public int Count => _entries.Length;

    /// <summary>How many of them are files (a refused folder is not one).</summary>
    public int FileCount => _entries.Count(e => !e.IsFolder);

    /// <summary>Entry <paramref name="index"/>, read now (a file's bytes, or its diagnostic).</summary>
    public WalkedFile Read(int index, CancellationToken cancellationToken) => _walker.ReadEntry(_folder, _entries[index], cancellationToken);

    /// <summary>Every entry, each read when the enumeration reaches it.</summary>
    public IEnumerable<WalkedFile> ReadAll(CancellationToken cancellationToken)
    {
        for (int i = 0; i < _entries.Length; i++)
        {
            yield return Read(i, cancellationToken);
        }
    }
}
