using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SummitData.Generator.Kinds;
using SummitData.Generator.Parsing;
using SummitData.Reporting;

namespace SummitData.Authoring;

/// <summary>What <see cref="PreAnnotator.Annotate"/> writes besides the text.</summary>
public sealed class PreAnnotationOptions
{
    /// <summary>The document's id; by default made from the title (the first line), or <c>document</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The name of the file the text was taken from, written as <c>source</c> (nothing when null).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Lines written as YAML comments at the top of the annotation block, right after the opening <c>---</c> (each
    /// without its <c>#</c>): where an editor's settings go, such as a <c>yaml-language-server: $schema=...</c> line.
    /// </summary>
    public IReadOnlyList<string> HeaderComments { get; init; } = Array.Empty<string>();
}

/// <summary>A figure proposed by pre-annotation.</summary>
public sealed class CandidateFigure
{
    internal CandidateFigure(string id, TextNumber number, bool approximate, AnchorText anchor)
    {
        Id = id;
        Offset = number.Offset;
        Length = number.Length;
        Text = number.Text;
        Value = number.Value!.Value;
        Scale = number.Scale;
        Unit = number.Unit ?? FigureUnit.Count;
        IsApproximate = approximate;
        Role = number.Role;
        Prefix = anchor.Prefix;
        Suffix = anchor.Suffix;
    }

    /// <summary>The candidate's id.</summary>
    public string Id { get; }

    /// <summary>Offset of its words in the text.</summary>
    public int Offset { get; }

    /// <summary>Length of its words.</summary>
    public int Length { get; }

    /// <summary>Its words: its <c>exact</c>.</summary>
    public string Text { get; }

    /// <summary>The value read from the words.</summary>
    public decimal Value { get; }

    /// <summary>The scale read from the words.</summary>
    public FigureScale Scale { get; }

    /// <summary>The unit read from the words (<see cref="FigureUnit.Count"/> when they state none).</summary>
    public FigureUnit Unit { get; }

    /// <summary>Whether a word before it qualifies it ("almost", "over", "approximately").</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether the scanner counts it as a figure to cover, or as a possible one.</summary>
    public NumberRole Role { get; }

    /// <summary>The anchor's prefix, where the words occur more than once.</summary>
    public string? Prefix { get; }

    /// <summary>The anchor's suffix, where the words occur more than once.</summary>
    public string? Suffix { get; }
}

/// <summary>A quote proposed by pre-annotation.</summary>
public sealed class CandidateQuote
{
    internal CandidateQuote(string id, TextQuotation quotation, QuoteKind kind, string? speakerId, AnchorText anchor)
    {
        Id = id;
        Offset = quotation.Offset;
        Length = quotation.Length;
        Text = quotation.Text;
        Kind = kind;
        SpeakerId = speakerId;
        IsClosed = quotation.IsClosed;
        IsOpened = quotation.IsOpened;
        Prefix = anchor.Prefix;
        Suffix = anchor.Suffix;
    }

    /// <summary>The candidate's id.</summary>
    public string Id { get; }

    /// <summary>Offset of the quoted words in the text.</summary>
    public int Offset { get; }

    /// <summary>Length of the quoted words.</summary>
    public int Length { get; }

    /// <summary>The quoted words: its <c>exact</c>.</summary>
    public string Text { get; }

    /// <summary>The kind guessed: direct speech when a speaker is found, a scare quote for three words or fewer, else document text.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The id of the candidate person who says it, when the sentence names one.</summary>
    public string? SpeakerId { get; }

    /// <summary>Whether the text closes the quotation.</summary>
    public bool IsClosed { get; }

    /// <summary>Whether the text opens the quotation.</summary>
    public bool IsOpened { get; }

    /// <summary>The anchor's prefix, where the words occur more than once.</summary>
    public string? Prefix { get; }

    /// <summary>The anchor's suffix, where the words occur more than once.</summary>
    public string? Suffix { get; }
}

/// <summary>A person proposed by pre-annotation.</summary>
public sealed class CandidatePerson
{
    internal CandidatePerson(string id, string name, IReadOnlyList<string> spellings, IReadOnlyList<string> roles)
    {
        Id = id;
        Name = name;
        Spellings = spellings;
        Roles = roles;
    }

    /// <summary>The candidate's id, made from the name.</summary>
    public string Id { get; }

    /// <summary>The name as the text first writes it in full.</summary>
    public string Name { get; }

    /// <summary>Every spelling anchored as a mention (each with <c>all: true</c>).</summary>
    public IReadOnlyList<string> Spellings { get; }

    /// <summary>The titles and roles the text puts next to the name.</summary>
    public IReadOnlyList<string> Roles { get; }
}

/// <summary>An entity proposed by pre-annotation.</summary>
public sealed class CandidateEntity
{
    internal CandidateEntity(string id, string name, EntityKind kind)
    {
        Id = id;
        Name = name;
        Kind = kind;
    }

    /// <summary>The candidate's id, made from the name.</summary>
    public string Id { get; }

    /// <summary>The name, as the text writes it.</summary>
    public string Name { get; }

    /// <summary>The kind guessed: a country when the text uses its demonym or it is a well-known country, an organisation by its words, else a place.</summary>
    public EntityKind Kind { get; }
}

/// <summary>A pre-annotated document: the <c>.summit</c> content and the candidates it holds.</summary>
public sealed class PreAnnotation
{
    internal PreAnnotation(string id, string text, string content, IReadOnlyList<CandidateFigure> figures, IReadOnlyList<CandidateQuote> quotes, IReadOnlyList<CandidatePerson> people, IReadOnlyList<CandidateEntity> entities, int leftOut)
    {
        Id = id;
        Text = text;
        Sha256 = DocumentParser.Sha256(text);
        Content = content;
        Figures = figures;
        Quotes = quotes;
        People = people;
        Entities = entities;
        LeftOut = leftOut;
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }

    /// <summary>The text, verbatim after line endings are made LF (as the format reads every file).</summary>
    public string Text { get; }

    /// <summary>The text's SHA-256, as written in <c>sha256</c>.</summary>
    public string Sha256 { get; }

    /// <summary>The whole annotated file: the annotation block, then the text.</summary>
    public string Content { get; }

    /// <summary>The figures proposed, in text order.</summary>
    public IReadOnlyList<CandidateFigure> Figures { get; }

    /// <summary>The quotes proposed, in text order.</summary>
    public IReadOnlyList<CandidateQuote> Quotes { get; }

    /// <summary>The people proposed, in order of first mention.</summary>
    public IReadOnlyList<CandidatePerson> People { get; }

    /// <summary>The entities proposed, in order of first mention.</summary>
    public IReadOnlyList<CandidateEntity> Entities { get; }

    /// <summary>Candidates not written because the annotation block would pass its size limit (a comment in the block says so).</summary>
    public int LeftOut { get; }
}

/// <summary>
/// Writes a new annotated document for a text: the metadata keys, the text's SHA-256, and candidate records, every
/// one marked <c>unreviewed: true</c> (SD0028 until the author checks it and removes the marker, or deletes it): the
/// figures the <see cref="TextScanner"/> finds with value, scale and unit read from the words; every quotation, with
/// the speaker the sentence names; the people named next to a title or a verb of speech; the names that recur. The
/// result builds as it is: candidates are never records and never errors.
/// </summary>
public static class PreAnnotator
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "almost", "nearly", "about", "around", "approximately", "roughly", "some", "over", "circa", "ca", "approx", "close", "just", "up",
        "than", "least", "under", "below", "above", "beyond", "estimated",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase) { "the", "and", "of", "to", "in", "is", "that", "for", "with" };

    [ThreadStatic]
    private static long _work;

    /// <summary>The work of the last pre-annotations on this thread (anchors, names), for the complexity tests.</summary>
    internal static long Work => _work;

    internal static void ResetCounters() => _work = 0;

    /// <summary>Pre-annotates a text.</summary>
    /// <param name="text">The document text, verbatim (CRLF and CR line endings become LF, as in every annotated file).</param>
    /// <param name="options">The id, source and header comments; defaults when null.</param>
    /// <returns>The annotated file and its candidates.</returns>
    /// <exception cref="ArgumentException">The text is longer than the format allows, or the id is not a valid id.</exception>
    public static PreAnnotation Annotate(string text, PreAnnotationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new PreAnnotationOptions();
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Length > Limits.MaxTextLength)
        {
            throw new ArgumentException($"The text has {text.Length} characters; a document holds at most {Limits.MaxTextLength}: split it.", nameof(text));
        }

        string? title = Title(text);
        string id = options.Id ?? Slug(title ?? string.Empty, 60) ?? "document";
        if (!FieldReader.IsValidId(id))
        {
            throw new ArgumentException($"'{id}' is not a valid id: use lowercase ASCII letters, digits and single hyphens, starting with a letter.", nameof(options));
        }

        TextScan scan = TextScanner.Scan(text);
        var anchors = new AnchorMaker(text);
        var names = new NameFinder(text, anchors);
        List<FoundPerson> found = names.FindPeople();
        var ids = new IdSet();
        foreach (FoundPerson person in found)
        {
            person.Id = ids.Take(Slug(person.Name, 60) ?? "person");
        }

        List<FoundEntity> foundEntities = names.FindEntities();
        foreach (FoundEntity entity in foundEntities)
        {
            entity.Id = ids.Take(Slug(entity.Name, 60) ?? "entity");
        }

        var block = new Block(options.HeaderComments);
        WriteMetadata(block, id, options.Source, title, text);

        var people = new List<CandidatePerson>();
        block.Section("people", "Candidates found in the text. Check each against the text, then remove 'unreviewed: true' (or delete the candidate).");
        foreach (FoundPerson person in found)
        {
            // A spelling the parser would not find anywhere (it starts after an accent, say) cannot be a mention.
            person.Spellings.RemoveAll(spelling => anchors.Occurrences(spelling).Count == 0);
            if (person.Spellings.Count == 0)
            {
                continue;
            }

            var record = new List<string> { $"  - id: {person.Id}", "    unreviewed: true", $"    name: {Yaml(person.Name)}", "    mentions:" };
            foreach (string spelling in person.Spellings)
            {
                record.Add($"      - exact: {Yaml(spelling)}");
                record.Add("        all: true");
            }

            var roles = new List<string>();
            var roleLines = new List<string>();
            foreach ((int offset, int length) in person.Roles)
            {
                AnchorText role = anchors.For(offset, length);
                if (role.Unique && !roles.Contains(role.Exact))
                {
                    roles.Add(role.Exact);
                    roleLines.AddRange(AnchorLines("      - exact: ", "        ", role));
                }
            }

            if (roleLines.Count > 0)
            {
                record.Add("    roles:");
                record.AddRange(roleLines);
            }

            if (block.Add(record))
            {
                people.Add(new CandidatePerson(person.Id, person.Name, person.Spellings.ToList(), roles));
            }
        }

        var entities = new List<CandidateEntity>();
        block.Section("entities", null);
        foreach (FoundEntity entity in foundEntities)
        {
            var record = new List<string>
            {
                $"  - id: {entity.Id}", "    unreviewed: true", $"    name: {Yaml(entity.Name)}", $"    kind: {EnumNames.Of(entity.Kind)}",
                "    mentions:", $"      - exact: {Yaml(entity.Name)}", "        all: true",
            };
            if (block.Add(record))
            {
                entities.Add(new CandidateEntity(entity.Id, entity.Name, entity.Kind));
            }
        }

        var figures = new List<CandidateFigure>();
        block.Section("figures", null);
        foreach (TextNumber number in scan.Numbers)
        {
            if (number.Role is not (NumberRole.Figure or NumberRole.Possible) || number.Value is null || Yaml(number.Text) is null)
            {
                continue;
            }

            AnchorText anchor = anchors.For(number.Offset, number.Length);
            if (!anchor.Found)
            {
                continue;
            }

            bool approximate = Qualified(text, number.Offset);
            string figureId = ids.Take(id + "-" + (Slug(number.Text, 40, digitFirst: true) ?? "figure"));
            FigureUnit unit = number.Unit ?? FigureUnit.Count;
            var record = new List<string> { $"  - id: {figureId}", "    unreviewed: true" };
            record.AddRange(AnchorLines("    exact: ", "    ", anchor));
            record.Add($"    value: {number.Value.Value.ToString(CultureInfo.InvariantCulture)}");
            if (number.Scale != FigureScale.None)
            {
                record.Add($"    scale: {EnumNames.Of(number.Scale)}");
            }

            record.Add($"    unit: {EnumNames.Of(unit)}");
            record.Add("    measures: null  # what the number measures, in words");
            if (approximate)
            {
                record.Add("    approximate: true");
            }

            if (block.Add(record))
            {
                figures.Add(new CandidateFigure(figureId, number, approximate, anchor));
            }
        }

        var quotes = new List<CandidateQuote>();
        block.Section("quotes", null);
        var written = new HashSet<string>(people.Select(p => p.Id), StringComparer.Ordinal);
        var speakers = found.Where(p => written.Contains(p.Id)).ToDictionary(p => p, p => p.Id);
        foreach (TextQuotation quotation in scan.Quotations)
        {
            if (quotation.Text.Trim().Length == 0 || Yaml(quotation.Text) is null)
            {
                continue;
            }

            AnchorText anchor = anchors.For(quotation.Offset, quotation.Length);
            if (!anchor.Found)
            {
                continue;
            }

            FoundPerson? speaker = names.SpeakerOf(quotation.OpeningMarkOffset, quotation.ClosingMarkOffset);
            string? speakerId = speaker is not null && speakers.TryGetValue(speaker, out string? sid) ? sid : null;
            QuoteKind kind = speakerId is not null ? QuoteKind.DirectSpeech : Words(quotation.Text) <= 3 ? QuoteKind.ScareQuote : QuoteKind.DocumentText;
            string quoteId = ids.Take(id + "-" + (Slug(quotation.Text, 40, digitFirst: true) ?? "quote"));
            var record = new List<string> { $"  - id: {quoteId}", "    unreviewed: true" };
            record.AddRange(AnchorLines("    exact: ", "    ", anchor));
            record.Add($"    kind: {EnumNames.Of(kind)}");
            if (speakerId is not null)
            {
                record.Add($"    speaker: {speakerId}");
            }

            if (!quotation.IsClosed)
            {
                record.Add("    closed: false");
            }

            if (!quotation.IsOpened)
            {
                record.Add("    opened: false");
                record.Add("    # the text closes this quotation without opening it: check where it starts");
            }

            if (block.Add(record))
            {
                quotes.Add(new CandidateQuote(quoteId, quotation, kind, speakerId, anchor));
            }
        }

        _work += anchors.Work + names.Work;
        string content = block.Finish() + text;
        return new PreAnnotation(id, text, content, figures, quotes, people, entities, block.LeftOut);
    }

    private static void WriteMetadata(Block block, string id, string? source, string? title, string text)
    {
        var lines = new List<string> { $"format: {DocumentParser.FormatVersion}", $"id: {id}" };
        if (source is not null && Yaml(source) is { } written)
        {
            lines.Add($"source: {written}");
        }

        lines.Add($"sha256: {DocumentParser.Sha256(text)}");
        lines.Add(title is null ? "title: null" : $"title: {Yaml(title)}  # the first line of the text: check it");
        lines.Add("outlet: null");
        string? url = Url(text);
        lines.Add(url is null ? "url: null" : $"url: {Yaml(url)}");
        lines.Add("authors: []");
        lines.Add("published: null");
        bool english = IsEnglish(text);
        lines.Add(english ? "language: en" : "language: null");
        lines.Add(english ? "inferred: [language]" : "inferred: []");
        block.AddAlways(lines);
    }

    /// <summary>The first line, when it reads as a title: short, and not a sentence.</summary>
    private static string? Title(string text)
    {
        foreach (string line in text.Split('\n', 50))
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            bool title = trimmed.Length >= 3 && trimmed.Length <= 200 && !trimmed.EndsWith('.') && Yaml(trimmed) is not null;
            return title ? trimmed : null;
        }

        return null;
    }

    private static string? Url(string text)
    {
        int at = text.IndexOf("https://", StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf("http://", StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return null;
        }

        int end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '“' or '”' or '<' or '>') && end - at < 2000)
        {
            end++;
        }

        while (end > at && text[end - 1] is '.' or ',' or ')' or ';')
        {
            end--;
        }

        return text.Substring(at, end - at);
    }

    /// <summary>English when the commonest English words make up a twentieth of the first thousand words.</summary>
    private static bool IsEnglish(string text)
    {
        int words = 0;
        int english = 0;
        int i = 0;
        while (i < text.Length && words < 1000)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words++;
                if (EnglishWords.Contains(text.Substring(start, i - start)))
                {
                    english++;
                }
            }
        }

        return words >= 20 && english * 20 >= words;
    }

    /// <summary>Whether a word just before the number qualifies it: "almost 16%", "over five years", "more than 300".</summary>
    private static bool Qualified(string text, int offset)
    {
        int end = offset;
        while (end > 0 && offset - end < 4 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && end - start < 20 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && Qualifiers.Contains(text.Substring(start, end - start));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The lines of an anchor: its words, then prefix and suffix where it needs them.</summary>
    private static IEnumerable<string> AnchorLines(string first, string indent, AnchorText anchor)
    {
        yield return first + Yaml(anchor.Exact);
        if (anchor.Prefix is not null)
        {
            yield return indent + "prefix: " + Yaml(anchor.Prefix);
        }

        if (anchor.Suffix is not null)
        {
            yield return indent + "suffix: " + Yaml(anchor.Suffix);
        }
    }

    /// <summary>
    /// A string as a YAML scalar: plain where that reads back the same (letters first, no YAML indicators), else double
    /// quoted with escapes for what YAML cannot hold raw. Null for a string with half a surrogate pair, which no UTF-8 file holds.
    /// </summary>
    internal static string? Yaml(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return null;
            }
        }

        if (IsPlain(value))
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 2);
        quoted.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || value.Length > 200 || !char.IsLetter(value[0]) || char.IsWhiteSpace(value[^1]) || value[^1] == ':'
            || value is "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "y" or "Y" or "n" or "N"
            || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in value)
        {
            bool allowed = char.IsLetterOrDigit(c) || c == ' ' || c is '.' or ',' or '-' or '’' or '\'' or '(' or ')' or '/' or '&' or '–' or '—'
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!allowed || c > '\uFFFD' || (c >= 0x7F && c < 0xA0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An id from words: lowercase ASCII letters and digits (accents dropped), single hyphens, starting with a letter
    /// (or a digit, with <paramref name="digitFirst"/>, for the part after a document's id).
    /// </summary>
    internal static string? Slug(string words, int maxLength, bool digitFirst = false)
    {
        string decomposed = words.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        bool hyphen = false;
        foreach (char c in decomposed)
        {
            char lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (hyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(lower);
                hyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }

            if (slug.Length >= maxLength)
            {
                break;
            }
        }

        string result = slug.ToString().Trim('-');
        while (result.Length > 0 && !(result[0] >= 'a' && result[0] <= 'z') && !(digitFirst && result[0] >= '0' && result[0] <= '9'))
        {
            result = result.Substring(1).TrimStart('-');
        }

        return result.Length == 0 ? null : result;
    }

    /// <summary>Ids taken so far, unique also as generated names (<c>a-b</c> and <c>ab</c> are both <c>AB</c>).</summary>
    private sealed class IdSet
    {
        private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

        public string Take(string id)
        {
            if (id.Length > Limits.MaxIdLength - 8)
            {
                id = id.Substring(0, Limits.MaxIdLength - 8).TrimEnd('-');
            }

            string candidate = id;
            for (int n = 2; !_names.Add(Identifiers.ToPascalCase(candidate)); n++)
            {
                candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }

    /// <summary>
    /// The annotation block being written: sections of records, each added whole or not at all, so that the block stays
    /// within the format's limits (characters and YAML nodes); what does not fit is counted and said in a comment.
    /// </summary>
    private sealed class Block
    {
        // Room kept for the comment about what was left out and the closing line.
        private const int Reserve = 4096;

        private readonly StringBuilder _yaml = new();
        private int _nodes;
        private string? _pendingSection;

        public Block(IReadOnlyList<string> headerComments)
        {
            _yaml.Append("---\n");
            foreach (string comment in headerComments)
            {
                _yaml.Append("# ").Append(comment.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
            }
        }

        public int LeftOut { get; private set; }

        public void AddAlways(IEnumerable<string> lines)
        {
            foreach (string line in lines)
            {
                _yaml.Append(line).Append('\n');
                _nodes += 2;
            }
        }

        /// <summary>Starts a list; its key is written with its first record (a list without records is not written).</summary>
        public void Section(string key, string? comment) => _pendingSection = (comment is null ? string.Empty : "# " + comment + "\n") + key + ":\n";

        public bool Add(List<string> record)
        {
            int length = (_pendingSection?.Length ?? 0) + record.Sum(l => l.Length + 1);
            int nodes = (record.Count * 3) + 2;
            if (_yaml.Length - 4 + length > Limits.MaxBlockLength - Reserve || _nodes + nodes > Limits.MaxNodes - 100)
            {
                LeftOut++;
                return false;
            }

            if (_pendingSection is not null)
            {
                _yaml.Append(_pendingSection);
                _pendingSection = null;
                _nodes += 2;
            }

            foreach (string line in record)
            {
                _yaml.Append(line).Append('\n');
            }

            _nodes += nodes;
            return true;
        }

        public string Finish()
        {
            if (LeftOut > 0)
            {
                _yaml.Append("# ").Append(LeftOut.ToString(CultureInfo.InvariantCulture))
                    .Append(" more candidates were left out: the annotation block holds at most ")
                    .Append(Limits.MaxBlockLength.ToString(CultureInfo.InvariantCulture))
                    .Append(" characters; annotate the rest by hand, or split the document\n");
            }

            return _yaml.Append("---\n").ToString();
        }
    }
}
