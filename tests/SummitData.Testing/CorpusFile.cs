using System;

namespace SummitData.Testing;

/// <summary>An annotated document as the generator receives it: a path and the whole content.</summary>
public sealed record CorpusFile(string Path, string Content)
{
    /// <summary>The YAML between the two <c>---</c> lines, without them.</summary>
    public string AnnotationBlock
    {
        get
        {
            (int start, int end) = BlockBounds(Content);
            return Content.Substring(start, end - start);
        }
    }

    /// <summary>Where the annotation block of a document starts and ends (character indices, end exclusive).</summary>
    /// <exception cref="FormatException">The content does not open with a <c>---</c> line or never closes the block.</exception>
    internal static (int Start, int End) BlockBounds(string content)
    {
        if (!content.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException("An annotated document opens with a '---' line.");
        }

        int start = 4;
        for (int at = start; at < content.Length;)
        {
            int next = content.IndexOf('\n', at);
            int lineEnd = next < 0 ? content.Length : next;
            if (lineEnd - at == 3 && string.CompareOrdinal(content, at, "---", 0, 3) == 0)
            {
                return (start, at);
            }

            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        throw new FormatException("The annotation block is never closed by a '---' line.");
    }
}
