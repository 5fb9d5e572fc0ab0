using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Reads the date that words of a text state, to check a date anchored to them (<c>published</c> with its words):
    /// the day, the month by its English name and the year, in any order ("May 16, 2024", "16 May 2024", "Thursday,
    /// 16th May 2024"), or an ISO date ("2024-05-16"). Deliberately simple: a date with its month in digits only
    /// ("16.05.2024", "05/16/2024") is refused, as the order of day and month cannot be told; other words ("Published
    /// on") are allowed, other numbers are not. A weekday, where the words name one, must be the date's.
    /// </summary>
    internal static class DateWords
    {
        private static readonly string[] Months =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        };

        // In DayOfWeek's order.
        private static readonly string[] Weekdays = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

        private static readonly string[] Ordinals = { "st", "nd", "rd", "th" };

        private static readonly Regex Iso = new("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])", RegexOptions.CultureInvariant);

        /// <summary>
        /// Why the words do not state <paramref name="isoDate"/> (<c>YYYY-MM-DD</c>, a valid date), or null when they do.
        /// </summary>
        public static string? Disagreement(string words, string isoDate)
        {
            if (Read(words, out DateTime stated, out string? problem) is false)
            {
                return $"the words '{FieldReader.Shorten(words)}' {problem}";
            }

            string written = stated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return written == isoDate ? null : $"the words '{FieldReader.Shorten(words)}' state {written}, not {isoDate}";
        }

        /// <summary>The one date the words state, or false and why not ("state no year", "name two days: 16 and 17").</summary>
        public static bool Read(string words, out DateTime date, out string? problem)
        {
            date = default;
            int? year = null;
            int? month = null;
            int? day = null;
            DayOfWeek? weekday = null;
            int isoStart = -1;
            int isoEnd = -1;
            Match iso = Iso.Match(words);
            if (iso.Success)
            {
                year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
                month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
                day = int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture);
                isoStart = iso.Index;
                isoEnd = iso.Index + iso.Length;
                if (month is < 1 or > 12)
                {
                    problem = $"hold '{iso.Value}', which is no date";
                    return false;
                }
            }

            foreach ((string token, int at) in Tokens(words))
            {
                if (at >= isoStart && at < isoEnd)
                {
                    continue;
                }

                if (char.IsDigit(token[0]))
                {
                    string digits = TrimOrdinal(token);
                    if (!IsDigits(digits))
                    {
                        problem = $"hold '{token}', which is no day or year";
                        return false;
                    }

                    if (digits.Length == 4)
                    {
                        if (year is not null)
                        {
                            problem = $"name two years ({year} and {digits})";
                            return false;
                        }

                        year = int.Parse(digits, CultureInfo.InvariantCulture);
                    }
                    else if (digits.Length <= 2 && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31)
                    {
                        if (day is not null)
                        {
                            problem = $"name two days ({day} and {int.Parse(digits, CultureInfo.InvariantCulture)}): anchor the words of one date, with the month's name (or write it as YYYY-MM-DD)";
                            return false;
                        }

                        day = int.Parse(digits, CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        problem = $"hold '{token}', which is no day (1 to 31) or year (four digits)";
                        return false;
                    }

                    continue;
                }

                string word = token.ToLowerInvariant();
                if (Named(Months, word) is int m)
                {
                    if (month is not null)
                    {
                        problem = "name two months";
                        return false;
                    }

                    month = m + 1;
                }
                else if (Named(Weekdays, word) is int w)
                {
                    weekday = (DayOfWeek)w;
                }
            }

            string? missing = year is null ? "year" : month is null ? "month (by its name)" : day is null ? "day" : null;
            if (missing is not null)
            {
                problem = $"state no {missing}: anchor words that state the day, the month and the year";
                return false;
            }

            if (year < 1 || day > DateTime.DaysInMonth(year!.Value, month!.Value))
            {
                problem = $"state day {day} of month {month} of {year}, which does not exist";
                return false;
            }

            date = new DateTime(year.Value, month.Value, day!.Value, 0, 0, 0, DateTimeKind.Unspecified);
            if (weekday is { } named && named != date.DayOfWeek)
            {
                problem = $"name a {named}, but {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is a {date.DayOfWeek}";
                return false;
            }

            problem = null;
            return true;
        }

        /// <summary>Runs of letters and runs of digits (with the letters right after them: "16th"), with where they start.</summary>
        private static IEnumerable<(string Token, int At)> Tokens(string words)
        {
            int i = 0;
            while (i < words.Length)
            {
                if (!char.IsLetterOrDigit(words[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                bool digits = char.IsDigit(words[i]);
                while (i < words.Length && (digits ? char.IsLetterOrDigit(words[i]) : char.IsLetter(words[i])))
                {
                    i++;
                }

                yield return (words.Substring(start, i - start), start);
            }
        }

        /// <summary>The number (1 to 12) of a month written by its English name or the name's first three letters, in any case; null for another word.</summary>
        public static int? MonthNumber(string word) => Named(Months, word.TrimEnd('.').ToLowerInvariant()) is int m ? m + 1 : null;

        /// <summary>A month or weekday by its English name or the name's first three letters (and "sept").</summary>
        private static int? Named(string[] names, string word)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (word == names[i] || (word.Length == 3 && names[i].StartsWith(word, StringComparison.Ordinal)) || (word == "sept" && names[i] == "september"))
                {
                    return i;
                }
            }

            return null;
        }

        private static string TrimOrdinal(string token)
        {
            foreach (string suffix in Ordinals)
            {
                if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(token[token.Length - suffix.Length - 1]))
                {
                    return token.Substring(0, token.Length - suffix.Length);
                }
            }

            return token;
        }

        private static bool IsDigits(string value)
        {
            foreach (char c in value)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return value.Length > 0;
        }
    }
}
