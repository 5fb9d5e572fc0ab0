using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using SummitData.Generator.Parsing;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Folders that are not what they seem, read by <see cref="SummitDataLoader.LoadDirectory(string, bool, CancellationToken)"/>
/// through the folder walker: link loops, links out of the folder, a FIFO and a socket, unreadable and oversized files.
/// Each case is made for real on the file system (or, where root can read everything, with a read failure injected
/// through the walker's opener) and ends with a diagnostic for that file and the two good documents loaded. Every test
/// has a timeout: a hang is a failure, not a stuck run. These need symbolic links and FIFOs (Linux, macOS).
/// </summary>
public sealed class FolderWalkerTests
{
    private const string Secret = "API_KEY=sk-live-123456";

    /// <summary>The ids of the two good documents every folder here holds (a.summit and sub/b.summit).</summary>
    private static readonly string[] GoodIds = { "another-report", "small-fixture" };

    [Fact(Timeout = 30_000)]
    public async Task Link_loops_are_reported_once_each_and_never_entered()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            folder.Link("self", ".");
            folder.Link("sub/up", "../");
            var opens = new Opens();

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(result, folder, ("self", "SD0026", "a loop"), ("sub/up", "SD0026", "a loop"));
            AssertGoodDocumentsLoaded(result);
            Assert.Empty(result.ExcludedFiles);

            // Each real file opened once: no path through a loop reaches it again.
            Assert.Equal(new[] { folder.Real("a.summit"), folder.Real("sub/b.summit") }, opens.Paths.Order(StringComparer.Ordinal));
            Assert.Equal(
                new[] { "a.summit", "self", "sub/b.summit", "sub/up" },
                FolderAccess.Walk(folder.Path).Select(e => e.RelativePath));
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task Links_out_of_the_folder_are_refused_and_what_is_outside_never_read_or_quoted()
    {
        await Task.Run(() =>
        {
            using var outside = new TempFolder();
            File.WriteAllText(outside.Full("passwd"), Secret + "\n");
            File.WriteAllText(outside.Full("secret.summit"), $"---\nformat: {Secret}\n{Secret}: 1\n---\n{Secret}\n");
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            folder.Link("absolute.summit", outside.Full("passwd"));
            folder.Link("relative.summit", Path.Combine("..", System.IO.Path.GetFileName(outside.Path), "secret.summit"));
            folder.Link("hop1", "hop2");
            folder.Link("hop2", outside.Full("passwd"));
            folder.Link("chain.summit", "hop1");
            folder.Link("elsewhere", outside.Path);
            folder.Link("sub/up-and-out", "../../" + System.IO.Path.GetFileName(outside.Path));

            // A link that stays inside: its file is read once, under its own name.
            folder.Link("alias.summit", "a.summit");
            var opens = new Opens();

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(
                result,
                folder,
                ("absolute.summit", "SD0026", "a link to a file outside the folder"),
                ("chain.summit", "SD0026", "a link to a file outside the folder"),
                ("elsewhere", "SD0026", "a link to a folder outside the folder"),
                ("relative.summit", "SD0026", "a link to a file outside the folder"),
                ("sub/up-and-out", "SD0026", "a link to a folder outside the folder"));
            AssertGoodDocumentsLoaded(result);
            Assert.All(opens.Paths, p => Assert.StartsWith(folder.Real(string.Empty), p, StringComparison.Ordinal));
            Assert.Equal(2, opens.Paths.Count);
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain("sk-live", d.ToString(), StringComparison.Ordinal));
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain(outside.Path, d.ToString(), StringComparison.Ordinal));
            Assert.Equal(
                new[] { "absolute.summit", "chain.summit", "relative.summit" }.Select(folder.Full),
                result.ExcludedFiles.Order(StringComparer.Ordinal));
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_folder_given_through_a_link_is_its_real_folder()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            using var elsewhere = new TempFolder();
            File.WriteAllText(folder.Full("sub/b.summit"), Fixture.Small.Replace("id: small-fixture", "id: b-fixture", StringComparison.Ordinal));
            File.WriteAllText(elsewhere.Full("a.summit"), Fixture.Small);

            // Links written with the folder's real path (absolute) and through its given path: both lead inside.
            elsewhere.Link("sub/b-absolute.summit", folder.Real("sub/b.summit"));
            folder.Link("given", elsewhere.Path);
            folder.Link("sub/a-through-given.summit", "../given/a.summit");
            var opens = new Opens();

            LoadResult result = FolderAccess.LoadDirectory(folder.Full("given"), opens.Open);

            // Through the link the folder is `elsewhere`: its a.summit is inside, b.summit of `folder` is outside.
            AssertDiagnostics(result, folder, ("given/sub/b-absolute.summit", "SD0026", "a link to a file outside the folder"));
            Assert.Equal("small-fixture", Assert.Single(result.Data.Documents).Id);
            Assert.Equal(new[] { elsewhere.Real("a.summit") }, opens.Paths);

            // From `folder`, the link `given` leads out, and a.summit only through it: refused as well.
            LoadResult fromFolder = FolderAccess.LoadDirectory(folder.Path);
            AssertDiagnostics(
                fromFolder,
                folder,
                ("given", "SD0026", "a link to a folder outside the folder"),
                ("sub/a-through-given.summit", "SD0026", "a link to a file outside the folder"));
            Assert.Equal("b-fixture", Assert.Single(fromFolder.Data.Documents).Id);
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_link_chain_is_followed_up_to_the_bound_and_no_further()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            (string Path, string Content)[] documents = GeneratorTests.TwoDocuments();
            File.WriteAllText(folder.Full("a.summit"), documents[0].Content);
            File.WriteAllText(folder.Full("sub/target.txt"), documents[1].Content);
            string previous = "sub/target.txt";
            for (int i = 0; i < FolderAccess.MaxLinkHops; i++)
            {
                folder.Link($"link{i:D2}.txt", previous);
                previous = $"link{i:D2}.txt";
            }

            // near.summit reaches the document through exactly the bound's number of links, far.summit through one more.
            folder.Link("near.summit", $"link{FolderAccess.MaxLinkHops - 2:D2}.txt");
            folder.Link("far.summit", $"link{FolderAccess.MaxLinkHops - 1:D2}.txt");
            folder.Link("ping.summit", "pong.summit");
            folder.Link("pong.summit", "ping.summit");

            LoadResult result = FolderAccess.LoadDirectory(folder.Path);

            AssertDiagnostics(
                result,
                folder,
                ("far.summit", "SD0026", $"more than {FolderAccess.MaxLinkHops} links"),
                ("ping.summit", "SD0026", $"more than {FolderAccess.MaxLinkHops} links"),
                ("pong.summit", "SD0026", $"more than {FolderAccess.MaxLinkHops} links"));
            AssertGoodDocumentsLoaded(result);
            Assert.Equal("near.summit", result.Data.Documents.Get("another-report").SourceFile);
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_fifo_and_a_socket_are_skipped_without_being_opened()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            Run("mkfifo", folder.Full("y.summit"));
            Assert.True(File.Exists(folder.Full("y.summit")), "mkfifo made no FIFO");
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(folder.Full("sub/s.summit")));
            Assert.True(File.Exists(folder.Full("sub/s.summit")), "no socket file was made");
            var opens = new Opens();

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(result, folder, ("sub/s.summit", "SD0026", "a socket, not a regular file"), ("y.summit", "SD0026", "a named pipe (FIFO), not a regular file"));
            AssertGoodDocumentsLoaded(result);
            Assert.Equal(2, opens.Paths.Count);
            Assert.Equal(new[] { folder.Full("sub/s.summit"), folder.Full("y.summit") }, result.ExcludedFiles.Order(StringComparer.Ordinal));

            // The public entry points, with the file system's own opener: they return, they do not wait for a writer.
            Assert.Equal(result.Diagnostics, SummitDataLoader.LoadDirectory(folder.Path).Diagnostics);
            SummitDiagnostic one = Assert.Single(SummitDataLoader.LoadFile(folder.Full("y.summit")).Diagnostics);
            Assert.Equal(("SD0026", folder.Full("y.summit"), 1, 1), (one.Id, one.FilePath, one.Line, one.Column));
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task Unreadable_files_are_diagnostics_and_the_others_load()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            File.WriteAllText(folder.Full("denied.summit"), Fixture.Small);
            File.WriteAllText(folder.Full("failing.summit"), Fixture.Small);
            File.WriteAllText(folder.Full("deleted.summit"), Fixture.Small);
            File.WriteAllText(folder.Full("replaced.summit"), Fixture.Small);

            // Root reads every file whatever its mode, so two failures are injected, and two are real failures of the
            // operating system timed between listing and reading: a file deleted, a file replaced by a folder.
            var opens = new Opens(path => System.IO.Path.GetFileName(path) switch
            {
                "denied.summit" => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                "failing.summit" => throw new IOException("Input/output error"),
                "deleted.summit" => Delete(path),
                "replaced.summit" => ReplaceByFolder(path),
                _ => null,
            });

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(
                result,
                folder,
                ("deleted.summit", "SD0026", "it no longer exists"),
                ("denied.summit", "SD0026", "permission denied"),
                ("failing.summit", "SD0026", "Input/output error"),
                ("replaced.summit", "SD0026", "cannot be read"));
            AssertGoodDocumentsLoaded(result);
            Assert.Equal(4, result.ExcludedFiles.Count);

            // And a real one where the tests do not run as root: no read permission.
            if (!Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder.Full("denied.summit"), UnixFileMode.None);
                SummitDiagnostic denied = Assert.Single(SummitDataLoader.LoadFile(folder.Full("denied.summit")).Diagnostics);
                Assert.Equal("SD0026", denied.Id);
                Assert.Contains("permission denied", denied.Message, StringComparison.Ordinal);
            }
        });

        static Stream? Delete(string path)
        {
            File.Delete(path);
            return null;
        }

        static Stream? ReplaceByFolder(string path)
        {
            File.Delete(path);
            Directory.CreateDirectory(path);
            return null;
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task An_oversized_file_is_refused_before_it_is_read()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();

            // Sparse: a size past the limit without the disk space.
            using (var big = new FileStream(folder.Full("big.summit"), FileMode.CreateNew))
            {
                big.SetLength(Limits.MaxFileBytes + 1);
            }

            var opens = new Opens();

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(result, folder, ("big.summit", "SD0026", $"larger than {Limits.MaxFileBytes} bytes"));
            AssertGoodDocumentsLoaded(result);
            Assert.DoesNotContain(folder.Real("big.summit"), opens.Paths);
            Assert.Equal("SD0026", Assert.Single(SummitDataLoader.LoadFile(folder.Full("big.summit")).Diagnostics).Id);
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_file_longer_than_its_size_said_is_read_no_further_than_the_limit()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            File.WriteAllText(folder.Full("grows.summit"), "---\n");
            var endless = new EndlessStream();
            var opens = new Opens(path => path.EndsWith("grows.summit", StringComparison.Ordinal) ? endless : null);

            LoadResult result = FolderAccess.LoadDirectory(folder.Path, opens.Open);

            AssertDiagnostics(result, folder, ("grows.summit", "SD0026", $"larger than {Limits.MaxFileBytes} bytes"));
            AssertGoodDocumentsLoaded(result);
            Assert.Equal(Limits.MaxFileBytes + 1, endless.Position);
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task The_size_limit_holds_to_the_byte()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            File.WriteAllBytes(folder.Full("at.summit"), new byte[1000]);
            File.WriteAllBytes(folder.Full("over.summit"), new byte[1001]);

            IReadOnlyList<WalkedEntry> entries = FolderAccess.Walk(folder.Path, maxFileBytes: 1000);

            Assert.Equal(new[] { ("at.summit", 1000, (string?)null), ("over.summit", -1, "SD0026") }, entries.Select(e => (e.RelativePath, e.Length, e.DiagnosticId)));
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task Cancelling_stops_between_folders_and_between_files()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            File.WriteAllText(folder.Full("c.summit"), Fixture.Small);

            using var before = new CancellationTokenSource();
            before.Cancel();
            var none = new Opens();
            Assert.ThrowsAny<OperationCanceledException>(() => FolderAccess.LoadDirectory(folder.Path, none.Open, cancellationToken: before.Token));
            Assert.Empty(none.Paths);

            // Cancelled while the first file is read: no other file is opened.
            using var during = new CancellationTokenSource();
            var one = new Opens(_ =>
            {
                during.Cancel();
                return null;
            });
            Assert.ThrowsAny<OperationCanceledException>(() => FolderAccess.LoadDirectory(folder.Path, one.Open, cancellationToken: during.Token));
            Assert.Single(one.Paths);
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task The_order_is_ordinal_whatever_the_file_system_gives()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            string[] names = { "b.summit", "B.summit", "a-b.summit", "a.summit", "a/z.summit", "a/A.summit", "Z/x.summit", "_.summit", "notes.txt" };
            foreach (string name in names)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(folder.Full(name))!);
                File.WriteAllText(folder.Full(name), "x");
            }

            string[] expected = names.Where(n => n.EndsWith(".summit", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, FolderAccess.Walk(folder.Path).Select(e => e.RelativePath));
            Assert.Equal(new[] { "B.summit", "_.summit", "a-b.summit", "a.summit", "b.summit" }, FolderAccess.Walk(folder.Path, recursive: false).Select(e => e.RelativePath));
        });
    }

    [Fact(Timeout = 30_000)]
    public async Task Files_named_by_the_caller_are_read_as_safely()
    {
        await Task.Run(() =>
        {
            using var folder = new TempFolder();
            folder.WriteGoodDocuments();
            string missing = folder.Full("missing.summit");

            LoadResult result = SummitDataLoader.LoadFiles(new[] { folder.Full("a.summit"), missing, folder.Full("sub"), folder.Full("sub/b.summit") });

            Assert.Equal(
                new[] { (missing, "SD0026"), (folder.Full("sub"), "SD0026") },
                result.Diagnostics.Select(d => (d.FilePath!, d.Id)));
            AssertGoodDocumentsLoaded(result);
            Assert.Throws<DirectoryNotFoundException>(() => SummitDataLoader.LoadDirectory(missing));
        });
    }

    [Fact]
    public void A_file_that_is_not_a_summitdata_document_is_never_quoted()
    {
        foreach (string content in new[]
        {
            $"---\nformat: {Secret}\n{Secret}: 1\nid: x\n---\n{Secret}\n",
            $"---\n{Secret}: 1\nAPI_SECRET: sk-live-654321\n---\ntext\n",
            $"---\nformat: [{Secret}]\nAPI_SECRET: sk-live-654321\n---\ntext\n",
            $"{Secret}\nAPI_SECRET=sk-live-654321\n",
        })
        {
            LoadResult result = SummitDataLoader.LoadText("/docs/x.summit", content);

            SummitDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.DoesNotContain("sk-live", diagnostic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("API_", diagnostic.Message, StringComparison.Ordinal);
            Assert.Empty(result.Data.Documents);
        }
    }

    private static void AssertGoodDocumentsLoaded(LoadResult result) =>
        Assert.Equal(GoodIds, result.Data.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));

    /// <summary>Exactly these diagnostics, in this order, each at line 1, column 1 of its file (SD0026) with the words given.</summary>
    private static void AssertDiagnostics(LoadResult result, TempFolder folder, params (string Relative, string Id, string Words)[] expected)
    {
        Assert.True(
            expected.Length == result.Diagnostics.Count,
            $"expected {expected.Length} diagnostics, got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        foreach (((string relative, string id, string words), SummitDiagnostic actual) in expected.Zip(result.Diagnostics))
        {
            Assert.Equal((folder.Full(relative), id), (actual.FilePath!, actual.Id));
            Assert.Contains(words, actual.Message, StringComparison.Ordinal);
            if (id == "SD0026")
            {
                Assert.Equal((1, 1, SummitDiagnosticSeverity.Error), (actual.Line, actual.Column, actual.Severity));
            }
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {errors}");
    }

    /// <summary>Records the real path of every file the walker opens; the optional hook runs first and may return its own stream.</summary>
    private sealed class Opens
    {
        private readonly Func<string, Stream?>? _hook;
        private readonly ConcurrentQueue<string> _paths = new();

        public Opens(Func<string, Stream?>? hook = null) => _hook = hook;

        public List<string> Paths => _paths.ToList();

        public Stream Open(string path)
        {
            _paths.Enqueue(path);
            return _hook?.Invoke(path) ?? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        }
    }

    /// <summary>A file that never ends: a size check alone would not stop reading it.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A new folder under the temporary folder, deleted (links, not their targets) at the end.</summary>
    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "summitdata-walker-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            Directory.CreateDirectory(Full("sub"));
        }

        public string Path { get; }

        public string Full(string relative) => System.IO.Path.Combine(Path, relative);

        /// <summary>The path with the temporary folder's own links resolved (e.g. /tmp on macOS), as the walker opens it.</summary>
        public string Real(string relative) =>
            System.IO.Path.Combine(new DirectoryInfo(Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? RealOfParents(), relative);

        /// <summary>The two documents of <see cref="GeneratorTests.TwoDocuments"/>, as a.summit and sub/b.summit.</summary>
        public void WriteGoodDocuments()
        {
            (string Path, string Content)[] documents = GeneratorTests.TwoDocuments();
            File.WriteAllText(Full("a.summit"), documents[0].Content);
            File.WriteAllText(Full("sub/b.summit"), documents[1].Content);
        }

        public void Link(string relative, string target)
        {
            File.CreateSymbolicLink(Full(relative), target);
            Assert.True(new FileInfo(Full(relative)).LinkTarget == target, $"no link {relative} -> {target}");
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless; failing the run for it is not.
            }
        }

        private string RealOfParents()
        {
            string? temp = new DirectoryInfo(System.IO.Path.GetTempPath()).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return temp is null ? Path : System.IO.Path.Combine(temp, System.IO.Path.GetFileName(Path));
        }
    }
}
