using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using SummitData.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SummitData.Tests.Package;

/// <summary>
/// Both notebooks (<c>.ipynb</c> and <c>.dib</c>) run in the real .NET Interactive kernel (dotnet-repl, the local tool of
/// <c>.config/dotnet-tools.json</c>) against the package packed for this test run, by <c>samples/notebooks/run.sh</c>,
/// the script that regenerates the committed notebook: what they show is asserted, and the committed outputs must be
/// what the run gives.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NotebookTests
{
    private readonly PackageFixture _package;
    private readonly ITestOutputHelper _output;

    public NotebookTests(PackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    public static TheoryData<string> Runs => new() { "SummitData.ipynb", "SummitData.dib.ipynb" };

    private KernelRun Kernel => _package.Once("notebooks in the kernel", () => KernelRun.Execute(_package));

    [Fact]
    public void Both_notebooks_run_in_the_kernel_on_the_packed_package_with_the_extension_loaded()
    {
        KernelRun run = Kernel;
        _output.WriteLine($"run.sh (both notebooks, tool restore included) took {run.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine(run.Log);

        foreach (IReadOnlyList<NotebookCell> cells in run.Notebooks.Values)
        {
            Assert.DoesNotContain(cells.SelectMany(c => c.Outputs), o => o.Type == "error");
            Assert.All(cells.Where(c => c.Kind == "code"), c => Assert.NotEmpty(c.Outputs));
            NotebookCell reference = cells.Cell($"#r \"nuget: SummitData, {_package.BaseVersion}\"");
            string shown = string.Concat(reference.Outputs.SelectMany(o => o.Data.Values));
            Assert.Contains($"SummitData, {_package.BaseVersion}", shown, StringComparison.Ordinal);
            Assert.Contains($"Loading extensions from `summitdata/{_package.BaseVersion}/interactive-extensions/dotnet/SummitData.Interactive.dll`", shown, StringComparison.Ordinal);
        }

        // The kernel really restored this run's package: before normalisation its output names the run's version,
        // which no earlier run packed.
        Assert.Contains($"SummitData.ipynb: installed SummitData, {_package.Version}", run.Log, StringComparison.Ordinal);
        Assert.Contains($"SummitData.dib: installed SummitData, {_package.Version}", run.Log, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Figures_show_as_a_table_with_a_header_cell_per_column_and_a_row_per_figure(string notebook)
    {
        // The columns: Figure's public properties, less the two that repeat another (the claim's id beside the claim,
        // the list of one document beside the document).
        string[] columns = typeof(Figure).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken).Select(p => p.Name).Except(new[] { "ClaimId", "DocumentIds" }).ToArray();

        NotebookOutput output = Assert.Single(Kernel.Notebooks[notebook].Cell("data.Figures").Outputs);
        var (headers, rows) = Assert.Single(HtmlTables.Read(output.Html!));

        Assert.Equal(columns, headers);
        Assert.Equal(Seeds.DataSet.Figures.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(columns.Length, r.Length));
        Assert.Equal(Seeds.DataSet.Figures.Select(f => f.Id), rows.Select(r => r[0]));
        Assert.Equal(Seeds.DataSet.Figures.Select(f => f.Measures), rows.Select(r => r[Array.IndexOf(columns, "Measures")]));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_figure_shows_its_words_highlighted_in_their_sentence_with_document_and_line(string notebook)
    {
        Figure trade = Seeds.Figures.BilateralTrade2023;
        string text = Seeds.DataSet.Documents.Get(trade.DocumentId).Text;
        string before = text[(trade.Citation.Offset - 16)..trade.Citation.Offset];
        Assert.DoesNotMatch(@"[.\n]", before);

        string html = Assert.Single(Kernel.Notebooks[notebook].Cell("Seeds.Figures.BilateralTrade2023").Outputs).Html!;

        Assert.Contains($"{before}<mark>{trade.Text}</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"{trade.DocumentId}, line {trade.Citation.Line}, column {trade.Citation.Column}", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void ToTabularDataResource_output_is_a_table_and_exports_as_csv(string notebook)
    {
        Figure[] usd = Seeds.DataSet.Figures.Where(f => f.Unit == FigureUnit.Usd).ToArray();
        NotebookCell cell = Kernel.Notebooks[notebook].Single(c => c.Kind == "code" && c.Source.EndsWith(".ToTabularDataResource()", StringComparison.Ordinal));

        var (headers, rows) = Assert.Single(HtmlTables.Read(Assert.Single(cell.Outputs, o => o.Html is not null).Html!));
        Assert.Equal("Id", headers[0]);
        Assert.Contains("Citation", headers);
        Assert.Equal(usd.Select(f => f.Id), rows.Select(r => r[0]));

        string[] csv = cell.Outputs.Single(o => o.Data.ContainsKey("text/csv")).Data["text/csv"].TrimEnd('\n', '\r').Split('\n');
        Assert.Equal(string.Join(",", headers), csv[0].TrimEnd('\r'));
        Assert.Equal(usd.Length + 1, csv.Length);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Disagreements_show_their_sides_side_by_side_each_highlighted(string notebook)
    {
        string html = Assert.Single(Kernel.Notebooks[notebook].Cell("data.Discrepancies.Take(4)").Outputs).Html!;

        Discrepancy[] shown = Seeds.DataSet.Discrepancies.Take(4).ToArray();
        MatchCollection sides = Regex.Matches(html, "<div class=\"sd-side\">(.*?)</div></div>", RegexOptions.Singleline);
        Assert.Equal(shown.Sum(d => d.Sides.Count), sides.Count);
        Assert.Equal(shown.SelectMany(d => d.Sides).Select(s => s.Text), sides.Select(s => HtmlTables.Text(Regex.Match(s.Value, "<mark>(.*?)</mark>").Groups[1].Value)));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_deliberate_error_shows_SD0008_with_its_line_and_column(string notebook)
    {
        IReadOnlyList<NotebookCell> cells = Kernel.Notebooks[notebook];

        // Where the typo is, read from the notebook's own raw string literal (its first line is line 1 of the document).
        string[] literal = cells.Single(c => c.Source.Contains("string annotated = $\"\"\"", StringComparison.Ordinal)).Source
            .Split('\n').SkipWhile(l => !l.EndsWith("$\"\"\"", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Trim() != "\"\"\";").ToArray();
        int line = Array.FindIndex(literal, l => l.Contains("exact: 1,200 books", StringComparison.Ordinal)) + 1;
        int column = literal[line - 1].IndexOf("1,200", StringComparison.Ordinal) - 4 + 1;

        NotebookCell error = cells.Single(c => c.Source.Contains("\"typo.summit\"", StringComparison.Ordinal));
        var (headers, rows) = Assert.Single(HtmlTables.Read(Assert.Single(error.Outputs).Html!));

        Assert.Equal(new[] { "Severity", "Id", "File", "Line", "Column", "Message" }, headers);
        string[] row = Assert.Single(rows);
        Assert.Equal(new[] { "Error", "SD0008", "typo.summit", line.ToString(CultureInfo.InvariantCulture), column.ToString(CultureInfo.InvariantCulture) }, row[..5]);
        Assert.StartsWith("'1,300 books' is not in the text", row[5], StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_notebook_is_what_the_kernel_gives_now()
    {
        string committed = File.ReadAllText(Path.Combine(Notebooks.Folder, "SummitData.ipynb"));
        string fresh = File.ReadAllText(Path.Combine(Kernel.Folder, "SummitData.ipynb"));

        Assert.True(
            committed == fresh,
            "samples/notebooks/SummitData.ipynb is stale (its cells or outputs are not what the kernel gives): run samples/notebooks/run.sh and commit the result."
            + $"\nFirst difference at character {Enumerable.Range(0, Math.Min(committed.Length, fresh.Length)).FirstOrDefault(i => committed[i] != fresh[i])}.");

        // The .dib shows exactly what the .ipynb shows.
        using JsonDocument ipynb = JsonDocument.Parse(fresh);
        using JsonDocument dib = JsonDocument.Parse(File.ReadAllText(Path.Combine(Kernel.Folder, "SummitData.dib.ipynb")));
        Assert.Equal(ipynb.RootElement.GetProperty("cells").GetRawText(), dib.RootElement.GetProperty("cells").GetRawText());
    }

    /// <summary>What <c>run.sh --out</c> gave: the normalised executed notebooks, by file name, and the script's log.</summary>
    private sealed class KernelRun
    {
        private KernelRun(string folder, TimeSpan elapsed, string log)
        {
            Folder = folder;
            Elapsed = elapsed;
            Log = log;
            Notebooks = new[] { "SummitData.ipynb", "SummitData.dib.ipynb" }.ToDictionary(n => n, n => Infrastructure.Notebooks.Read(Path.Combine(folder, n)));
        }

        public string Folder { get; }

        public TimeSpan Elapsed { get; }

        public string Log { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<NotebookCell>> Notebooks { get; }

        public static KernelRun Execute(PackageFixture package)
        {
            string folder = Path.Combine(package.Work, "notebooks");
            var clock = Stopwatch.StartNew();
            DotNet.Result run = DotNet.Program(
                "bash",
                package.Root,
                packagesFolder: null,
                TimeSpan.FromMinutes(10),
                Path.Combine(package.Root, "samples", "notebooks", "run.sh"),
                "--feed", package.Feed, "--version", package.Version, "--out", folder);
            Assert.True(run.ExitCode == 0, run.ToString());
            return new KernelRun(folder, clock.Elapsed, run.Output);
        }
    }
}
