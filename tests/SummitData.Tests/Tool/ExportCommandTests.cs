using System;
using System.Globalization;
using System.IO;
using System.Linq;
using SummitData.Tests.Export;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// <c>summitdata export</c>: every format over the user's documents (the seeds, read from their folder) holds what the
/// library exports from the data the build compiles in; --partitions, --row-group-size, --force; documents with errors
/// export nothing; bad usage exits with 2.
/// </summary>
public sealed class ExportCommandTests
{
    private static readonly string Seeds = Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Theory]
    [InlineData("parquet")]
    [InlineData("jsonl")]
    public void Datasets_hold_the_seeds_and_the_result_is_one_line(string format)
    {
        using var folder = new TempFolder();
        string output = folder.File("out");
        ToolRunner.Result run = ToolRunner.Run("export", Seeds, "--format", format, "--out", output);
        Assert.True(run.Code == 0, run.ToString());
        Assert.Equal(string.Empty, run.Errors);
        Assert.Equal(
            $"exported {string.Join(", ", SeedExports.ExpectedCounts().Select(c => $"{c.Value} {c.Key}"))}, {SeedExports.ExpectedCitations().Count} citations to {output} (10 files)\n",
            run.Output);

        string extension = format == "parquet" ? "parquet" : "jsonl";
        string from = format == "parquet" ? $"read_parquet('{output}/quotes/*.parquet')" : $"read_json('{output}/quotes/*.jsonl', format = 'newline_delimited')";
        string people = from.Replace("/quotes/", "/people/", StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "citations", "part-00000." + extension)));
        Assert.Equal(SeedExports.ExpectedQuoteSpeakers(), SeedExports.Duck($"SELECT q.id, p.name FROM {from} q JOIN {people} p ON p.id = q.speakerId ORDER BY q.id"));
    }

    [Fact]
    public void Sqlite_is_one_database_of_the_seeds()
    {
        using var folder = new TempFolder();
        string output = folder.File("seeds.db");
        ToolRunner.Result run = ToolRunner.Run("export", Seeds, "--format", "sqlite", "--out", output);
        Assert.True(run.Code == 0, run.ToString());
        Assert.EndsWith($"to {output} (1 file)\n", run.Output, StringComparison.Ordinal);
        Assert.Equal(SeedExports.ExpectedClaimSources(), SeedExports.Lite(output, "SELECT c.id, count(l.value) FROM claims c LEFT JOIN claims_documentIds l ON l.claimId = c.id GROUP BY c.id ORDER BY c.id"));
        Assert.Equal(SeedExports.ExpectedTimeline(), SeedExports.Lite(output, "SELECT id, start, \"end\" FROM events ORDER BY start, \"end\", id"));
    }

    [Fact]
    public void Partitions_and_row_groups_split_the_datasets()
    {
        using var folder = new TempFolder();
        string output = folder.File("out");
        ToolRunner.Result run = ToolRunner.Run("export", Seeds, "--format", "parquet", "--out", output, "--partitions", "3", "--row-group-size", "10");
        Assert.True(run.Code == 0, run.ToString());
        Assert.All(Directory.GetDirectories(Path.Combine(output, "citations")), d => Assert.Matches("bucket=[0-2]$", d));
        Assert.True(Directory.GetFiles(Path.Combine(output, "citations"), "*.parquet", SearchOption.AllDirectories).Length >= SeedExports.ExpectedCitations().Count / 10);
        Assert.Equal(
            [SeedExports.ExpectedCitations().Count.ToString(CultureInfo.InvariantCulture)],
            SeedExports.Duck($"SELECT count(*) FROM read_parquet('{output}/citations/*/*.parquet', hive_partitioning = true)"));
    }

    [Fact]
    public void An_earlier_export_is_kept_unless_forced()
    {
        using var folder = new TempFolder();
        string output = folder.File("seeds.db");
        Assert.Equal(0, ToolRunner.Run("export", Seeds, "--format", "sqlite", "--out", output).Code);
        ToolRunner.Result again = ToolRunner.Run("export", Seeds, "--format", "sqlite", "--out", output);
        Assert.Equal(1, again.Code);
        Assert.Contains("exists", again.Errors, StringComparison.Ordinal);
        Assert.Contains("--force replaces an earlier export", again.Errors, StringComparison.Ordinal);
        Assert.Equal(0, ToolRunner.Run("export", Seeds, "--format", "sqlite", "--out", output, "--force").Code);
    }

    [Fact]
    public void Documents_with_errors_export_nothing()
    {
        using var folder = new TempFolder();
        string seeds = folder.CopySeeds();
        string first = Directory.GetFiles(seeds, "*.summit").Order(StringComparer.Ordinal).First();
        File.WriteAllText(first, File.ReadAllText(first) + " (Edited.)");
        string output = folder.File("out");
        ToolRunner.Result run = ToolRunner.Run("export", seeds, "--format", "parquet", "--out", output);
        Assert.Equal(1, run.Code);
        Assert.Contains("error SD0007", run.Errors, StringComparison.Ordinal);
        Assert.Contains("nothing is exported", run.Errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(Directory.Exists(output));

        // The streamed load wrote its export under a temporary name: nothing of it is left.
        Assert.Equal([Path.GetFileName(seeds)], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void A_streamed_folder_exports_what_its_files_loaded_together_export(string format)
    {
        // One folder is streamed (SummitDataLoader.Stream); the same documents named one by one are loaded in memory.
        using var folder = new TempFolder();
        string seeds = folder.CopySeeds();
        string streamed = folder.File("streamed");
        string loaded = folder.File("loaded");
        Assert.Equal(0, ToolRunner.Run("export", seeds, "--format", format, "--out", streamed).Code);
        Assert.Equal(0, ToolRunner.Run(["export", .. Directory.GetFiles(seeds, "*.summit"), "--format", format, "--out", loaded]).Code);

        string[] datasets = Directory.GetDirectories(loaded).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(datasets, Directory.GetDirectories(streamed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string dataset in datasets)
        {
            // Rows may come in another order: compare each dataset's rows as a sorted list.
            string query = format == "jsonl"
                ? $"SELECT * FROM read_json('{{0}}/{dataset}/*.jsonl', format = 'newline_delimited')"
                : $"SELECT * FROM read_parquet('{{0}}/{dataset}/*.parquet')";
            string[] expected = SeedExports.Duck(string.Format(CultureInfo.InvariantCulture, query, loaded)).Order(StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, SeedExports.Duck(string.Format(CultureInfo.InvariantCulture, query, streamed)).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("--format", "csv", "--out", "x")]
    [InlineData("--out", "x")]
    [InlineData("--format", "parquet")]
    [InlineData("--format", "sqlite", "--out", "x.db", "--partitions", "2")]
    [InlineData("--format", "parquet", "--out", "x", "--partitions", "0")]
    [InlineData("--format", "parquet", "--out", "x", "--row-group-size", "0")]
    public void Bad_usage_exits_with_2(params string[] options)
    {
        ToolRunner.Result run = ToolRunner.Run(["export", Seeds, .. options]);
        Assert.Equal(2, run.Code);
        Assert.StartsWith("error: ", run.Errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
