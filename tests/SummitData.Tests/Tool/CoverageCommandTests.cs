using System;
using System.IO;
using System.Linq;
using SummitData.Authoring;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary><c>summitdata coverage</c>: each document's share, what no annotation covers at its file line, and --fail-under.</summary>
public sealed class CoverageCommandTests
{
    private static readonly string Seeds = Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Fact]
    public void Seeds_are_covered_as_the_library_measures_them()
    {
        ToolRunner.Result run = ToolRunner.Run("coverage", Seeds, "--fail-under", "100");
        Assert.Equal(0, run.Code);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CoverageReport expected = Coverage.Of(SummitData.Seeds.DataSet);
        Assert.Equal(expected.Documents.Count + 1, lines.Length);
        foreach (DocumentCoverage document in expected.Documents)
        {
            Assert.Contains(lines, line => line.EndsWith($": {document.DocumentId}: {document.Covered}/{document.Total} covered (100.0%) (numbers {document.NumbersCovered}/{document.Numbers}, quotations {document.QuotationsCovered}/{document.Quotations})", StringComparison.Ordinal));
        }

        Assert.Equal($"total: {expected.Covered}/{expected.Total} covered (100.0%) in 5 documents", lines[^1]);
    }

    [Fact]
    public void A_new_document_covers_nothing_and_lists_each_number_and_quotation_at_its_line()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.txt"), "Heading\nSales rose 12% to USD 3 million, said Anna Berg. “We are pleased,” she said.\n");
        Assert.Equal(0, ToolRunner.Run("new", folder.File("a.txt")).Code);
        string file = folder.File("a.summit");
        string[] fileLines = File.ReadAllLines(file);
        int textLine = Array.LastIndexOf(fileLines, "---") + 3;

        ToolRunner.Result run = ToolRunner.Run("coverage", file);
        Assert.Equal(0, run.Code);
        Assert.Equal(
            $"{file}: heading: 0/3 covered (0.0%) (numbers 0/2, quotations 0/1)\n" +
            $"{file}({textLine},12): number not annotated: 12%\n" +
            $"{file}({textLine},19): number not annotated: USD 3 million\n" +
            $"{file}({textLine},51): quotation not annotated: We are pleased,\n" +
            "total: 0/3 covered (0.0%) in 1 document\n",
            run.Output);
        Assert.Equal("12%", fileLines[textLine - 1].Substring(11, 3));
        Assert.Equal("USD 3 million", fileLines[textLine - 1].Substring(18, 13));
        Assert.Equal("We are pleased,", fileLines[textLine - 1].Substring(50, 15));
        Assert.Equal(1, ToolRunner.Run("coverage", file, "--fail-under", "0.1").Code);
        Assert.Equal(0, ToolRunner.Run("coverage", file, "--fail-under", "0").Code);
    }

    [Fact]
    public void Fail_under_compares_the_exact_share()
    {
        // One number of three covered: 33.33...%, printed as 33.3%, which passes 33.3 and fails 33.34.
        using var folder = new TempFolder();
        string text = "Sales rose 12% to 40 shops and 7 towns.";
        string document = $"---\nformat: summitdata/1\nid: shares\nsha256: {Loading.SummitDataLoader.TextSha256(text)}\nfigures:\n  - id: growth\n    exact: 12%\n    value: 12\n    unit: percent\n    measures: growth\n---\n{text}";
        File.WriteAllText(folder.File("shares.summit"), document);

        ToolRunner.Result run = ToolRunner.Run("coverage", folder.Path, "--fail-under", "33.3");
        Assert.Equal(0, run.Code);
        Assert.Contains("1/3 covered (33.3%)", run.Output, StringComparison.Ordinal);
        ToolRunner.Result under = ToolRunner.Run("coverage", folder.Path, "--fail-under", "33.34");
        Assert.Equal(1, under.Code);
        Assert.Contains("error: coverage 33.3% is under --fail-under 33.34%.", under.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_errors_is_not_measured_and_fails()
    {
        string broken = Path.Combine(AppContext.BaseDirectory, "BadInput", "anchor-not-found.summit");
        ToolRunner.Result run = ToolRunner.Run("coverage", Seeds, broken);
        Assert.Equal(1, run.Code);
        Assert.Contains($"{broken}: not measured: the document has errors\n", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{broken}(", run.Errors, StringComparison.Ordinal);
        Assert.EndsWith("in 5 documents; 1 not measured (errors)\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100.5")]
    [InlineData("ninety")]
    public void Fail_under_is_a_percentage(string value)
    {
        ToolRunner.Result run = ToolRunner.Run("coverage", Seeds, "--fail-under", value);
        Assert.Equal(2, run.Code);
        Assert.Contains("--fail-under", run.Errors, StringComparison.Ordinal);
    }
}
