using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Compiled;

/// <summary>
/// A document's text read from the embedded resource the package's build targets made of its annotated file: the raw
/// file, normalised and split as the generator did (<see cref="AnnotatedFile.Split"/>), so offsets, lines and the hash
/// are over the same text the generator checked.
/// </summary>
internal static class DocumentText
{
    public static string Read(Assembly assembly, string resource, string documentId, string file, string expectedSha256)
    {
        using Stream? stream = assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            throw new InvalidOperationException(
                $"The text of the document '{documentId}' ({file}) is read from the embedded resource '{resource}', which the assembly {assembly.GetName().Name} does not have. "
                + "The SummitData build targets embed every document they give the generator; a file given to the generator some other way "
                + $"needs <EmbeddedResource Include=\"{file}\" LogicalName=\"{resource}\" /> as well, or no SummitDataResource metadata, so that its text is compiled in.");
        }

        if (stream.Length > Limits.MaxFileBytes)
        {
            throw Mismatch(resource, documentId, file, $"it is larger than {Limits.MaxFileBytes} bytes, the most an annotated file may have");
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var problems = new List<DiagnosticInfo>();
        string? content = DocumentEncoding.Decode(file, bytes, bytes.Length, problems);
        string? text = content is null ? null : AnnotatedFile.Split(file, content, problems)?.Text;
        if (text is null)
        {
            throw Mismatch(resource, documentId, file, problems.Select(p => p.Message).FirstOrDefault() ?? "it is not an annotated document");
        }

        string actual = DocumentParser.Sha256(text);
        if (!string.Equals(actual, expectedSha256, StringComparison.Ordinal))
        {
            throw Mismatch(resource, documentId, file, $"its text has the SHA-256 {actual}, not {expectedSha256} as the text the generator read");
        }

        return text;
    }

    private static InvalidOperationException Mismatch(string resource, string documentId, string file, string why) =>
        new($"The text of the document '{documentId}' ({file}) is read from the embedded resource '{resource}', which does not hold the text the generator read: {why}. "
            + "The resource and the generated code come from the same build; the file was changed or replaced between them: build the project again.");
}
