using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SummitData.Authoring;

/// <summary>A person the text names: the name, its spellings, and where a title stands next to it.</summary>
internal sealed class FoundPerson
{
    public FoundPerson(string name) => Name = name;

    public string Name { get; }

    public string Id { get; set; } = string.Empty;

    /// <summary>Every spelling that names the person: the full name, and the first or last name used alone.</summary>
    public List<string> Spellings { get; } = new();

    /// <summary>Where a title or role stands next to the name: offset and length in the text.</summary>
    public List<(int Offset, int Length)> Roles { get; } = new();
}

/// <summary>A country, organisation or place the text names more than once.</summary>
internal sealed class FoundEntity
{
    public FoundEntity(string name, EntityKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public EntityKind Kind { get; }

    public string Id { get; set; } = string.Empty;
}

/// <summary>
/// Finds the people and entities a text names, from capitalised words: a person is a name next to a title
/// ("President Xi Jinping", "Russia’s energy minister Aleksandr Novak", "Joseph Torigian, a research fellow") or next to
/// a verb of speech ("said Joseph Torigian"); an entity is a capitalised name that recurs and is no person, no title
/// and no common word capitalised at the start of a sentence. It also finds who speaks a quotation. Each step looks at
/// a bounded number of words around each word, so the work is linear in the text.
/// </summary>
internal sealed class NameFinder
{
    private static readonly HashSet<string> Titles = Set(
        "president", "minister", "premier", "secretary", "chairman", "chairwoman", "chair", "chancellor", "ambassador", "assistant",
        "adviser", "advisor", "aide", "spokesperson", "spokesman", "spokeswoman", "director", "governor", "mayor", "senator",
        "general", "admiral", "marshal", "colonel", "commander", "professor", "prof", "dr", "mr", "mrs", "ms", "king", "queen", "prince",
        "princess", "pope", "commissioner", "envoy", "chief", "ceo", "leader", "deputy", "head", "founder", "editor", "correspondent",
        "analyst", "expert", "fellow", "researcher", "scholar", "official", "diplomat", "counterpart", "lawmaker", "economist",
        "journalist", "executive", "representative", "emperor", "sheikh", "patriarch", "cardinal", "lecturer", "senior", "associate",
        "dean", "rector", "captain", "lieutenant", "sergeant", "judge", "prosecutor", "attorney", "cfo", "chairperson");

    private static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "say", "saying", "told", "tells", "telling", "stressed", "stresses", "stressing", "remarked", "remarks",
        "added", "adds", "adding", "noted", "notes", "noting", "warned", "warns", "warning", "insisted", "insists", "stated", "states",
        "declared", "declares", "argued", "argues", "explained", "explains", "emphasized", "emphasised", "emphasizing", "emphasising",
        "referred", "refers", "called", "calls", "described", "describes", "wrote", "writes", "asked", "asks", "replied", "replies",
        "claimed", "claims", "promised", "vowed", "urged", "announced", "acknowledged", "admitted", "suggested", "observed",
        "commented", "continued", "concluded", "reiterated", "underscored", "highlighted", "praised", "hailed", "put", "quipped",
        "recalled", "conceded", "assured", "affirmed", "pledged", "predicted", "cautioned");

    /// <summary>Words between a subject and its verb of speech: "Putin also said", "Xi has repeatedly called".</summary>
    private static readonly HashSet<string> Adverbs = Set(
        "also", "again", "later", "then", "has", "had", "have", "was", "is", "once", "further", "repeatedly", "reportedly",
        "previously", "recently", "earlier", "himself", "herself", "publicly", "openly", "even", "only", "both", "had", "would", "will");

    private static readonly HashSet<string> Pronouns = Set("he", "she");

    private static readonly HashSet<string> Particles = Set("of", "for", "the", "de", "von", "van", "bin", "al", "da", "di", "du", "le", "la", "on");

    private static readonly HashSet<string> StopWords = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "for", "with", "as", "by", "from", "to", "of",
        "however", "but", "and", "or", "while", "when", "since", "after", "before", "although", "moreover", "furthermore", "thus",
        "still", "yet", "so", "also", "according", "what", "how", "why", "who", "which", "where", "some", "many", "both", "each",
        "every", "all", "any", "his", "her", "their", "our", "he", "she", "they", "we", "i", "you", "there", "here", "if", "then",
        "firstly", "secondly", "thirdly", "finally", "importantly", "indeed", "instead", "meanwhile", "nevertheless", "not", "no",
        "yes", "one", "two", "such", "other", "than", "during", "despite", "because", "over", "under", "between", "among", "source",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr");

    private static readonly HashSet<string> OrganizationWords = Set(
        "union", "organization", "organisation", "council", "ministry", "bank", "committee", "party", "institute", "university",
        "agency", "forum", "company", "corporation", "group", "association", "fund", "assembly", "parliament", "kremlin", "office",
        "service", "media", "news", "times", "post", "army", "navy", "government", "administration", "commission", "court",
        "initiative", "alliance", "federation", "foundation", "center", "centre", "school", "academy", "holding", "network", "press",
        "television", "radio", "bureau", "department", "congress", "senate", "duma", "cabinet", "secretariat", "treaty");

    /// <summary>Words of place names, never of a person's: "East Asia", "United Arab Emirates".</summary>
    private static readonly HashSet<string> PlaceWords = Set(
        "east", "west", "north", "south", "middle", "central", "asia", "europe", "africa", "america", "americas", "pacific", "atlantic",
        "arctic", "antarctic", "united", "republic", "democratic", "people", "peoples", "federation", "kingdom", "states", "emirates",
        "islands", "island", "sea", "ocean", "river", "mountains", "mountain", "city", "province", "region", "district", "street",
        "square", "palace", "hall", "house", "bay", "gulf", "strait", "valley", "lake", "coast", "peninsula", "world", "war");

    private static readonly HashSet<string> Countries = Set(
        "US", "USA", "UK", "United States", "United Kingdom", "France", "Germany", "Switzerland", "Netherlands", "Turkey", "Greece",
        "Spain", "Poland", "Sweden", "Finland", "Norway", "Denmark", "Ireland", "Britain", "Great Britain", "North Korea",
        "South Korea", "Vietnam", "Philippines", "Thailand", "Iran", "Iraq", "Israel", "Egypt", "Saudi Arabia", "Kazakhstan",
        "Belarus", "Ukraine", "Russia", "China", "India", "Japan", "Brazil", "Mexico", "Canada", "Australia", "Taiwan", "Pakistan");

    private readonly string _text;
    private readonly AnchorMaker _anchors;
    private readonly List<Word> _words;
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FoundPerson> _people = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, FoundPerson Person)> _mentions = new();

    public NameFinder(string text, AnchorMaker anchors)
    {
        _text = text;
        _anchors = anchors;
        _words = Words(text);
        foreach (Word word in _words)
        {
            string value = word.Text(text);
            _allWords.Add(value);
            if (char.IsLower(value[0]))
            {
                _lowercase.Add(value);
            }
        }
    }

    /// <summary>How many words the finder has looked at, for the complexity tests.</summary>
    public long Work { get; private set; }

    public IReadOnlyCollection<FoundPerson> People => _people.Values;

    /// <summary>Finds the people, then where each is named (full name and first or last name alone).</summary>
    public List<FoundPerson> FindPeople()
    {
        foreach ((int start, int end) in Runs())
        {
            Work += end - start;
            PersonInRun(start, end);
        }

        // A name used alone: the first or last word of exactly one person's name ("Putin", "Xi").
        var alias = new Dictionary<string, FoundPerson?>(StringComparer.Ordinal);
        foreach (FoundPerson person in _people.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            string[] parts = person.Name.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            foreach (string part in new[] { parts[0], parts[^1] })
            {
                if (part.Length < 2 || StopWords.Contains(part) || Titles.Contains(part) || _lowercase.Contains(part.ToLowerInvariant()))
                {
                    continue;
                }

                alias[part] = alias.TryGetValue(part, out FoundPerson? other) && other != person ? null : person;
            }
        }

        foreach (KeyValuePair<string, FoundPerson?> entry in alias.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Value is { } person && !_people.ContainsKey(entry.Key) && Standalone(entry.Key, person))
            {
                person.Spellings.Add(entry.Key);
            }
        }

        foreach (FoundPerson person in _people.Values)
        {
            foreach (string spelling in person.Spellings)
            {
                foreach (int at in _anchors.Occurrences(spelling))
                {
                    _mentions.Add((at, at + spelling.Length, person));
                }
            }
        }

        // Longer names first where two start at one place ("Xi Jinping" over "Xi").
        _mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var first = new Dictionary<FoundPerson, int>();
        foreach ((int start, int _, FoundPerson person) in _mentions)
        {
            first.TryAdd(person, start);
        }

        return _people.Values.OrderBy(p => first.TryGetValue(p, out int at) ? at : int.MaxValue).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Capitalised names that recur and are no person, no title, no common word: countries, organisations, places.</summary>
    public List<FoundEntity> FindEntities()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(_people.Values.SelectMany(p => p.Name.Split(' ').Concat(p.Spellings)), StringComparer.Ordinal);
        foreach ((int runStart, int runEnd) in Runs())
        {
            Work += runEnd - runStart;
            int start = runStart;
            int end = runEnd;
            while (start < end && (StopWords.Contains(Lower(start)) || (_words[start].SentenceInitial && _lowercase.Contains(Lower(start)))))
            {
                start++;
            }

            while (end > start && Particles.Contains(Lower(end - 1)))
            {
                end--;
            }

            if (start >= end || end - start > 6)
            {
                continue;
            }

            bool titled = false;
            bool person = false;
            for (int i = start; i < end; i++)
            {
                titled |= Titles.Contains(Lower(i));
                person |= personWords.Contains(_words[i].Text(_text));
            }

            string name = _text.Substring(_words[start].Start, _words[end - 1].End - _words[start].Start);
            if (titled || person || name.Contains('\n') || (end - start == 1 && IsCommonOrDemonym(start)))
            {
                continue;
            }

            seen[name] = seen.TryGetValue(name, out int count) ? count + 1 : 1;
        }

        var entities = new List<FoundEntity>();
        foreach (KeyValuePair<string, int> entry in seen.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry.Value < 2 || _people.ContainsKey(entry.Key) || _anchors.OverBudget || _anchors.Occurrences(entry.Key).Count < 2)
            {
                continue;
            }

            entities.Add(new FoundEntity(entry.Key, KindOf(entry.Key)));
        }

        return entities.OrderBy(e => _anchors.Occurrences(e.Name)[0]).ToList();
    }

    /// <summary>
    /// Who speaks the quotation at [<paramref name="open"/>, <paramref name="close"/>] (the marks' offsets): "“…,” said
    /// X", "“…,” X said", "X said that “…”", "according to … X, … “…”", "As X put it: “…”"; "he" or "she" is the person
    /// named last before it. Null when the sentence names no speaker.
    /// </summary>
    public FoundPerson? SpeakerOf(int open, int close)
    {
        // After the quotation: "said X" or "X said".
        if (close >= 0)
        {
            int w = WordAt(close + 1, forward: true);
            if (w >= 0 && Gap(close + 1, _words[w].Start) <= 3)
            {
                if (SpeechVerbs.Contains(Lower(w)) && w + 1 < _words.Count && MentionStartingAt(_words[w + 1].Start) is { } after)
                {
                    return after;
                }

                if (MentionStartingAt(_words[w].Start) is { } subject)
                {
                    int verb = WordAt(MentionEnd(_words[w].Start), forward: true);
                    if (verb >= 0 && SpeechVerbs.Contains(Lower(verb)))
                    {
                        return subject;
                    }
                }

                if (Pronouns.Contains(Lower(w)) && w + 1 < _words.Count && SpeechVerbs.Contains(Lower(w + 1)))
                {
                    return PersonBefore(_words[w].Start);
                }
            }
        }

        if (open < 0)
        {
            return null;
        }

        // Before the quotation, in its sentence: the last verb of speech and its subject, or "according to".
        int first = WordAt(open, forward: false);
        for (int i = first, steps = 0; i >= 0 && steps < 60; i--, steps++)
        {
            Work++;
            if (SentenceEndsAfter(i))
            {
                break;
            }

            string word = Lower(i);
            if (word == "according" && i + 1 < _words.Count && Lower(i + 1) == "to")
            {
                for (int j = i + 2; j <= first && j < _words.Count; j++)
                {
                    if (MentionStartingAt(_words[j].Start) is { } source)
                    {
                        return source;
                    }
                }

                return null;
            }

            if (!SpeechVerbs.Contains(word))
            {
                continue;
            }

            int subject = i - 1;
            while (subject >= 0 && Adverbs.Contains(Lower(subject)) && i - subject < 4)
            {
                subject--;
            }

            if (subject < 0 || SentenceEndsAfter(subject))
            {
                return null;
            }

            if (Pronouns.Contains(Lower(subject)))
            {
                return PersonBefore(_words[subject].Start);
            }

            return MentionEndingAt(_words[subject].End);
        }

        return null;
    }

    private void PersonInRun(int start, int end)
    {
        // The last title word of the run: the name follows it ("Chinese President Xi Jinping").
        int title = -1;
        for (int i = start; i < end; i++)
        {
            if (Titles.Contains(Lower(i)))
            {
                title = i;
            }
        }

        int nameStart = title >= 0 ? title + 1 : start;
        while (nameStart < end && Particles.Contains(Lower(nameStart)))
        {
            nameStart++;
        }

        int nameEnd = end;
        if (nameEnd - nameStart > 3)
        {
            // "Foreign Policy Yuri Ushakov": a longer run ends in the name.
            nameStart = nameEnd - 2;
        }

        if (nameEnd - nameStart < 2 || !IsName(nameStart, nameEnd))
        {
            return;
        }

        (int Offset, int Length)? role = null;
        if (title >= 0)
        {
            int roleStart = start;
            while (roleStart < title && StopWords.Contains(Lower(roleStart)))
            {
                roleStart++;
            }

            role = (_words[roleStart].Start, _words[nameStart - 1].End - _words[roleStart].Start);
        }
        else if (LowercaseTitleBefore(start) is { } before)
        {
            role = before;
        }
        else if (AppositionAfter(nameEnd) is { } after)
        {
            role = after;
        }
        else if (!NextToSpeech(nameStart, nameEnd) && !Recurs(nameStart, nameEnd))
        {
            return;
        }

        string name = _text.Substring(_words[nameStart].Start, _words[nameEnd - 1].End - _words[nameStart].Start);
        if (!_people.TryGetValue(name, out FoundPerson? person))
        {
            _people[name] = person = new FoundPerson(name);
            person.Spellings.Add(name);
        }

        if (role is { } r && r.Length > 0 && !person.Roles.Contains(r))
        {
            person.Roles.Add(r);
        }
    }

    /// <summary>Two to four capitalised words, none a title, a particle, a common word or an acronym.</summary>
    private bool IsName(int start, int end)
    {
        if (end - start > 4)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            string word = _words[i].Text(_text);
            string lower = word.ToLowerInvariant();
            if (Titles.Contains(lower) || Particles.Contains(lower) || StopWords.Contains(lower) || _lowercase.Contains(lower) || word.Length < 2
                || word.All(c => !char.IsLetter(c) || char.IsUpper(c)) || OrganizationWords.Contains(lower) || PlaceWords.Contains(lower) || Countries.Contains(word) || InnerCapitals(word))
            {
                return false;
            }

            foreach (string part in word.Split('-'))
            {
                if (Countries.Contains(part) || PlaceWords.Contains(part) || Titles.Contains(part))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Capitals inside a word that are no start of a name part ("EVs", "iPhone"; not "McDonald", "Jean-Pierre", "O’Neill").</summary>
    private static bool InnerCapitals(string word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && word[i - 1] is not ('-' or '’' or '\'')
                && !(i == 2 && word.StartsWith("Mc", StringComparison.Ordinal)) && !(i == 3 && word.StartsWith("Mac", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "energy minister", "minister of the economy": lowercase words just before the run, joined by single spaces, with a
    /// title among the last five; the role is the title with up to two words before it.
    /// </summary>
    private (int Offset, int Length)? LowercaseTitleBefore(int run)
    {
        int last = run - 1;
        int title = -1;
        for (int i = last; i >= 0 && last - i < 5; i--)
        {
            if (Gap(_words[i].End, _words[i + 1].Start) != 1 || !char.IsLower(_text[_words[i].Start]) || _words[i].End - _words[i].Start < 2)
            {
                break;
            }

            if (Titles.Contains(Lower(i)))
            {
                title = i;
                break;
            }
        }

        if (title < 0)
        {
            return null;
        }

        int first = title;
        while (first - 1 >= 0 && title - first < 2 && Gap(_words[first - 1].End, _words[first].Start) == 1 && char.IsLower(_text[_words[first - 1].Start])
            && _words[first - 1].End - _words[first - 1].Start > 1 && !StopWords.Contains(Lower(first - 1)))
        {
            first--;
        }

        return (_words[first].Start, _words[last].End - _words[first].Start);
    }

    /// <summary>"Joseph Torigian, a research fellow": a title among the four words after a comma and an article.</summary>
    private (int Offset, int Length)? AppositionAfter(int end)
    {
        if (end >= _words.Count || end < 1)
        {
            return null;
        }

        int gapStart = _words[end - 1].End;
        if (_text.IndexOf(',', gapStart, Math.Min(3, _text.Length - gapStart)) < 0)
        {
            return null;
        }

        int first = end;
        if (Lower(first) is "a" or "an" or "the")
        {
            first++;
        }

        for (int i = first; i < _words.Count && i < first + 4; i++)
        {
            if (Titles.Contains(Lower(i)))
            {
                // "Sergei Shoigu, foreign minister Sergei Lavrov": a title before the next name is that name's.
                bool nextName = i + 1 < _words.Count && _words[i + 1].Capitalized && Gap(_words[i].End, _words[i + 1].Start) == 1;
                return nextName ? null : (_words[first].Start, _words[i].End - _words[first].Start);
            }

            if (i + 1 < _words.Count && Gap(_words[i].End, _words[i + 1].Start) != 1)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>"Vladimir Putin" where "Putin" also stands alone: a first or last name that recurs outside the full name.</summary>
    private bool Recurs(int start, int end)
    {
        if (_anchors.OverBudget || end - start > 3)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            // The weakest evidence: no part may read as an adjective of a people ("Chinese", "European-Russian").
            foreach (string part in _words[i].Text(_text).Split('-'))
            {
                if (IsDemonym(part))
                {
                    return false;
                }
            }
        }

        string name = _text.Substring(_words[start].Start, _words[end - 1].End - _words[start].Start);
        int full = _anchors.Occurrences(name).Count;
        foreach (int part in new[] { start, end - 1 })
        {
            string word = _words[part].Text(_text);
            int alone = _anchors.Occurrences(word).Count - full;
            if (alone >= 1 && alone + full >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private bool NextToSpeech(int start, int end)
    {
        bool before = start > 0 && SpeechVerbs.Contains(Lower(start - 1)) && Gap(_words[start - 1].End, _words[start].Start) == 1;
        bool after = end < _words.Count && SpeechVerbs.Contains(Lower(end)) && Gap(_words[end - 1].End, _words[end].Start) == 1;
        return before || after;
    }

    /// <summary>Whether a first or last name is used alone somewhere, outside the full name.</summary>
    private bool Standalone(string alias, FoundPerson person)
    {
        if (_anchors.OverBudget)
        {
            return false;
        }

        foreach (int at in _anchors.Occurrences(alias))
        {
            bool insideFullName = false;
            foreach (string spelling in person.Spellings)
            {
                int index = spelling.IndexOf(alias, StringComparison.Ordinal);
                insideFullName |= index >= 0 && at - index >= 0 && at - index + spelling.Length <= _text.Length
                    && string.CompareOrdinal(_text, at - index, spelling, 0, spelling.Length) == 0;
            }

            if (!insideFullName)
            {
                return true;
            }
        }

        return false;
    }

    private FoundPerson? MentionStartingAt(int offset)
    {
        int index = FirstMentionAtOrAfter(offset);
        return index < _mentions.Count && _mentions[index].Start == offset ? _mentions[index].Person : null;
    }

    private int MentionEnd(int offset)
    {
        int index = FirstMentionAtOrAfter(offset);
        return index < _mentions.Count && _mentions[index].Start == offset ? _mentions[index].End : offset;
    }

    private FoundPerson? MentionEndingAt(int end)
    {
        // The mention that ends here: the longest one that starts within a name's length before.
        int index = FirstMentionAtOrAfter(Math.Max(0, end - 80));
        FoundPerson? found = null;
        for (; index < _mentions.Count && _mentions[index].Start < end; index++)
        {
            Work++;
            if (_mentions[index].End == end)
            {
                found ??= _mentions[index].Person;
            }
        }

        return found;
    }

    /// <summary>The person named last before <paramref name="offset"/>, within a few sentences.</summary>
    private FoundPerson? PersonBefore(int offset)
    {
        int index = FirstMentionAtOrAfter(offset) - 1;
        return index >= 0 && offset - _mentions[index].Start < 600 ? _mentions[index].Person : null;
    }

    private int FirstMentionAtOrAfter(int offset)
    {
        int low = 0;
        int high = _mentions.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_mentions[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The first word starting at or after (forward) or ending at or before (backward) an offset.</summary>
    private int WordAt(int offset, bool forward)
    {
        int low = 0;
        int high = _words.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_words[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return forward ? (low < _words.Count ? low : -1) : low - 1;
    }

    /// <summary>Whether a sentence ends right after word <paramref name="index"/> (". ", "! ", "? ", or a line break).</summary>
    private bool SentenceEndsAfter(int index)
    {
        int end = _words[index].End;
        int limit = index + 1 < _words.Count ? _words[index + 1].Start : _text.Length;
        for (int i = end; i < limit && i < end + 8; i++)
        {
            if (_text[i] is '.' or '!' or '?' or '\n' && (i + 1 >= _text.Length || char.IsWhiteSpace(_text[i + 1]) || _text[i] == '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters between two offsets, or int.MaxValue when anything but spaces separates them.</summary>
    private int Gap(int end, int start)
    {
        if (start < end || start - end > 8)
        {
            return int.MaxValue;
        }

        for (int i = end; i < start; i++)
        {
            if (_text[i] != ' ' && _text[i] != ',' && _text[i] != '\u00A0')
            {
                return int.MaxValue;
            }
        }

        return start - end;
    }

    /// <summary>Capitalised words joined by single spaces (and particles between them): "Chinese President Xi Jinping".</summary>
    private IEnumerable<(int Start, int End)> Runs()
    {
        int i = 0;
        while (i < _words.Count)
        {
            if (!_words[i].Capitalized)
            {
                i++;
                continue;
            }

            int start = i;
            int end = i + 1;
            while (end < _words.Count && _text.AsSpan(_words[end - 1].End, _words[end].Start - _words[end - 1].End).SequenceEqual(" "))
            {
                if (_words[end].Capitalized)
                {
                    end++;
                }
                else if (Particles.Contains(Lower(end)) && end + 1 < _words.Count && _words[end + 1].Capitalized
                    && _text.AsSpan(_words[end].End, _words[end + 1].Start - _words[end].End).SequenceEqual(" "))
                {
                    end += 2;
                }
                else if (Particles.Contains(Lower(end)) && end + 2 < _words.Count && Particles.Contains(Lower(end + 1)) && _words[end + 2].Capitalized
                    && _text.AsSpan(_words[end].End, _words[end + 1].Start - _words[end].End).SequenceEqual(" ")
                    && _text.AsSpan(_words[end + 1].End, _words[end + 2].Start - _words[end + 1].End).SequenceEqual(" "))
                {
                    // "Secretary of the Security Council"
                    end += 3;
                }
                else
                {
                    break;
                }
            }

            yield return (start, end);
            i = end;
        }
    }

    private bool IsCommonOrDemonym(int index)
    {
        string word = _words[index].Text(_text);
        return _lowercase.Contains(word.ToLowerInvariant()) || IsDemonym(word) || Titles.Contains(word.ToLowerInvariant()) || word.Length < 2
            || (_words[index].SentenceInitial && !SomewhereInside(word));
    }

    /// <summary>Whether a capitalised word also occurs inside a sentence (so it is a name, not a capitalised first word).</summary>
    private bool SomewhereInside(string word)
    {
        if (_anchors.OverBudget)
        {
            return false;
        }

        foreach (int at in _anchors.Occurrences(word))
        {
            if (!TextScanner.SentenceInitial(_text, at))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDemonym(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)
            || lower.EndsWith("ean", StringComparison.Ordinal) || lower.EndsWith("ern", StringComparison.Ordinal) || lower.EndsWith("can", StringComparison.Ordinal)
            || lower.EndsWith("ch", StringComparison.Ordinal) || lower is "german" or "thai" or "israeli" or "iraqi" or "pakistani" or "saudi" or "swiss" or "dutch" or "greek";
    }

    private EntityKind KindOf(string name)
    {
        string[] parts = name.Split(' ');
        if (Countries.Contains(name))
        {
            return EntityKind.Country;
        }

        if (parts.Any(p => OrganizationWords.Contains(p)) || (name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-')))
        {
            return EntityKind.Organization;
        }

        if (parts.Length == 1)
        {
            // A country has a demonym in the text: Russia and Russian, China and Chinese, Ukraine and Ukrainian.
            string stem = name.Length > 3 && "aey".IndexOf(name[^1]) >= 0 ? name[..^1] : name;
            foreach (string demonym in new[] { name + "n", stem + "ian", stem + "ese", name + "ese", name + "i", stem + "an" })
            {
                if (_allWords.Contains(demonym))
                {
                    return EntityKind.Country;
                }
            }
        }

        return EntityKind.Place;
    }

    private string Lower(int index) => _words[index].Text(_text).ToLowerInvariant();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words: letters (with accents), joined by a hyphen ("Jean-Pierre") or an apostrophe inside a name ("O’Neill"), not by a possessive.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length)
            {
                if (char.IsLetter(text[i]) || IsMark(text[i]))
                {
                    i++;
                }
                else if (text[i] is '-' or '’' or '\'' && i + 2 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 2])
                    && !(text[i] != '-' && char.ToLowerInvariant(text[i + 1]) == 's' && !char.IsLetter(text[i + 2])))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            bool capitalized = char.IsUpper(text[start]) && (i - start >= 2);
            words.Add(new Word(start, i, capitalized, TextScanner.SentenceInitial(text, start)));
        }

        return words;
    }

    private static bool IsMark(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private readonly record struct Word(int Start, int End, bool Capitalized, bool SentenceInitial)
    {
        public string Text(string text) => text.Substring(Start, End - Start);
    }
}
