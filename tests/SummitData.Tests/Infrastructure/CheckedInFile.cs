using System;
using System.IO;
using Xunit;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// A file of the repository that the code generates (a schema): the checked-in copy must equal what the code gives now,
/// with LF line endings and a final newline. Run the tests with <c>SUMMITDATA_UPDATE_DOCS=1</c> to rewrite it.
/// </summary>
internal static class CheckedInFile
{
    public static void AssertCurrent(string relativePath, string generated)
    {
        string path = Path.Combine(ReadmeTests.RepositoryRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("SUMMITDATA_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing: run the tests with SUMMITDATA_UPDATE_DOCS=1");
        Assert.Equal(generated, File.ReadAllText(path));
        Assert.EndsWith("}\n", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", generated, StringComparison.Ordinal);
    }
}
