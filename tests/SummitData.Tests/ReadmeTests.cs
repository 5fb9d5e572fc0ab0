using System;
using System.IO;
using System.Linq;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The README's example prints what its comments say.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Typed_api_example_matches_its_comments()
    {
        Figure trade = Seeds.Figures.BilateralTrade2023;
        string tradeLine = $"{trade.Text} = {trade.ScaledValue} ({trade.Unit})";
        string citationLine = trade.Citation.ToString();
        Quote quote = Seeds.Quotes.ConvXiPoliticsOfForce;
        string quoteLine = $"{quote.Speaker?.Name}: “{quote.Text}”";

        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        Assert.Contains("// " + tradeLine, readme);
        Assert.Contains("// " + citationLine, readme);
        Assert.Contains("// " + quoteLine, readme);
    }

    [Fact]
    public void Disagreements_example_is_in_the_quickstart_and_prints_what_the_readme_shows()
    {
        // The package tests run samples/quickstart.cs; the README's three lines are its last three.
        string code = ReadmeSnippets.Get("disagreements");
        Assert.Equal(3, code.TrimEnd('\n').Split('\n').Length);
        string quickstart = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "quickstart.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.EndsWith(code, quickstart, StringComparison.Ordinal);

        string[] shown = ReadmeSnippets.Get("disagreements-output").TrimEnd('\n').Split('\n');
        Assert.Equal(Seeds.DataSet.Discrepancies.Take(shown.Length).Select(d => d.ToString()), shown);
    }

    internal static string RepositoryRoot()
    {
        string? directory = System.AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "SummitData.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new DirectoryNotFoundException("SummitData.sln not found above the test output");
    }
}
