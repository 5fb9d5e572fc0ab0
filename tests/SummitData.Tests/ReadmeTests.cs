using System.IO;
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
