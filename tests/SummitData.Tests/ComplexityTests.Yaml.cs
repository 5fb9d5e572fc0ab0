using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The YAML tree: a mapping of many keys (a hostile block can hold a hundred thousand in its 1 MiB) costs work linear in
/// its keys to check for duplicates, by either reader, counted at n and 4n; a duplicate among them is still found. The
/// subset reader's own scans are linear in the block, counted the same way.
/// </summary>
public sealed partial class ComplexityTests
{
    [Theory(Timeout = 60_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_mapping_of_many_keys_is_checked_for_duplicates_in_linear_work(bool subset)
    {
        await Task.Run(() =>
        {
            const int n = 5_000;

            long Work(int size)
            {
                var yaml = new StringBuilder();
                for (int i = 0; i < size; i++)
                {
                    yaml.Append("key").Append(i).Append(": ").Append(i).Append('\n');
                }

                (YamlNode? root, List<DiagnosticInfo> diagnostics, long work) = ReadCounting(yaml.ToString(), subset);
                Assert.Empty(diagnostics);
                Assert.Equal(size, Assert.IsType<YamlMapping>(root).Entries.Count);

                // The last key again: found, and pointed at its first line.
                yaml.Append("key0: again\n");
                (root, diagnostics, _) = ReadCounting(yaml.ToString(), subset);
                Assert.Null(root);
                DiagnosticInfo duplicate = Assert.Single(diagnostics);
                Assert.Equal(DiagnosticCatalog.DuplicateKey.Id, duplicate.Id);
                Assert.Equal(size + 1, duplicate.Location!.Line);
                Assert.Contains("line 1", duplicate.Message, System.StringComparison.Ordinal);
                return work;
            }

            AssertLinear(Work(n), Work(4 * n), subset ? "many keys, subset reader" : "many keys, YamlDotNet");
        });
    }

    /// <summary>
    /// The subset reader examines each character a bounded number of times, whatever the shape: many lines, one long
    /// plain value, one long flow list, one quoted value full of doubled quotes, lists of mappings.
    /// </summary>
    [Theory(Timeout = 60_000)]
    [InlineData("lines")]
    [InlineData("plain")]
    [InlineData("flow")]
    [InlineData("quotes")]
    [InlineData("nested")]
    public async Task The_subset_reader_examines_each_character_a_bounded_number_of_times(string shape)
    {
        await Task.Run(() =>
        {
            const int n = 3_000; // 4n lists of mappings stay under Limits.MaxNodes

            long Work(int size)
            {
                var yaml = new StringBuilder();
                switch (shape)
                {
                    case "lines":
                        for (int i = 0; i < size; i++)
                        {
                            yaml.Append("key").Append(i).Append(": value of ").Append(i).Append(" # note\n");
                        }

                        break;
                    case "plain":
                        yaml.Append("a: ").Insert(3, "word, [x] ", size).Append("end\n");
                        break;
                    case "flow":
                        yaml.Append("a: [").Insert(4, "item, ", size).Append("last]\n");
                        break;
                    case "quotes":
                        yaml.Append("a: '").Insert(4, "it''s ", size).Append("'\n");
                        break;
                    default:
                        yaml.Append("items:\n");
                        for (int i = 0; i < size; i++)
                        {
                            yaml.Append("  - id: item-").Append(i).Append("\n    mentions:\n      - exact: \"words\"\n        all: true\n");
                        }

                        break;
                }

                string text = yaml.ToString();
                long before = YamlSubsetReader.WorkOnThisThread;
                Assert.True(YamlSubsetReader.TryRead(text, new SourceMap(AnchorsPath, 0, 0), CancellationToken.None, out YamlNode? root), $"{shape}: the subset reader gave up");
                Assert.NotNull(root);
                long work = YamlSubsetReader.WorkOnThisThread - before;
                Assert.True(work <= 6L * text.Length, $"{shape}: {work} characters examined for a block of {text.Length}");
                return work;
            }

            AssertLinear(Work(n), Work(4 * n), "subset reader, " + shape);
        });
    }

    private static (YamlNode? Root, List<DiagnosticInfo> Diagnostics, long Work) ReadCounting(string yaml, bool subset)
    {
        var map = new SourceMap(AnchorsPath, 0, 0);
        var diagnostics = new List<DiagnosticInfo>();
        long before = YamlTreeBuilder.KeyComparisonsOnThisThread;
        YamlNode? root = subset
            ? YamlReader.Read(yaml, map, diagnostics, CancellationToken.None)
            : YamlReader.ReadWithYamlDotNet(yaml, map, diagnostics, CancellationToken.None);
        return (root, diagnostics, YamlTreeBuilder.KeyComparisonsOnThisThread - before);
    }
}
