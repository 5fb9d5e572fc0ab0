using System;
using System.IO;
using System.Linq;
using System.Text;
using SummitData.Reporting;
using SummitData.Tool.Reporting;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// <c>summitdata report</c>: every format over the user's documents (here the seeds, read from their folder, which the
/// loader reads into the same data the build compiles in), --kind, --raw, --title, --out, and exit code 2 on bad usage.
/// </summary>
public sealed class ReportCommandTests
{
    private static readonly string Seeds = Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Format_renders_the_documents_as_the_library_renders_the_same_data(string format)
    {
        ToolRunner.Result run = ToolRunner.Run("report", Seeds, "--format", format);
        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Errors);
        string expected = format switch
        {
            "json" => JsonReport.Render(SummitData.Seeds.DataSet),
            "markdown" => MarkdownReport.Render(SummitData.Seeds.DataSet),
            _ => HtmlReport.Render(SummitData.Seeds.DataSet),
        };
        Assert.Equal(expected, run.Output);
    }

    [Fact]
    public void Text_is_the_default()
    {
        ToolRunner.Result run = ToolRunner.Run("report", Seeds);
        Assert.Equal(0, run.Code);
        Assert.Equal(ToolRunner.Run("report", Seeds, "--format", "text").Output, run.Output);
        Assert.Equal(TextReport.Render(SummitData.Seeds.DataSet), run.Output);
        Assert.StartsWith("SummitData report\n=================\n5 documents, ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_defaults_to_figures_and_takes_a_kind()
    {
        SummitDataSet data = SummitData.Seeds.DataSet;
        Assert.Equal(CsvReport.Render(data, RecordKind.Of("figures"), CsvMode.Spreadsheet), ToolRunner.Run("report", Seeds, "--format", "csv").Output);
        Assert.Equal(CsvReport.Render(data, RecordKind.Of("quotes"), CsvMode.Spreadsheet), ToolRunner.Run("report", Seeds, "--format=csv", "--kind=quotes").Output);
        Assert.Equal(CsvReport.Render(data, RecordKind.Of("people"), CsvMode.Spreadsheet), ToolRunner.Run("report", "--kind", "people", "--format", "csv", Seeds).Output);
        Assert.Equal(CsvReport.Render(data, RecordKind.Of("quotes"), CsvMode.Raw), ToolRunner.Run("report", Seeds, "--format", "csv", "--kind", "quotes", "--raw").Output);
    }

    [Fact]
    public void Csv_kind_citations_is_the_citations_table()
    {
        SummitDataSet data = SummitData.Seeds.DataSet;
        Assert.Equal(CsvReport.RenderCitations(data, new CsvOptions { Mode = CsvMode.Spreadsheet }), ToolRunner.Run("report", Seeds, "--format", "csv", "--kind", "citations").Output);
        Assert.Equal(CsvReport.RenderCitations(data), ToolRunner.Run("report", Seeds, "--format", "csv", "--kind", "citations", "--raw").Output);
    }

    [Theory]
    [InlineData("figures", false)]
    [InlineData("people", true)]
    [InlineData("citations", false)]
    public void Bom_writes_a_utf8_byte_order_mark_first_with_either_mode(string kind, bool raw)
    {
        using var folder = new TempFolder();
        string file = folder.File(kind + ".csv");
        string[] args = ["report", Seeds, "--format", "csv", "--kind", kind, "--bom", "--out", file, .. raw ? new[] { "--raw" } : []];
        ToolRunner.Result run = ToolRunner.Run(args);
        Assert.Equal(0, run.Code);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        // After the mark, the same bytes as without it (people.csv holds non-ASCII names).
        string without = ToolRunner.Run([.. args.Where(a => a != "--bom" && a != "--out" && a != file)]).Output;
        Assert.Equal(Encoding.UTF8.GetBytes(without), bytes[3..]);
        Assert.Equal(ToolRunner.Run([.. args.Where(a => a != "--out" && a != file)]).Output, "\uFEFF" + without);
        if (kind == "people")
        {
            Assert.Contains(without, c => c > '\x7F');
        }
    }

    [Fact]
    public void Csv_for_spreadsheets_writes_a_formula_as_text_and_raw_keeps_it()
    {
        // A document of the user's whose quote starts with '=': a spreadsheet would run it.
        using var folder = new TempFolder();
        string text = "He wrote “=HYPERLINK(\"http://example.com\")” on the board.";
        string document = $"---\nformat: summitdata/1\nid: formula\nsha256: {Loading.SummitDataLoader.TextSha256(text)}\nquotes:\n  - id: formula-quote\n    exact: '=HYPERLINK(\"http://example.com\")'\n    kind: document-text\n---\n{text}";
        File.WriteAllText(folder.File("formula.summit"), document);

        string spreadsheet = ToolRunner.Run("report", folder.Path, "--format", "csv", "--kind", "quotes").Output;
        string raw = ToolRunner.Run("report", folder.Path, "--format", "csv", "--kind", "quotes", "--raw").Output;
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.com\"\")\"", spreadsheet, StringComparison.Ordinal);
        Assert.Contains(",\"=HYPERLINK(\"\"http://example.com\"\")\",", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_are_merged_across_files_and_folders_and_a_file_named_twice_is_read_once()
    {
        using var folder = new TempFolder();
        string copies = folder.CopySeeds();
        string[] files = Directory.GetFiles(copies, "*.summit").Order(StringComparer.Ordinal).ToArray();

        // Two files alone, the rest through the folder (which holds the two as well): one data set of five documents.
        ToolRunner.Result run = ToolRunner.Run("report", files[0], files[1], copies, "--format", "json");
        Assert.Equal(string.Empty, run.Errors);
        Assert.Equal(0, run.Code);
        Assert.Equal(JsonReport.Render(SummitData.Seeds.DataSet), run.Output);
    }

    [Theory]
    [InlineData("text", "Trip <report> & “notes”\n=======================\n")]
    [InlineData("markdown", "# Trip \\<report\\> \\& “notes”\n")]
    [InlineData("html", "<h1>Trip &lt;report&gt; &amp; “notes”</h1>")]
    public void Title_replaces_the_heading(string format, string heading)
    {
        ToolRunner.Result run = ToolRunner.Run("report", Seeds, "--format", format, "--title", "Trip <report>\n& “notes”");
        Assert.Equal(0, run.Code);
        Assert.Contains(heading, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SummitData report", run.Output.Split('\n').Take(12), StringComparer.Ordinal);
        if (format == "html")
        {
            Assert.Contains("<title>Trip &lt;report&gt; &amp; “notes”</title>", run.Output, StringComparison.Ordinal);
        }

        // Only the heading changes.
        string untitled = ToolRunner.Run("report", Seeds, "--format", format).Output;
        Assert.Equal(untitled.Split('\n').Length, run.Output.Split('\n').Length);
    }

    [Fact]
    public void Out_writes_the_report_to_a_file_as_utf8_without_bom_and_replaces_it()
    {
        using var folder = new TempFolder();
        string file = folder.File("report.html");
        File.WriteAllText(file, "old");
        ToolRunner.Result run = ToolRunner.Run("report", Seeds, "--format", "html", "--out", file);
        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Output);
        byte[] bytes = File.ReadAllBytes(file);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(HtmlReport.Render(SummitData.Seeds.DataSet), new UTF8Encoding(false, true).GetString(bytes));
        Assert.Equal(new[] { file }, Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Documents_with_errors_give_no_report_their_diagnostics_and_exit_code_1()
    {
        using var folder = new TempFolder();
        string copies = folder.CopySeeds();
        string broken = Directory.GetFiles(copies, "*.summit").Order(StringComparer.Ordinal).First();
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("sha256: ", "sha256: 0", StringComparison.Ordinal));
        string output = folder.File("report.json");

        ToolRunner.Result run = ToolRunner.Run("report", copies, "--format", "json", "--out", output);
        Assert.Equal(1, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(File.Exists(output));
        Assert.Contains($"{broken}(", run.Errors, StringComparison.Ordinal);
        Assert.Contains("error SD0007", run.Errors, StringComparison.Ordinal);
        Assert.Contains("no report is written", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_shown_and_the_report_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("article.txt"), "Sales rose 12% in 2023, said Anna Berg, the director.\n");
        Assert.Equal(0, ToolRunner.Run("new", folder.File("article.txt")).Code);

        ToolRunner.Result run = ToolRunner.Run("report", folder.Path, "--format", "json");
        Assert.Equal(0, run.Code);
        Assert.Contains("warning SD0028", run.Errors, StringComparison.Ordinal);
        Assert.Contains("\"documents\"", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Argument 'pdf' not recognized", "report", "seeds", "--format", "pdf")]
    [InlineData("Argument 'HTML' not recognized", "report", "seeds", "--format", "HTML")]
    [InlineData("Required argument missing for option: '--format'", "report", "seeds", "--format")]
    [InlineData("Argument 'figure' not recognized", "report", "seeds", "--format", "csv", "--kind", "figure")]
    [InlineData("--kind applies only to --format csv", "report", "seeds", "--kind", "quotes")]
    [InlineData("--kind applies only to --format csv", "report", "seeds", "--format", "json", "--kind", "quotes")]
    [InlineData("--raw applies only to --format csv", "report", "seeds", "--raw")]
    [InlineData("--raw applies only to --format csv", "report", "seeds", "--format", "html", "--raw")]
    [InlineData("--title applies only to --format text, markdown, html", "report", "seeds", "--format", "json", "--title", "T")]
    [InlineData("--bom applies only to --format csv", "report", "seeds", "--format", "json", "--bom")]
    [InlineData("--bom applies only to --format csv", "report", "seeds", "--bom")]
    [InlineData("Argument 'citation' not recognized", "report", "seeds", "--format", "csv", "--kind", "citation")]
    [InlineData("--title needs a title", "report", "seeds", "--title", " ")]
    [InlineData("unknown option '--verbose'", "report", "seeds", "--verbose")]
    [InlineData("Required argument 'PATH' missing", "report")]
    [InlineData("Required command was not provided", new string[0])]
    public void Bad_usage_exits_with_2_and_says_why(string message, params string[] args)
    {
        ToolRunner.Result run = ToolRunner.Run(args);
        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(message, run.Errors, StringComparison.Ordinal);
        Assert.Contains("--help' for usage", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_every_format_and_kind()
    {
        ToolRunner.Result run = ToolRunner.Run("report", "--help");
        Assert.Equal(0, run.Code);
        Assert.Contains("--format <text|json|csv|markdown|html>", run.Output, StringComparison.Ordinal);
        foreach (RecordKind kind in RecordKind.All)
        {
            Assert.Contains(kind.Name, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("citations", run.Output, StringComparison.Ordinal);
        Assert.Contains("--bom", run.Output, StringComparison.Ordinal);
        Assert.Equal(ReportRenderers.KindNames, [.. RecordKind.All.Select(k => k.Name), "citations"]);
    }
}
