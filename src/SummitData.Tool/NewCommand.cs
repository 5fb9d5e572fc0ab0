using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SummitData.Authoring;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata new TEXT [--id ...] [--out ...]</c>: a new annotated document for a text, pre-annotated with candidate
/// figures, quotes, people and entities, each marked unreviewed.
/// </summary>
internal static class NewCommand
{
    public static Command Create(ToolConsole console)
    {
        var text = new Argument<string>("TEXT")
        {
            Description = "A UTF-8 text file to annotate, taken verbatim (line endings become LF), or '-' for standard input.",
        };
        var id = new Option<string?>("--id")
        {
            Description = "The document's id: lowercase ASCII letters, digits and single hyphens, starting with a letter. Default: made from the text's first line.",
            HelpName = "ID",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The .summit file to write, or '-' for standard output. Default: TEXT with the extension .summit (standard output when TEXT is '-'). An existing file is never overwritten unless --force is given; the file is written whole or not at all.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output file if it exists (never through a link).",
        };
        var schema = new Option<string?>("--schema")
        {
            Description = "Where the annotation block's JSON Schema is (a URL or a path; by default the published schema's address): written as a '# yaml-language-server: $schema=...' line, which editors with the YAML language server use to complete and check the block. The package also ships the schema in its 'schema' folder, for editors without network access.",
            HelpName = "URL",
        };
        var command = new Command(
            "new",
            "Writes a new annotated document (.summit) for a text: the text verbatim, its SHA-256, the metadata keys, and candidates found in the text: figures (every number and number word, with value, scale and unit read from the words), quotes (every quotation, with the nearest 'said X' speaker), people and entities. Every candidate is marked 'unreviewed: true': the file builds as it is, no candidate becomes a record, and each is a warning (SD0028) until you check it against the text and remove the marker, or delete the candidate.")
        {
            text, id, output, force, schema,
        };
        command.SetAction(result => Run(
            console,
            result.GetRequiredValue(text),
            result.GetValue(id),
            result.GetValue(output),
            result.GetValue(force),
            result.GetValue(schema),
            CancellationToken.None));
        return command;
    }

    private static int Run(ToolConsole console, string textPath, string? id, string? output, bool force, string? schema, CancellationToken cancellationToken)
    {
        bool fromInput = textPath == "-";
        string text = fromInput ? ReadInput(console.In) : ReadText(textPath, cancellationToken);
        output ??= fromInput ? "-" : Path.ChangeExtension(textPath, SummitDataLoader.Extension);
        if (!fromInput && output != "-" && SamePath(output, textPath))
        {
            throw new ToolException($"the text '{textPath}' would be its own output; name another file with --out.");
        }

        string location = schema ?? AnnotationSchema.Url;
        if (location.Length == 0 || location.Any(char.IsControl))
        {
            throw new ToolException("--schema needs a URL or a path on one line.");
        }

        PreAnnotation annotated;
        try
        {
            annotated = PreAnnotator.Annotate(text, new PreAnnotationOptions
            {
                Id = id,
                Source = fromInput ? null : Path.GetFileName(textPath),
                HeaderComments = new[] { AnnotationSchema.EditorComment(location) },
            });
        }
        catch (ArgumentException e)
        {
            throw new ToolException(e.Message.Split(" (Parameter", 2)[0], e);
        }

        if (output == "-")
        {
            console.Out.Write(annotated.Content);
            console.Out.Flush();
        }
        else
        {
            AtomicFile.Write(output, ToolOutput.Utf8.GetBytes(annotated.Content), overwrite: force);
        }

        int candidates = annotated.Figures.Count + annotated.Quotes.Count + annotated.People.Count + annotated.Entities.Count;
        console.Error.WriteLine(
            $"{(output == "-" ? "Wrote" : $"Wrote {output}:")} document '{annotated.Id}' with {CheckCommand.Plural(candidates, "unreviewed candidate")} " +
            $"({CheckCommand.Plural(annotated.Figures.Count, "figure")}, {CheckCommand.Plural(annotated.Quotes.Count, "quote")}, " +
            $"{annotated.People.Count} {(annotated.People.Count == 1 ? "person" : "people")}, {annotated.Entities.Count} {(annotated.Entities.Count == 1 ? "entity" : "entities")})" +
            (annotated.LeftOut > 0 ? $"; {annotated.LeftOut} more left out, as the annotation block would pass its size limit" : string.Empty) + ".");
        if (output != "-")
        {
            console.Error.WriteLine($"Next: check each candidate against the text and remove its 'unreviewed: true' (or delete it), fill in what it measures, then run 'summitdata check {output}'.");
        }

        return Program.ExitOk;
    }

    /// <summary>The text of a file, read through the folder walker (regular files only, bounded in size) and decoded as strict UTF-8.</summary>
    private static string ReadText(string path, CancellationToken cancellationToken)
    {
        WalkedFile file = new FolderWalker(".txt").ReadFile(path, cancellationToken);
        var problems = new List<DiagnosticInfo>();
        string? text = file.Text(problems);
        if (text is null)
        {
            DiagnosticInfo problem = problems[0];
            string where = problem.Location is { } l && l.StartLine + l.StartColumn > 0 ? $"({l.StartLine + 1},{l.StartColumn + 1})" : string.Empty;
            throw new ToolException($"{path}{where}: {problem.Id}: {problem.Message}");
        }

        // The walker reads a byte order mark as text; it is the file's encoding, not the document's first character.
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    /// <summary>Standard input, at most one character more than a document's text may have (then the annotator refuses it).</summary>
    private static string ReadInput(TextReader input)
    {
        var text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while (text.Length <= Limits.MaxTextLength && (read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        string result = text.ToString();
        return result.Length > 0 && result[0] == '\uFEFF' ? result.Substring(1) : result;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
