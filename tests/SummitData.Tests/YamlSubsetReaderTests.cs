using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Testing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// <see cref="YamlSubsetReader"/> reads the plain part of YAML the format's documents are written in without YamlDotNet.
/// Whatever it accepts must give the tree YamlDotNet gives (<see cref="YamlReader.ReadWithYamlDotNet"/>): every value,
/// every scalar's style and every start and end position, which the diagnostics point at. Checked over the seeds, a
/// synthetic corpus, the adversarial files of <c>BadInput/</c>, hand-written cases and thousands of mutated blocks;
/// and it must accept the documents the format is written in, or it saves nothing.
/// </summary>
public sealed class YamlSubsetReaderTests
{
    private static readonly SourceMap Map = new("test.summit", 0, 1);

    [Fact]
    public void The_seeds_and_a_synthetic_corpus_are_read_without_YamlDotNet_into_the_same_tree()
    {
        IEnumerable<CorpusFile> files = SeedDocuments.All.Concat(SyntheticCorpus.Create(60));
        int read = 0;
        foreach (CorpusFile file in files)
        {
            var diagnostics = new List<DiagnosticInfo>();
            AnnotatedFile split = AnnotatedFile.Split(file.Path, file.Content, diagnostics)!;
            Assert.True(YamlSubsetReader.TryRead(split.Yaml, split.Map, CancellationToken.None, out YamlNode? fast), $"{file.Path}: the subset reader gave up on a document in the format's own shape");
            AssertSameAsYamlDotNet(split.Yaml, fast!, file.Path, split.Map);
            read++;
        }

        Assert.Equal(65, read);
    }

    [Fact]
    public void On_the_adversarial_files_the_subset_reader_accepts_only_what_YamlDotNet_reads_alike()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "BadInput");
        int accepted = 0;
        int rejected = 0;
        foreach (string path in Directory.GetFiles(folder, "*.summit").OrderBy(p => p, StringComparer.Ordinal))
        {
            var diagnostics = new List<DiagnosticInfo>();
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            AnnotatedFile? file = AnnotatedFile.Split(path, text, diagnostics);
            if (file is null)
            {
                continue;
            }

            if (YamlSubsetReader.TryRead(file.Yaml, file.Map, CancellationToken.None, out YamlNode? fast))
            {
                AssertSameAsYamlDotNet(file.Yaml, fast!, Path.GetFileName(path), file.Map);
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        // Most adversarial files are bad in what the tree means (anchors, figures, limits), not in its YAML; those whose
        // YAML is bad, or outside the subset, go to YamlDotNet.
        Assert.True(accepted > 100, $"{accepted} accepted");
        Assert.True(rejected > 20, $"{rejected} rejected");
    }

    [Theory]
    [InlineData("a: 1\nb:\n  - x\n  - y: 2\n    z: 3\nc: [p, q]\n")]
    [InlineData("a: 1\nb:\n- x\n- y\nc: d\n")]
    [InlineData("a: 1\nb:\n  c: 2\n# comment\nd: 'x'\n\n")]
    [InlineData("a: 1\nb:\n  c: 2\n  d: \"x\"")]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a:   # nothing\nb: 1")]
    [InlineData("a: {}\nb: []\nc: [ x , \"y\" ]\nd: { }\n")]
    [InlineData("a: 1 # c\n  # indented comment\n")]
    [InlineData("# first\n\na: b c  d   \n")]
    [InlineData("a: 'it''s'\nb: \"’ 中 \u00A0x\"\nc: ’quoted’ words, no\n")]
    [InlineData("a: https://example.com/x?y=1#z\nb: a, b [c] {d}\nc: x-y_z.w\n")]
    [InlineData("a:\n  - b:\n    - c\n    - d\n    e: f\n")]
    [InlineData("a:\n  - b: 1\n\n    c: 2\n  - d\n")]
    [InlineData("a: null\nb: ~\nc: true\nd: 1.10\ne: no\n")]
    [InlineData("a: [\"x, y\", 'z']\n")]
    [InlineData("a: b\n  ")]
    [InlineData("a: b\n# end")]
    [InlineData("a:\n  - b\n#")]
    [InlineData("a:\n- b: c\n#")]
    [InlineData("a:\n  - b: c\n#")]
    [InlineData("a:\n    b: c\n  ")]
    [InlineData("a:\n    b: c\n   # x")]
    [InlineData("a:\n    b:\n      - c\n     #")]
    [InlineData("a: （中文）， 全角\nb: [“x”， ｙ]\n")]
    public void Hand_written_blocks_in_the_subset_are_read_alike(string yaml)
    {
        Assert.True(YamlSubsetReader.TryRead(yaml, Map, CancellationToken.None, out YamlNode? fast), "the subset reader gave up");
        AssertSameAsYamlDotNet(yaml, fast!, Escape(yaml));
    }

    [Theory]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: \"x\\ty\"\n")]
    [InlineData("a: b\u2028c\n")]
    [InlineData("a: b\u0085\n")]
    [InlineData("a: \uFEFFb\n")]
    [InlineData("a: b\uFFFE\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: \"b\n  c\"\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a: b\nb: c\na: d\n")]
    [InlineData("a: b: c\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a:\n  - - b\n")]
    [InlineData("a:\n  -\n    b: c\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("a: 😀\n")]
    [InlineData("\"a\": b\n")]
    [InlineData("a: [b, ]\n")]
    public void Blocks_outside_the_subset_or_in_error_are_left_to_YamlDotNet(string yaml)
    {
        Assert.False(YamlSubsetReader.TryRead(yaml, Map, CancellationToken.None, out YamlNode? fast), Escape(yaml));
        Assert.Null(fast);
    }

    [Fact]
    public void Mutated_seed_blocks_the_subset_reader_accepts_are_read_alike_by_YamlDotNet()
    {
        string[] pieces =
        {
            " ", "  ", "\n", "\n  ", "\n- ", ":", ": ", "-", "- ", "#", " #", "\"", "'", "''", "[", "]", "{", "}", ",", "a", "’", "\u00A0",
            "|", ">", "&", "*", "!", "?", "%", "@", "`", "~", "\\", "中", "null", "x: y", "[]", "{}", "\"\"", "\t", ".", "---",
        };
        string[] blocks = SeedDocuments.All.Select(f => AnnotatedFile.Split(f.Path, f.Content, new List<DiagnosticInfo>())!.Yaml).ToArray();
        var random = new Random(20240516);
        int accepted = 0;
        const int variants = 10_000;
        for (int v = 0; v < variants; v++)
        {
            var text = new StringBuilder(blocks[v % blocks.Length]);
            int edits = 1 + random.Next(3);
            for (int e = 0; e < edits; e++)
            {
                int at = Position(text, random);
                switch (random.Next(4))
                {
                    case 0:
                        text.Remove(at, Math.Min(1 + random.Next(3), text.Length - at));
                        break;
                    case 1 when at < text.Length:
                        text[at] = pieces[random.Next(pieces.Length)][0];
                        break;
                    default:
                        text.Insert(at, pieces[random.Next(pieces.Length)]);
                        break;
                }
            }

            string yaml = text.ToString();
            if (YamlSubsetReader.TryRead(yaml, Map, CancellationToken.None, out YamlNode? fast))
            {
                AssertSameAsYamlDotNet(yaml, fast!, $"variant {v}");
                accepted++;
            }
        }

        // Half the edits go where the structure is, and most of those break it; the rest land inside values. (Measured:
        // about a fifth of the variants stay in the subset.)
        Assert.InRange(accepted, variants / 10, variants / 2);
    }

    /// <summary>
    /// Where the stream ends decides where YamlDotNet closes the collections still open: cut each seed's block anywhere
    /// in its last 600 characters and end it with nothing, a line break, spaces or a comment (a line that holds no token
    /// and no line break after it closes the deeper collections where the text ends, the rest on a new line).
    /// </summary>
    [Fact]
    public void Blocks_cut_near_their_end_are_read_alike()
    {
        string[] endings = { string.Empty, "\n", "#", "  ", "  # x", "\n#", "\n   ", "\n      #", "\n\n" };
        int accepted = 0;
        foreach (CorpusFile seed in SeedDocuments.All)
        {
            string block = AnnotatedFile.Split(seed.Path, seed.Content, new List<DiagnosticInfo>())!.Yaml;
            for (int cut = Math.Max(1, block.Length - 600); cut <= block.Length; cut += 3)
            {
                foreach (string ending in endings)
                {
                    string yaml = block.Substring(0, cut) + ending;
                    if (YamlSubsetReader.TryRead(yaml, Map, CancellationToken.None, out YamlNode? fast))
                    {
                        AssertSameAsYamlDotNet(yaml, fast!, $"{seed.Path} cut at {cut}, ending '{Escape(ending)}'");
                        accepted++;
                    }
                }
            }
        }

        Assert.True(accepted > 1_000, $"{accepted} accepted");
    }

    /// <summary>Half the edits go where the structure is: at or just after the start of a line.</summary>
    private static int Position(StringBuilder text, Random random)
    {
        int at = random.Next(text.Length + 1);
        if (random.Next(2) == 0)
        {
            while (at > 0 && text[at - 1] != '\n')
            {
                at--;
            }

            at = Math.Min(text.Length, at + random.Next(8));
        }

        return at;
    }

    private static void AssertSameAsYamlDotNet(string yaml, YamlNode fast, string what, SourceMap? map = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        YamlNode? slow = YamlReader.ReadWithYamlDotNet(yaml, map ?? Map, diagnostics, CancellationToken.None);
        Assert.True(slow is not null && diagnostics.Count == 0, $"{what}: the subset reader accepted a block YamlDotNet rejects ({string.Join("; ", diagnostics.Select(d => d.Message))}):\n{yaml}");
        string? difference = Difference(slow!, fast, "$");
        Assert.True(difference is null, $"{what}: {difference}\n{yaml}");
    }

    private static string? Difference(YamlNode slow, YamlNode fast, string path)
    {
        if (slow.GetType() != fast.GetType())
        {
            return $"{path}: YamlDotNet gives {slow.KindName}, the subset reader {fast.KindName}";
        }

        if (!Same(slow.Start, fast.Start) || !Same(slow.End, fast.End))
        {
            return $"{path}: YamlDotNet puts it at {Show(slow.Start)}–{Show(slow.End)}, the subset reader at {Show(fast.Start)}–{Show(fast.End)}";
        }

        switch (slow)
        {
            case YamlScalar scalar:
                var other = (YamlScalar)fast;
                return scalar.Value == other.Value && scalar.IsPlain == other.IsPlain
                    ? null
                    : $"{path}: YamlDotNet reads '{scalar.Value}' (plain: {scalar.IsPlain}), the subset reader '{other.Value}' (plain: {other.IsPlain})";
            case YamlMapping mapping:
                var fastMapping = (YamlMapping)fast;
                if (mapping.Entries.Count != fastMapping.Entries.Count)
                {
                    return $"{path}: YamlDotNet reads {mapping.Entries.Count} keys, the subset reader {fastMapping.Entries.Count}";
                }

                for (int i = 0; i < mapping.Entries.Count; i++)
                {
                    string key = path + "." + mapping.Entries[i].Key.Value;
                    string? difference = Difference(mapping.Entries[i].Key, fastMapping.Entries[i].Key, key + " (key)") ?? Difference(mapping.Entries[i].Value, fastMapping.Entries[i].Value, key);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                var sequence = (YamlSequence)slow;
                var fastSequence = (YamlSequence)fast;
                if (sequence.Items.Count != fastSequence.Items.Count)
                {
                    return $"{path}: YamlDotNet reads {sequence.Items.Count} items, the subset reader {fastSequence.Items.Count}";
                }

                for (int i = 0; i < sequence.Items.Count; i++)
                {
                    string? difference = Difference(sequence.Items[i], fastSequence.Items[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
        }
    }

    private static bool Same(YamlMark a, YamlMark b) => a.Index == b.Index && a.Line == b.Line && a.Column == b.Column;

    private static string Show(YamlMark mark) => $"{mark.Line}:{mark.Column} (index {mark.Index})";

    private static string Escape(string yaml) => yaml.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
