using System;
using System.IO;
using System.Text;
using SummitData.Report;
using SummitData.Reporting;
using Xunit;

namespace SummitData.Tests;

/// <summary>The report sample's command line: formats, --kind, --out, and exit code 2 on bad usage.</summary>
public sealed class ReportCliTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Format_selects_the_library_report(string format)
    {
        (int code, string output, string errors) = Run("--format", format);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, errors);
        string expected = format switch
        {
            "json" => JsonReport.Render(Seeds.DataSet),
            "text" => TextReport.Render(Seeds.DataSet),
            "markdown" => MarkdownReport.Render(Seeds.DataSet),
            _ => HtmlReport.Render(Seeds.DataSet),
        };
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Text_is_the_default()
    {
        (int code, string output, _) = Run();
        Assert.Equal(0, code);
        Assert.Equal(Run("--format", "text").Output, output);
        Assert.StartsWith("SummitData report\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_defaults_to_figures_and_takes_a_kind()
    {
        Assert.Equal(CsvReport.Render(Seeds.DataSet, RecordKind.Of<Figure>(), CsvMode.Spreadsheet), Run("--format", "csv").Output);
        Assert.Equal(CsvReport.Render(Seeds.DataSet, RecordKind.Of<Quote>(), CsvMode.Spreadsheet), Run("--format=csv", "--kind=quotes").Output);
        Assert.Equal(CsvReport.Render(Seeds.DataSet, RecordKind.Of<Person>(), CsvMode.Spreadsheet), Run("--kind", "people", "--format", "csv").Output);
        Assert.Equal(CsvReport.Render(Seeds.DataSet, RecordKind.Of<Quote>(), CsvMode.Raw), Run("--format", "csv", "--kind", "quotes", "--raw").Output);
    }

    [Fact]
    public void Out_writes_the_report_to_a_file_as_utf8_without_bom()
    {
        string file = Path.Combine(Path.GetTempPath(), $"summitdata-report-{Guid.NewGuid():N}.html");
        try
        {
            (int code, string output, _) = Run("--format", "html", "--out", file);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, output);
            byte[] bytes = File.ReadAllBytes(file);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal(HtmlReport.Render(Seeds.DataSet), new UTF8Encoding(false, true).GetString(bytes));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("unknown format 'pdf'", "--format", "pdf")]
    [InlineData("unknown format 'HTML'", "--format", "HTML")]
    [InlineData("--format needs a value", "--format")]
    [InlineData("--format is given more than once", "--format", "csv", "--format", "json")]
    [InlineData("unknown kind 'figure'", "--format", "csv", "--kind", "figure")]
    [InlineData("--kind applies only to --format csv", "--kind", "quotes")]
    [InlineData("--kind applies only to --format csv", "--format", "json", "--kind", "quotes")]
    [InlineData("--kind is given more than once", "--format", "csv", "--kind", "quotes", "--kind", "people")]
    [InlineData("--raw applies only to --format csv", "--raw")]
    [InlineData("--raw applies only to --format csv", "--format", "html", "--raw")]
    [InlineData("--raw is given more than once", "--format", "csv", "--raw", "--raw")]
    [InlineData("--out needs a file name", "--out=")]
    [InlineData("unknown argument '--verbose'", "--verbose")]
    public void Bad_usage_exits_with_2_and_says_why(string message, params string[] args)
    {
        (int code, string output, string errors) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_every_format_and_kind()
    {
        (int code, string output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("--format text|json|csv|markdown|html", output, StringComparison.Ordinal);
        foreach (RecordKind kind in RecordKind.All)
        {
            Assert.Contains(kind.Name, output, StringComparison.Ordinal);
        }
    }

    private static (int Code, string Output, string Errors) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
