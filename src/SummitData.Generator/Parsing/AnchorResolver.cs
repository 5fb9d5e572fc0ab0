using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Finds the words an anchor selects in the document text (W3C TextQuoteSelector semantics: exact, optional
    /// prefix and suffix), ordinal, with the word-boundary rule of the format, for all anchors of a document at once.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="AnchorSites"/> registers every anchor before the document is parsed; <see cref="Search"/> then runs
    /// one <see cref="PatternAutomaton"/> over the text for all distinct anchors (prefix, words and suffix as one
    /// pattern, so the context is checked by the automaton, never by comparing at each candidate), checks the
    /// word-boundary rule in O(1) at each candidate, and keeps each anchor's count, first place and, for
    /// <c>all: true</c>, every place. Only when an anchor with a prefix or suffix is found nowhere does a second pass
    /// look for its words alone, to say why. <see cref="Find"/> is then a lookup: identical anchors share one result
    /// and one set of <see cref="CitationSpec"/> instances.
    /// </para>
    /// <para>
    /// Cost per document: O(T log σ + P log k + C) for a text of T characters, k distinct anchors of total length P
    /// and C candidates examined, each bounded by a named limit: T by <see cref="Limits.MaxTextLength"/>, P by
    /// <see cref="Limits.MaxBlockLength"/> (every character of a pattern is written in the annotation block) and each
    /// anchor by <see cref="Limits.MaxAnchorLength"/>, k by <see cref="Limits.MaxAnchorsPerDocument"/>, C by
    /// <see cref="Limits.MaxAnchorCandidates"/>; the places kept by <see cref="Limits.MaxCitationsPerDocument"/>.
    /// </para>
    /// </remarks>
    internal sealed class AnchorResolver
    {
        [ThreadStatic]
        private static long _workOnThread;

        [ThreadStatic]
        private static int _missesOnThread;

        private readonly string _documentId;
        private readonly string _text;
        private readonly LineIndex _lines;
        private readonly int _textLine;
        private readonly SourceMap _map;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<(string Exact, string Prefix, string Suffix), Selection> _anchors = new();
        private readonly Dictionary<string, Selection> _stated = new(StringComparer.Ordinal);
        private readonly List<Selection> _pending = new();
        private int _anchorCount;
        private bool _tooMany;
        private bool _cutShort;
        private long _candidates;
        private int _placesKept;
        private int _citations;
        private bool _citationLimitReported;

        /// <param name="documentId">The id of the document, for the citations.</param>
        /// <param name="text">The document text.</param>
        /// <param name="textLine">Zero-based line of the annotated file where the text starts, for messages.</param>
        /// <param name="map">Where the annotation block is in the file, for the limits reported here.</param>
        /// <param name="diagnostics">Where the limits reported here go.</param>
        /// <param name="cancellationToken">Checked as the text is searched.</param>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public AnchorResolver(string documentId, string text, int textLine, SourceMap map, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _documentId = documentId;
            _text = text;
            _lines = new LineIndex(text);
            _textLine = textLine;
            _map = map;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The work anchor searches did on this thread (automaton steps, comparisons, candidates), for tests.</summary>
        internal static long WorkOnThisThread => _workOnThread;

        /// <summary>Anchors looked up on this thread that <see cref="AnchorSites"/> had not registered, for tests.</summary>
        internal static int MissesOnThisThread => _missesOnThread;

        /// <summary>
        /// Registers an anchor: a scalar (short for <c>exact:</c>) or a mapping with 'exact', 'prefix', 'suffix' and,
        /// where <paramref name="allowAll"/>, 'all'. What is not an anchor is left to the parser to report. The limits
        /// on anchors are checked here, before any search: each exceeded one is SD0020 at its node.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void Register(YamlNode node, bool allowAll)
        {
            YamlScalar? exact = node as YamlScalar;
            YamlScalar? prefix = null;
            YamlScalar? suffix = null;
            bool all = false;
            if (node is YamlMapping mapping)
            {
                exact = Field(mapping, "exact");
                prefix = Field(mapping, "prefix");
                suffix = Field(mapping, "suffix");
                all = allowAll && Field(mapping, "all") is { IsPlain: true, Value: "true" };
            }

            if (exact is null || exact.IsNull || exact.Value.Length == 0 || _tooMany)
            {
                return;
            }

            if (++_anchorCount > Limits.MaxAnchorsPerDocument)
            {
                _tooMany = true;
                Report(node, $"the document has more than {Limits.MaxAnchorsPerDocument} anchors (mentions, roles, citations, sides, figures and quotes); split it into several documents");
                return;
            }

            // Every over-long part is reported (non-short-circuit |), and the anchor is never searched.
            bool tooLong = TooLong(exact, "exact") | TooLong(prefix, "prefix") | TooLong(suffix, "suffix");
            (string, string, string) key = (exact.Value, prefix?.Value ?? string.Empty, suffix?.Value ?? string.Empty);
            if (!_anchors.TryGetValue(key, out Selection? selection))
            {
                selection = new Selection(key.Item1, key.Item2, key.Item3, exact, stated: false);
                _anchors.Add(key, selection);
                if (tooLong)
                {
                    selection.Refuse();
                }
                else
                {
                    _pending.Add(selection);
                }
            }

            selection.Registered = true;
            selection.KeepsPlaces |= all;
        }

        /// <summary>Registers a metadata value that must occur in the text (anywhere, no word-boundary rule).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void RegisterStated(string value)
        {
            if (value.Length > 0 && !_stated.ContainsKey(value))
            {
                var selection = new Selection(value, string.Empty, string.Empty, null, stated: true);
                _stated.Add(value, selection);
                _pending.Add(selection);
            }
        }

        /// <summary>Searches the text once for everything registered.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void Search()
        {
            List<Selection> pending = _tooMany ? _pending.FindAll(s => s.Stated) : new List<Selection>(_pending);
            _pending.Clear();
            Run(pending);
        }

        /// <summary>
        /// What an anchor selects. An anchor <see cref="AnchorSites"/> did not register is searched on its own and
        /// counted in <see cref="MissesOnThisThread"/>: a pass over the text per anchor is what the registration avoids.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public Selection Find(YamlScalar exactNode, string exact, string? prefix, string? suffix, bool all)
        {
            if (_tooMany || _cutShort)
            {
                return Selection.Refused;
            }

            (string, string, string) key = (exact, prefix ?? string.Empty, suffix ?? string.Empty);
            if (_anchors.TryGetValue(key, out Selection? selection) && ((selection.Registered && selection.Searched && (selection.KeepsPlaces || !all)) || selection.IsRefused))
            {
                return selection;
            }

            _missesOnThread++;
            if (selection is { Searched: true } && (selection.KeepsPlaces || !all))
            {
                // The words alone of another anchor, searched for its message: the same result.
                return selection;
            }

            if (selection is null)
            {
                bool tooLong = key.Item1.Length > Limits.MaxAnchorLength || key.Item2.Length > Limits.MaxAnchorLength || key.Item3.Length > Limits.MaxAnchorLength;
                selection = new Selection(key.Item1, key.Item2, key.Item3, exactNode, stated: false);
                _anchors.Add(key, selection);
                if (tooLong)
                {
                    Report(exactNode, $"an anchor's exact, prefix and suffix are at most {Limits.MaxAnchorLength} characters each; anchor fewer words, or pick the place with a shorter prefix or suffix");
                    selection.Refuse();
                    return selection;
                }
            }

            selection.Reset();
            selection.KeepsPlaces |= all;
            Run(new List<Selection> { selection });
            return _cutShort ? Selection.Refused : selection;
        }

        /// <summary>Whether a registered metadata value occurs in the text; an unregistered one is searched on its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Occurs(string value)
        {
            if (!_stated.TryGetValue(value, out Selection? selection) || !selection.Searched)
            {
                _missesOnThread++;
                RegisterStated(value);
                Search();
                selection = _stated[value];
            }

            // A search cut short leaves the answer unknown; the document is refused with SD0020 anyway.
            return selection.Occurs || _cutShort;
        }

        /// <summary>
        /// The citations of an anchor found, the same instances for identical anchors, or false when they would take
        /// the document past <see cref="Limits.MaxCitationsPerDocument"/>: then <paramref name="limit"/> is the message
        /// of SD0020 the first time, null after that.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool TryCite(Selection selection, out IReadOnlyList<CitationSpec> citations, out string? limit)
        {
            citations = Array.Empty<CitationSpec>();
            limit = null;
            if ((selection.Count > 1 && selection.PlacesTruncated) || selection.Count > Limits.MaxCitationsPerDocument - _citations)
            {
                if (!_citationLimitReported)
                {
                    _citationLimitReported = true;
                    limit = $"the document's anchors select more than {Limits.MaxCitationsPerDocument} citations in all (every occurrence a mention with 'all: true' takes counts); use a prefix or suffix instead of 'all: true' where a few occurrences matter, or split the document";
                }

                return false;
            }

            _citations += selection.Count;
            citations = selection.Citations ??= Cite(selection);
            return true;
        }

        /// <summary>One-based line of the annotated file at an offset of the text.</summary>
        public int FileLine(int offset) => _textLine + _lines.Position(offset).Line;

        /// <summary>
        /// Letters and digits count whole code points (a letter outside the BMP is a surrogate pair), and a combining
        /// mark belongs to the letter before it: <c>cafe</c> does not match inside a decomposed <c>café</c>.
        /// </summary>
        private static bool IsWordCharacter(string s, int index) => char.IsLetterOrDigit(s, index) || IsCombiningMark(s[index]);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool IsCombiningMark(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark;
        }

        /// <summary>The index where the code point ending just before <paramref name="end"/> starts.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int StartOfLast(string s, int end) =>
            end >= 2 && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]) ? end - 2 : end - 1;

        /// <summary>The first value of a key, when it is a scalar that is not null, as <see cref="FieldReader"/> reads it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static YamlScalar? Field(YamlMapping mapping, string key)
        {
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value is YamlScalar { IsNull: false } scalar ? scalar : null;
                }
            }

            return null;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool TooLong(YamlScalar? part, string name)
        {
            if (part is null || part.Value.Length <= Limits.MaxAnchorLength)
            {
                return false;
            }

            Report(part, $"'{name}' is {part.Value.Length} characters long; an anchor's exact, prefix and suffix are at most {Limits.MaxAnchorLength} characters each: anchor fewer words, or pick the place with a shorter prefix or suffix");
            return true;
        }

        private void Report(YamlNode node, string message) => _diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(_map.Map(node), message));

        /// <summary>
        /// Searches for <paramref name="selections"/> in one pass; then, in a second, for the words alone of those with
        /// a prefix or suffix that were found nowhere, so that the message can say whether the words occur at all.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void Run(List<Selection> selections)
        {
            Pass(selections);
            var alone = new List<Selection>();
            foreach (Selection selection in selections)
            {
                if (_cutShort || selection.Count > 0 || selection.Stated || (selection.Prefix.Length == 0 && selection.Suffix.Length == 0))
                {
                    continue;
                }

                (string, string, string) key = (selection.Exact, string.Empty, string.Empty);
                if (!_anchors.TryGetValue(key, out Selection? words))
                {
                    words = new Selection(selection.Exact, string.Empty, string.Empty, selection.Node, stated: false);
                    _anchors.Add(key, words);
                    alone.Add(words);
                }

                selection.Alone = words;
            }

            if (alone.Count > 0)
            {
                Pass(alone);
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void Pass(List<Selection> selections)
        {
            if (selections.Count == 0)
            {
                return;
            }

            // Anchors that differ only in where the words start within the same characters share one pattern.
            var patterns = new List<string>();
            var byPattern = new List<List<Selection>>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Selection selection in selections)
            {
                string pattern = selection.Prefix + selection.Exact + selection.Suffix;
                if (!index.TryGetValue(pattern, out int i))
                {
                    index.Add(pattern, i = patterns.Count);
                    patterns.Add(pattern);
                    byPattern.Add(new List<Selection>());
                }

                byPattern[i].Add(selection);
            }

            var automaton = new PatternAutomaton(patterns);
            long candidatesBefore = _candidates;
            Selection? crossed = null;
            bool complete = automaton.Search(
                _text,
                (pattern, end) =>
                {
                    int start = end - patterns[pattern].Length;
                    foreach (Selection selection in byPattern[pattern])
                    {
                        if (++_candidates > Limits.MaxAnchorCandidates)
                        {
                            crossed = selection;
                            return false;
                        }

                        Examine(selection, start + selection.Prefix.Length);
                    }

                    return true;
                },
                _cancellationToken);
            _workOnThread += automaton.Work + (_candidates - candidatesBefore);
            foreach (Selection selection in selections)
            {
                selection.Searched = true;
            }

            if (!complete)
            {
                // A metadata value has no anchor to point at: the block's first line stands for the document.
                _cutShort = true;
                YamlNode? node = crossed?.Node;
                _diagnostics.Add(DiagnosticCatalog.LimitExceeded.At(
                    node is null ? _map.FileStart(3) : _map.Map(node),
                    $"searching the text for this document's anchors examined more than {Limits.MaxAnchorCandidates} candidate places (anchors that overlap each other over a repetitive text); use fewer anchors there, one with 'all: true' instead of many, or split the document"));
            }
        }

        /// <summary>Checks the rules of the format at one place where an anchor's characters occur: O(1).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void Examine(Selection selection, int start)
        {
            selection.Occurs = true;
            if (selection.Stated)
            {
                return;
            }

            string exact = selection.Exact;
            int end = start + exact.Length;
            if (selection.WordStart && start > 0 && IsWordCharacter(_text, StartOfLast(_text, start)))
            {
                return;
            }

            if (selection.WordEnd && end < _text.Length && IsWordCharacter(_text, end))
            {
                return;
            }

            // Never cut a character in two: not between a letter and its combining accent, not inside a surrogate pair.
            if (IsCombiningMark(_text[start]) || (end < _text.Length && IsCombiningMark(_text[end]))
                || (start > 0 && char.IsSurrogatePair(_text[start - 1], _text[start])) || (end < _text.Length && char.IsSurrogatePair(_text[end - 1], _text[end])))
            {
                return;
            }

            if (selection.Count++ == 0)
            {
                selection.First = start;
            }

            if (selection.KeepsPlaces && !selection.PlacesTruncated)
            {
                // All places kept, for all anchors together, never exceed the citations a document may have, plus one
                // to know it is exceeded: anchors with 'all: true' whose places no longer fit exceed it together.
                if (_placesKept > Limits.MaxCitationsPerDocument)
                {
                    selection.PlacesTruncated = true;
                }
                else
                {
                    (selection.Places ??= new List<int>()).Add(start);
                    _placesKept++;
                }
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private CitationSpec[] Cite(Selection selection)
        {
            // Every occurrence has the same characters: one string for all of them, the anchor's own.
            if (selection.Count == 1)
            {
                return new[] { Cite(selection.First, selection.Exact) };
            }

            List<int> places = selection.Places!;
            var citations = new CitationSpec[places.Count];
            for (int i = 0; i < citations.Length; i++)
            {
                citations[i] = Cite(places[i], selection.Exact);
            }

            _workOnThread += citations.Length;
            return citations;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private CitationSpec Cite(int offset, string exact)
        {
            (int line, int column) = _lines.Position(offset);
            return new CitationSpec(_documentId, offset, exact.Length, line, column, exact);
        }

        /// <summary>What one distinct anchor (words, prefix, suffix) selects in the text; shared by identical anchors.</summary>
        internal sealed class Selection
        {
            /// <summary>An anchor not searched because a limit was exceeded, which was reported.</summary>
            public static readonly Selection Refused = CreateRefused();

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public Selection(string exact, string prefix, string suffix, YamlNode? node, bool stated)
            {
                Exact = exact;
                Prefix = prefix;
                Suffix = suffix;
                Node = node;
                Stated = stated;
                WordStart = !stated && char.IsLetterOrDigit(exact, 0);
                WordEnd = !stated && char.IsLetterOrDigit(exact, StartOfLast(exact, exact.Length));
            }

            public string Exact { get; }

            public string Prefix { get; }

            public string Suffix { get; }

            /// <summary>Where the first anchor with these words is written, for a limit the search crosses there.</summary>
            public YamlNode? Node { get; }

            /// <summary>A metadata value: any occurrence counts, the word-boundary rule does not apply.</summary>
            public bool Stated { get; }

            public bool WordStart { get; }

            public bool WordEnd { get; }

            /// <summary>A limit was exceeded (and reported): the anchor counts as an error, with no further message.</summary>
            public bool IsRefused { get; private set; }

            /// <summary>Registered before the search, not only searched for another anchor's message.</summary>
            public bool Registered { get; set; }

            /// <summary>Some anchor with these words has 'all: true': every place is kept, not only the first.</summary>
            public bool KeepsPlaces { get; set; }

            public bool Searched { get; set; }

            /// <summary>The number of places the anchor selects.</summary>
            public int Count { get; set; }

            /// <summary>The offset in the text of the first place, or -1.</summary>
            public int First { get; set; } = -1;

            /// <summary>The characters occur somewhere, whether or not the word-boundary rule allows the place.</summary>
            public bool Occurs { get; set; }

            public List<int>? Places { get; set; }

            public bool PlacesTruncated { get; set; }

            public CitationSpec[]? Citations { get; set; }

            /// <summary>For an anchor with a prefix or suffix found nowhere: its words alone.</summary>
            public Selection? Alone { get; set; }

            /// <summary>Why an anchor found nowhere is not found, for SD0008.</summary>
            public string NotFoundHint =>
                Alone is { Count: > 0 } ? "the words occur, but not with this prefix/suffix"
                : (Alone ?? this).Occurs ? "the characters occur, but only inside a longer word or number, or cutting a character from its accent; anchor whole words"
                : "check spelling, quotation marks (’ vs ') and dashes (– vs -) against the text";

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Refuse()
            {
                IsRefused = true;
                Searched = true;
            }

            /// <summary>Forgets a result, to search again keeping every place.</summary>
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public void Reset()
            {
                Count = 0;
                First = -1;
                Occurs = false;
                Places = null;
                PlacesTruncated = false;
                Citations = null;
                Alone = null;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            private static Selection CreateRefused()
            {
                var refused = new Selection("-", string.Empty, string.Empty, null, stated: true);
                refused.Refuse();
                return refused;
            }
        }
    }
}
