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
    /// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser, enforcing the format's limits as it goes:
    /// no anchors, aliases or tags (alias bombs are impossible), no duplicate keys, bounded depth and node count.
    /// Reading events instead of using a deserializer keeps every node's position for diagnostics and never
    /// lets YAML 1.1 typing (<c>no</c> as false, <c>1.10</c> as 1.1) touch a value.
    /// </summary>
    internal static class YamlReader
    {
        public const int MaxDepth = 32;
        public const int MaxNodes = 200_000;

        public static YamlNode? Read(string yaml, SourceMap map, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var stack = new List<Frame>();
            YamlNode? root = null;
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
                                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(start, end), "The annotation block holds more than one YAML document; keep one block between the two '---' lines"));
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

                    switch (ev)
                    {
                        case MappingStart:
                        case SequenceStart:
                            if (stack.Count >= MaxDepth)
                            {
                                diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"Nesting deeper than {MaxDepth} levels; the format never needs more than a few"));
                                return null;
                            }

                            stack.Add(new Frame(ev is MappingStart, start));
                            break;
                        case Scalar scalar:
                            var value = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, start, end);
                            if (!Add(value))
                            {
                                return null;
                            }

                            break;
                        case MappingEnd:
                        case SequenceEnd:
                            Frame frame = stack[stack.Count - 1];
                            stack.RemoveAt(stack.Count - 1);
                            YamlNode built = frame.IsMapping
                                ? new YamlMapping(frame.Entries!, frame.Start, end)
                                : new YamlSequence(frame.Items!, frame.Start, end);
                            if (!Add(built))
                            {
                                return null;
                            }

                            break;
                    }

                    if (++nodes > MaxNodes)
                    {
                        diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(map.Map(start, end), $"The annotation block has more than {MaxNodes} YAML nodes; split the document"));
                        return null;
                    }
                }
            }
            catch (YamlException ex)
            {
                var start = new YamlMark(ex.Start.Index, ex.Start.Line, ex.Start.Column);
                var end = new YamlMark(ex.End.Index, ex.End.Line, ex.End.Column);
                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(start, end), "Malformed YAML: " + CleanMessage(ex)));
                return null;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is FormatException || ex is OverflowException)
            {
                // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed flow sequence) instead of
                // a YamlException with a position: point at the last node it read.
                diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.Map(lastStart, lastEnd), "Malformed YAML after this point: check for an unclosed '[', '{' or quote"));
                return null;
            }

            return root;

            bool Add(YamlNode node)
            {
                if (stack.Count == 0)
                {
                    root = node;
                    return true;
                }

                Frame parent = stack[stack.Count - 1];
                if (!parent.IsMapping)
                {
                    parent.Items!.Add(node);
                    return true;
                }

                if (parent.PendingKey is null)
                {
                    if (node is not YamlScalar key)
                    {
                        diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(map.Map(node.Start, node.End), $"A key must be a plain word, not {node.KindName}"));
                        return false;
                    }

                    foreach (KeyValuePair<YamlScalar, YamlNode> entry in parent.Entries!)
                    {
                        if (entry.Key.Value == key.Value)
                        {
                            diagnostics.Add(DiagnosticCatalog.DuplicateKey.At(map.Map(key.Start, key.End), $"Duplicate key '{key.Value}' (first at line {map.Map(entry.Key.Start, entry.Key.End).Line}); remove one of them"));
                            return false;
                        }
                    }

                    parent.PendingKey = key;
                }
                else
                {
                    parent.Entries!.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey, node));
                    parent.PendingKey = null;
                }

                return true;
            }
        }

        private static string CleanMessage(YamlException ex)
        {
            // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (...): "; the diagnostic has the position.
            string message = ex.Message;
            int marker = message.IndexOf("): ", StringComparison.Ordinal);
            return marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
        }

        private sealed class Frame
        {
            public Frame(bool isMapping, YamlMark start)
            {
                IsMapping = isMapping;
                Start = start;
                if (isMapping)
                {
                    Entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                }
                else
                {
                    Items = new List<YamlNode>();
                }
            }

            public bool IsMapping { get; }

            public YamlMark Start { get; }

            public List<KeyValuePair<YamlScalar, YamlNode>>? Entries { get; }

            public List<YamlNode>? Items { get; }

            public YamlScalar? PendingKey { get; set; }
        }
    }
}
