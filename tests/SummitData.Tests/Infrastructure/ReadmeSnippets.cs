using System;
using System.IO;
using System.Text.RegularExpressions;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// The README's code blocks marked <c>&lt;!-- snippet: NAME --&gt;</c>, so tests run exactly what a reader copies.
/// </summary>
internal static class ReadmeSnippets
{
    public static string Readme => File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The content of the fenced block right after the marker, with a final newline.</summary>
    public static string Get(string name)
    {
        Match match = Regex.Match(Readme, $@"<!-- snippet: {Regex.Escape(name)} -->\n```[a-z]*\n(?<code>.*?)\n```\n", RegexOptions.Singleline);
        return match.Success ? match.Groups["code"].Value + "\n" : throw new InvalidOperationException($"README has no snippet '{name}'");
    }
}
