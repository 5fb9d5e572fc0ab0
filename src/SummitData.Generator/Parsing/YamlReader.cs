using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using SummitData.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Builds a <see cref="YamlNode"/> tree of an annotation block, enforcing the format's limits as it goes: no anchors,
    /// aliases or tags (alias bombs are impossible), no duplicate keys, bounded depth and node count. The block is read by
    /// <see cref="YamlSubsetReader"/> when it keeps to the plain part of YAML the format's documents are written in, and
    /// otherwise from YamlDotNet's event parser, which gives every diagnostic; both build the same tree, positions
    /// included. Reading events instead of using a deserializer keeps every node's position for diagnostics and never
    /// lets YAML 1.1 typing (<c>no</c> as false, <c>1.10</c> as 1.1) touch a value.
    /// </summary>
    internal static class YamlReader
    {
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static YamlNode? Read(string yaml, SourceMap map, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            int unsupported = UnsupportedCharacter(yaml);
            if (unsupported >= 0)
            {
                // YAML 1.2 forbids raw control characters, and YamlDotNet reads NEL, LS and PS as line breaks (YAML 1.1),
                // which would silently change values and every line number after them.
                int code = yaml[unsupported];
                string what = code == 0x85 || code == 0x2028 || code == 0x2029 ? "a line break in YAML 1.1 only" : char.IsSurrogate(yaml[unsupported]) ? "half of a surrogate pair" : "a control character";
                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(
                    map.Map(MarkAt(yaml, unsupported), MarkAt(yaml, unsupported + 1)),
                    $"the annotation block holds the raw character U+{code:X4} ({what}); write it as \\u{code:X4} inside a double-quoted string, or remove it"));
                return null;
            }

            return YamlSubsetReader.TryRead(yaml, map, cancellationToken, out YamlNode? read) ? read : ReadWithYamlDotNet(yaml, map, diagnostics, cancellationToken);
        }

        /// <summary>Reads the block with YamlDotNet's event parser, whatever it holds: the path of every diagnostic.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        internal static YamlNode? ReadWithYamlDotNet(string yaml, SourceMap map, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var builder = new YamlTreeBuilder(map, diagnostics);
            int nodes = 0;
            int documents = 0;
            YamlMark lastStart = new(0, 1, 1);
            YamlMark lastEnd = new(0, 1, 1);
            try
            {
                var parser = new Parser(new StringReader(yaml));
                while (parser.MoveNext())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ParsingEvent ev = parser.Current!;
                    var start = new YamlMark(ev.Start.Index, ev.Start.Line, ev.Start.Column);
                    var end = new YamlMark(ev.End.Index, ev.End.Line, ev.End.Column);
                    lastStart = start;
                    lastEnd = end;
                    switch (ev)
                    {
                        case DocumentStart ds when !ds.IsImplicit || documents > 0:
                            if (++documents > 1)
                            {
                                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(start, end), "the annotation block holds more than one YAML document; keep one block between the two '---' lines"));
                                return null;
                            }

                            break;
                        case DocumentStart:
                            documents++;
                            break;
                        case AnchorAlias alias:
                            diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"YAML aliases ('*{alias.Value}') are not supported; write the value out"));
                            return null;
                        case NodeEvent node when !node.Anchor.IsEmpty:
                            diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"YAML anchors ('&{node.Anchor}') are not supported; write the value out"));
                            return null;
                        case NodeEvent node when !node.Tag.IsEmpty && !(node is Scalar { IsQuotedImplicit: true } || node is Scalar { IsPlainImplicit: true } || node is MappingStart { IsImplicit: true } || node is SequenceStart { IsImplicit: true }):
                            diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"YAML tags ('{node.Tag}') are not supported; remove the tag"));
                            return null;
                    }

                    bool added = ev switch
                    {
                        MappingStart or SequenceStart => builder.Open(ev is MappingStart, ev is MappingStart { Style: MappingStyle.Flow } || ev is SequenceStart { Style: SequenceStyle.Flow }, start, end),
                        Scalar scalar => builder.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, start, end),
                        MappingEnd or SequenceEnd => builder.Close(end),
                        _ => true,
                    };
                    if (!added)
                    {
                        return null;
                    }

                    if (++nodes > Limits.MaxNodes)
                    {
                        diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"the annotation block has more than {Limits.MaxNodes} YAML nodes; split the document"));
                        return null;
                    }
                }
            }
            catch (YamlException ex)
            {
                var start = new YamlMark(ex.Start.Index, ex.Start.Line, ex.Start.Column);
                var end = new YamlMark(ex.End.Index, ex.End.Line, ex.End.Column);
                string message = "malformed YAML: " + CleanMessage(ex);
                int tab = ex.Message.IndexOf(" tab ", StringComparison.Ordinal) >= 0 ? IndentationTab(yaml, lastStart.Index) : -1;
                if (tab >= 0)
                {
                    start = MarkAt(yaml, tab);
                    end = MarkAt(yaml, tab + 1);
                    message = "malformed YAML: a tab indents this line; YAML indents with spaces only";
                }
                else if (yaml.Substring(Math.Min(start.Index, yaml.Length)).Trim().Length == 0 && builder.OpenFlow is { } open)
                {
                    // The parser ran into the end of the block: point at what was left open, not at the end.
                    start = open.Start;
                    end = MarkAt(yaml, open.Start.Index + 1);
                    message = $"malformed YAML: this '{(open.IsMapping ? "{" : "[")}' is never closed";
                }

                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(start, end), message));
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is FormatException || ex is OverflowException)
            {
                // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed flow sequence) instead of
                // a YamlException with a position: point at the innermost '[' or '{' still open, else the last node read.
                if (builder.OpenFlow is { } open)
                {
                    diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(open.Start, MarkAt(yaml, open.Start.Index + 1)), $"malformed YAML: this '{(open.IsMapping ? "{" : "[")}' is never closed (or something inside it is malformed)"));
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(lastStart, lastEnd), "malformed YAML after this point: check for an unclosed '[', '{' or quote"));
                }

                return null;
            }

            return builder.Root;
        }

        /// <summary>
        /// Index of the first character YAML 1.2 does not allow in a stream (C0 and C1 controls other than tab and line
        /// feed, DEL, U+FFFE, U+FFFF, unpaired surrogates) or that YamlDotNet takes for a line break (NEL, LS, PS); -1 if none.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int UnsupportedCharacter(string yaml)
        {
            for (int i = 0; i < yaml.Length; i++)
            {
                char c = yaml[i];
                if (c >= 0x20 && c < 0x7F)
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < yaml.Length && char.IsLowSurrogate(yaml[i + 1]))
                {
                    i++;
                    continue;
                }

                bool allowed = c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029 && !char.IsSurrogate(c));
                if (!allowed)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The one-based line and column of an index of the annotation block, counting lines as the file does (LF).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static YamlMark MarkAt(string yaml, int index)
        {
            index = Math.Max(0, Math.Min(index, yaml.Length));
            int lineStart = index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
            int line = 1;
            for (int i = yaml.IndexOf('\n'); i >= 0 && i < index; i = yaml.IndexOf('\n', i + 1))
            {
                line++;
            }

            return new YamlMark(index, line, index - lineStart + 1);
        }

        /// <summary>
        /// The first tab in the indentation of a line, from the line holding <paramref name="from"/> on. YamlDotNet reports
        /// some misplaced tabs without a position (or at the construct before them), so the diagnostic finds the tab itself.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int IndentationTab(string yaml, int from)
        {
            from = Math.Max(0, Math.Min(from, yaml.Length));
            for (int start = from == 0 ? 0 : yaml.LastIndexOf('\n', from - 1) + 1; start < yaml.Length;)
            {
                for (int i = start; i < yaml.Length && (yaml[i] == ' ' || yaml[i] == '\t'); i++)
                {
                    if (yaml[i] == '\t')
                    {
                        return i;
                    }
                }

                int next = yaml.IndexOf('\n', start);
                if (next < 0)
                {
                    break;
                }

                start = next + 1;
            }

            return -1;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static string CleanMessage(YamlException ex)
        {
            // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (...): "; the diagnostic has the position.
            string message = ex.Message;
            int marker = message.IndexOf("): ", StringComparison.Ordinal);
            return marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        }
    }
}
