using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using Microsoft.CodeAnalysis;
using SummitData.Generator.Parsing;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Annotated files are UTF-8: the loader refuses other bytes at the first one that is not (SD0027), the generator
/// refuses text the compiler decoded with another encoding at the same place, and both refuse U+FFFD.
/// </summary>
public sealed class EncodingTests
{
    [Fact]
    public void The_first_invalid_byte_is_where_the_runtimes_strict_decoder_stops()
    {
        // Every one- and two-byte input, then random inputs biased towards the bytes that make UTF-8 hard.
        var inputs = new List<byte[]>();
        for (int a = 0; a < 256; a++)
        {
            inputs.Add(new[] { (byte)a });
            for (int b = 0; b < 256; b++)
            {
                inputs.Add(new[] { (byte)a, (byte)b });
            }
        }

        var random = new Random(20240520);
        byte[] interesting = { 0x00, 0x0A, 0x0D, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF };
        for (int i = 0; i < 200_000; i++)
        {
            byte[] bytes = new byte[random.Next(1, 9)];
            for (int k = 0; k < bytes.Length; k++)
            {
                bytes[k] = random.Next(3) == 0 ? (byte)random.Next(256) : interesting[random.Next(interesting.Length)];
            }

            inputs.Add(bytes);
        }

        char[] chars = new char[16];
        foreach (byte[] bytes in inputs)
        {
            OperationStatus status = Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
            int expected = status == OperationStatus.Done ? -1 : read;
            Assert.True(expected == DocumentEncoding.FirstInvalidUtf8(bytes, bytes.Length), $"{Convert.ToHexString(bytes)}: the runtime says {expected}");
        }
    }

    [Theory]
    [InlineData("---\nformat: summitdata/1\nid: x\n", "a plain first byte")]
    [InlineData("---\nname: Ren\u00e9 Caf\u00e9\n", "two-byte characters before it on its line")]
    [InlineData("---\nname: \U0001F600 and \u20AC\n", "a character outside the BMP (two UTF-16 units) and a three-byte one")]
    [InlineData("---\r\nname: x\r\nmore: y\r\n  ", "CRLF line endings")]
    [InlineData("---\rname: x\rmore: y\r", "lone CR line endings")]
    [InlineData("\uFEFF---\nok", "a BOM, not counted")]
    [InlineData("\uFEFFx", "a BOM on the line of the bad byte")]
    [InlineData("", "the very first byte")]
    public void The_loader_reports_the_first_invalid_byte_at_its_line_and_column(string before, string what)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(before).Concat(new byte[] { 0xE9, 0x20, 0x35, 0x25, 0x0A }).ToArray();

        LoadResult result = FolderAccess.LoadBytes("/docs/x.summit", bytes);

        // Counted on the text before the byte, the way an editor shows it: lines broken by LF, CRLF or CR, columns in
        // UTF-16 code units, a leading BOM not counted.
        string text = before.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        int line = text.Count(c => c == '\n') + 1;
        int column = text.Length - (text.LastIndexOf('\n') + 1) + 1;
        SummitDiagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SD0027", "/docs/x.summit", line, column), (diagnostic.Id, diagnostic.FilePath!, diagnostic.Line, diagnostic.Column));
        Assert.Contains("not UTF-8", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "/docs/x.summit" }, result.ExcludedFiles);
        _ = what;
    }

    [Fact]
    public void The_generator_reports_the_compilers_decoding_where_the_loader_reports_the_byte()
    {
        // The case: a Windows-1252 file whose sha256 is that of the decoded text, valid in every other way.
        string text = "Prices at the caf\u00e9 rose 5% this year.\n";
        string document = $"---\nformat: summitdata/1\nid: cafe\nsha256: {SummitDataLoader.TextSha256(text)}\nfigures:\n  - id: rise\n    exact: 5%\n    value: 5\n    unit: percent\n    measures: price rise\n---\n{text}";
        Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        byte[] bytes = windows1252.GetBytes(document);
        Assert.Empty(SummitDataLoader.LoadText("/docs/cafe.summit", document).Diagnostics);

        // As the .NET SDK's compiler reads it (U+FFFD for the byte that is not UTF-8), and as hosts that fall back to
        // another encoding do.
        foreach (Encoding decoding in new[] { new UTF8Encoding(false, false), windows1252, Encoding.Latin1 })
        {
            Run run = GeneratorHarness.Run(new GeneratorHost.InMemoryText("/docs/cafe.summit", decoding.GetString(bytes), decoding));
            LoadResult loaded = FolderAccess.LoadBytes("/docs/cafe.summit", bytes);

            Diagnostic generated = Assert.Single(run.Diagnostics);
            SummitDiagnostic fromLoader = Assert.Single(loaded.Diagnostics);
            FileLinePositionSpan span = generated.Location.GetLineSpan();
            Assert.Equal(("SD0027", 12, 18), (generated.Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
            Assert.Equal((fromLoader.Id, fromLoader.Line, fromLoader.Column, fromLoader.Message), (generated.Id, 12, 18, generated.GetMessage()));
            Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("cafe", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void A_replacement_character_is_refused_by_both_at_its_place()
    {
        string text = "Prices at the caf\uFFFD rose 5% this year.\n";
        string document = $"---\nformat: summitdata/1\nid: cafe\nsha256: {SummitDataLoader.TextSha256(text)}\n---\n{text}";

        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/cafe.summit", document));
        LoadResult loaded = FolderAccess.LoadBytes("/docs/cafe.summit", Encoding.UTF8.GetBytes(document));

        FileLinePositionSpan span = Assert.Single(run.Diagnostics).Location.GetLineSpan();
        Assert.Equal(("SD0027", 6, 18), (run.Diagnostics[0].Id, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        SummitDiagnostic fromLoader = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("SD0027", 6, 18, run.Diagnostics[0].GetMessage()), (fromLoader.Id, fromLoader.Line, fromLoader.Column, fromLoader.Message));
        Assert.Contains("U+FFFD", fromLoader.Message, StringComparison.Ordinal);

        // In the annotations it is written as an escape, which is not the character in the file.
        string escaped = document.Replace("id: cafe\n", "id: cafe\ntitle: \"\\uFFFD\"\ninferred: [title]\n", StringComparison.Ordinal).Replace("caf\uFFFD", "cafe", StringComparison.Ordinal);
        escaped = escaped.Replace(SummitDataLoader.TextSha256(text), SummitDataLoader.TextSha256(text.Replace("caf\uFFFD", "cafe", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Empty(SummitDataLoader.LoadText("/docs/cafe.summit", escaped).Diagnostics);
    }

    [Fact]
    public void A_file_read_from_disk_is_decoded_strictly()
    {
        string folder = Path.Combine(Path.GetTempPath(), "summitdata-encoding-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string good = Path.Combine(folder, "good.summit");
            string latin = Path.Combine(folder, "latin.summit");
            File.WriteAllText(good, Fixture.Small, new UTF8Encoding(true));
            File.WriteAllBytes(latin, Encoding.Latin1.GetBytes(Fixture.Small.Replace("id: small-fixture", "id: latin", StringComparison.Ordinal).Replace("Anna Berg. Berg", "Anna B\u00e9rg. Berg", StringComparison.Ordinal)));

            LoadResult result = SummitDataLoader.LoadDirectory(folder);

            SummitDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("SD0027", latin), (diagnostic.Id, diagnostic.FilePath!));
            Assert.Equal(Fixture.LineOf(Fixture.Small, "Anna Berg. Berg"), diagnostic.Line);
            Assert.Equal("small-fixture", Assert.Single(result.Data.Documents).Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
