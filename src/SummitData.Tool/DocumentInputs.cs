using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// Reads the documents a command names: every file and folder through the library's <see cref="FolderWalker"/>, so the
/// tool reads a folder exactly as the loader does (never leaving it, regular files only, each file bounded in size,
/// each problem a diagnostic for that file).
/// </summary>
internal static class DocumentInputs
{
    /// <summary>
    /// The files at <paramref name="paths"/>, in the order given (a folder's in the walker's order); a file named twice,
    /// or both alone and in a folder named too, is read once.
    /// </summary>
    /// <exception cref="ToolException">No annotated document was found at any of the paths.</exception>
    public static List<WalkedFile> Read(IReadOnlyList<string> paths, ToolConsole console, CancellationToken cancellationToken)
    {
        var walker = new FolderWalker(SummitDataLoader.Extension);
        var files = new List<WalkedFile>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (path.Length == 0)
            {
                throw new ToolException("an empty path was given: name a .summit file or a folder.");
            }

            if (path.StartsWith('-') && !File.Exists(path) && !Directory.Exists(path))
            {
                // System.CommandLine takes an unknown option for one more path: say what it most likely is.
                throw new UsageException($"unknown option '{path}' (a file of that name would be read as a document: write it as ./{path}).");
            }

            int before = files.Count;
            IEnumerable<WalkedFile> found = Directory.Exists(path) ? walker.Walk(path, recursive: true, cancellationToken) : new[] { walker.ReadFile(path, cancellationToken) };
            foreach (WalkedFile file in found)
            {
                if (seen.Add(Identity(file.FullPath)))
                {
                    files.Add(file);
                }
            }

            if (files.Count == before && Directory.Exists(path))
            {
                console.Error.WriteLine($"warning: no *.summit files in '{path}'.");
            }
        }

        if (files.Count == 0)
        {
            throw new ToolException($"no annotated documents (*.summit files) found in {string.Join(", ", paths)}.");
        }

        return files;
    }

    /// <summary>The same name for a file however it was reached: its real path, or its absolute path when it has none.</summary>
    private static string Identity(string path)
    {
        string absolute = Path.GetFullPath(path);
        return FolderWalker.RealPath(absolute, out _) ?? absolute;
    }
}
