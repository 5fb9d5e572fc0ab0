using System;
using System.IO;
using System.Linq;
using SummitData.Testing;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// Long loads of the tool (<c>check</c>, <c>report</c>) show their progress on an interactive terminal and write
/// nothing of it when standard error is redirected, as in every other test of the tool and in CI logs.
/// </summary>
public sealed class ProgressLineTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("report")]
    public void Redirected_output_shows_no_progress(string command)
    {
        using var folder = new TempFolder();
        _ = SyntheticCorpus.Write(folder.Path, 12).Count();

        ToolRunner.Result run = ToolRunner.Run(command, folder.Path);

        Assert.Equal(0, run.Code);
        Assert.DoesNotContain('\r', run.Errors);
        Assert.DoesNotContain("documents,", run.Errors, StringComparison.Ordinal);
        Assert.Equal(command == "check" ? "12 files checked: 0 errors, 0 warnings.\n" : string.Empty, run.Errors);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("report")]
    public void A_terminal_sees_the_documents_done_then_the_result_alone(string command)
    {
        using var folder = new TempFolder();
        _ = SyntheticCorpus.Write(folder.Path, 12).Count();

        ToolRunner.Result quiet = ToolRunner.Run(command, folder.Path);
        ToolRunner.Result shown = ToolRunner.RunInteractive(command, folder.Path);

        // The result is the same; the progress line, rewritten in place, ends with every document done and is cleared.
        Assert.Equal(quiet.Code, shown.Code);
        Assert.Equal(quiet.Output, shown.Output);
        string[] frames = shown.Errors.Split('\r');
        Assert.Contains(frames, f => f.StartsWith("parsing 1/12 documents, ", StringComparison.Ordinal));
        string last = frames.Last(f => f.Trim().Length > 0 && !f.Contains('\n'));
        Assert.StartsWith("parsing 12/12 documents, ", last, StringComparison.Ordinal);
        Assert.EndsWith(", 0:00 left", last.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("\r" + quiet.Errors, shown.Errors, StringComparison.Ordinal);
    }
}
