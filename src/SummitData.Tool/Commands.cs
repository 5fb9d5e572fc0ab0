using System.CommandLine;

namespace SummitData.Tool;

/// <summary>The command tree: the root command and one subcommand per task.</summary>
internal static class Commands
{
    public static RootCommand Root(ToolConsole console)
    {
        var root = new RootCommand(
            "Annotated documents (*.summit) without writing C#: pre-annotate a text, check documents, fix a text's hash, measure what the annotations cover, render reports, and export the records for data engines. The same parser and checks as the SummitData package's build.")
        {
            NewCommand.Create(console),
            CheckCommand.Create(console),
            HashCommand.Create(console),
            CoverageCommand.Create(console),
            ReportCommand.Create(console),
            ExportCommand.Create(console),
        };
        return root;
    }

    /// <summary>The PATH... argument of the commands that read documents: files and folders, folders read recursively.</summary>
    public static Argument<string[]> Paths(string what) => new("PATH")
    {
        Description = $"Annotated documents (*.summit files) or folders of them (every *.summit file below, read without ever leaving the folder) {what}.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The --out option: a file, written whole or not at all.</summary>
    public static Option<string?> Out(string what) => new("--out", "-o")
    {
        Description = $"Write {what} to this file instead of standard output (written to a temporary file first, then renamed into place; never through a link).",
        HelpName = "FILE",
    };
}
