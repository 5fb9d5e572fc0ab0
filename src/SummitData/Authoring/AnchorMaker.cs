using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SummitData.Authoring;

/// <summary>
/// An anchor as the format writes it: the words, and a prefix and suffix where the words occur more than once.
/// <see cref="Found"/> is false where the parser would not find the words at that place (they start or end inside a
/// word, or cut a character from its accent); such words cannot be anchored.
/// </summary>
internal readonly record struct AnchorText(string Exact, string? Prefix, string? Suffix, bool Unique, bool Found = true);

/// <summary>
/// Writes anchors that select exactly one place of a text, with the rules the parser resolves them by (whole words,
/// ordinal, never cutting a character from its accent): the words, then the fewest words of context before or after
/// that tell the place apart from every other occurrence. Occurrences are found through an index of the text's words
/// (the rarest word of the anchor), and the work is capped at a multiple of the text's length: past it, anchors are
/// written without context (an unreviewed candidate with an ambiguous anchor is a warning, never an error).
/// </summary>
internal sealed class AnchorMaker
{
    private const int MaxContextLength = 160;

    private readonly string _text;
    private readonly Dictionary<string, List<int>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _occurrences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, (int Suffix, int Prefix)>> _contexts = new(StringComparer.Ordinal);
    private readonly long _budget;

    public AnchorMaker(string text)
    {
        _text = text;
        _budget = (64L * text.Length) + 100_000;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text, i))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordCharacter(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            string word = text.Substring(start, i - start);
            if (!_words.TryGetValue(word, out List<int>? list))
            {
                _words[word] = list = new List<int>();
            }

            list.Add(start);
        }

        Work = text.Length;
    }

    /// <summary>Characters compared so far: indexing, finding occurrences and choosing context.</summary>
    public long Work { get; private set; }

    /// <summary>Whether the work cap was reached (later anchors get no context).</summary>
    public bool OverBudget => Work > _budget;

    /// <summary>Every offset where <paramref name="exact"/> occurs as the parser finds it.</summary>
    public List<int> Occurrences(string exact)
    {
        if (_occurrences.TryGetValue(exact, out List<int>? cached))
        {
            return cached;
        }

        var found = new List<int>();
        if (exact.Length > 0)
        {
            // The rarest whole word of the anchor: every occurrence of the anchor holds it at the same place.
            (string Word, int At)? rarest = null;
            int rarestCount = int.MaxValue;
            int i = 0;
            while (i < exact.Length)
            {
                if (!IsWordCharacter(exact, i))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < exact.Length && IsWordCharacter(exact, i))
                {
                    i += char.IsSurrogatePair(exact, i) ? 2 : 1;
                }

                string word = exact.Substring(start, i - start);
                int count = _words.TryGetValue(word, out List<int>? list) ? list.Count : 0;
                if (count < rarestCount)
                {
                    rarestCount = count;
                    rarest = (word, start);
                }
            }

            if (rarest is { } r)
            {
                foreach (int at in _words.TryGetValue(r.Word, out List<int>? starts) ? starts : new List<int>())
                {
                    int offset = at - r.At;
                    Work += exact.Length;
                    if (offset >= 0 && Matches(offset, exact))
                    {
                        found.Add(offset);
                    }
                }
            }
            else
            {
                for (int at = _text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(exact, at + 1, StringComparison.Ordinal))
                {
                    Work += exact.Length;
                    if (Matches(at, exact))
                    {
                        found.Add(at);
                    }
                }

                Work += _text.Length;
            }
        }

        _occurrences[exact] = found;
        return found;
    }

    /// <summary>
    /// The anchor for the words at <paramref name="offset"/>: with the shortest context after (or else before) it that
    /// no other occurrence shares, widened to whole words.
    /// </summary>
    public AnchorText For(int offset, int length)
    {
        string exact = _text.Substring(offset, length);
        if (OverBudget)
        {
            return new AnchorText(exact, null, null, false);
        }

        List<int> all = Occurrences(exact);
        if (all.BinarySearch(offset) < 0)
        {
            return new AnchorText(exact, null, null, false, Found: false);
        }

        if (all.Count == 1)
        {
            return new AnchorText(exact, null, null, true);
        }

        if (!_contexts.TryGetValue(exact, out Dictionary<int, (int Suffix, int Prefix)>? contexts))
        {
            _contexts[exact] = contexts = Contexts(all, length);
        }

        (int suffix, int prefix) = contexts[offset];
        int end = offset + length;
        if (suffix > 0 && (prefix == 0 || suffix <= prefix))
        {
            return new AnchorText(exact, null, _text.Substring(end, WordEnd(end + suffix) - end), true);
        }

        if (prefix > 0)
        {
            int start = WordStart(offset - prefix);
            return new AnchorText(exact, _text.Substring(start, offset - start), null, true);
        }

        return new AnchorText(exact, null, null, false);
    }

    /// <summary>
    /// For every occurrence of one anchor's words, the fewest characters after it, and before it, that no other
    /// occurrence shares (0 when none within <see cref="MaxContextLength"/>): the occurrences are split by their next
    /// character, then each group again by the one after, and an occurrence alone in its group is told apart. Each
    /// occurrence is looked at once per character of context, so the work grows with the occurrences, not their pairs.
    /// </summary>
    private Dictionary<int, (int Suffix, int Prefix)> Contexts(List<int> occurrences, int length)
    {
        Dictionary<int, int> suffixes = Shortest(occurrences, length, forward: true);
        Dictionary<int, int> prefixes = Shortest(occurrences, length, forward: false);
        var contexts = new Dictionary<int, (int Suffix, int Prefix)>(occurrences.Count);
        foreach (int at in occurrences)
        {
            contexts[at] = (suffixes.TryGetValue(at, out int suffix) ? suffix : 0, prefixes.TryGetValue(at, out int prefix) ? prefix : 0);
        }

        return contexts;
    }

    private Dictionary<int, int> Shortest(List<int> occurrences, int length, bool forward)
    {
        var shortest = new Dictionary<int, int>(occurrences.Count);
        var groups = new List<List<int>> { occurrences };
        for (int depth = 0; groups.Count > 0 && depth <= MaxContextLength; depth++)
        {
            var next = new List<List<int>>();
            foreach (List<int> group in groups)
            {
                if (group.Count == 1)
                {
                    shortest[group[0]] = depth;
                    continue;
                }

                if (depth == MaxContextLength)
                {
                    continue;
                }

                var buckets = new Dictionary<char, List<int>>();
                foreach (int at in group)
                {
                    Work++;
                    int position = forward ? at + length + depth : at - 1 - depth;
                    if (position < 0 || position >= _text.Length)
                    {
                        // Its context ends here and is the start of another's: no context tells it apart.
                        continue;
                    }

                    if (!buckets.TryGetValue(_text[position], out List<int>? bucket))
                    {
                        buckets[_text[position]] = bucket = new List<int>();
                    }

                    bucket.Add(at);
                }

                next.AddRange(buckets.Values);
            }

            groups = next;
        }

        return shortest;
    }

    /// <summary>Where a suffix ending at <paramref name="end"/> ends once widened to the end of its word (never inside a character).</summary>
    private int WordEnd(int end)
    {
        end = Math.Min(end, _text.Length);
        int start = end;
        while (end < _text.Length && end > 0 && IsWordCharacter(_text, end) && IsWordCharacter(_text, end - 1) && end - start < MaxContextLength)
        {
            end++;
        }

        while (end < _text.Length && (IsCombiningMark(_text[end]) || char.IsLowSurrogate(_text[end])))
        {
            end++;
        }

        Work += end - start;
        return end;
    }

    /// <summary>Where a prefix starting at <paramref name="start"/> starts once widened to the start of its word.</summary>
    private int WordStart(int start)
    {
        start = Math.Max(start, 0);
        int from = start;
        while (start > 0 && start < _text.Length && IsWordCharacter(_text, start - 1) && (IsWordCharacter(_text, start) || IsCombiningMark(_text[start])) && from - start < MaxContextLength)
        {
            start--;
        }

        while (start > 0 && start < _text.Length && (IsCombiningMark(_text[start]) || char.IsLowSurrogate(_text[start])))
        {
            start--;
        }

        Work += from - start;
        return start;
    }

    /// <summary>The parser's rule (<c>AnchorResolver</c>): whole words at a word's edges, no character cut from its accent or its surrogate half.</summary>
    private bool Matches(int at, string exact)
    {
        int end = at + exact.Length;
        if (end > _text.Length || string.CompareOrdinal(_text, at, exact, 0, exact.Length) != 0)
        {
            return false;
        }

        bool wordStart = char.IsLetterOrDigit(exact, 0);
        bool wordEnd = char.IsLetterOrDigit(exact, StartOfLast(exact, exact.Length));
        if (wordStart && at > 0 && IsWordCharacter(_text, StartOfLast(_text, at)))
        {
            return false;
        }

        if (wordEnd && end < _text.Length && IsWordCharacter(_text, end))
        {
            return false;
        }

        return !(IsCombiningMark(_text[at]) || (end < _text.Length && IsCombiningMark(_text[end]))
            || (at > 0 && char.IsSurrogatePair(_text[at - 1], _text[at])) || (end < _text.Length && char.IsSurrogatePair(_text[end - 1], _text[end])));
    }

    private static bool IsWordCharacter(string s, int index) => char.IsLetterOrDigit(s, index) || IsCombiningMark(s[index]);

    private static bool IsCombiningMark(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static int StartOfLast(string s, int end) =>
        end >= 2 && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]) ? end - 2 : end - 1;
}
