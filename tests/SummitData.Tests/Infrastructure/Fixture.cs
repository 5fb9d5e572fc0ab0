using System;
using System.Linq;

namespace SummitData.Tests.Infrastructure;

internal static class Fixture
{
    /// <summary>A small hand-written annotated document (Fixtures/small.summit) that is valid.</summary>
    public static string Small => GeneratorHarness.Fixture("small.summit");

    /// <summary>One-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string content, string marker)
    {
        int at = content.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{marker}' is not in the content.");
        }

        return content.Substring(0, at).Count(c => c == '\n') + 1;
    }
}
