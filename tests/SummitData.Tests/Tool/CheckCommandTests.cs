using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// <c>summitdata check</c>: compiler lines that problem matchers read, for every file of the bad-input corpus the
/// diagnostics <c>cases.tsv</c> expects, JSON, and exit codes.
/// </summary>
public sealed partial class CheckCommandTests
{
    private static readonly string Seeds = Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");
    private static readonly string BadInput = Path.Combine(AppContext.BaseDirectory, "BadInput");

    /// <summary>
    /// The MSBuild/Visual Studio diagnostic line as the common CI problem matchers read it: file, (line,col), severity,
    /// code, message.
    /// </summary>
    [GeneratedRegex(@"^(?<file>\S.*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>SD\d{4}): (?<message>.+)$")]
    private static partial Regex CompilerLine();

    public static TheoryData<string> Cases => new(File
        .ReadAllLines(Path.Combine(BadInput, "cases.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal));

    [Fact]
    public void Seeds_check_clean_with_exit_code_0()
    {
        ToolRunner.Result run = ToolRunner.Run("check", Seeds);
        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("5 files checked: 0 errors, 0 warnings.\n", run.Errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_lines_the_corpus_expects(string name)
    {
        List<(string Id, int Line)> expected = File.ReadAllLines(Path.Combine(BadInput, "cases.tsv"))
            .Select(line => line.Split('\t'))
            .Where(cells => cells[0] == name && cells[1] != "valid" && cells[2] != "-")
            .Select(cells => (cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture)))
            .Order()
            .ToList();
        string path = Path.Combine(BadInput, name + ".summit");

        ToolRunner.Result run = ToolRunner.Run("check", path);

        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select(line => CompilerLine().Match(line)).ToList();
        Assert.All(parsed, (match, i) => Assert.True(match.Success, $"not a compiler line: {lines[i]}"));
        Assert.All(parsed, match => Assert.Equal(path, match.Groups["file"].Value));
        List<(string Id, int Line)> actual = parsed.Select(m => (m.Groups["id"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture))).Order().ToList();
        Assert.True(expected.SequenceEqual(actual), $"{name}: expected [{string.Join(", ", expected)}], got:\n{run.Output}");

        // The severity is the catalogue's, and the exit code says whether any is an error.
        Assert.All(parsed, m => Assert.Equal(
            DiagnosticCatalog.All.Single(k => k.Id == m.Groups["id"].Value).Level == DiagnosticLevel.Error ? "error" : "warning",
            m.Groups["severity"].Value));
        bool errors = parsed.Any(m => m.Groups["severity"].Value == "error");
        Assert.Equal(errors ? 1 : 0, run.Code);
    }

    [Fact]
    public void The_whole_corpus_at_once_has_every_file_s_diagnostics_and_exit_code_1()
    {
        ToolRunner.Result run = ToolRunner.Run("check", BadInput);
        Assert.Equal(1, run.Code);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(CompilerLine(), line));
        int files = Directory.GetFiles(BadInput, "*.summit").Length;
        Assert.StartsWith($"{files} files checked: ", run.Errors, StringComparison.Ordinal);

        // The same diagnostics as the library's loader reading the folder itself: one build of all the files, where
        // a reference one file leaves open another may close.
        Loading.LoadResult loaded = Loading.SummitDataLoader.LoadDirectory(BadInput);
        Assert.Equal(loaded.Diagnostics.Select(d => d.ToString()), lines);
        Assert.Equal($"{files} files checked: {loaded.Diagnostics.Count(d => d.IsError)} errors, {loaded.Diagnostics.Count(d => !d.IsError)} warnings; {loaded.ExcludedFiles.Count} files left out of a build.\n", run.Errors);
    }

    [Fact]
    public void Json_has_every_diagnostic_with_its_place_and_help_link()
    {
        string path = Path.Combine(BadInput, "anchor-not-found.summit");
        ToolRunner.Result text = ToolRunner.Run("check", path);
        ToolRunner.Result run = ToolRunner.Run("check", path, "--format", "json");
        Assert.Equal(1, run.Code);

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(1, root.GetProperty("files").GetInt32());
        Assert.Equal(new[] { path }, root.GetProperty("excludedFiles").EnumerateArray().Select(e => e.GetString()));
        JsonElement[] diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(root.GetProperty("errors").GetInt32(), diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"));

        // The same diagnostics as the text lines, field by field.
        string[] lines = text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, diagnostics.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            Match line = CompilerLine().Match(lines[i]);
            JsonElement d = diagnostics[i];
            Assert.Equal(line.Groups["id"].Value, d.GetProperty("id").GetString());
            Assert.Equal(line.Groups["severity"].Value, d.GetProperty("severity").GetString());
            Assert.Equal(line.Groups["message"].Value, d.GetProperty("message").GetString());
            Assert.Equal(path, d.GetProperty("file").GetString());
            Assert.Equal(int.Parse(line.Groups["line"].Value, CultureInfo.InvariantCulture), d.GetProperty("line").GetInt32());
            Assert.Equal(int.Parse(line.Groups["column"].Value, CultureInfo.InvariantCulture), d.GetProperty("column").GetInt32());
            Assert.True(d.GetProperty("endLine").GetInt32() >= d.GetProperty("line").GetInt32());
            Assert.Equal(
                "https://github.com/summitdata/summitdata/blob/main/docs/diagnostics.md#" + line.Groups["id"].Value.ToLowerInvariant(),
                d.GetProperty("helpUri").GetString());
        }
    }

    [Fact]
    public void Out_writes_the_diagnostics_to_a_file()
    {
        using var folder = new TempFolder();
        string output = folder.File("check.sarif");
        ToolRunner.Result run = ToolRunner.Run("check", Path.Combine(BadInput, "anchor-not-found.summit"), "--format", "sarif", "--out", output);
        Assert.Equal(1, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal(ToolRunner.Run("check", Path.Combine(BadInput, "anchor-not-found.summit"), "--format", "sarif").Output, File.ReadAllText(output));
    }

    [Fact]
    public void A_path_that_leads_nowhere_is_an_error_with_its_name()
    {
        using var folder = new TempFolder();
        string missing = folder.File("missing.summit");
        ToolRunner.Result run = ToolRunner.Run("check", Seeds, missing);
        Assert.Equal(1, run.Code);
        Assert.Matches($"^{Regex.Escape(missing)}\\(1,1\\): error SD0026: .*leads nowhere", run.Output);
    }

    [Fact]
    public void A_folder_without_documents_is_an_error_and_an_empty_one_among_others_a_warning()
    {
        using var folder = new TempFolder();
        string empty = folder.File("empty");
        Directory.CreateDirectory(empty);

        ToolRunner.Result alone = ToolRunner.Run("check", empty);
        Assert.Equal(1, alone.Code);
        Assert.Contains("no annotated documents (*.summit files) found", alone.Errors, StringComparison.Ordinal);

        ToolRunner.Result withSeeds = ToolRunner.Run("check", empty, Seeds);
        Assert.Equal(0, withSeeds.Code);
        Assert.Contains($"warning: no *.summit files in '{empty}'", withSeeds.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_out_of_a_folder_is_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string inside = folder.File("inside");
        Directory.CreateDirectory(inside);
        File.CreateSymbolicLink(Path.Combine(inside, "elsewhere.summit"), Path.Combine(Seeds, Directory.GetFiles(Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!));

        ToolRunner.Result run = ToolRunner.Run("check", inside);
        Assert.Equal(1, run.Code);
        Assert.Matches("elsewhere\\.summit\\(1,1\\): error SD0026: .*outside the folder", run.Output);
    }
}
