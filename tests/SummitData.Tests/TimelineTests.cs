using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;
using Document = SummitData.Document;

namespace SummitData.Tests;

/// <summary>
/// The seeds' timeline: what the five articles say happened when. The expected dates, documents and words are found
/// in the texts themselves (regular expressions and searches over <see cref="Document.Text"/>), not read off the
/// annotations; and the two checks that keep the dates honest: words that contradict an event's date (SD0029), and
/// one event dated differently by two documents (SD0015, which says that is a discrepancy).
/// </summary>
public sealed class TimelineTests
{
    private const string Convergences = "moscow-beijing-convergences";
    private const string Conversation = "conversation-offset-us-pressure";
    private const string Osw = "together-against-the-west";
    private const string Beijing = "putin-in-beijing-may-2024";
    private const string Trade = "trade-and-cultural-exchanges";

    private static readonly SummitDataSet Data = Seeds.DataSet;

    // The visit's two days as the articles write them: "May 16-17", "16–17 May", with a year or without.
    private static readonly Regex VisitDays = new(
        "May (?<first>[0-9]+)-(?<last>[0-9]+)(?:,? (?<year>[0-9]{4}))?|(?<first>[0-9]+)–(?<last>[0-9]+) May(?: (?<year>[0-9]{4}))?",
        RegexOptions.CultureInvariant);

    // The words each article uses for the visit itself.
    private static readonly Regex VisitWords = new("visit(?:ed)? (?:to China|his Chinese counterpart)", RegexOptions.CultureInvariant);

    private static IEnumerable<Document> DocumentsWith(string words) =>
        Data.Documents.Where(d => d.Text.Contains(words, StringComparison.Ordinal));

    private static Event Visit => Data.Events.Get("putin-state-visit-2024");

    [Fact]
    public void The_visit_is_on_16_and_17_May_2024_in_every_document_that_dates_it()
    {
        var dating = Data.Documents.Select(d => (d.Id, Matches: VisitDays.Matches(d.Text).ToArray())).Where(d => d.Matches.Length > 0).ToArray();
        Assert.Equal([Convergences, Beijing, Osw], dating.Select(d => d.Id).Order(StringComparer.Ordinal));

        // Every such document writes the same two days; those that write a year write 2024.
        Match[] all = dating.SelectMany(d => d.Matches).ToArray();
        Assert.All(all, m => Assert.Equal(("16", "17"), (m.Groups["first"].Value, m.Groups["last"].Value)));
        Assert.All(all.Where(m => m.Groups["year"].Success), m => Assert.Equal("2024", m.Groups["year"].Value));
        Assert.Contains(all, m => m.Groups["year"].Success);

        Assert.Equal(new DateOnly(2024, 5, 16), Visit.Start);
        Assert.Equal(new DateOnly(2024, 5, 17), Visit.End);

        // The words that date the visit are exactly those places of the texts, in every document that dates it.
        foreach ((string id, Match[] matches) in dating)
        {
            Assert.Equal(
                matches.Select(m => (m.Index, m.Value)),
                Visit.Dated.Where(c => c.DocumentId == id).Select(c => (c.Offset, c.Text)));
        }

        Assert.Equal(dating.Select(d => d.Id).Order(StringComparer.Ordinal), Visit.Dated.Select(c => c.DocumentId).Distinct());

        // All five articles tell the visit.
        Assert.All(Data.Documents, d => Assert.Matches(VisitWords, d.Text));
        Assert.Equal(Data.Documents.Select(d => d.Id), Visit.DocumentIds);
        Assert.Equal(5, Visit.SourceCount);
    }

    [Fact]
    public void The_first_day_is_in_Beijing_and_the_second_in_Harbin()
    {
        // "On the first day, the delegations first held a four-hour plenary meeting" (one article).
        Document osw = Data.Documents.Get(Osw);
        int firstDay = osw.Text.IndexOf("On the first day, the delegations", StringComparison.Ordinal);
        Assert.True(firstDay >= 0);
        Event talks = Data.Events.Get("xi-putin-talks-2024");
        Assert.Contains(talks.Dated, c => c.DocumentId == Osw && c.Offset == firstDay);
        Assert.Equal((Visit.Start, Visit.Start), (talks.Start, talks.End));
        Assert.Same(Seeds.Entities.Beijing, talks.Where);

        // "On the second day of the visit Putin travelled to Harbin", "Day two of the summit saw the two leaders visit
        // the city of Harbin": the day after the first, the last of the visit.
        var secondDay = new Regex("(?:On the second day of the visit|Day two of the summit)[^.]*Harbin", RegexOptions.CultureInvariant);
        var saying = Data.Documents.SelectMany(d => secondDay.Matches(d.Text).Select(m => (d.Id, m.Index))).ToArray();
        Assert.Equal([Conversation, Osw], saying.Select(s => s.Id));
        Event harbin = Data.Events.Get("putin-travels-to-harbin-2024");
        Assert.All(saying, s => Assert.Contains(harbin.Dated, c => c.DocumentId == s.Id && c.Offset == s.Index));
        Assert.Equal((Visit.Start.AddDays(1), Visit.End), (harbin.Start, harbin.End));

        // Whatever happens in Harbin during the visit happens on its second day.
        Event[] inHarbin = Data.Events.Where(e => e.WhereId == "harbin" && e.Start >= Visit.Start).ToArray();
        Assert.True(inHarbin.Length >= 4, $"{inHarbin.Length} events in Harbin during the visit");
        Assert.All(inHarbin, e => Assert.Equal((Visit.End, Visit.End), (e.Start, e.End)));

        // And the documents that tell the trip to Harbin are those that name Harbin at all.
        Assert.Equal(DocumentsWith("Harbin").Select(d => d.Id), harbin.DocumentIds);
    }

    [Fact]
    public void Thursday_is_16_May_2024_and_every_Thursday_the_texts_write_dates_an_event_of_that_day()
    {
        // "on Thursday, May 16, the two sides released a list of 10 jointly signed agreements", in an article about
        // the visit of "May 16-17, 2024".
        Document beijing = Data.Documents.Get(Beijing);
        Match thursday = Regex.Match(beijing.Text, "Thursday, May (?<day>[0-9]+)", RegexOptions.CultureInvariant);
        Assert.True(thursday.Success);
        string year = VisitDays.Match(beijing.Text).Groups["year"].Value;
        var date = new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), 5, int.Parse(thursday.Groups["day"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(DayOfWeek.Thursday, date.DayOfWeek);
        Event signed = Data.Events.Get("joint-statement-signed-2024");
        Assert.Equal((date, date), (signed.Start, signed.End));

        // Every "Thursday" of the texts lies in words that date an event, and that event is on that Thursday.
        var thursdays = Data.Documents.SelectMany(d => Regex.Matches(d.Text, "Thursday").Select(m => (d.Id, m.Index))).ToArray();
        Assert.Equal(4, thursdays.Length);
        foreach ((string id, int at) in thursdays)
        {
            Event[] dated = Data.Events.Where(e => e.Dated.Any(c => c.DocumentId == id && c.Offset <= at && at < c.Offset + c.Length)).ToArray();
            Assert.NotEmpty(dated);
            Assert.All(dated, e => Assert.Equal((date, date), (e.Start, e.End)));
        }
    }

    [Fact]
    public void The_export_falls_are_in_March_and_April_2024()
    {
        // "in March 2024 China’s exports to Russia fell by almost 16%, and in April by 13.5%"; "in March and April
        // 2024, for the first time since mid-2022, Chinese exports to Russia declined compared to the same months the
        // year before". The sentence that says the exports fell names the months and the year.
        // A sentence ends at a full stop that is no decimal point ("13.5%").
        var fell = new Regex("(?:[^.]|\\.(?=[0-9]))*exports to Russia (?:fell|declined)(?:[^.]|\\.(?=[0-9]))*", RegexOptions.CultureInvariant);
        var sentences = Data.Documents.Select(d => (d.Id, Sentence: fell.Match(d.Text))).Where(s => s.Sentence.Success).ToArray();
        Assert.Equal([Beijing, Osw], sentences.Select(s => s.Id));
        Assert.All(sentences, s => Assert.Contains("2024", s.Sentence.Value, StringComparison.Ordinal));

        foreach ((string name, int month) in new[] { ("March", 3), ("April", 4) })
        {
            Assert.All(sentences, s => Assert.Contains(name, s.Sentence.Value, StringComparison.Ordinal));
            Event fall = Data.Events.Single(e => e.Id.StartsWith("china-exports-to-russia-fall", StringComparison.Ordinal) && e.Start.Month == month);
            Assert.Equal((new DateOnly(2024, month, 1), new DateOnly(2024, month, DateTime.DaysInMonth(2024, month))), (fall.Start, fall.End));
            Assert.Equal(sentences.Select(s => s.Id), fall.DocumentIds);

            // In each article the words that date the fall are the month's name in that sentence.
            foreach ((string id, Match sentence) in sentences)
            {
                Citation words = Assert.Single(fall.Dated, c => c.DocumentId == id);
                Assert.StartsWith(name, words.Text, StringComparison.Ordinal);
                Assert.InRange(words.Offset, sentence.Index, sentence.Index + sentence.Length - words.Length);
                Assert.All(fall.Citations.Where(c => c.DocumentId == id), c => Assert.InRange(c.Offset, sentence.Index, sentence.Index + sentence.Length - c.Length));
            }

            Assert.Equal(new INamedEntity[] { Seeds.Entities.China, Seeds.Entities.Russia }, fall.Who);
        }
    }

    [Fact]
    public void The_timeline_is_every_event_in_date_order()
    {
        IReadOnlyList<Event> timeline = Data.Timeline();
        Assert.Equal(Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal), timeline.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Data.Events.Count, timeline.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        for (int i = 1; i < timeline.Count; i++)
        {
            Event before = timeline[i - 1], after = timeline[i];
            Assert.True(
                before.Start < after.Start || (before.Start == after.Start && (before.End < after.End || (before.End == after.End && string.CompareOrdinal(before.Id, after.Id) < 0))),
                $"{before} before {after}");
        }

        // The earliest year any text writes is Harbin's liberation "in 1945", where the timeline starts.
        int earliest = Data.Documents.SelectMany(d => Regex.Matches(d.Text, "\\b(?:19|20)[0-9]{2}\\b").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))).Min();
        Assert.Equal(1945, earliest);
        Assert.Equal(earliest, timeline[0].Start.Year);
        Assert.Contains(timeline[0].Dated, c => c.Text.Contains("1945", StringComparison.Ordinal));

        // The latest is what is still to come: "the upcoming peace summit in Switzerland in June".
        Assert.Contains("upcoming peace summit in Switzerland in June", Data.Documents.Get(Beijing).Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 6, 1), timeline[^1].Start);
        Assert.Equal("in June", Assert.Single(timeline[^1].Dated).Text);

        // The visit: the first day's talks and the signing, then the two days as a whole, then the second day.
        List<string> order = timeline.Select(e => e.Id).ToList();
        Assert.True(order.IndexOf("xi-putin-talks-2024") < order.IndexOf("putin-state-visit-2024"));
        Assert.True(order.IndexOf("joint-statement-signed-2024") < order.IndexOf("putin-state-visit-2024"));
        Assert.True(order.IndexOf("putin-state-visit-2024") < order.IndexOf("putin-travels-to-harbin-2024"));
        Assert.True(order.IndexOf("china-exports-to-russia-fall-2024-03") < order.IndexOf("china-exports-to-russia-fall-2024-04"));
    }

    [Fact]
    public void Shared_events_count_the_documents_that_tell_them()
    {
        // Every article mentions the joint statement; two name Zhongnanhai, where Xi and Putin met in the evening;
        // three tell Putin's re-election.
        Assert.Equal(5, DocumentsWith("joint statement").Count());
        Event signed = Data.Events.Get("joint-statement-signed-2024");
        Assert.Equal(DocumentsWith("joint statement").Select(d => d.Id), signed.DocumentIds);

        Event zhongnanhai = Data.Events.Get("zhongnanhai-meeting-2024");
        Assert.Equal(DocumentsWith("Zhongnanhai").Select(d => d.Id), zhongnanhai.DocumentIds);
        Assert.Equal(2, zhongnanhai.SourceCount);

        Event reelected = Data.Events.Get("putin-reelected-2024");
        Assert.Equal(
            Data.Documents.Where(d => d.Text.Contains("re-election", StringComparison.Ordinal) || d.Text.Contains("2024 elections", StringComparison.Ordinal)).Select(d => d.Id),
            reelected.DocumentIds);
        Assert.Equal(2024, reelected.Start.Year);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (reelected.Start, reelected.End));

        // Each document that tells an event has its own words for it; citations by document, then in text order.
        foreach (Event e in Data.Events)
        {
            Assert.Equal(e.DocumentIds.Order(StringComparer.Ordinal), e.DocumentIds);
            Assert.Equal(e.Citations.Select(c => c.DocumentId).Distinct(), e.DocumentIds);
            Assert.Equal(e.Citations.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Offset), e.Citations);
            Assert.Equal(e.Dated.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Offset), e.Dated);
            Assert.All(e.Dated, c => Assert.Contains(c.DocumentId, e.DocumentIds));
            Assert.Equal(e.DocumentIds.Count, e.SourceCount);
        }

        Assert.Contains(Data.Events, e => e.SourceCount == 1);
        Assert.True(Data.Events.Count(e => e.SourceCount > 1) >= 8, "shared events");
    }

    [Fact]
    public void Who_and_where_are_the_records_themselves()
    {
        foreach (Event e in Data.Events)
        {
            Assert.Equal(e.WhereId is null, e.Where is null);
            if (e.WhereId is { } where)
            {
                Assert.Same(Data.Entities.Get(where), e.Where);
            }

            Assert.Equal(e.WhoIds, e.Who.Select(w => w.Id));
            Assert.All(e.Who, w => Assert.Same(w is Person ? Data.People.Get(w.Id) : Data.Entities.Get(w.Id), w));
        }

        // "In the evening, Xi Jinping and Putin held a private meeting at the Zhongnanhai compound".
        Event zhongnanhai = Data.Events.Get("zhongnanhai-meeting-2024");
        Assert.Same(Seeds.Entities.Zhongnanhai, zhongnanhai.Where);
        Assert.Equal(EntityKind.Place, zhongnanhai.Where!.Kind);
        Assert.Equal(new INamedEntity[] { Seeds.People.XiJinping, Seeds.People.VladimirPutin }, zhongnanhai.Who);

        // "Accompanied by China’s vice-president Han Zheng, Putin took part in the opening ceremony".
        Event expo = Data.Events.Get("harbin-expo-opening-2024");
        Assert.Contains("Han Zheng, Putin took part in the opening ceremony", Data.Documents.Get(Osw).Text, StringComparison.Ordinal);
        Assert.Contains(Seeds.People.HanZheng, expo.Who);
        Assert.Same(Seeds.Entities.Harbin, expo.Where);

        // "Aside from Putin, the following Russian officials took part in the visit to Beijing: ...": Putin and the five
        // officials that sentence names took part in the visit.
        string osw = Data.Documents.Get(Osw).Text;
        Match sentence = Regex.Match(osw, "Aside from Putin, the following Russian officials took part in the visit to Beijing[^.]*");
        Person[] named = Data.People.Where(p => p.Mentions.Any(m => m.DocumentId == Osw && m.Offset >= sentence.Index && m.Offset < sentence.Index + sentence.Length)).ToArray();
        Assert.Equal(6, named.Length);
        Assert.Contains(Seeds.People.VladimirPutin, named);
        Assert.All(named, p => Assert.Contains(p, Visit.Who));
        Assert.Same(Seeds.Entities.China, Visit.Where);

        // Where the texts disagree who took part, the event does not take a side: Novak in the delegation, Xi in Harbin.
        Assert.Equal(DiscrepancyKind.Fact, Data.Discrepancies.Get("novak-in-delegation").Kind);
        Assert.DoesNotContain(Seeds.People.AlexanderNovak, Visit.Who);
        Assert.Equal(DiscrepancyKind.Fact, Data.Discrepancies.Get("harbin-who-went").Kind);
        Assert.DoesNotContain(Seeds.People.XiJinping, Data.Events.Get("putin-travels-to-harbin-2024").Who);
    }

    [Fact]
    public void Every_event_is_anchored_and_dated_by_words_of_a_text()
    {
        int count = 0;
        foreach (Event e in Data.Events)
        {
            Assert.NotEmpty(e.Citations);
            Assert.NotEmpty(e.Dated);
            foreach (Citation citation in e.Citations.Concat(e.Dated))
            {
                string text = Data.Documents.Get(citation.DocumentId).Text;
                Assert.Equal(citation.Text, text.Substring(citation.Offset, citation.Length));
                Assert.Equal(citation.Text, text.Split('\n')[citation.Line - 1].Substring(citation.Column - 1, citation.Length));
                count++;
            }

            // A year the dating words write is a year of the event (read here without the library's date reader).
            foreach (Match year in e.Dated.SelectMany(c => Regex.Matches(c.Text, "\\b(?:19|20)[0-9]{2}\\b")))
            {
                Assert.InRange(int.Parse(year.Value, CultureInfo.InvariantCulture), e.Start.Year, e.End.Year);
            }

            Assert.True(e.Start <= e.End, e.ToString());
        }

        Assert.True(count > 100, $"only {count} citations");
    }

    [Fact]
    public void The_runtime_loader_gives_the_same_timeline_as_the_compiled_data()
    {
        LoadResult loaded = SummitDataLoader.LoadDirectory(Path.Combine(ReadmeTests.RepositoryRoot(), "seeds"));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(Describe(Data.Timeline()), Describe(loaded.Data.Timeline()));
        Assert.Equal(Data.Events.Count, loaded.Data.Events.Count);
        Assert.Same(loaded.Data.People.Get("xi-jinping"), loaded.Data.Events.Get("zhongnanhai-meeting-2024").Who[0]);
    }

    [Fact]
    public void Words_that_write_another_day_are_SD0029()
    {
        const string text = "Putin landed in Beijing on 16 May. The next day he flew to Harbin.";
        string Annotated(string date, string dated) =>
            $"---\nformat: summitdata/1\nid: dates\nsha256: {SummitDataLoader.TextSha256(text)}\nevents:\n"
            + $"  - id: landing\n    statement: Putin lands in Beijing\n    date: {date}\n    dated: [{dated}]\n    citations: [Putin landed in Beijing]\n---\n{text}";

        // "16 May" with 2024-05-17: the words say the 16th.
        string bad = Annotated("2024-05-17", "16 May");
        SummitDiagnostic loaded = Assert.Single(SummitDataLoader.LoadText("dates.summit", bad).Diagnostics);
        Assert.Equal("SD0029", loaded.Id);
        Assert.Equal(Fixture.LineOf(bad, "    date: "), loaded.Line);
        Assert.Contains("'16 May'", loaded.Message, StringComparison.Ordinal);
        Assert.Contains("2024-05-17", loaded.Message, StringComparison.Ordinal);
        Diagnostic generated = Assert.Single(GeneratorHarness.Run(GeneratorHarness.Text("/docs/dates.summit", bad)).Diagnostics);
        Assert.Equal("SD0029", generated.Id);
        Assert.Equal(loaded.Message, generated.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(loaded.Line, generated.Location.GetLineSpan().StartLinePosition.Line + 1);

        // The right day, a range that holds it, and relative words (not checked) are fine.
        Assert.Empty(SummitDataLoader.LoadText("dates.summit", Annotated("2024-05-16", "16 May")).Diagnostics);
        Assert.Empty(SummitDataLoader.LoadText("dates.summit", Annotated("2024-05-16/2024-05-17", "16 May")).Diagnostics);
        Assert.Empty(SummitDataLoader.LoadText("dates.summit", Annotated("2024-05-17", "The next day")).Diagnostics);
    }

    [Fact]
    public void A_seed_event_given_a_day_its_words_contradict_is_SD0029()
    {
        // The signing is dated "Thursday, May 16" in one article; declared on the 17th there, the words contradict it.
        (string Path, string Content)[] files = SeedFiles();
        int beijing = Array.FindIndex(files, f => f.Content.Contains($"\nid: {Beijing}\n", StringComparison.Ordinal));
        files[beijing].Content = Replace(files[beijing].Content, "  - id: joint-statement-signed-2024\n", "    date: 2024-05-16\n", "    date: 2024-05-17\n", out int line);

        SummitDiagnostic loaded = Assert.Single(SummitDataLoader.LoadTexts(files).Diagnostics, d => d.Id == "SD0029");
        Assert.Equal(files[beijing].Path, loaded.FilePath);
        Assert.Equal(line, loaded.Line);
        Assert.Contains("'Thursday, May 16'", loaded.Message, StringComparison.Ordinal);
        Diagnostic generated = Assert.Single(Generate(files).Diagnostics, d => d.Id == "SD0029");
        Assert.Equal(loaded.Message, generated.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_event_two_documents_date_differently_is_SD0015_which_calls_it_a_discrepancy()
    {
        // One article putting the trip to Harbin on the first day would disagree with the others, which put it on
        // the second: the second declaration is refused, and the message says to declare a discrepancy of kind fact.
        (string Path, string Content)[] files = SeedFiles();
        int osw = Array.FindIndex(files, f => f.Content.Contains($"\nid: {Osw}\n", StringComparison.Ordinal));
        files[osw].Content = Replace(files[osw].Content, "  - id: putin-travels-to-harbin-2024\n", "    date: 2024-05-17\n", "    date: 2024-05-16\n", out int line);

        LoadResult result = SummitDataLoader.LoadTexts(files);
        SummitDiagnostic loaded = Assert.Single(result.Diagnostics, d => d.Id == "SD0015");
        Assert.Equal(files[osw].Path, loaded.FilePath);
        Assert.Equal(line, loaded.Line);
        Assert.StartsWith("The event 'putin-travels-to-harbin-2024' is declared with another date in ", loaded.Message, StringComparison.Ordinal);
        Assert.Contains("'2024-05-17'", loaded.Message, StringComparison.Ordinal);
        Assert.Contains("disagree: declare a discrepancy (kind 'fact')", loaded.Message, StringComparison.Ordinal);
        Assert.Contains(files[osw].Path, result.ExcludedFiles);

        Diagnostic generated = Assert.Single(Generate(files).Diagnostics, d => d.Id == "SD0015");
        Assert.Equal(loaded.Message, generated.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(line, generated.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_place_only_a_later_document_gives_is_the_merged_events_place()
    {
        // Declarations that give a value agree on it; one that leaves it out takes it from the others, whatever their
        // order: drop 'where' from every declaration of the Harbin trip but the last document's.
        (string Path, string Content)[] files = SeedFiles();
        string[] declaring = files.Where(f => f.Content.Contains("  - id: putin-travels-to-harbin-2024\n", StringComparison.Ordinal) && RecordOf(f.Content, "putin-travels-to-harbin-2024").Contains("\n    where: ", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal).ToArray();
        Assert.True(declaring.Length >= 2, "the Harbin trip has a place in fewer than two documents");
        for (int i = 0; i < files.Length; i++)
        {
            if (Array.IndexOf(declaring, files[i].Path) >= 0 && files[i].Path != declaring[^1])
            {
                string record = RecordOf(files[i].Content, "putin-travels-to-harbin-2024");
                string without = System.Text.RegularExpressions.Regex.Replace(record, "\n    where: [a-z-]+", string.Empty);
                files[i].Content = files[i].Content.Replace(record, without, StringComparison.Ordinal);
            }
        }

        LoadResult result = SummitDataLoader.LoadTexts(files);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Data.Events.Get("putin-travels-to-harbin-2024").WhereId, result.Data.Events.Get("putin-travels-to-harbin-2024").WhereId);
        Assert.NotNull(result.Data.Events.Get("putin-travels-to-harbin-2024").Where);
    }

    private static string RecordOf(string content, string id)
    {
        int start = content.IndexOf($"  - id: {id}\n", StringComparison.Ordinal);
        int end = content.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
        int block = content.IndexOf("\n---\n", start, StringComparison.Ordinal);
        int stop = end < 0 || (block >= 0 && block < end) ? block : end;
        string record = content[start..stop];
        return record;
    }

    private static (string Path, string Content)[] SeedFiles() => SeedDocuments.All.Select(f => (f.Path, f.Content)).ToArray();

    private static Run Generate((string Path, string Content)[] files) =>
        GeneratorHarness.Run(files.Select(f => GeneratorHarness.Text(f.Path, f.Content)).ToArray());

    /// <summary>Replaces <paramref name="find"/> in the record that starts with <paramref name="record"/>; <paramref name="line"/> is the changed line.</summary>
    private static string Replace(string content, string record, string find, string replace, out int line)
    {
        int start = content.IndexOf(record, StringComparison.Ordinal);
        Assert.True(start >= 0, record);
        int at = content.IndexOf(find, start, StringComparison.Ordinal);
        Assert.True(at >= 0 && at < content.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal), find);
        line = content.Substring(0, at).Count(c => c == '\n') + 1;
        return content.Substring(0, at) + replace + content.Substring(at + find.Length);
    }

    /// <summary>The timeline as text: every value of every event, and its words with their places.</summary>
    private static string Describe(IReadOnlyList<Event> timeline)
    {
        var text = new StringBuilder();
        foreach (Event e in timeline)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.Id}|{e.Statement}|{e.Date}|{e.Start:O}|{e.End:O}|{e.WhereId}|{string.Join(",", e.WhoIds)}|{string.Join(",", e.DocumentIds)}\n");
            foreach (Citation c in e.Citations.Concat(e.Dated))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {c.DocumentId} {c.Offset} {c.Length} {c.Line}:{c.Column} {c.Text}\n");
            }
        }

        return text.ToString();
    }
}
