using System;
using System.Collections.Generic;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Reads an annotation block written in the plain part of YAML the format's documents use, and builds the same tree,
    /// positions included, that <see cref="YamlReader"/> builds from YamlDotNet's events, in one pass over the text:
    /// block mappings whose keys are words, block lists (indented or not), one-line plain scalars, one-line quoted
    /// scalars without escapes, one-line flow lists of such scalars, <c>[]</c>, <c>{}</c>, empty values and comments,
    /// indented with spaces. Anything else (block scalars, escapes, scalars over several lines, anchors, tags, explicit
    /// keys, tabs, carriage returns, characters outside the Basic Multilingual Plane, more than one document) and every
    /// error, including those of the tree's own rules, make it give up, and the caller reads the block with YamlDotNet,
    /// which gives the diagnostics. Whatever it accepts, YamlDotNet reads alike: asserted against YamlDotNet over the
    /// seeds, a synthetic corpus and thousands of mutated blocks (<c>YamlSubsetReaderTests</c>).
    /// </summary>
    /// <remarks>
    /// Each line is visited once and each character a bounded number of times (a scalar is scanned, then copied), so the
    /// time is linear in the block; the recursion is one level a collection, stopped at <see cref="Limits.MaxDepth"/> by
    /// the builder.
    /// </remarks>
    internal sealed class YamlSubsetReader
    {
        private const int MaxKeyLength = 128;

        [ThreadStatic]
        private static long _workOnThread;

        private readonly string _text;
        private readonly YamlTreeBuilder _builder;
        private readonly CancellationToken _cancellationToken;
        private readonly string?[] _keys = new string?[64];

        /// <summary>One-based number of the current line.</summary>
        private int _line = 1;

        /// <summary>Index of the current line's first character.</summary>
        private int _lineStart;

        /// <summary>Index of the current line's '\n', or the text's length.</summary>
        private int _lineEnd;

        /// <summary>Spaces before the current line's first character.</summary>
        private int _indent;

        /// <summary>No line with content is left: the cursor is past the end.</summary>
        private bool _atEnd;

        /// <summary>Characters on the last line once <see cref="_atEnd"/>: 0 when the text ends with a line break.</summary>
        private int _lastLineLength;

        /// <summary>Characters examined so far (each scan's, a line's search for its end included).</summary>
        private long _work;

        private YamlSubsetReader(string text, SourceMap map, CancellationToken cancellationToken)
        {
            _text = text;
            _builder = new YamlTreeBuilder(map, new List<DiagnosticInfo>());
            _cancellationToken = cancellationToken;
        }

        /// <summary>The characters readers on this thread examined, for tests: linear in the blocks read.</summary>
        internal static long WorkOnThisThread => _workOnThread;

        /// <summary>
        /// Reads <paramref name="yaml"/> when it keeps to the subset and breaks none of the tree's rules; otherwise
        /// returns <see langword="false"/>, having reported nothing, and the block is for YamlDotNet.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static bool TryRead(string yaml, SourceMap map, CancellationToken cancellationToken, out YamlNode? root)
        {
            root = null;
            if (!PlainCharacters(yaml))
            {
                return false;
            }

            var reader = new YamlSubsetReader(yaml, map, cancellationToken);
            try
            {
                reader.SetLine(0);
                reader.SkipToContent();
                if (reader._atEnd || reader._indent != 0 || !reader.IsKeyAt(reader._lineStart, out _))
                {
                    return false;
                }

                if (!reader.Mapping(0, reader._lineStart) || !reader._atEnd
                    || reader._builder.Events + 4 > Limits.MaxNodes)
                {
                    // YamlDotNet's stream and document start and end are events too: Limits.MaxNodes counts them alike.
                    return false;
                }

                root = reader._builder.Root;
                return root is not null;
            }
            finally
            {
                _workOnThread += reader._work;
            }
        }

        /// <summary>
        /// No control character but the line feed (so no tab or carriage return), no NEL, line or paragraph separator, byte
        /// order mark, surrogate or noncharacter U+FFFE/U+FFFF: characters whose handling the subset leaves to YamlDotNet and
        /// <see cref="YamlReader"/> (fullwidth forms, U+FF00 to U+FFEF, are ordinary text).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool PlainCharacters(string yaml)
        {
            foreach (char c in yaml)
            {
                if (c < ' ' ? c != '\n' : c >= '\u007F' && (c <= '\u009F' || c == '\u2028' || c == '\u2029' || (c >= '\uD800' && c <= '\uDFFF') || c == '\uFEFF' || c >= '\uFFFE'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A block mapping whose keys start at <paramref name="column"/>; its first key is at <paramref name="firstKey"/> on the current line.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool Mapping(int column, int firstKey)
        {
            YamlMark start = Mark(firstKey);
            if (!_builder.Open(true, false, start, start))
            {
                return false;
            }

            int key = firstKey;
            while (true)
            {
                if (!Entry(column, key))
                {
                    return false;
                }

                if (_atEnd || _indent < column)
                {
                    break;
                }

                if (_indent > column || !IsKeyAt(_lineStart + _indent, out _))
                {
                    return false;
                }

                key = _lineStart + _indent;
            }

            return _builder.Close(NextTokenMark(column));
        }

        /// <summary>One <c>key: value</c> of a mapping whose keys start at <paramref name="column"/>; leaves the cursor on the next line with content.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool Entry(int column, int key)
        {
            if (!IsKeyAt(key, out int colon) || !_builder.Scalar(Key(key, colon - key), true, Mark(key), Mark(colon)))
            {
                return false;
            }

            int value = SkipSpaces(colon + 1);
            if (value < _lineEnd && _text[value] != '#')
            {
                return Inline(value, column);
            }

            // Nothing after the colon on this line: the value is below it, or empty.
            YamlMark empty = Mark(colon + 1);
            NextLine();
            SkipToContent();
            if (!_atEnd && _indent > column)
            {
                return IsSequenceEntry(_lineStart + _indent) ? Sequence(_indent, indentless: false) : IsKeyAt(_lineStart + _indent, out _) && Mapping(_indent, _lineStart + _indent);
            }

            if (!_atEnd && _indent == column && IsSequenceEntry(_lineStart + _indent))
            {
                return Sequence(column, indentless: true);
            }

            return _builder.Scalar(string.Empty, true, empty, empty);
        }

        /// <summary>A block list whose dashes are at <paramref name="column"/>, the first on the current line.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool Sequence(int column, bool indentless)
        {
            YamlMark start = Mark(_lineStart + column);
            if (!_builder.Open(false, false, start, start))
            {
                return false;
            }

            while (true)
            {
                int value = SkipSpaces(_lineStart + column + 1);
                if (value >= _lineEnd || _text[value] == '#' || IsSequenceEntry(value))
                {
                    // "-" alone (the item below it, or empty) and "- - x": YamlDotNet's.
                    return false;
                }

                bool read = IsKeyAt(value, out _) ? Mapping(value - _lineStart, value) : Inline(value, column);
                if (!read)
                {
                    return false;
                }

                if (_atEnd || _indent < column)
                {
                    break;
                }

                if (_indent > column)
                {
                    return false;
                }

                if (!IsSequenceEntry(_lineStart + _indent))
                {
                    if (indentless)
                    {
                        break;
                    }

                    return false;
                }
            }

            return _builder.Close(NextTokenMark(column));
        }

        /// <summary>
        /// A value that starts at <paramref name="start"/> on the current line and ends on it: a scalar or a flow
        /// collection; then the cursor goes to the next line with content, which must not be indented past
        /// <paramref name="column"/> (it would continue the scalar, or be an error).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool Inline(int start, int column)
        {
            int after;
            switch (_text[start])
            {
                case '"':
                case '\'':
                    after = Quoted(start, flow: false);
                    break;
                case '[':
                    after = FlowSequence(start);
                    break;
                case '{':
                    after = EmptyFlowMapping(start);
                    break;
                default:
                    after = Plain(start);
                    break;
            }

            if (after < 0 || !EndOfLine(after))
            {
                return false;
            }

            NextLine();
            SkipToContent();
            return _atEnd || _indent <= column;
        }

        /// <summary>A plain scalar in block context; the index after it (its trailing spaces and comment left), or -1.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int Plain(int start)
        {
            if (!CanStartPlain(_text[start]))
            {
                return -1;
            }

            int end = start;
            for (int i = start; i < _lineEnd; i++)
            {
                _work++;
                char c = _text[i];
                if (c == ' ')
                {
                    if (i + 1 < _lineEnd && _text[i + 1] == '#')
                    {
                        break;
                    }

                    continue;
                }

                if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
                {
                    // "a: b: c", or a key the subset does not take: YamlDotNet's.
                    return -1;
                }

                end = i + 1;
            }

            return _builder.Scalar(_text.Substring(start, end - start), true, Mark(start), Mark(end)) ? end : -1;
        }

        /// <summary>A single- or double-quoted scalar on one line, without escapes; the index after its closing quote, or -1.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int Quoted(int start, bool flow)
        {
            char quote = _text[start];
            int i = start + 1;
            bool doubled = false;
            while (true)
            {
                int close = _text.IndexOf(quote, i, _lineEnd - i);
                _work += (close < 0 ? _lineEnd : close) - i + 1;
                if (close < 0)
                {
                    return -1;
                }

                if (quote == '\'' && close + 1 < _lineEnd && _text[close + 1] == '\'')
                {
                    doubled = true;
                    i = close + 2;
                    continue;
                }

                _work += close - start;
                if (quote == '"' && _text.IndexOf('\\', start + 1, close - start - 1) >= 0)
                {
                    return -1;
                }

                string value = _text.Substring(start + 1, close - start - 1);
                if (doubled)
                {
                    value = value.Replace("''", "'");
                }

                // A quoted key ("a": b) is YamlDotNet's.
                int next = SkipSpaces(close + 1);
                if (next < _lineEnd && _text[next] == ':')
                {
                    return -1;
                }

                if (!flow && next == close + 1 && next < _lineEnd)
                {
                    // Something straight after the closing quote: YamlDotNet's.
                    return -1;
                }

                return _builder.Scalar(value, false, Mark(start), Mark(close + 1)) ? close + 1 : -1;
            }
        }

        /// <summary>A flow list of scalars on one line (<c>[a, "b"]</c>, <c>[]</c>); the index after its <c>]</c>, or -1.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int FlowSequence(int start)
        {
            YamlMark open = Mark(start);
            if (!_builder.Open(false, true, open, open))
            {
                return -1;
            }

            int i = SkipSpaces(start + 1);
            if (i < _lineEnd && _text[i] == ']')
            {
                return _builder.Close(Mark(i)) ? i + 1 : -1;
            }

            while (i < _lineEnd)
            {
                int after = _text[i] == '"' || _text[i] == '\'' ? Quoted(i, flow: true) : FlowPlain(i);
                if (after < 0)
                {
                    return -1;
                }

                i = SkipSpaces(after);
                if (i >= _lineEnd)
                {
                    return -1;
                }

                if (_text[i] == ']')
                {
                    return _builder.Close(Mark(i)) ? i + 1 : -1;
                }

                if (_text[i] != ',')
                {
                    return -1;
                }

                i = SkipSpaces(i + 1);
                if (i >= _lineEnd || _text[i] == ']' || _text[i] == ',')
                {
                    // "[a, ]" and "[a,,b]": YamlDotNet's.
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>A plain scalar inside a flow list: words without indicators; the index after it, or -1.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int FlowPlain(int start)
        {
            if (!CanStartPlain(_text[start]))
            {
                return -1;
            }

            int end = start;
            for (int i = start; i < _lineEnd; i++)
            {
                _work++;
                char c = _text[i];
                if (c == ',' || c == ']')
                {
                    break;
                }

                if (c == '[' || c == '{' || c == '}' || c == ':' || c == '#' || c == '"' || c == '\'')
                {
                    return -1;
                }

                if (c != ' ')
                {
                    end = i + 1;
                }
            }

            return _builder.Scalar(_text.Substring(start, end - start), true, Mark(start), Mark(end)) ? end : -1;
        }

        /// <summary><c>{}</c>, with spaces or not; the index after its <c>}</c>, or -1.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int EmptyFlowMapping(int start)
        {
            YamlMark open = Mark(start);
            int close = SkipSpaces(start + 1);
            if (close >= _lineEnd || _text[close] != '}' || !_builder.Open(true, true, open, open))
            {
                return -1;
            }

            return _builder.Close(Mark(close)) ? close + 1 : -1;
        }

        /// <summary>Nothing but spaces and a comment from <paramref name="index"/> to the end of the line.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool EndOfLine(int index)
        {
            int i = SkipSpaces(index);
            return i == _lineEnd || (_text[i] == '#' && i > index);
        }

        /// <summary>A word followed by a colon and a space or the end of the line: a key the subset takes.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool IsKeyAt(int start, out int colon)
        {
            colon = -1;
            int i = start;
            while (i < _lineEnd && i - start <= MaxKeyLength)
            {
                _work++;
                char c = _text[i];
                bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || (i > start && (c == '-' || c == '.'));
                if (!word)
                {
                    break;
                }

                i++;
            }

            if (i == start || i - start > MaxKeyLength || i >= _lineEnd || _text[i] != ':' || (i + 1 < _lineEnd && _text[i + 1] != ' '))
            {
                return false;
            }

            colon = i;
            return true;
        }

        /// <summary>A dash followed by a space or the end of the line.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private bool IsSequenceEntry(int index) => _text[index] == '-' && (index + 1 == _lineEnd || _text[index + 1] == ' ');

        /// <summary>The key's text; the format's few key words are kept and reused, not allocated again for every entry.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private string Key(int start, int length)
        {
            uint hash = 2166136261;
            for (int i = start; i < start + length; i++)
            {
                hash = (hash ^ _text[i]) * 16777619;
            }

            int slot = (int)(hash & (uint)(_keys.Length - 1));
            string? known = _keys[slot];
            if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, _text, start, length) == 0)
            {
                return known;
            }

            string key = _text.Substring(start, length);
            _keys[slot] = key;
            return key;
        }

        /// <summary>
        /// Not an indicator, nor "-", "?" or ":", which start a plain scalar only when no space follows: those are YamlDotNet's.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool CanStartPlain(char c) =>
            !(c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == '#' || c == '&' || c == '*' || c == '!'
            || c == '|' || c == '>' || c == '\'' || c == '"' || c == '%' || c == '@' || c == '`' || c == '-' || c == '?' || c == ':');

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private int SkipSpaces(int index)
        {
            while (index < _lineEnd && _text[index] == ' ')
            {
                _work++;
                index++;
            }

            return index;
        }

        /// <summary>A position on the current line, as YamlDotNet gives it: index, one-based line and column (in UTF-16 units).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private YamlMark Mark(int index) => new YamlMark(index, _line, index - _lineStart + 1);

        /// <summary>
        /// Where YamlDotNet ends a block collection whose entries start at <paramref name="column"/>: at the next token (the
        /// first character of the next line with content), or at the end of the stream. There it closes first, where the
        /// text ends, the collections indented past the end's column (the last line holds only spaces or a comment and no
        /// line break follows it), then moves to the start of a new line and closes the rest.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private YamlMark NextTokenMark(int column)
        {
            if (!_atEnd)
            {
                return Mark(_lineStart + _indent);
            }

            return column > _lastLineLength || _lastLineLength == 0
                ? new YamlMark(_text.Length, _line, _lastLineLength + 1)
                : new YamlMark(_text.Length, _line + 1, 1);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void SetLine(int start)
        {
            _lineStart = start;
            int end = _text.IndexOf('\n', start);
            _lineEnd = end < 0 ? _text.Length : end;
            _work += _lineEnd - start + 1;
            int i = start;
            while (i < _lineEnd && _text[i] == ' ')
            {
                i++;
            }

            _indent = i - start;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void NextLine()
        {
            if (_lineEnd == _text.Length)
            {
                ReachEnd();
                return;
            }

            _line++;
            SetLine(_lineEnd + 1);
        }

        /// <summary>
        /// Past the last line. YamlDotNet ends the stream at the start of a new line: the line after the last one, or the
        /// last one itself when it is empty (the text ends with a line break); see <see cref="NextTokenMark"/>.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void ReachEnd()
        {
            _lastLineLength = _lineEnd - _lineStart;
            _lineStart = _lineEnd;
            _indent = 0;
            _atEnd = true;
        }

        /// <summary>From the current line on, the first with something other than spaces and a comment; or the end.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private void SkipToContent()
        {
            while (!_atEnd)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int first = _lineStart + _indent;
                if (first < _lineEnd && _text[first] != '#')
                {
                    return;
                }

                NextLine();
            }
        }
    }
}
