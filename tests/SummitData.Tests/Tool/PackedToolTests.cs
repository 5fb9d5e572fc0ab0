using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using SummitData.Reporting;
using SummitData.Tests.Package;
using Xunit;
using Xunit.Abstractions;

namespace SummitData.Tests.Tool;

/// <summary>
/// The packed tool, installed as users install it (<see cref="ToolFixture"/>), run as a process on copies of the seeds
/// and of the bad-input corpus: new, check, hash, coverage and report, their outputs and exit codes.
/// </summary>
[Collection(ToolCollection.Name)]
public sealed class PackedToolTests
{
    private readonly ToolFixture _tool;

    public PackedToolTests(ToolFixture tool, ITestOutputHelper output)
    {
        _tool = tool;
        output.WriteLine($"packed and installed in {tool.SetUpTime.TotalSeconds:0.0} s");
    }

    [Fact]
    public void The_package_has_a_version_license_release_notes_icon_and_a_readme_of_its_own()
    {
        PackageMetadata.Check(_tool.Package, "SummitData.Tool", _tool.Version, _tool.Root);
    }

    [Fact]
    public void The_package_is_a_dotnet_tool_named_summitdata_with_its_dependencies()
    {
        Assert.DoesNotContain("warning", _tool.PackResult.Output, StringComparison.OrdinalIgnoreCase);
        using ZipArchive zip = ZipFile.OpenRead(_tool.Package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        foreach (string expected in new[]
        {
            "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/SummitData.Tool.dll", "tools/net10.0/any/SummitData.dll",
            "tools/net10.0/any/System.CommandLine.dll", "tools/net10.0/any/YamlDotNet.dll", "README.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        using Stream settings = zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        XElement command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("summitdata", command.Attribute("Name")!.Value);
        Assert.Equal("SummitData.Tool.dll", command.Attribute("EntryPoint")!.Value);

        using Stream nuspec = zip.GetEntry("SummitData.Tool.nuspec")!.Open();
        XElement package = XDocument.Load(nuspec).Root!;
        XNamespace ns = package.Name.Namespace;
        XElement metadata = package.Element(ns + "metadata")!;
        Assert.Equal("SummitData.Tool", metadata.Element(ns + "id")!.Value);
        Assert.Equal(_tool.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
    }

    [Fact]
    public void New_check_hash_coverage_and_report_on_a_copy_of_the_seeds()
    {
        string work = _tool.NewFolder("walkthrough");
        string seeds = Path.Combine(work, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (string seed in Directory.GetFiles(Path.Combine(_tool.Root, "seeds"), "*.summit"))
        {
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        }

        // new: a pre-annotated document that builds, every candidate a warning.
        File.WriteAllText(Path.Combine(work, "article.txt"), "Talks in Oslo\nTrade grew 12% to USD 3 billion, said Anna Berg, the minister. “We are pleased,” said Anna Berg.\n");
        DotNet.Result created = _tool.Run(work, "new", "article.txt");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Wrote article.txt", created.Output.Replace("article.summit", "article.txt", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "article.summit")));
        DotNet.Result again = _tool.Run(work, "new", "article.txt");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Output, StringComparison.Ordinal);

        DotNet.Result checkNew = _tool.Run(work, "check", "article.summit");
        Assert.True(checkNew.ExitCode == 0, checkNew.ToString());
        Assert.Contains("article.summit(", checkNew.Output, StringComparison.Ordinal);
        Assert.Contains(": warning SD0028: ", checkNew.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", checkNew.Output, StringComparison.Ordinal);

        // check and hash: a seed's text edited on purpose fails with SD0007 until hash --fix.
        Assert.Equal(0, _tool.Run(work, "check", "seeds").ExitCode);
        string seedFile = Directory.GetFiles(seeds, "*.summit").Order(StringComparer.Ordinal).First();
        string relative = Path.Combine("seeds", Path.GetFileName(seedFile));
        File.WriteAllText(seedFile, File.ReadAllText(seedFile) + " (Updated.)");
        DotNet.Result stale = _tool.Run(work, "check", "seeds");
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains($"{relative}(", stale.Output, StringComparison.Ordinal);
        Assert.Contains(": error SD0007: ", stale.Output, StringComparison.Ordinal);
        DotNet.Result printed = _tool.Run(work, "hash", relative);
        Assert.Equal(0, printed.ExitCode);
        string hash = printed.Output.Split('\n')[0];
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Contains(hash, stale.Output, StringComparison.Ordinal);
        Assert.Equal(0, _tool.Run(work, "hash", "--fix", relative).ExitCode);
        Assert.Contains($"sha256: {hash}\n", File.ReadAllText(seedFile), StringComparison.Ordinal);
        Assert.Equal(0, _tool.Run(work, "check", "seeds", "article.summit").ExitCode);

        // coverage: the seeds are covered; the new document covers nothing until its candidates are reviewed.
        DotNet.Result covered = _tool.Run(work, "coverage", "seeds", "--fail-under", "100");
        Assert.True(covered.ExitCode == 0, covered.ToString());
        Assert.Contains("(100.0%) in 5 documents", covered.Output, StringComparison.Ordinal);
        DotNet.Result uncovered = _tool.Run(work, "coverage", "article.summit", "--fail-under", "50");
        Assert.Equal(1, uncovered.ExitCode);
        Assert.Contains("number not annotated: 12%", uncovered.Output, StringComparison.Ordinal);
        Assert.Contains("is under --fail-under 50%", uncovered.Output, StringComparison.Ordinal);

        // report: the HTML report the library renders for the same data, the unedited seeds' own.
        File.Copy(Path.Combine(_tool.Root, "seeds", Path.GetFileName(seedFile)), seedFile, overwrite: true);
        DotNet.Result report = _tool.Run(work, "report", "seeds", "--format", "html", "--out", "report.html");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Equal(HtmlReport.Render(SummitData.Seeds.DataSet), File.ReadAllText(Path.Combine(work, "report.html")));
        DotNet.Result csv = _tool.Run(work, "report", "seeds", "--format", "csv", "--kind", "quotes", "--out", "quotes.csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(CsvReport.Render(SummitData.Seeds.DataSet, RecordKind.Of("quotes"), CsvMode.Spreadsheet), File.ReadAllText(Path.Combine(work, "quotes.csv")));

        // export: the installed tool carries the Parquet writer and SQLite's native library.
        DotNet.Result parquet = _tool.Run(work, "export", "seeds", "--format", "parquet", "--out", "out");
        Assert.True(parquet.ExitCode == 0, parquet.ToString());
        Assert.True(File.Exists(Path.Combine(work, "out", "quotes", "part-00000.parquet")));
        DotNet.Result sqlite = _tool.Run(work, "export", "seeds", "--format", "sqlite", "--out", "seeds.db");
        Assert.True(sqlite.ExitCode == 0, sqlite.ToString());
        Assert.Equal([SummitData.Seeds.DataSet.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Export.SeedExports.Lite(Path.Combine(work, "seeds.db"), "SELECT count(*) FROM quotes"));
    }

    [Fact]
    public void Check_of_the_bad_input_corpus_fails_with_a_valid_sarif_log()
    {
        string work = _tool.NewFolder("bad-input");
        string corpus = Path.Combine(work, "BadInput");
        Directory.CreateDirectory(corpus);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BadInput"), "*.summit"))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        DotNet.Result lines = _tool.Run(work, "check", "BadInput");
        Assert.Equal(1, lines.ExitCode);
        Assert.Contains("BadInput/anchor-not-found.summit(", lines.Output, StringComparison.Ordinal);
        Assert.Contains("error SD0008: ", lines.Output, StringComparison.Ordinal);

        DotNet.Result sarif = _tool.Run(work, "check", "BadInput", "--format", "sarif", "--out", "check.sarif");
        Assert.Equal(1, sarif.ExitCode);
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "check.sarif")));
        SarifSchemaTests.AssertValid(log.RootElement);
        Assert.Contains(
            log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "BadInput/anchor-not-found.summit");

        DotNet.Result report = _tool.Run(work, "report", "BadInput");
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("no report is written", report.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command_and_bad_usage_exits_with_2()
    {
        DotNet.Result help = _tool.Run(_tool.Work, "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (string command in new[] { "new", "check", "hash", "coverage", "report", "export" })
        {
            Assert.Contains($"  {command} <", help.Output, StringComparison.Ordinal);
        }

        DotNet.Result bad = _tool.Run(_tool.Work, "check", "--format", "xml", "x.summit");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Argument 'xml' not recognized", bad.Output, StringComparison.Ordinal);
    }
}
