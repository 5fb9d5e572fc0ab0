using System;
using System.Collections.Generic;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>An annotated file split into its annotation block and its verbatim text.</summary>
    internal sealed class AnnotatedFile
    {
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private AnnotatedFile(string yaml, string text, SourceMap map, int textLine)
        {
            Yaml = yaml;
            Text = text;
            Map = map;
            TextLine = textLine;
        }

        public string Yaml { get; }

        /// <summary>The document text after the closing <c>---</c> line, with LF line endings.</summary>
        public string Text { get; }

        public SourceMap Map { get; }

        /// <summary>Zero-based line of the annotated file where the text starts.</summary>
        public int TextLine { get; }

        /// <summary>
        /// Splits a file. Line endings are normalized (CRLF and CR become LF) first, so a Windows checkout gives the
        /// same text and hash; a leading byte order mark is dropped.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static AnnotatedFile? Split(string path, string content, List<DiagnosticInfo> diagnostics)
        {
            if (content.Length > 0 && content[0] == '\uFEFF')
            {
                content = content.Substring(1);
            }

            if (content.IndexOf('\r') >= 0)
            {
                content = content.Replace("\r\n", "\n").Replace('\r', '\n');
            }

            var fileMap = new SourceMap(path, 0, 0);
            if (!content.StartsWith("---\n", StringComparison.Ordinal))
            {
                string what = content.Length == 0 ? "it is empty" : "it does not start with a '---' line";
                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(fileMap.FileStart(), what + "; an annotated document starts with '---', the YAML annotations, '---', then the text"));
                return null;
            }

            int yamlStart = 4;
            int close = -1;
            int line = 1;
            for (int i = yamlStart; i < content.Length; i = content.IndexOf('\n', i) + 1)
            {
                if (string.CompareOrdinal(content, i, "---", 0, 3) == 0 && (i + 3 == content.Length || content[i + 3] == '\n'))
                {
                    close = i;
                    break;
                }

                line++;
                if (content.IndexOf('\n', i) < 0)
                {
                    break;
                }
            }

            if (close < 0)
            {
                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(fileMap.FileStart(3), "the annotation block is never closed; add a line '---' between the annotations and the text"));
                return null;
            }

            if (close - yamlStart > Limits.MaxBlockLength)
            {
                diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(fileMap.FileStart(3), $"the annotation block is larger than {Limits.MaxBlockLength} characters; split the document"));
                return null;
            }

            int textStart = Math.Min(content.Length, close + 4);
            if (content.Length - textStart > Limits.MaxTextLength)
            {
                diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(fileMap.Line(close, line, 3), $"the text is longer than {Limits.MaxTextLength} characters; split the document"));
                return null;
            }

            return new AnnotatedFile(
                content.Substring(yamlStart, close - yamlStart),
                content.Substring(textStart),
                new SourceMap(path, yamlStart, 1),
                line + 1);
        }
    }
}
