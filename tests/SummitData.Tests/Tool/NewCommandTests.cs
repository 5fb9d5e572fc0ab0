using System;
using System.IO;
using System.Linq;
using System.Text;
using SummitData.Authoring;
using SummitData.Loading;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// <c>summitdata new</c>: the pre-annotated document the library writes for the text, saved whole and never over an
/// existing file unless told; it builds, with one SD0028 warning per candidate.
/// </summary>
public sealed class NewCommandTests
{
    /// <summary>The line <c>new</c> writes by default: the published schema's address, for the YAML language server.</summary>
    private static readonly string[] Schema = { AnnotationSchema.EditorComment(AnnotationSchema.Url) };

    private const string Article =
        "Talks in Oslo\n" +
        "Trade reached USD 240 billion in 2023, up 26%, said the ministry. “We will go further,” said Vladimir Putin, " +
        "the Russian president. Xi Jinping said: “Our friendship is solid.”\n" +
        "Two and a half hours of talks followed; about one hundred guests attended.\n";

    [Fact]
    public void Writes_the_pre_annotated_document_next_to_the_text()
    {
        using var folder = new TempFolder();
        string text = folder.File("article.txt");
        File.WriteAllText(text, Article);

        ToolRunner.Result run = ToolRunner.Run("new", text);
        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Output);
        string written = File.ReadAllText(folder.File("article.summit"));
        PreAnnotation expected = PreAnnotator.Annotate(Article, new PreAnnotationOptions { Source = "article.txt", HeaderComments = Schema });
        Assert.Equal(expected.Content, written);
        Assert.Contains($"sha256: {SummitDataLoader.TextSha256(Article)}\n", written, StringComparison.Ordinal);
        Assert.EndsWith("---\n" + Article, written, StringComparison.Ordinal);
        int candidates = expected.Figures.Count + expected.Quotes.Count + expected.People.Count + expected.Entities.Count;
        Assert.True(expected.Figures.Count >= 4 && expected.Quotes.Count == 2, $"{expected.Figures.Count} figures, {expected.Quotes.Count} quotes");
        Assert.Contains($"with {candidates} unreviewed candidates ({expected.Figures.Count} figures, 2 quotes", run.Errors, StringComparison.Ordinal);
        Assert.Equal(new[] { folder.File("article.summit"), text }, Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));

        // It builds: no error, one SD0028 warning per candidate, each at its marker, the line the author removes.
        ToolRunner.Result check = ToolRunner.Run("check", folder.File("article.summit"));
        Assert.Equal(0, check.Code);
        string[] lines = check.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(candidates, lines.Length);
        Assert.All(lines, line => Assert.Contains(": warning SD0028: ", line, StringComparison.Ordinal));
        string[] fileLines = written.Split('\n');
        Assert.All(lines, line =>
        {
            int number = int.Parse(line[(line.IndexOf('(', StringComparison.Ordinal) + 1)..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("    unreviewed: true", fileLines[number - 1]);
        });
    }

    [Fact]
    public void Never_overwrites_unless_forced()
    {
        using var folder = new TempFolder();
        string text = folder.File("article.txt");
        File.WriteAllText(text, Article);
        string output = folder.File("mine.summit");
        File.WriteAllText(output, "my work");

        ToolRunner.Result refused = ToolRunner.Run("new", text, "--out", output);
        Assert.Equal(1, refused.Code);
        Assert.Contains($"'{output}' already exists; it is not overwritten", refused.Errors, StringComparison.Ordinal);
        Assert.Equal("my work", File.ReadAllText(output));

        ToolRunner.Result forced = ToolRunner.Run("new", text, "--out", output, "--force", "--id", "oslo-talks");
        Assert.Equal(0, forced.Code);
        Assert.Contains("\nformat: summitdata/1\nid: oslo-talks\n", File.ReadAllText(output), StringComparison.Ordinal);

        // No temporary file is left behind either way.
        Assert.Equal(new[] { text, output }, Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Never_writes_through_a_link_even_when_forced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string text = folder.File("article.txt");
        File.WriteAllText(text, Article);
        string target = folder.File("target.summit");
        File.WriteAllText(target, "keep");
        File.CreateSymbolicLink(folder.File("link.summit"), target);

        ToolRunner.Result run = ToolRunner.Run("new", text, "--out", folder.File("link.summit"), "--force");
        Assert.Equal(1, run.Code);
        Assert.Contains("is a symbolic link; summitdata never writes through a link", run.Errors, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(target));
    }

    [Fact]
    public void Reads_standard_input_and_writes_standard_output()
    {
        ToolRunner.Result run = ToolRunner.RunWithInput(Article.Replace("\n", "\r\n", StringComparison.Ordinal), "new", "-", "--id", "from-input");
        Assert.Equal(0, run.Code);
        Assert.Equal(PreAnnotator.Annotate(Article, new PreAnnotationOptions { Id = "from-input", HeaderComments = Schema }).Content, run.Output);
    }

    [Fact]
    public void Schema_writes_the_yaml_language_server_line()
    {
        ToolRunner.Result run = ToolRunner.RunWithInput(Article, "new", "-", "--schema", "https://example.com/summit.schema.json");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("---\n# yaml-language-server: $schema=https://example.com/summit.schema.json\nformat: summitdata/1\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(SummitDataLoader.LoadText("a.summit", run.Output).Diagnostics, d => d.IsError);

        // Without --schema the line names the published schema, the one the package ships.
        Assert.StartsWith(
            "---\n# yaml-language-server: $schema=https://raw.githubusercontent.com/summitdata/summitdata/main/schema/summitdata-annotations.schema.json\nformat: summitdata/1\n",
            ToolRunner.RunWithInput(Article, "new", "-").Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("bom.txt"), Article, new UTF8Encoding(true));
        Assert.Equal(0, ToolRunner.Run("new", folder.File("bom.txt")).Code);
        Assert.EndsWith("---\n" + Article, File.ReadAllText(folder.File("bom.summit")), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', File.ReadAllText(folder.File("bom.summit")));
    }

    [Theory]
    [InlineData("--id", "Not Valid", "'Not Valid' is not a valid id")]
    [InlineData("--schema", "", "--schema needs a URL or a path on one line")]
    public void Bad_values_are_errors_with_a_message(string option, string value, string message)
    {
        ToolRunner.Result run = ToolRunner.RunWithInput(Article, "new", "-", option, value);
        Assert.Equal(1, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("error: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_is_not_utf8_is_refused_at_its_first_bad_byte()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("latin1.txt"), Encoding.Latin1.GetBytes("Line one\nCaf\u00e9 prices rose 5%.\n"));
        ToolRunner.Result run = ToolRunner.Run("new", folder.File("latin1.txt"));
        Assert.Equal(1, run.Code);
        Assert.Contains($"{folder.File("latin1.txt")}(2,4): SD0027: ", run.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("latin1.summit")));
    }

    [Fact]
    public void A_text_longer_than_a_document_may_be_is_refused()
    {
        string text = new string('a', Generator.Parsing.Limits.MaxTextLength + 1);
        ToolRunner.Result run = ToolRunner.RunWithInput(text, "new", "-");
        Assert.Equal(1, run.Code);
        Assert.Contains("split it", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_cannot_be_its_own_output_and_a_missing_text_is_named()
    {
        using var folder = new TempFolder();
        string summit = folder.File("a.summit");
        File.WriteAllText(summit, Article);
        ToolRunner.Result run = ToolRunner.Run("new", summit);
        Assert.Equal(1, run.Code);
        Assert.Contains("would be its own output", run.Errors, StringComparison.Ordinal);
        Assert.Equal(Article, File.ReadAllText(summit));

        ToolRunner.Result missing = ToolRunner.Run("new", folder.File("missing.txt"));
        Assert.Equal(1, missing.Code);
        Assert.Contains($"{folder.File("missing.txt")}: SD0026: ", missing.Errors, StringComparison.Ordinal);
    }
}
