using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The notebook files themselves: the <c>.ipynb</c> and the <c>.dib</c> hold the same cells, the README's notebook
/// snippets are among them, both say how to use a local feed, and the screenshot in the README is the one the
/// screenshot script takes. (The kernel runs them in <see cref="Package.NotebookTests"/>.)
/// </summary>
public sealed class NotebookFileTests
{
    private static string Ipynb => Path.Combine(Notebooks.Folder, "SummitData.ipynb");

    private static string Dib => Path.Combine(Notebooks.Folder, "SummitData.dib");

    [Fact]
    public void Both_notebooks_have_the_same_cells_and_the_readme_snippets()
    {
        var ipynb = Notebooks.Read(Ipynb).Select(c => (c.Kind, c.Source)).ToArray();
        var dib = Notebooks.Read(Dib).Select(c => (c.Kind, c.Source)).ToArray();

        Assert.Equal(ipynb, dib);
        string[] code = ipynb.Where(c => c.Kind == "code").Select(c => c.Source).ToArray();
        Assert.True(code.Length >= 10);
        Assert.Equal(ReadmeSnippets.Get("notebook").TrimEnd('\n'), code[0]);
        Assert.Contains(code, c => c.EndsWith(ReadmeSnippets.Get("notebook-load").TrimEnd('\n'), StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_cell_and_the_readme_say_how_to_use_a_local_feed()
    {
        var first = Notebooks.Read(Ipynb)[0];
        Assert.Equal("markdown", first.Kind);
        Assert.Contains("#i \"nuget: /path/to/feed\"", first.Source, StringComparison.Ordinal);
        Assert.Contains("dotnet pack src/SummitData -c Release -o /path/to/feed", first.Source, StringComparison.Ordinal);
        Assert.Contains("#i \"nuget: /path/to/feed\"", ReadmeSnippets.Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet pack src/SummitData -c Release -o /path/to/feed", ReadmeSnippets.Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void No_markdown_line_starts_with_a_directive()
    {
        // The kernel reads a line starting with #i or #r as a directive even in a markdown cell, and fails that cell.
        Assert.All(
            Notebooks.Read(Ipynb).Where(c => c.Kind == "markdown"),
            c => Assert.DoesNotMatch(new Regex(@"^#[a-z!]", RegexOptions.Multiline), c.Source));
    }

    [Fact]
    public void The_committed_notebook_names_no_machine_path()
    {
        string notebook = File.ReadAllText(Ipynb);

        Assert.Contains("/path/to/feed", notebook, StringComparison.Ordinal);
        foreach (string path in new[] { "/tmp/", "/root", "/home/", "/work/", "/opt/", ":\\\\", "summitdata-notebook." })
        {
            Assert.DoesNotContain(path, notebook, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_shows_the_screenshot_the_script_takes()
    {
        Assert.Contains("](docs/images/notebook.png)", ReadmeSnippets.Readme, StringComparison.Ordinal);
        string script = File.ReadAllText(Path.Combine(Notebooks.Folder, "screenshot.sh"));
        Assert.Contains("docs/images/notebook.png", script, StringComparison.Ordinal);
        Match size = Regex.Match(script, @"--window-size=(\d+),(\d+)");
        Assert.True(size.Success);

        // A PNG of exactly the script's window size: the script took it (Chromium's screenshot is the window).
        byte[] png = File.ReadAllBytes(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "images", "notebook.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal(int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
