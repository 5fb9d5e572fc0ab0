using System;

namespace SummitData.Interactive;

/// <summary>
/// The sentence a citation sits in: the words before it, the cited words, the words after it. A sentence ends at a
/// line break or at '.', '!', '?' or '…' (with any closing quotation marks) followed by a space; an abbreviation such
/// as "Mr." is not an end. Each side is cut at <see cref="MaxSide"/> characters, so the work is bounded whatever the text.
/// </summary>
/// <param name="Before">The sentence up to the cited words.</param>
/// <param name="Words">The cited words, exactly as in the text.</param>
/// <param name="After">The sentence after the cited words.</param>
/// <param name="CutBefore">Whether the sentence starts earlier than <paramref name="Before"/> (cut at <see cref="MaxSide"/>).</param>
/// <param name="CutAfter">Whether the sentence goes on past <paramref name="After"/>.</param>
internal sealed record Sentence(string Before, string Words, string After, bool CutBefore, bool CutAfter)
{
    /// <summary>The most characters shown on either side of the cited words.</summary>
    public const int MaxSide = 300;

    // Words that end with a full stop without ending the sentence; compared case-sensitively on the word before the stop.
    private static readonly string[] Abbreviations = { "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "etc", "e.g", "i.e", "Gen", "Col", "Lt", "Jr", "Sr", "Prof" };

    [ThreadStatic]
    private static long _charactersExamined;

    /// <summary>How many characters the searches for a sentence's ends have looked at, for the complexity tests; per thread.</summary>
    internal static long CharactersExamined => _charactersExamined;

    internal static void ResetCounters() => _charactersExamined = 0;

    /// <summary>
    /// The sentence around <paramref name="length"/> characters at <paramref name="offset"/> of <paramref name="text"/>,
    /// or null when they are not there (an offset outside the text, or other words than <paramref name="words"/>).
    /// </summary>
    public static Sentence? Around(string text, int offset, int length, string words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        if (offset < 0 || length != words.Length || offset > text.Length - length || string.CompareOrdinal(text, offset, words, 0, length) != 0)
        {
            return null;
        }

        int limit = Math.Max(0, offset - MaxSide);
        int start = offset;
        while (start > limit && !EndsSentence(text, start - 1))
        {
            start--;
            _charactersExamined++;
        }

        bool cutBefore = start == limit && limit > 0 && !EndsSentence(text, start - 1);
        while (start < offset && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = offset + length;
        int endLimit = Math.Min(text.Length, end + MaxSide);
        while (end < endLimit && text[end] != '\n' && !EndsSentence(text, end - 1))
        {
            end++;
            _charactersExamined++;
        }

        bool cutAfter = end == endLimit && endLimit < text.Length && text[end] != '\n' && !EndsSentence(text, end - 1);
        while (end > offset + length && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (cutBefore)
        {
            start = WordStart(text, start, offset);
        }

        if (cutAfter)
        {
            end = WordEnd(text, end, offset + length);
        }

        return new Sentence(text[start..offset], words, text[(offset + length)..end], cutBefore, cutAfter);
    }

    /// <summary>Whether a sentence ends right after <paramref name="index"/>: a line break, or an end mark followed by a space.</summary>
    private static bool EndsSentence(string text, int index)
    {
        if (index < 0)
        {
            return true;
        }

        if (text[index] == '\n')
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[index]) || index == 0)
        {
            return false;
        }

        // A space: the sentence ended if an end mark stands before it, possibly followed by closing quotes or brackets.
        // A few closing marks at most (”) or ’”): the look-back stays bounded whatever the text holds.
        int mark = index - 1;
        while (mark >= 0 && index - mark <= 3 && IsClosing(text[mark]))
        {
            mark--;
        }

        if (mark < 0 || text[mark] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        return text[mark] != '.' || !IsAbbreviation(text, mark);
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '’' or '”' or '»' or ')' or ']';

    private static bool IsAbbreviation(string text, int stop)
    {
        // Abbreviations are short: a word longer than the longest is not one, however long it goes on.
        const int longest = 4;
        int wordStart = stop;
        while (wordStart > 0 && stop - wordStart <= longest && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (stop - wordStart > longest)
        {
            return false;
        }

        string word = text[wordStart..stop];

        // A single capital ("J. Smith", the "U.S." of "U.S. trade") is an initial, not the end of a sentence.
        return (word.Length == 1 && char.IsUpper(word[0])) || (word.Length == 3 && word[1] == '.' && char.IsUpper(word[0]))
            || Array.IndexOf(Abbreviations, word) >= 0;
    }

    // A cut side starts and ends at a space, not in the middle of a word, unless a word fills the whole side.
    private static int WordStart(string text, int start, int limit)
    {
        if (start >= limit)
        {
            return start;
        }

        int space = text.IndexOf(' ', start, limit - start);
        return space < 0 ? start : space + 1;
    }

    private static int WordEnd(string text, int end, int limit)
    {
        if (end <= limit)
        {
            return end;
        }

        int space = text.LastIndexOf(' ', end - 1, end - limit);
        return space < 0 ? end : space;
    }
}
