using System;
using System.IO;
using SummitData.IO;

namespace SummitData.Tool;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a new temporary file in the same folder, which is flushed to disk
/// and then renamed over the destination, so a reader (or a build) sees the old file or the new one, never half of one.
/// Never through a link: a destination that is a symbolic link is refused, as renaming over it would replace the link
/// and writing into it would change a file elsewhere.
/// </summary>
/// <remarks>
/// What is left is a race: a link created at the destination between the check and the rename is replaced by the file,
/// which takes someone writing into the folder while the tool runs. A temporary file is removed when the write fails.
/// </remarks>
internal static class AtomicFile
{
    /// <param name="path">The destination.</param>
    /// <param name="bytes">The file's whole content.</param>
    /// <param name="overwrite">Whether an existing file may be replaced; without it an existing file is an error, also
    /// when it appears while the file is being written.</param>
    /// <exception cref="ToolException">The destination is a link, a folder or another non-regular file, exists when it
    /// may not, or cannot be written.</exception>
    public static void Write(string path, byte[] bytes, bool overwrite)
    {
        if (path.Length == 0)
        {
            throw new ToolException("an empty file name was given.");
        }

        FileKind kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Link:
                throw new ToolException($"'{path}' is a symbolic link; summitdata never writes through a link: name the file it points to, or another file.");
            case FileKind.Directory:
                throw new ToolException($"'{path}' is a folder; name a file.");
            case FileKind.Regular when !overwrite:
                throw new ToolException($"'{path}' already exists; it is not overwritten: name another file, or give --force to replace it.");
            case FileKind.Missing or FileKind.Regular:
                break;
            default:
                throw new ToolException($"'{path}' is not a regular file (a pipe, a device or a socket, or it cannot be examined); name a regular file.");
        }

        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? throw new ToolException($"'{path}' has no folder.");
        string temporary = Path.Join(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (kind == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                // The replaced file's permissions stay the file's: a rename would otherwise give it the new file's.
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            // Without overwrite, the move fails if the destination appeared meanwhile: nothing is ever replaced unasked.
            File.Move(temporary, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            if (!overwrite && File.Exists(full))
            {
                throw new ToolException($"'{path}' already exists; it is not overwritten: name another file, or give --force to replace it.", e);
            }

            throw new ToolException($"cannot write '{path}': {e.Message}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed with its own message; a leftover temporary file is named as one (.NAME.GUID.tmp).
        }
    }
}
