using System;
using System.IO;
using System.Runtime.InteropServices;

namespace SummitData.IO;

/// <summary>What a directory entry is, read without opening it.</summary>
internal enum FileKind
{
    /// <summary>Nothing by that name (or a path through something that is not a folder).</summary>
    Missing,

    /// <summary>It exists but cannot be examined (e.g. a folder on its path is not searchable).</summary>
    Inaccessible,

    /// <summary>A regular file, the only kind read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (on Windows also a junction).</summary>
    Link,

    /// <summary>A named pipe: opening it for reading waits for a writer, possibly forever.</summary>
    Fifo,

    /// <summary>A character device, such as a terminal or <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>
/// Tells what a path is without opening it (the entry itself: a link is a link, not what it points at).
/// </summary>
/// <remarks>
/// .NET has no public API for this on Unix. Tried on Linux with .NET 10: a FIFO, a socket and <c>/dev/null</c> all have
/// <see cref="FileAttributes.Normal"/> in <see cref="FileSystemInfo.Attributes"/> and in the enumeration's
/// <c>FileSystemEntry.Attributes</c>, exactly like a regular file; <see cref="FileSystemInfo.UnixFileMode"/> and
/// <c>File.GetUnixFileMode</c> give the permission bits only; a FIFO's length is 0, like an empty file's. Opening the
/// file to ask its handle is no way out: <c>File.OpenRead</c> on a FIFO blocks in <c>open(2)</c> until a writer comes
/// (also with <see cref="FileOptions.Asynchronous"/>), and a cancellation token cannot interrupt it. So on Unix this
/// calls <c>lstat</c> through <c>SystemNative_LStat</c>, the runtime's own native shim that
/// <see cref="FileSystemInfo"/> itself uses: unlike libc's <c>struct stat</c>, whose layout differs between Linux on
/// x64, Linux on Arm64 and macOS (and whose <c>lstat</c> symbol older glibc does not even export), its output has
/// one layout on every Unix, with the mode at offset 4 since .NET Core 1.0 and the file-type bits in POSIX's values.
/// Native AOT links the shim statically and binds this import to it directly. On Windows, where a folder holds no
/// FIFOs, the attributes tell enough: <see cref="FileAttributes.Device"/> and links (reparse points with a target).
/// </remarks>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int ErrorNoEntry = 2;
    private const int ErrorNotDirectory = 20;

    /// <summary>What the entry at <paramref name="path"/> is; a link is not followed.</summary>
    public static FileKind Of(string path) => OperatingSystem.IsWindows() ? OfWindows(path) : OfUnix(path);

    /// <summary>The target of a link, as written in it (relative to the link's folder unless rooted), or null.</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileKind OfUnix(string path)
    {
        if (LStat(path, out FileStatus status) != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            return error is ErrorNoEntry or ErrorNotDirectory ? FileKind.Missing : FileKind.Inaccessible;
        }

        return (status.Mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Inaccessible,
        };
    }

    private static FileKind OfWindows(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileKind.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileKind.Inaccessible;
        }

        // Other reparse points (cloud placeholders, deduplicated files) are read as what they hold.
        if ((attributes & FileAttributes.ReparsePoint) != 0 && LinkTarget(path) is not null)
        {
            return FileKind.Link;
        }

        return (attributes & FileAttributes.Directory) != 0 ? FileKind.Directory
            : (attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice
            : FileKind.Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStat(string path, out FileStatus output);

    /// <summary>
    /// The head of the shim's <c>FileStatus</c> (flags, mode); the size leaves room for every later field of any
    /// runtime version, which this code never reads.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
