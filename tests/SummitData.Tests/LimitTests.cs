using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>Inputs built to exhaust a YAML consumer are refused with a diagnostic, not processed.</summary>
public sealed class LimitTests
{
    private static Diagnostic Single(string content)
    {
        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/bomb.summit", content));
        Assert.Null(run.Exception);
        return Assert.Single(run.Diagnostics);
    }

    [Fact]
    public void Nesting_bomb_is_refused_at_the_depth_limit()
    {
        Diagnostic diagnostic = Single("---\nformat: summitdata/1\nauthors: " + new string('[', 100_000) + "\n---\ntext");
        Assert.Equal("SD0020", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Alias_bomb_is_refused_at_the_first_anchor()
    {
        var yaml = new StringBuilder("---\nformat: summitdata/1\na0: &a0 [lol]\n");
        for (int i = 1; i <= 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        Diagnostic diagnostic = Single(yaml + "---\ntext");
        Assert.Equal("SD0020", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Oversized_annotation_block_is_refused_before_parsing()
    {
        Diagnostic diagnostic = Single("---\ntitle: \"" + new string('x', 50 * 1024 * 1024) + "\"\n---\ntext");
        Assert.Equal("SD0020", diagnostic.Id);
    }

    [Fact]
    public void Oversized_text_is_refused()
    {
        Diagnostic diagnostic = Single("---\nformat: summitdata/1\n---\n" + new string('x', 50 * 1024 * 1024));
        Assert.Equal("SD0020", diagnostic.Id);
    }

    [Fact]
    public void Empty_file_and_unclosed_block_are_SD0001()
    {
        Assert.Equal("SD0001", Single(string.Empty).Id);
        Assert.Equal("SD0001", Single("---\nformat: summitdata/1\n").Id);
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/small.summit", "\uFEFF" + Fixture.Small));
        Assert.Empty(run.Diagnostics);
    }
}
