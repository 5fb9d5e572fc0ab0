using System.Collections.Generic;
using System.Globalization;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Finds the words an anchor selects in the document text (W3C TextQuoteSelector semantics: exact, optional
    /// prefix and suffix), ordinal, with the word-boundary rule of the format.
    /// </summary>
    internal sealed class AnchorResolver
    {
        private readonly string _text;
        private readonly LineIndex _lines;
        private readonly int _textLine;

        /// <param name="text">The document text.</param>
        /// <param name="textLine">Zero-based line of the annotated file where the text starts, for messages.</param>
        public AnchorResolver(string text, int textLine)
        {
            _text = text;
            _lines = new LineIndex(text);
            _textLine = textLine;
        }

        public string Text => _text;

        public List<int> FindAll(string exact, string? prefix, string? suffix)
        {
            var result = new List<int>();
            if (exact.Length == 0)
            {
                return result;
            }

            bool wordStart = char.IsLetterOrDigit(exact, 0);
            bool wordEnd = char.IsLetterOrDigit(exact, StartOfLast(exact, exact.Length));
            for (int i = _text.IndexOf(exact, System.StringComparison.Ordinal); i >= 0; i = _text.IndexOf(exact, i + 1, System.StringComparison.Ordinal))
            {
                int end = i + exact.Length;
                if (wordStart && i > 0 && IsWordCharacter(_text, StartOfLast(_text, i)))
                {
                    continue;
                }

                if (wordEnd && end < _text.Length && IsWordCharacter(_text, end))
                {
                    continue;
                }

                // Never cut a character in two: not between a letter and its combining accent, not inside a surrogate pair.
                if (IsCombiningMark(_text[i]) || (end < _text.Length && IsCombiningMark(_text[end]))
                    || (i > 0 && char.IsSurrogatePair(_text[i - 1], _text[i])) || (end < _text.Length && char.IsSurrogatePair(_text[end - 1], _text[end])))
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(prefix) && (i < prefix!.Length || string.CompareOrdinal(_text, i - prefix.Length, prefix, 0, prefix.Length) != 0))
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(suffix) && (end + suffix!.Length > _text.Length || string.CompareOrdinal(_text, end, suffix, 0, suffix.Length) != 0))
                {
                    continue;
                }

                result.Add(i);
            }

            return result;
        }

        /// <summary>
        /// Letters and digits count whole code points (a letter outside the BMP is a surrogate pair), and a combining
        /// mark belongs to the letter before it: <c>cafe</c> does not match inside a decomposed <c>café</c>.
        /// </summary>
        private static bool IsWordCharacter(string s, int index) => char.IsLetterOrDigit(s, index) || IsCombiningMark(s[index]);

        private static bool IsCombiningMark(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark;
        }

        /// <summary>The index where the code point ending just before <paramref name="end"/> starts.</summary>
        private static int StartOfLast(string s, int end) =>
            end >= 2 && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]) ? end - 2 : end - 1;

        /// <summary>One-based line of the annotated file at an offset of the text.</summary>
        public int FileLine(int offset) => _textLine + _lines.Position(offset).Line;

        public CitationSpec Cite(string documentId, int offset, int length)
        {
            (int line, int column) = _lines.Position(offset);
            return new CitationSpec(documentId, offset, length, line, column, _text.Substring(offset, length));
        }
    }
}
