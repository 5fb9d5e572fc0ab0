using System;
using System.IO;
using SummitData.Tool;

namespace SummitData.Tests.Tool;

/// <summary>Runs the summitdata command in process, with its output, errors and input in memory.</summary>
internal static class ToolRunner
{
    public sealed record Result(int Code, string Output, string Errors)
    {
        public override string ToString() => $"exit code {Code}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }

    public static Result Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Result RunWithInput(string input, params string[] args) => Run(input, interactive: false, args);

    /// <summary>Runs the command as on a terminal a person watches (standard error not redirected).</summary>
    public static Result RunInteractive(params string[] args) => Run(string.Empty, interactive: true, args);

    private static Result Run(string input, bool interactive, string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        using var reader = new StringReader(input);
        int code = Program.Run(args, new ToolConsole(reader, output, errors, interactive));
        return new Result(code, output.ToString(), errors.ToString());
    }
}

/// <summary>A temporary folder with copies of files, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "summitdata-tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A copy of the seed documents in a subfolder; returns the subfolder.</summary>
    public string CopySeeds(string name = "seeds")
    {
        string target = File(name);
        Directory.CreateDirectory(target);
        foreach (string seed in Directory.GetFiles(System.IO.Path.Combine(ReadmeTests.RepositoryRoot(), "seeds"), "*.summit"))
        {
            System.IO.File.Copy(seed, System.IO.Path.Combine(target, System.IO.Path.GetFileName(seed)));
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the test for it is not.
        }
    }
}
