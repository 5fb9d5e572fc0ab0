using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary><c>summitdata hash</c>: the text's SHA-256, and <c>--fix</c> writing it in place of the old one and nothing else.</summary>
public sealed class HashCommandTests
{
    private static readonly string SeedFile = Directory.GetFiles(Path.Combine(ReadmeTests.RepositoryRoot(), "seeds"), "*.summit").Order(StringComparer.Ordinal).First();

    /// <summary>The SHA-256 of the text after the closing '---' line, computed here from the bytes.</summary>
    private static string TextHash(string content)
    {
        int close = content.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content[(close + 5)..])));
    }

    [Fact]
    public void Prints_the_text_s_hash_which_a_seed_already_has()
    {
        string content = File.ReadAllText(SeedFile);
        ToolRunner.Result run = ToolRunner.Run("hash", SeedFile);
        Assert.Equal(0, run.Code);
        Assert.Equal(TextHash(content) + "\n", run.Output);
        Assert.Contains($"sha256: {TextHash(content)}\n", content, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Errors);
    }

    [Fact]
    public void Fix_after_an_edit_changes_only_the_hash_and_the_document_checks_clean_again()
    {
        // A seed checks with the others (its disagreements have their other sides there).
        using var folder = new TempFolder();
        string seeds = folder.CopySeeds();
        string file = Path.Combine(seeds, Path.GetFileName(SeedFile));
        string original = File.ReadAllText(file);

        // An edit to the text where no annotation points: after its last character.
        string edited = original.TrimEnd('\n') + " (Updated.)\n";
        File.WriteAllText(file, edited);
        Assert.Equal(1, ToolRunner.Run("check", seeds).Code);

        ToolRunner.Result print = ToolRunner.Run("hash", file);
        Assert.Equal(0, print.Code);
        Assert.Equal(TextHash(edited) + "\n", print.Output);
        Assert.Contains($"'sha256' is {TextHash(original)}, not the text's SHA-256", print.Errors, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(file));

        ToolRunner.Result fix = ToolRunner.Run("hash", "--fix", file);
        Assert.Equal(0, fix.Code);
        Assert.Equal(edited.Replace(TextHash(original), TextHash(edited), StringComparison.Ordinal), File.ReadAllText(file));
        Assert.Equal(0, ToolRunner.Run("check", seeds).Code);
        Assert.Equal(5, Directory.GetFiles(seeds).Length);

        ToolRunner.Result again = ToolRunner.Run("hash", "--fix", file);
        Assert.Equal(0, again.Code);
        Assert.Contains("already the text's SHA-256; the file is unchanged", again.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings_a_byte_order_mark_comments_and_quotes()
    {
        using var folder = new TempFolder();
        string file = folder.File("crlf.summit");
        string text = "Sales rose 12%.\r\n";
        string content = "\uFEFF---\r\nformat: summitdata/1   # the format\r\nid: crlf\r\nsha256: \"0000\"  # stale\r\n---\r\n" + text;
        File.WriteAllText(file, content, new UTF8Encoding(false));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Sales rose 12%.\n")));

        ToolRunner.Result fix = ToolRunner.Run("hash", "--fix", file);
        Assert.Equal(0, fix.Code);
        Assert.Equal(hash + "\n", fix.Output);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(Encoding.UTF8.GetBytes(content.Replace("\"0000\"", hash, StringComparison.Ordinal)), bytes);
        Assert.Equal(0, ToolRunner.Run("check", file).Code);
    }

    [Fact]
    public void Fix_adds_a_missing_hash_as_the_block_s_last_line()
    {
        using var folder = new TempFolder();
        string file = folder.File("new.summit");
        File.WriteAllText(file, "---\nformat: summitdata/1\nid: added\n---\nText.\n");
        Assert.Equal(1, ToolRunner.Run("check", file).Code);

        Assert.Equal(0, ToolRunner.Run("hash", "--fix", file).Code);
        Assert.Equal($"---\nformat: summitdata/1\nid: added\nsha256: {TextHash("---\nx\n---\nText.\n")}\n---\nText.\n", File.ReadAllText(file));
        Assert.Equal(0, ToolRunner.Run("check", file).Code);
    }

    [Fact]
    public void Fix_keeps_the_file_s_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string file = folder.File("seed.summit");
        File.WriteAllText(file, File.ReadAllText(SeedFile) + "More.\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Assert.Equal(0, ToolRunner.Run("hash", "--fix", file).Code);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Fix_never_writes_through_a_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string target = folder.File("target.summit");
        string link = folder.File("link.summit");
        string edited = File.ReadAllText(SeedFile) + "More.\n";
        File.WriteAllText(target, edited);
        File.CreateSymbolicLink(link, target);

        ToolRunner.Result run = ToolRunner.Run("hash", "--fix", link);
        Assert.Equal(1, run.Code);
        Assert.Contains("is a symbolic link; summitdata never writes through a link", run.Errors, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(target));
        Assert.Equal(FileAttributes.ReparsePoint, new FileInfo(link).Attributes & FileAttributes.ReparsePoint);

        // Printing reads through the link as any reader would.
        Assert.Equal(TextHash(edited) + "\n", ToolRunner.Run("hash", link).Output);
    }

    [Theory]
    [InlineData("file-text-only", "SD0001")]
    [InlineData("file-unclosed-block", "SD0001")]
    [InlineData("encoding-windows-1252", "SD0027")]
    [InlineData("yaml-unclosed-double-quote", "SD0001")]
    public void A_file_that_is_no_document_is_an_error_with_its_reason(string name, string id)
    {
        string file = Path.Combine(AppContext.BaseDirectory, "BadInput", name + ".summit");
        ToolRunner.Result run = ToolRunner.Run("hash", file);
        Assert.Equal(1, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith($"error: cannot read the text of '{file}': {file}(", run.Errors, StringComparison.Ordinal);
        Assert.Contains($": {id}: ", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
