using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>
    /// Events: what happened when, across sources. An event is shared by id like a claim: each document that tells it
    /// declares the same id with the same statement and date, its own words for the event, and, anchored, the words that
    /// date it ("16 May", "the next day"); the date says what those words resolve to.
    /// </summary>
    internal static class EventsKind
    {
        public static readonly KindDescription Description = new(
            "events",
            "event",
            "Event",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("statement", FieldType.Text, "what happened, in a sentence; the same in every declaration") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("date", FieldType.Text, "when: an ISO 8601 date (`2024-05-16`), month (`2024-03`) or year (`2022`), or a range of them (`2024-05-16/2024-05-17`); the same in every declaration")
                {
                    Required = true,
                    Merge = MergeRule.Agree,
                    ConflictHint = "documents that date one event differently disagree: declare a discrepancy (kind 'fact') with each document's words instead of giving the event two dates",
                },
                new FieldDescription("dated", FieldType.Anchors, "the words of this document that state the date (\"16 May\", \"the next day\"); dates they write are checked against 'date'") { Merge = MergeRule.Sorted },
                new FieldDescription("where", FieldType.Reference, "the place, an entity id") { Targets = new[] { "entities" }, Verb = "happens at", Merge = MergeRule.Agree },
                new FieldDescription("who", FieldType.References, "ids of the people and entities who take part; merged across declarations") { Targets = new[] { "people", "entities" }, Verb = "names as taking part", Merge = MergeRule.Union },
                new FieldDescription("citations", FieldType.Anchors, "the words of this document that tell the event") { AtLeastOne = true, Merge = MergeRule.Sorted },
            },
            "Something that happened, when, where and with whom, as the documents tell it.")
        {
            TitleField = "statement",
            ParseOrder = 7,
            Rules = new Rules(),
        };

        private sealed class Rules : KindRules
        {
            public override void Check(RecordReading record)
            {
                if (record.Text("date") is not { } written)
                {
                    return;
                }

                if (EventDate.Parse(written) is not { } range)
                {
                    record.Report(DiagnosticCatalog.InvalidValue, record.Node("date")!, "date", $"'{FieldReader.Shorten(written)}' is not an ISO 8601 date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY), or a range 'start/end' of them with the start first");
                    return;
                }

                foreach (var citation in record.Citations("dated"))
                {
                    if (EventDate.Contradiction(citation.Text, range) is { } said)
                    {
                        record.Report(DiagnosticCatalog.EventDateContradicted, record.Node("date")!, record.Id, written, FieldReader.Shorten(citation.Text), said);
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// An event's date as the format writes it: an ISO 8601 date, month or year, or a range of them, read as the first
    /// and last day it covers; and the dates that words of a text write ("16 May", "May 16–17, 2024", "March", "2022").
    /// </summary>
    internal static class EventDate
    {
        private const string Month = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
        private const string Days = "([0-9]{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|—|and|to)\\s*([0-9]{1,2})(?:st|nd|rd|th)?)?";
        private const string Year = "(?:,?\\s+((?:1[89]|20)[0-9]{2}))?";

        private static readonly Regex Iso = new("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$", RegexOptions.CultureInvariant);
        private static readonly Regex DayMonth = new("\\b" + Days + "\\s+(?:of\\s+)?" + Month + Year + "\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex MonthDay = new("\\b" + Month + "\\s+" + Days + Year + "\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex MonthOnly = new("\\b" + Month + "(?:\\s+((?:1[89]|20)[0-9]{2}))?\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        private static readonly Regex YearOnly = new("\\b((?:1[89]|20)[0-9]{2})\\b", RegexOptions.CultureInvariant);

        /// <summary>The first and last day a date, a month, a year or a range of them covers; null when it is none of these.</summary>
        public static (DateTime Start, DateTime End)? Parse(string value)
        {
            string[] parts = value.Split('/');
            if (parts.Length > 2 || First(parts[0]) is not { } start || Last(parts[parts.Length - 1]) is not { } end || end < start)
            {
                return null;
            }

            return (start, end);
        }

        /// <summary>
        /// What the words say instead, when a date they write cannot fall within <paramref name="range"/> ("16 May" for
        /// 2024-05-17); null when they agree or write no date ("the next day"). A day or month without a year may be in
        /// any year of the range.
        /// </summary>
        public static string? Contradiction(string words, (DateTime Start, DateTime End) range)
        {
            var covered = new List<(int Start, int End)>();
            foreach (Regex pattern in new[] { DayMonth, MonthDay })
            {
                foreach (Match match in pattern.Matches(words))
                {
                    bool dayFirst = pattern == DayMonth;
                    int month = MonthNumber(match.Groups[dayFirst ? 3 : 1].Value);
                    int? year = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : null;
                    foreach (Group day in new[] { match.Groups[dayFirst ? 1 : 2], match.Groups[dayFirst ? 2 : 3] })
                    {
                        if (day.Success && !Within(year, month, int.Parse(day.Value, CultureInfo.InvariantCulture), range))
                        {
                            return match.Value;
                        }
                    }

                    covered.Add((match.Index, match.Index + match.Length));
                }
            }

            foreach (Match match in MonthOnly.Matches(words))
            {
                if (Inside(covered, match.Index))
                {
                    continue;
                }

                int? year = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
                if (!Within(year, MonthNumber(match.Groups[1].Value), null, range))
                {
                    return match.Value;
                }

                covered.Add((match.Index, match.Index + match.Length));
            }

            foreach (Match match in YearOnly.Matches(words))
            {
                int year = int.Parse(match.Value, CultureInfo.InvariantCulture);
                if (!Inside(covered, match.Index) && (year < range.Start.Year || year > range.End.Year))
                {
                    return match.Value;
                }
            }

            return null;
        }

        private static bool Inside(List<(int Start, int End)> spans, int index) => spans.Exists(s => s.Start <= index && index < s.End);

        /// <summary>Whether some day with these parts (a missing part is any) lies within the range.</summary>
        private static bool Within(int? year, int month, int? day, (DateTime Start, DateTime End) range)
        {
            for (int y = year ?? range.Start.Year; y <= (year ?? range.End.Year); y++)
            {
                if (month < 1 || month > 12 || (day is int d && (d < 1 || d > DateTime.DaysInMonth(y, month))))
                {
                    return false;
                }

                DateTime first = new(y, month, day ?? 1);
                DateTime last = new(y, month, day ?? DateTime.DaysInMonth(y, month));
                if (last >= range.Start && first <= range.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The month's number; the patterns match only the names <see cref="DateWords"/> knows.</summary>
        private static int MonthNumber(string name) => DateWords.MonthNumber(name) ?? 0;

        private static DateTime? First(string value) => Bound(value, last: false);

        private static DateTime? Last(string value) => Bound(value, last: true);

        private static DateTime? Bound(string value, bool last)
        {
            Match match = Iso.Match(value);
            if (!match.Success)
            {
                return null;
            }

            int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : last ? 12 : 1;
            if (year < 1 || month < 1 || month > 12)
            {
                return null;
            }

            int days = DateTime.DaysInMonth(year, month);
            int day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : last ? days : 1;
            return day >= 1 && day <= days ? new DateTime(year, month, day) : null;
        }
    }
}
