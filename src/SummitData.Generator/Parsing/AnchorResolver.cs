using System.Collections.Generic;
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

        public AnchorResolver(string text)
        {
            _text = text;
            _lines = new LineIndex(text);
        }

        public string Text => _text;

        public List<int> FindAll(string exact, string? prefix, string? suffix)
        {
            var result = new List<int>();
            if (exact.Length == 0)
            {
                return result;
            }

            for (int i = _text.IndexOf(exact, System.StringComparison.Ordinal); i >= 0; i = _text.IndexOf(exact, i + 1, System.StringComparison.Ordinal))
            {
                int end = i + exact.Length;
                if (char.IsLetterOrDigit(exact[0]) && i > 0 && char.IsLetterOrDigit(_text[i - 1]))
                {
                    continue;
                }

                if (char.IsLetterOrDigit(exact[exact.Length - 1]) && end < _text.Length && char.IsLetterOrDigit(_text[end]))
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

        public CitationSpec Cite(int offset, int length)
        {
            (int line, int column) = _lines.Position(offset);
            return new CitationSpec(offset, length, line, column, _text.Substring(offset, length));
        }
    }
}
