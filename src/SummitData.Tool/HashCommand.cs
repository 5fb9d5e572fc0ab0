using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.IO;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>summitdata hash FILE [--fix]</c>: prints the SHA-256 of a document's text, or writes it into the document's
/// <c>sha256</c> after the text was changed on purpose.
/// </summary>
internal static class HashCommand
{
    public static Command Create(ToolConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "An annotated document (.summit file)." };
        var fix = new Option<bool>("--fix")
        {
            Description = "Write the text's SHA-256 into the document's 'sha256' (only that value changes; the file is replaced atomically, never through a link). For a text changed on purpose: check every annotation against the new text afterwards ('summitdata check').",
        };
        var command = new Command("hash", "Prints the SHA-256 of an annotated document's text (the value its 'sha256' must have), or writes it there with --fix. Says on standard error when the document's 'sha256' differs.")
        {
            file, fix,
        };
        command.SetAction(result => Run(console, result.GetRequiredValue(file), result.GetValue(fix), CancellationToken.None));
        return command;
    }

    private static int Run(ToolConsole console, string path, bool fix, CancellationToken cancellationToken)
    {
        if (fix && FileKinds.Of(path) == FileKind.Link)
        {
            throw new ToolException($"'{path}' is a symbolic link; summitdata never writes through a link: run 'summitdata hash --fix' on the file it points to.");
        }

        WalkedFile file = new FolderWalker(SummitDataLoader.Extension).ReadFile(path, cancellationToken);
        var problems = new List<DiagnosticInfo>();
        string content = file.Text(problems) ?? throw Failed(path, problems);
        Sha256Field field = Sha256Field.Find(path, content, problems, cancellationToken) ?? throw Failed(path, problems);

        console.Out.WriteLine(field.TextHash);
        if (field.IsCurrent)
        {
            if (fix)
            {
                console.Error.WriteLine($"{path}: 'sha256' is already the text's SHA-256; the file is unchanged.");
            }

            return Program.ExitOk;
        }

        if (!fix)
        {
            console.Error.WriteLine(field.Value is null
                ? $"{path}: the document has no 'sha256'; 'summitdata hash --fix {path}' adds it."
                : $"{path}: 'sha256' is {field.Value}, not the text's SHA-256: the text was changed. If that was on purpose, 'summitdata hash --fix {path}' writes the new one.");
            return Program.ExitOk;
        }

        string updated = field.Fixed();
        AtomicFile.Write(path, ToolOutput.Utf8.GetBytes(updated), overwrite: true);
        console.Error.WriteLine(field.Value is null
            ? $"{path}: 'sha256' added. Check every annotation against the text: summitdata check {path}"
            : $"{path}: 'sha256' updated from {field.Value}. Check every annotation against the changed text: summitdata check {path}");
        return Program.ExitOk;
    }

    private static ToolException Failed(string path, List<DiagnosticInfo> problems)
    {
        string reasons = string.Join("; ", problems.Where(p => p.Level == DiagnosticLevel.Error).Select(p =>
            p.Location is { } l ? $"{l.FilePath}({l.StartLine + 1},{l.StartColumn + 1}): {p.Id}: {p.Message}" : $"{p.Id}: {p.Message}"));
        return new ToolException($"cannot read the text of '{path}': {(reasons.Length == 0 ? "it is not an annotated document" : reasons)}");
    }
}

/// <summary>
/// Where a document's <c>sha256</c> stands, and the text's hash: read with the build's own splitting and YAML reader, and
/// rewritten by changing that value's characters in the file as it is (line endings, a byte order mark, comments and
/// every other character untouched).
/// </summary>
internal sealed class Sha256Field
{
    private readonly string _path;
    private readonly string _content;
    private readonly int _start;
    private readonly int _length;

    private Sha256Field(string path, string content, string textHash, string? value, int start, int length)
    {
        _path = path;
        _content = content;
        TextHash = textHash;
        Value = value;
        _start = start;
        _length = length;
    }

    /// <summary>The SHA-256 of the document's text.</summary>
    public string TextHash { get; }

    /// <summary>The value of <c>sha256</c>, or null when the document has none.</summary>
    public string? Value { get; }

    /// <summary>Whether <c>sha256</c> is the text's hash.</summary>
    public bool IsCurrent => string.Equals(Value, TextHash, StringComparison.Ordinal);

    /// <summary>The field of a file's content, or null with the reason in <paramref name="problems"/>.</summary>
    public static Sha256Field? Find(string path, string content, List<DiagnosticInfo> problems, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        AnnotatedFile? file = AnnotatedFile.Split(path, content, diagnostics);
        YamlNode? root = file is null ? null : YamlReader.Read(file.Yaml, file.Map, diagnostics, cancellationToken);
        if (file is null || root is not YamlMapping mapping || diagnostics.Any(d => d.Level == DiagnosticLevel.Error))
        {
            problems.AddRange(diagnostics);
            if (file is not null && root is not null and not YamlMapping)
            {
                problems.Add(DiagnosticCatalog.WrongNodeType.At(file.Map.Map(root), "The annotation block", "a mapping of fields (format, id, sha256, ...)", root.KindName));
            }

            return null;
        }

        string hash = DocumentParser.Sha256(file.Text);
        KeyValuePair<YamlScalar, YamlNode> entry = mapping.Entries.FirstOrDefault(e => e.Key.Value == "sha256");
        if (entry.Key is null)
        {
            // No sha256 yet: added as the block's last line, where a top-level key of a block mapping always fits.
            int closing = LineStart(content, file.TextLine - 1);
            return new Sha256Field(path, content, hash, null, closing, 0);
        }

        if (entry.Value is not YamlScalar scalar || scalar.Start.Line != scalar.End.Line)
        {
            problems.Add(DiagnosticCatalog.WrongNodeType.At(file.Map.Map(entry.Value), "'sha256'", "a hash on the line of its key", entry.Value.KindName));
            return null;
        }

        // YAML lines are one-based from the block's first line, which is the file's second (after '---').
        int start = LineStart(content, scalar.Start.Line) + scalar.Start.Column - 1;
        return new Sha256Field(path, content, hash, scalar.Value, start, scalar.End.Index - scalar.Start.Index);
    }

    /// <summary>The file's content with <c>sha256</c> set to <see cref="TextHash"/>, checked by reading it back.</summary>
    /// <exception cref="ToolException">The result would not read back with that hash (the block is not a block mapping).</exception>
    public string Fixed()
    {
        string replacement = Value is null ? $"sha256: {TextHash}{LineEnd(_content)}" : TextHash;
        string updated = string.Concat(_content.AsSpan(0, _start), replacement, _content.AsSpan(_start + _length));
        Sha256Field? check = Find(_path, updated, new List<DiagnosticInfo>(), CancellationToken.None);
        if (check is null || !check.IsCurrent || check.TextHash != TextHash)
        {
            throw new ToolException($"cannot write 'sha256' into '{_path}' safely (its annotation block is not laid out as key lines); add 'sha256: {TextHash}' to it by hand.");
        }

        return updated;
    }

    /// <summary>The offset where a zero-based line of the content starts, counting CRLF, CR and LF as line ends as the parser does.</summary>
    private static int LineStart(string content, int line)
    {
        int offset = 0;
        for (int i = 0; i < line; i++)
        {
            int next = content.IndexOfAny(['\r', '\n'], offset);
            if (next < 0)
            {
                return content.Length;
            }

            offset = next + (content[next] == '\r' && next + 1 < content.Length && content[next + 1] == '\n' ? 2 : 1);
        }

        return offset;
    }

    /// <summary>The line end the file's first line uses.</summary>
    private static string LineEnd(string content)
    {
        int end = content.IndexOfAny(['\r', '\n']);
        return end < 0 || content[end] == '\n' ? "\n" : end + 1 < content.Length && content[end + 1] == '\n' ? "\r\n" : "\r";
    }
}
