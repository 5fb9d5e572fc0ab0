using System.Collections.Generic;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Builds a <see cref="YamlNode"/> tree from a stream of collection starts, scalars and collection ends, whichever
    /// reader produces them (<see cref="YamlReader"/> from YamlDotNet's events, <see cref="YamlSubsetReader"/> from the
    /// text), and enforces what the format asks of the tree as it grows: bounded depth, keys that are scalars, no
    /// duplicate keys. A call that breaks a rule adds a diagnostic and returns <see langword="false"/>; the reader stops.
    /// </summary>
    internal sealed class YamlTreeBuilder
    {
        private readonly List<Frame> _stack = new List<Frame>();
        private readonly SourceMap _map;
        private readonly List<DiagnosticInfo> _diagnostics;

        public YamlTreeBuilder(SourceMap map, List<DiagnosticInfo> diagnostics)
        {
            _map = map;
            _diagnostics = diagnostics;
        }

        /// <summary>The tree, once the outermost node is complete.</summary>
        public YamlNode? Root { get; private set; }

        /// <summary>Collection starts, scalars and collection ends received so far.</summary>
        public int Events { get; private set; }

        /// <summary>The innermost flow collection ('[' or '{') still open, if any: where a reader that ran into the end points.</summary>
        public (bool IsMapping, YamlMark Start)? OpenFlow
        {
            get
            {
                for (int i = _stack.Count - 1; i >= 0; i--)
                {
                    if (_stack[i].IsFlow)
                    {
                        return (_stack[i].IsMapping, _stack[i].Start);
                    }
                }

                return null;
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Open(bool isMapping, bool isFlow, YamlMark start, YamlMark end)
        {
            Events++;
            if (_stack.Count >= Limits.MaxDepth)
            {
                _diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(_map.Map(start, end), $"nesting deeper than {Limits.MaxDepth} levels; the format never needs more than a few"));
                return false;
            }

            _stack.Add(new Frame(isMapping, isFlow, start));
            return true;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Scalar(string value, bool isPlain, YamlMark start, YamlMark end)
        {
            Events++;
            return Add(new YamlScalar(value, isPlain, start, end));
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Close(YamlMark end)
        {
            Events++;
            Frame frame = _stack[_stack.Count - 1];
            _stack.RemoveAt(_stack.Count - 1);
            YamlNode built = frame.IsMapping
                ? new YamlMapping(frame.Entries!, frame.Start, end)
                : new YamlSequence(frame.Items!, frame.Start, end);
            return Add(built);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool Add(YamlNode node)
        {
            if (_stack.Count == 0)
            {
                Root = node;
                return true;
            }

            Frame parent = _stack[_stack.Count - 1];
            if (!parent.IsMapping)
            {
                parent.Items!.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    _diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(_map.Map(node.Start, node.End), "A key", "a plain word", node.KindName));
                    return false;
                }

                foreach (KeyValuePair<YamlScalar, YamlNode> entry in parent.Entries!)
                {
                    if (entry.Key.Value == key.Value)
                    {
                        _diagnostics.Add(DiagnosticCatalog.DuplicateKey.At(_map.Map(key.Start, key.End), key.Value, DiagnosticCatalog.Int(_map.Map(entry.Key.Start, entry.Key.End).Line)));
                        return false;
                    }
                }

                parent.PendingKey = key;
            }
            else
            {
                // YamlDotNet gives an empty key (': value') the position of an earlier node: use its value's.
                if (parent.PendingKey.Value.Length == 0 && parent.PendingKey.IsPlain)
                {
                    parent.PendingKey = new YamlScalar(string.Empty, true, node.Start, node.Start);
                }

                parent.Entries!.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey, node));
                parent.PendingKey = null;
            }

            return true;
        }

        private sealed class Frame
        {
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public Frame(bool isMapping, bool isFlow, YamlMark start)
            {
                IsMapping = isMapping;
                IsFlow = isFlow;
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

            public bool IsFlow { get; }

            public YamlMark Start { get; }

            public List<KeyValuePair<YamlScalar, YamlNode>>? Entries { get; }

            public List<YamlNode>? Items { get; }

            public YamlScalar? PendingKey { get; set; }
        }
    }
}
