using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SummitData.Generator.Parsing;

namespace SummitData.Authoring;

/// <summary>Why a number of a text is, or is not, a figure to annotate.</summary>
public enum NumberRole
{
    /// <summary>
    /// A figure to annotate: every number written in digits that none of the other roles explains, and number words with
    /// a unit, a scale, a fraction or more than one word ("five years", "six times", "two and a half", "half a century").
    /// Coverage counts these.
    /// </summary>
    Figure,

    /// <summary>
    /// A number word on its own ("two aspects", "the first time", "a week"): a figure when it counts or ranks what the
    /// text reports, often not ("one Chinese expert"). Pre-annotation proposes it; coverage does not count it.
    /// </summary>
    Possible,

    /// <summary>A year used as a date ("in 2023"): four digits from 1900 to 2099 with no unit or scale.</summary>
    Year,

    /// <summary>
    /// A day: of a month ("May 16", "16–17 May"; a month name within 12 characters), or counted in order ("the second
    /// day", "the first quarter").
    /// </summary>
    Date,

    /// <summary>A list item, a footnote or a reference: "1." at the start of a line, "[1]", "Appendix 2", "Table 1", "Day two".</summary>
    ListOrReference,

    /// <summary>
    /// Part of a name: letters joined to the digits ("G20", "Luna-25", "mid-2022"), a number after a capitalised word
    /// inside a sentence ("Power of Siberia 2"), a capitalised number word inside a sentence ("Second World War").
    /// </summary>
    Name,

    /// <summary>Many of something without a number ("hundreds", "billions of dollars"): no value can be read.</summary>
    Indefinite,

    /// <summary>
    /// Number words that refer back or belong to a set phrase, not a count: "the two countries", "one of", "no one",
    /// "third countries", "at first", "two-faced", "the other half".
    /// </summary>
    NotACount,
}

/// <summary>A number found in a text: its words, where they are, the value read from them and its role.</summary>
public sealed class TextNumber
{
    internal TextNumber(NumberPhrase phrase, string text, LineIndex lines, NumberRole role)
    {
        Offset = phrase.Start;
        Length = phrase.End - phrase.Start;
        Text = text.Substring(Offset, Length);
        ValueOffset = phrase.ValueStart;
        ValueLength = phrase.ValueEnd - phrase.ValueStart;
        (Line, Column) = lines.Position(Offset);
        Value = !phrase.HasValue ? null : phrase.IsExact ? phrase.Value : Math.Round(phrase.Value, 2, MidpointRounding.AwayFromZero);
        Scale = Enum.Parse<FigureScale>(Identifiers.ToPascalCase(phrase.Scale));
        Unit = phrase.Unit is null ? null : Enum.Parse<FigureUnit>(Identifiers.ToPascalCase(phrase.Unit));
        IsDigits = phrase.Digits;
        Role = role;
        Phrase = phrase;
    }

    /// <summary>Offset of the number's words in the text: the number with its currency, scale and unit words.</summary>
    public int Offset { get; }

    /// <summary>Length of the number's words.</summary>
    public int Length { get; }

    /// <summary>The words: "USD 240 billion", "16%", "two and a half hours".</summary>
    public string Text { get; }

    /// <summary>Offset of the number itself (the digits or number words, without currency, scale and unit).</summary>
    public int ValueOffset { get; }

    /// <summary>Length of the number itself.</summary>
    public int ValueLength { get; }

    /// <summary>One-based line of <see cref="Offset"/> in the text.</summary>
    public int Line { get; }

    /// <summary>One-based column of <see cref="Offset"/> in its line (UTF-16 code units, as <see cref="Citation.Column"/>).</summary>
    public int Column { get; }

    /// <summary>
    /// The value before the scale is applied, as a figure's <c>value</c> would be written (two-thirds: 0.67, rounded to
    /// two places where a fraction has no finite decimal form); null for an indefinite number.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>The scale word written with the number.</summary>
    public FigureScale Scale { get; }

    /// <summary>The unit the words state (percent, US dollars, years, times, an ordinal ...), or null when they state none.</summary>
    public FigureUnit? Unit { get; }

    /// <summary>Written with digits, not in words.</summary>
    public bool IsDigits { get; }

    /// <summary>Whether the number is a figure to annotate, and if not, why.</summary>
    public NumberRole Role { get; }

    /// <summary>Whether a figure must cover this number (<see cref="NumberRole.Figure"/>).</summary>
    public bool IsToCover => Role == NumberRole.Figure;

    internal NumberPhrase Phrase { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Text} (line {Line}, column {Column}, {Role})";
}

/// <summary>A quotation found in a text: the words between its marks, and which marks it has.</summary>
public sealed class TextQuotation
{
    internal TextQuotation(string text, LineIndex lines, int offset, int length, int openingMark, int closingMark)
    {
        Offset = offset;
        Length = length;
        Text = text.Substring(offset, length);
        (Line, Column) = lines.Position(offset);
        OpeningMarkOffset = openingMark;
        ClosingMarkOffset = closingMark;
    }

    /// <summary>Offset of the quoted words (after the opening mark).</summary>
    public int Offset { get; }

    /// <summary>Length of the quoted words (up to the closing mark, or to the end of the paragraph when it is never closed).</summary>
    public int Length { get; }

    /// <summary>The quoted words, without the marks: what a quote's <c>exact</c> holds.</summary>
    public string Text { get; }

    /// <summary>One-based line of <see cref="Offset"/> in the text.</summary>
    public int Line { get; }

    /// <summary>One-based column of <see cref="Offset"/> in its line.</summary>
    public int Column { get; }

    /// <summary>Offset of the opening mark, or -1 for a closing mark without an opening one (the words start at the sentence).</summary>
    public int OpeningMarkOffset { get; }

    /// <summary>Offset of the closing mark, or -1 when the paragraph ends first.</summary>
    public int ClosingMarkOffset { get; }

    /// <summary>Whether the text opens the quotation with a mark.</summary>
    public bool IsOpened => OpeningMarkOffset >= 0;

    /// <summary>Whether the text closes the quotation with a mark.</summary>
    public bool IsClosed => ClosingMarkOffset >= 0;

    /// <inheritdoc/>
    public override string ToString() => $"“{Text}” (line {Line}, column {Column})";
}

/// <summary>What <see cref="TextScanner.Scan"/> finds in a text: its numbers and its quotations, in text order.</summary>
public sealed class TextScan
{
    internal TextScan(string text, IReadOnlyList<TextNumber> numbers, IReadOnlyList<TextQuotation> quotations)
    {
        Text = text;
        Numbers = numbers;
        Quotations = quotations;
    }

    /// <summary>The text scanned.</summary>
    public string Text { get; }

    /// <summary>Every number, in digits or in words, with its role.</summary>
    public IReadOnlyList<TextNumber> Numbers { get; }

    /// <summary>Every quotation: opening mark to closing mark, never closed, or closed without an opening mark.</summary>
    public IReadOnlyList<TextQuotation> Quotations { get; }

    /// <summary>The numbers a figure must cover (<see cref="NumberRole.Figure"/>).</summary>
    public IEnumerable<TextNumber> NumbersToCover => Numbers.Where(n => n.IsToCover);
}

/// <summary>
/// Finds the numbers and the quotations of a document text, and which numbers are figures to annotate: the one
/// implementation behind coverage, pre-annotation and the bundled data's completeness tests. The work is linear in
/// the text: one pass for numbers (<see cref="NumberReader"/>), one for quotation marks, and bounded look-around.
/// </summary>
public static class TextScanner
{
    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Words before a number that make it a reference: "Appendix 2", "Table 1", "Day two".</summary>
    private static readonly HashSet<string> ReferenceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "appendix", "annex", "table", "chapter", "section", "article", "part", "item", "paragraph", "page", "note", "footnote",
        "figure", "fig", "chart", "box", "exhibit", "no", "number", "day", "round", "phase", "stage", "point", "volume", "vol", "issue",
    };

    /// <summary>Words before a cardinal that make it refer back to a known set: "the two countries".</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "all", "both", "no", "any", "each", "every", "other",
    };

    /// <summary>Words after "one" that make it a pronoun: "one of", "one another".</summary>
    private static readonly HashSet<string> AfterPronounOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "another", "more", "by", "after", "such", "who", "that", "which", "or", "hand", "day",
    };

    /// <summary>Nouns after an ordinal that make it a position in time, like a date: "the second day".</summary>
    private static readonly HashSet<string> TimePositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "week", "month", "year", "quarter", "half", "night", "morning", "afternoon", "evening", "session",
    };

    /// <summary>Set phrases whose number word counts nothing: "third countries", "two-faced".</summary>
    private static readonly HashSet<string> SetPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "third countries", "third country", "third parties", "third party", "third world", "first-hand", "second-hand", "two-faced",
        "one-sided", "one-way", "two-way", "one-off", "third-party", "first of all", "second to none",
    };

    [ThreadStatic]
    private static long _charactersExamined;

    /// <summary>How many characters the quotation pass and the look-around examined on this thread, for the complexity tests.</summary>
    internal static long CharactersExamined => _charactersExamined;

    internal static void ResetCounters() => _charactersExamined = 0;

    /// <summary>Scans a document text (the part after the annotation block, with LF line endings).</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its numbers and quotations, in text order.</returns>
    public static TextScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new LineIndex(text);
        var numbers = new List<TextNumber>();
        foreach (NumberPhrase phrase in NumberReader.Read(text))
        {
            numbers.Add(new TextNumber(phrase, text, lines, Classify(text, lines, phrase)));
        }

        return new TextScan(text, numbers, Quotations(text, lines));
    }

    private static NumberRole Classify(string text, LineIndex lines, NumberPhrase phrase)
    {
        int start = phrase.ValueStart;
        int end = phrase.ValueEnd;
        if (!phrase.HasValue)
        {
            return NumberRole.Indefinite;
        }

        (int Start, int End)? before = WordBefore(text, phrase.Start);
        string? previous = before is { } b ? text.Substring(b.Start, b.End - b.Start) : null;
        bool unitOrScale = (phrase.Unit is not null && phrase.Unit != "ordinal") || phrase.Scale != "none";
        if (phrase.Digits)
        {
            return ClassifyDigits(text, lines, phrase, start, end, before, previous, unitOrScale);
        }

        (int Start, int End)? after = WordAfter(text, phrase.End);
        string? next = after is { } a ? text.Substring(a.Start, a.End - a.Start) : null;
        if (char.IsUpper(text[start]) && !SentenceInitial(text, start))
        {
            return NumberRole.Name;
        }

        if (previous is not null && ReferenceNouns.Contains(previous) && !unitOrScale)
        {
            return NumberRole.ListOrReference;
        }

        if (phrase.Ordinal && next is not null && TimePositions.Contains(next) && Near(text, phrase.End, after!.Value.Start))
        {
            return NumberRole.Date;
        }

        if (IsSetPhrase(text, phrase, next, after))
        {
            return NumberRole.NotACount;
        }

        bool cardinal = !phrase.Ordinal && !phrase.Fraction && phrase.Unit is null && phrase.Scale == "none";
        if (cardinal && previous is not null && Determiners.Contains(previous) && Near(text, before!.Value.End, phrase.Start))
        {
            return NumberRole.NotACount;
        }

        string word = text.Substring(start, end - start);
        if (cardinal && word.Equals("one", StringComparison.OrdinalIgnoreCase) && next is not null && AfterPronounOne.Contains(next))
        {
            return NumberRole.NotACount;
        }

        if (phrase.Fraction && word.Equals("half", StringComparison.OrdinalIgnoreCase) && previous is not null
            && (Determiners.Contains(previous) || NumberReader.IsNumberWord(previous) || previous.Equals("other", StringComparison.OrdinalIgnoreCase)))
        {
            // "the first half of 2024", "the other half".
            return NumberRole.NotACount;
        }

        if (end < text.Length && text[end] is '-' or '\u2010' or '\u2011' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && phrase.End == end)
        {
            // "three-member": a number word joined to a noun that is no unit may count something; no unit says what.
            return NumberRole.Possible;
        }

        return !phrase.Article && (unitOrScale || phrase.Fraction || phrase.Compound) ? NumberRole.Figure : NumberRole.Possible;
    }

    private static NumberRole ClassifyDigits(string text, LineIndex lines, NumberPhrase phrase, int start, int end, (int Start, int End)? before, string? previous, bool unitOrScale)
    {
        // Letters joined to the digits: "G20", "Luna-25", "mid-2022", "5G".
        if ((start > 0 && char.IsLetter(text[start - 1]))
            || (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
            || (end < text.Length && char.IsLetter(text[end])))
        {
            return NumberRole.Name;
        }

        int lineStart = start - (lines.Position(start).Column - 1);
        int blank = start;
        while (blank > lineStart && char.IsWhiteSpace(text[blank - 1]))
        {
            blank--;
        }

        _charactersExamined += start - blank;
        bool atLineStart = blank == lineStart;
        if ((atLineStart && end < text.Length && text[end] is '.' or ')')
            || (previous is not null && ReferenceNouns.Contains(previous) && !unitOrScale && Near(text, before!.Value.End, start))
            || (start > 0 && text[start - 1] == '[' && end < text.Length && text[end] == ']'))
        {
            return NumberRole.ListOrReference;
        }

        string digits = text.Substring(start, end - start);
        bool plain = !unitOrScale && !phrase.Ordinal && phrase.Start == start;
        if (plain && digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)) && digits.All(char.IsAsciiDigit))
        {
            return NumberRole.Year;
        }

        if (plain && phrase.Value <= 31 && phrase.Value == decimal.Truncate(phrase.Value) && MonthNear(text, start, end))
        {
            return NumberRole.Date;
        }

        // "Power of Siberia 2": a number after a capitalised word inside a sentence, with no unit.
        if (plain && previous is not null && before!.Value.End == start - 1 && text[start - 1] == ' ' && char.IsUpper(previous[0])
            && !IsAllCapitals(previous) && !SentenceInitial(text, before.Value.Start))
        {
            return NumberRole.Name;
        }

        return NumberRole.Figure;
    }

    private static bool IsSetPhrase(string text, NumberPhrase phrase, string? next, (int Start, int End)? after)
    {
        string word = text.Substring(phrase.ValueStart, phrase.ValueEnd - phrase.ValueStart);
        if (next is not null && SetPhrases.Contains(word + " " + next) && Near(text, phrase.End, after!.Value.Start))
        {
            return true;
        }

        int end = phrase.ValueEnd;
        if (end + 1 < text.Length && text[end] == '-')
        {
            int wordEnd = end + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (SetPhrases.Contains(text.Substring(phrase.ValueStart, wordEnd - phrase.ValueStart)))
            {
                return true;
            }
        }

        (int Start, int End)? before = WordBefore(text, phrase.Start);
        if (before is { } b && word.Equals("first", StringComparison.OrdinalIgnoreCase)
            && text.Substring(b.Start, b.End - b.Start).Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return next is not null && word.Equals("first", StringComparison.OrdinalIgnoreCase) && next.Equals("of", StringComparison.OrdinalIgnoreCase)
            && WordAfter(text, after!.Value.End) is { } all && text.Substring(all.Start, all.End - all.Start).Equals("all", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A month name within 12 characters before or after, as a day of a month has ("May 16", "16–17 May").</summary>
    private static bool MonthNear(string text, int start, int end)
    {
        int from = Math.Max(0, start - 12);
        int to = Math.Min(text.Length, end + 12);
        string window = text.Substring(from, start - from) + text.Substring(end, to - end);
        _charactersExamined += window.Length;
        foreach (string month in Months)
        {
            if (window.Contains(month, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word (letters) that ends just before <paramref name="offset"/>, across spaces and one apostrophe-s, on the same line.</summary>
    private static (int Start, int End)? WordBefore(string text, int offset)
    {
        int i = offset;
        int budget = 8;
        while (i > 0 && text[i - 1] is ' ' or '\t' && budget-- > 0)
        {
            i--;
        }

        int end = i;
        int steps = 0;
        while (i > 0 && char.IsLetter(text[i - 1]) && steps++ < 64)
        {
            i--;
        }

        _charactersExamined += offset - i;
        return i < end ? (i, end) : null;
    }

    /// <summary>The word (letters) that starts just after <paramref name="offset"/>, across spaces, on the same line.</summary>
    private static (int Start, int End)? WordAfter(string text, int offset)
    {
        int i = offset;
        int budget = 8;
        while (i < text.Length && text[i] is ' ' or '\t' && budget-- > 0)
        {
            i++;
        }

        int start = i;
        int steps = 0;
        while (i < text.Length && char.IsLetter(text[i]) && steps++ < 64)
        {
            i++;
        }

        _charactersExamined += i - offset;
        return i > start ? (start, i) : null;
    }

    private static bool Near(string text, int end, int start) => start > end && start - end <= 8 && text.AsSpan(end, start - end).Trim().Length == 0;

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Whether a word starts a sentence: only white space, opening marks or a list bullet between it and a sentence end or a line start.</summary>
    internal static bool SentenceInitial(string text, int start)
    {
        int i = start - 1;
        int steps = 0;
        while (i >= 0 && steps++ < 16 && (text[i] is ' ' or '\t' or '“' or '‘' or '"' or '\'' or '(' or '[' or '•' or '-' or '–' or '—' or '*' || char.IsWhiteSpace(text[i]) && text[i] != '\n'))
        {
            i--;
        }

        _charactersExamined += start - i;
        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>
    /// Quotations, paragraph by paragraph (a blank line ends every quotation still open): typographic marks pair as
    /// written (“ ” ‘ ’ « » „ ‚), a straight double quote opens after a space or at the start and closes the one open,
    /// a straight single quote counts only when it is closed, and ’ inside a word is an apostrophe. A closing mark with
    /// nothing open is a quotation whose opening mark is missing: its words start at the sentence.
    /// </summary>
    private static List<TextQuotation> Quotations(string text, LineIndex lines)
    {
        var found = new List<(int Offset, int Length, int Open, int Close)>();
        var stack = new List<(int Index, char Mark)>();
        var open = new Dictionary<char, int>();
        int paragraphStart = 0;
        int lastEnd = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            _charactersExamined++;
            bool paragraphEnd = i == text.Length || (text[i] == '\n' && BlankLineFollows(text, i));
            if (paragraphEnd)
            {
                int end = i;
                while (end > paragraphStart && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                foreach ((int index, char mark) in stack)
                {
                    Unclosed(index, mark, end);
                }

                stack.Clear();
                open.Clear();
                paragraphStart = i + 1;
                lastEnd = i + 1;
                continue;
            }

            char c = text[i];
            char previous = i > 0 ? text[i - 1] : ' ';
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '“':
                    if (Count(open, '„') > 0)
                    {
                        Close(i, '„');
                    }
                    else
                    {
                        Push(i, c);
                    }

                    break;
                case '”':
                    if (Count(open, '“') > 0 || Count(open, '„') > 0)
                    {
                        Close(i, '“', '„');
                    }
                    else
                    {
                        ClosingOnly(i);
                    }

                    break;
                case '‘':
                    if (Count(open, '‚') > 0 && !char.IsLetter(next))
                    {
                        Close(i, '‚');
                    }
                    else
                    {
                        Push(i, c);
                    }

                    break;
                case '’':
                    if ((Count(open, '‘') > 0 || Count(open, '‚') > 0) && !char.IsLetter(next))
                    {
                        Close(i, '‘', '‚');
                    }

                    break;
                case '«':
                case '„':
                case '‚':
                    Push(i, c);
                    break;
                case '»':
                    if (Count(open, '«') > 0)
                    {
                        Close(i, '«');
                    }
                    else
                    {
                        ClosingOnly(i);
                    }

                    break;
                case '"':
                    if (Count(open, '"') > 0)
                    {
                        Close(i, '"');
                    }
                    else if (!char.IsLetterOrDigit(previous) && !(char.IsPunctuation(previous) && previous is not ('(' or '[' or '—' or '–' or '-') && (char.IsWhiteSpace(next) || i + 1 == text.Length)))
                    {
                        Push(i, c);
                    }
                    else
                    {
                        ClosingOnly(i);
                    }

                    break;
                case '\'':
                    if (Count(open, '\'') > 0 && !char.IsLetter(next))
                    {
                        Close(i, '\'');
                    }
                    else if (!char.IsLetterOrDigit(previous) && char.IsLetter(next))
                    {
                        Push(i, c);
                    }

                    break;
            }
        }

        found.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Length.CompareTo(b.Length));
        return found.ConvertAll(q => new TextQuotation(text, lines, q.Offset, q.Length, q.Open, q.Close));

        // A mark of a kind already open does not nest in it: the open one was never closed and ends here. So the stack
        // holds each kind of mark once, and quotations that are never closed add up to a bounded multiple of the text.
        void Push(int index, char mark)
        {
            if (Count(open, mark) > 0)
            {
                while (stack.Count > 0)
                {
                    (int at, char m) = stack[stack.Count - 1];
                    stack.RemoveAt(stack.Count - 1);
                    open[m]--;
                    _charactersExamined++;
                    Unclosed(at, m, index);
                    if (m == mark)
                    {
                        break;
                    }
                }
            }

            stack.Add((index, mark));
            open[mark] = Count(open, mark) + 1;
        }

        // An opening mark never closed: its words run to where it ends, without the white space before that.
        void Unclosed(int at, char mark, int end)
        {
            while (end > at + 1 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (mark != '\'' && end > at + 1)
            {
                found.Add((at + 1, end - at - 1, at, -1));
            }
        }

        // Closes the innermost open quotation with one of the marks; quotations opened inside it and still open end here,
        // unclosed (straight single quotes among them were apostrophes).
        void Close(int index, char mark, char other = '\0')
        {
            while (stack.Count > 0)
            {
                (int at, char m) = stack[stack.Count - 1];
                stack.RemoveAt(stack.Count - 1);
                open[m]--;
                _charactersExamined++;
                if (m == mark || m == other)
                {
                    found.Add((at + 1, index - at - 1, at, index));
                    lastEnd = index + 1;
                    return;
                }

                Unclosed(at, m, index);
            }
        }

        void ClosingOnly(int index)
        {
            int start = SentenceStart(text, Math.Max(paragraphStart, lastEnd), index);
            if (index > start)
            {
                found.Add((start, index - start, -1, index));
            }

            lastEnd = index + 1;
        }
    }

    private static int Count(Dictionary<char, int> open, char mark) => open.TryGetValue(mark, out int n) ? n : 0;

    /// <summary>Whether the line after the line break at <paramref name="index"/> is blank (or the text ends).</summary>
    private static bool BlankLineFollows(string text, int index)
    {
        int i = index + 1;
        while (i < text.Length && text[i] != '\n')
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>Where the sentence holding <paramref name="mark"/> starts, not before <paramref name="from"/>: after the last ". ", "! " or "? ".</summary>
    private static int SentenceStart(string text, int from, int mark)
    {
        int start = from;
        for (int i = mark - 2; i >= from; i--)
        {
            _charactersExamined++;
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                start = i + 1;
                break;
            }
        }

        while (start < mark && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }
}
