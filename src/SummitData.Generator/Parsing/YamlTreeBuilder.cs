using System;
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
        /// <summary>Keys a mapping looks through one by one before it keeps them in a hash set.</summary>
        private const int ScanUpTo = 16;

        [ThreadStatic]
        private static long _comparisonsOnThread;

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

        /// <summary>Keys compared or looked up on this thread to find duplicates, for tests.</summary>
        internal static long KeyComparisonsOnThisThread => _comparisonsOnThread;

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

                if (parent.Find(key.Value) is { } first)
                {
                    _diagnostics.Add(DiagnosticCatalog.DuplicateKey.At(_map.Map(key.Start, key.End), key.Value, DiagnosticCatalog.Int(_map.Map(first.Start, first.End).Line)));
                    return false;
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

                parent.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey, node));
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

            /// <summary>An earlier key of this mapping with the same text, if any.</summary>
            /// <remarks>
            /// A scan while the mapping is small (the format's have a few keys), a hash set past <see cref="ScanUpTo"/>:
            /// a mapping of many thousand keys in a hostile block costs linear time, not quadratic.
            /// </remarks>
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public YamlScalar? Find(string key)
            {
                if (_byText is not null)
                {
                    _comparisonsOnThread++;
                    return _byText.TryGetValue(key, out YamlScalar? found) ? found : null;
                }

                foreach (KeyValuePair<YamlScalar, YamlNode> entry in Entries!)
                {
                    _comparisonsOnThread++;
                    if (entry.Key.Value == key)
                    {
                        return entry.Key;
                    }
                }

                return null;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Add(KeyValuePair<YamlScalar, YamlNode> entry)
            {
                Entries!.Add(entry);
                if (_byText is not null)
                {
                    _byText.Add(entry.Key.Value, entry.Key);
                }
                else if (Entries.Count > ScanUpTo)
                {
                    _byText = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    foreach (KeyValuePair<YamlScalar, YamlNode> each in Entries)
                    {
                        _byText.Add(each.Key.Value, each.Key);
                    }
                }
            }

            private Dictionary<string, YamlScalar>? _byText;
        }
    }
}
