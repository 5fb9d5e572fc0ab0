using System;
using System.Collections.Generic;
using System.Globalization;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// A number as a text writes it: digits or words, with the currency, scale and unit words next to it
    /// ("USD 240 billion", "16%", "two and a half hours", "half a century", "two-thirds", "fifth"), read with its value.
    /// </summary>
    internal sealed class NumberPhrase
    {
        /// <summary>Offset of the phrase (currency, number, scale and unit words) in the text that was read.</summary>
        public int Start { get; init; }

        /// <summary>Offset just after the phrase.</summary>
        public int End { get; init; }

        /// <summary>Offset of the number itself (the digits or number words, without currency and unit).</summary>
        public int ValueStart { get; init; }

        /// <summary>Offset just after the number itself.</summary>
        public int ValueEnd { get; init; }

        /// <summary>False for an indefinite number ("hundreds", "thousands of"): no value can be read.</summary>
        public bool HasValue { get; init; } = true;

        /// <summary>The value before the scale is applied, as a fraction <see cref="Numerator"/> / <see cref="Denominator"/>.</summary>
        public decimal Numerator { get; init; }

        /// <summary>1, or the denominator of a fraction written in words ("two-thirds": 3).</summary>
        public int Denominator { get; init; } = 1;

        /// <summary>The scale word written after the number (<c>none</c>, <c>thousand</c>, <c>million</c>, ...), as the format names it.</summary>
        public string Scale { get; init; } = "none";

        /// <summary>The unit the words state, as the format names it (<c>usd</c>, <c>percent</c>, <c>years</c>, <c>times</c>, <c>ordinal</c>, ...), or null.</summary>
        public string? Unit { get; init; }

        /// <summary>Written with digits (else in words).</summary>
        public bool Digits { get; init; }

        /// <summary>An ordinal ("fifth", "25th").</summary>
        public bool Ordinal { get; init; }

        /// <summary>A fraction below one written in words ("half", "two-thirds", "a quarter").</summary>
        public bool Fraction { get; init; }

        /// <summary>The number is the article "a" or "an" ("a week", "a dozen", "a million").</summary>
        public bool Article { get; init; }

        /// <summary>
        /// More than one number word, or a number word with "hundred", "dozen" or "and a half": the words read as one
        /// number ("two and a half", "one hundred", "twenty-five").
        /// </summary>
        public bool Compound { get; init; }

        /// <summary>
        /// Whether the value has a finite decimal form (every denominator of 2 and 5 only): then <see cref="Value"/> is
        /// exact, otherwise it is rounded to 28 places.
        /// </summary>
        public bool IsExact => Terminates(Denominator);

        /// <summary>The value before the scale is applied.</summary>
        public decimal Value => Denominator == 1 ? Numerator : Numerator / Denominator;

        /// <summary>The value as written in a message: <c>2.5</c>, <c>2/3</c>, <c>240 billion</c>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public string Describe()
        {
            if (!HasValue)
            {
                return "no value";
            }

            string value = IsExact ? Value.ToString(CultureInfo.InvariantCulture) : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
            return Scale == "none" ? value : value + " " + Scale;
        }

        /// <summary>
        /// Whether a figure's value is this number. Exact values must be equal. A fraction with no finite decimal form
        /// (thirds, sixths, sevenths, ninths) matches the value it rounds to at the value's own decimal places, with at least
        /// two significant digits: two-thirds is 0.67, 0.667 or 0.6667, not 0.7 or 1. With <paramref name="asPercent"/>, a
        /// fraction in words that states no unit of its own is compared as a percentage (two-thirds: 66.67, half: 50).
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Matches(decimal value, bool asPercent)
        {
            if (!HasValue)
            {
                return false;
            }

            // "two-thirds" as a percentage is 66.67; "two-thirds%" says its own unit and is 0.67 percent.
            decimal numerator = asPercent && Fraction && Unit is null ? Numerator * 100m : Numerator;
            if (Terminates(Denominator))
            {
                return value == numerator / Denominator;
            }

            int places = Places(value);
            if (SignificantDigits(value) < 2)
            {
                return false;
            }

            return value == Math.Round(numerator / Denominator, places, MidpointRounding.AwayFromZero);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool Terminates(int denominator)
        {
            while (denominator % 2 == 0)
            {
                denominator /= 2;
            }

            while (denominator % 5 == 0)
            {
                denominator /= 5;
            }

            return denominator == 1;
        }

        private static int Places(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int SignificantDigits(decimal value)
        {
            string digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty).TrimStart('0');
            return digits.Length;
        }
    }

    /// <summary>
    /// Reads the numbers a text writes, in digits or in words, with their value, scale and unit: the one reader behind
    /// the figure check (<see cref="FigureCheck"/>) and the text scanner of the authoring tools. It reads tokens left to
    /// right and looks a bounded number of tokens ahead, so its work is linear in the text.
    /// </summary>
    internal static class NumberReader
    {
        [ThreadStatic]
        private static long _tokensRead;

        /// <summary>How many tokens the reader has examined on this thread, for the complexity tests.</summary>
        internal static long TokensRead => _tokensRead;

        internal static void ResetCounters() => _tokensRead = 0;

        private static readonly Dictionary<string, int> Units = Table(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");

        private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
        {
            ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        };

        private static readonly Dictionary<string, int> Ordinals = OrdinalTable();

        /// <summary>Fraction denominators in words: "a third", "two-thirds", "three quarters".</summary>
        private static readonly Dictionary<string, int> Denominators = new(StringComparer.OrdinalIgnoreCase)
        {
            ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
            ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
            ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
        };

        /// <summary>Scale words, with the format's names for them.</summary>
        private static readonly Dictionary<string, (string Name, decimal Factor)> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["thousand"] = ("thousand", 1_000m),
            ["million"] = ("million", 1_000_000m),
            ["mn"] = ("million", 1_000_000m),
            ["billion"] = ("billion", 1_000_000_000m),
            ["bn"] = ("billion", 1_000_000_000m),
            ["trillion"] = ("trillion", 1_000_000_000_000m),
            ["tn"] = ("trillion", 1_000_000_000_000m),
        };

        /// <summary>Words that name many of something without saying how many: no value can be read.</summary>
        private static readonly HashSet<string> Indefinite = new(StringComparer.OrdinalIgnoreCase)
        {
            "hundreds", "thousands", "millions", "billions", "trillions", "dozens",
        };

        /// <summary>Unit words after a number, with the format's unit and the factor that turns the number into it (a decade is ten years).</summary>
        private static readonly Dictionary<string, (string Unit, decimal Factor)> UnitWords = new(StringComparer.OrdinalIgnoreCase)
        {
            ["percent"] = ("percent", 1m), ["pct"] = ("percent", 1m),
            ["year"] = ("years", 1m), ["years"] = ("years", 1m), ["yr"] = ("years", 1m), ["yrs"] = ("years", 1m),
            ["decade"] = ("years", 10m), ["decades"] = ("years", 10m), ["century"] = ("years", 100m), ["centuries"] = ("years", 100m),
            ["month"] = ("months", 1m), ["months"] = ("months", 1m),
            ["week"] = ("weeks", 1m), ["weeks"] = ("weeks", 1m),
            ["day"] = ("days", 1m), ["days"] = ("days", 1m),
            ["hour"] = ("hours", 1m), ["hours"] = ("hours", 1m),
            ["times"] = ("times", 1m), ["fold"] = ("times", 1m),
            ["word"] = ("words", 1m), ["words"] = ("words", 1m),
            ["dollar"] = ("usd", 1m), ["dollars"] = ("usd", 1m), ["usd"] = ("usd", 1m),
        };

        /// <summary>Every number in <paramref name="text"/>, in text order; offsets are offsets of <paramref name="text"/>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static List<NumberPhrase> Read(string text)
        {
            List<Token> tokens = Tokenize(text);
            var phrases = new List<NumberPhrase>();
            int i = 0;
            while (i < tokens.Count)
            {
                _tokensRead++;
                if (TryPhrase(text, tokens, i, out NumberPhrase? phrase, out int next))
                {
                    phrases.Add(phrase!);
                    i = next;
                }
                else
                {
                    i++;
                }
            }

            return phrases;
        }

        /// <summary>Whether a word is a number word the reader knows (for the scanner's context rules).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static bool IsNumberWord(string word) =>
            Units.ContainsKey(word) || Tens.ContainsKey(word) || Ordinals.ContainsKey(word) || word.Equals("hundred", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a word is a unit word (for the scanner: "two-day" is a figure, "two-faced" is not).</summary>
        public static bool IsUnitWord(string word) => UnitWords.ContainsKey(word) || word.Equals("per", StringComparison.OrdinalIgnoreCase);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool TryPhrase(string text, List<Token> tokens, int i, out NumberPhrase? phrase, out int next)
        {
            phrase = null;
            next = i;
            int start = tokens[i].Start;
            string? unit = null;

            // A currency before the number: "$240", "US$ 240", "USD 240".
            int k = i;
            if (IsSymbol(text, tokens[k], '$') && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Digits && Close(text, tokens[k], tokens[k + 1]))
            {
                unit = "usd";
                k++;
            }
            else if (Word(text, tokens[k], "US") && k + 2 < tokens.Count && IsSymbol(text, tokens[k + 1], '$') && Adjacent(tokens[k], tokens[k + 1]) && tokens[k + 2].Kind == TokenKind.Digits && Close(text, tokens[k + 1], tokens[k + 2]))
            {
                unit = "usd";
                k += 2;
            }
            else if (Word(text, tokens[k], "USD") && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Digits && Near(text, tokens[k], tokens[k + 1]))
            {
                unit = "usd";
                k++;
            }

            Amount? amount = ReadAmount(text, tokens, k);
            if (amount is null)
            {
                return false;
            }

            Amount a = amount.Value;
            int j = a.Next;
            string scale = a.Scale;
            decimal factor = 1m;

            // A scale word after digits or after a fraction in words: "240 billion", "1.5 million", "half a million".
            if (scale == "none" && a.HasValue && !a.Ordinal && j < tokens.Count && Near(text, tokens[j - 1], tokens[j]) && ScaleWords.TryGetValue(Lower(text, tokens[j]), out (string Name, decimal Factor) s)
                && (a.Digits || a.Fraction || a.Article || a.Compound))
            {
                scale = s.Name;
                j++;
            }

            if (!a.Ordinal && a.HasValue)
            {
                j = ReadUnit(text, tokens, j, ref unit, ref factor);
            }
            else if (a.Ordinal)
            {
                unit = "ordinal";
            }
            else if (!a.HasValue)
            {
                // "billions of dollars", "thousands of US$": the unit is still worth knowing.
                if (j + 1 < tokens.Count && Word(text, tokens[j], "of") && Near(text, tokens[j - 1], tokens[j]) && Near(text, tokens[j], tokens[j + 1]))
                {
                    int after = j + 1;
                    decimal ignored = 1m;
                    string? ofUnit = null;
                    if (Word(text, tokens[after], "US") && after + 1 < tokens.Count && IsSymbol(text, tokens[after + 1], '$') && Adjacent(tokens[after], tokens[after + 1]))
                    {
                        unit = "usd";
                        j = after + 2;
                    }
                    else if (ReadUnit(text, tokens, after, ref ofUnit, ref ignored) is int unitEnd && unitEnd > after && ofUnit == "usd")
                    {
                        unit = "usd";
                        j = unitEnd;
                    }
                }
            }

            if (unit is null && a.Times)
            {
                unit = "times";
            }

            phrase = new NumberPhrase
            {
                Start = start,
                End = tokens[j - 1].End,
                ValueStart = tokens[k].Start,
                ValueEnd = tokens[a.Next - 1].End,
                HasValue = a.HasValue,
                Numerator = a.Numerator * factor,
                Denominator = a.Denominator,
                Scale = scale,
                Unit = unit,
                Digits = a.Digits,
                Ordinal = a.Ordinal,
                Fraction = a.Fraction && factor == 1m,
                Article = a.Article,
                Compound = a.Compound,
            };
            next = j;
            return true;
        }

        private struct Amount
        {
            public int Next;
            public bool HasValue;
            public decimal Numerator;
            public int Denominator;
            public string Scale;
            public bool Digits;
            public bool Ordinal;
            public bool Fraction;
            public bool Article;
            public bool Compound;
            public bool Times;
        }

        /// <summary>The number itself at token <paramref name="i"/>: digits, number words, a fraction, an article before a unit.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Amount? ReadAmount(string text, List<Token> tokens, int i)
        {
            Token t = tokens[i];
            if (t.Kind == TokenKind.Digits)
            {
                return ReadDigits(text, tokens, i);
            }

            if (t.Kind != TokenKind.Word)
            {
                return null;
            }

            string w = Lower(text, t);
            var result = new Amount { Denominator = 1, Scale = "none", HasValue = true };
            if (w is "a" or "an")
            {
                // "a week", "a dozen", "a million", "a third", "a hundred": the article is the number one.
                if (i + 1 >= tokens.Count || !Near(text, t, tokens[i + 1]) || tokens[i + 1].Kind != TokenKind.Word)
                {
                    return null;
                }

                string n = Lower(text, tokens[i + 1]);
                if (n == "dozen")
                {
                    return new Amount { Next = i + 2, HasValue = true, Numerator = 12, Denominator = 1, Scale = "none", Article = true, Compound = true };
                }

                if (n == "hundred")
                {
                    return new Amount { Next = i + 2, HasValue = true, Numerator = 100, Denominator = 1, Scale = "none", Article = true, Compound = true };
                }

                if (ScaleWords.TryGetValue(n, out (string Name, decimal Factor) scale) && n.Length > 2)
                {
                    return new Amount { Next = i + 2, HasValue = true, Numerator = 1, Denominator = 1, Scale = scale.Name, Article = true };
                }

                if (n is "half" or "third" or "quarter" || (Denominators.ContainsKey(n) && n.EndsWith("th", StringComparison.Ordinal) && n != "fourth" && i + 2 < tokens.Count && Word(text, tokens[i + 2], "of")))
                {
                    return new Amount { Next = i + 2, HasValue = true, Numerator = 1, Denominator = Denominators[n], Scale = "none", Article = true, Fraction = true };
                }

                if (UnitWords.TryGetValue(n, out (string Unit, decimal Factor) u) && u.Unit is "years" or "months" or "weeks" or "days" or "hours")
                {
                    // Only the number: the unit is read after it.
                    return new Amount { Next = i + 1, HasValue = true, Numerator = 1, Denominator = 1, Scale = "none", Article = true };
                }

                return null;
            }

            if (w == "half")
            {
                // "half", "half a century", "half a million", "half a dozen".
                result.Numerator = 1;
                result.Denominator = 2;
                result.Fraction = true;
                result.Next = i + 1;
                if (i + 2 < tokens.Count && Word(text, tokens[i + 1], "a", "an") && Near(text, t, tokens[i + 1]) && Near(text, tokens[i + 1], tokens[i + 2]))
                {
                    string after = Lower(text, tokens[i + 2]);
                    if (after == "dozen")
                    {
                        return new Amount { Next = i + 3, HasValue = true, Numerator = 6, Denominator = 1, Scale = "none", Compound = true };
                    }

                    if (ScaleWords.ContainsKey(after) || UnitWords.ContainsKey(after))
                    {
                        // The scale or unit is read after the amount: skip only the article.
                        result.Next = i + 2;
                        result.Compound = true;
                        return ReplaceNext(result, i + 2);
                    }
                }

                return result;
            }

            if (Indefinite.Contains(w))
            {
                // "hundreds", "hundreds of thousands", "dozens".
                int j = i + 1;
                while (j + 1 < tokens.Count && Word(text, tokens[j], "of") && Near(text, tokens[j - 1], tokens[j]) && Indefinite.Contains(Lower(text, tokens[j + 1])))
                {
                    j += 2;
                }

                return new Amount { Next = j, HasValue = false, Denominator = 1, Scale = "none" };
            }

            if (w is "tens" or "scores" && i + 2 < tokens.Count && Word(text, tokens[i + 1], "of") && Indefinite.Contains(Lower(text, tokens[i + 2])))
            {
                return new Amount { Next = i + 3, HasValue = false, Denominator = 1, Scale = "none" };
            }

            if (w is "twice" or "thrice")
            {
                return new Amount { Next = i + 1, HasValue = true, Numerator = w == "twice" ? 2 : 3, Denominator = 1, Scale = "none", Times = true };
            }

            if (w == "once" && i + 1 < tokens.Count && Word(text, tokens[i + 1], "a", "an", "every", "per") && Near(text, t, tokens[i + 1]))
            {
                return new Amount { Next = i + 1, HasValue = true, Numerator = 1, Denominator = 1, Scale = "none", Times = true };
            }

            if (w.EndsWith("fold", StringComparison.Ordinal) && w.Length > 4 && (Units.TryGetValue(w.Substring(0, w.Length - 4), out int foldValue) || Tens.TryGetValue(w.Substring(0, w.Length - 4), out foldValue)))
            {
                return new Amount { Next = i + 1, HasValue = true, Numerator = foldValue, Denominator = 1, Scale = "none", Times = true };
            }

            if (Ordinals.TryGetValue(w, out int ordinal))
            {
                return new Amount { Next = i + 1, HasValue = true, Numerator = ordinal, Denominator = 1, Scale = "none", Ordinal = true };
            }

            if (!Units.ContainsKey(w) && !Tens.ContainsKey(w))
            {
                return null;
            }

            return ReadWords(text, tokens, i);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Amount ReplaceNext(Amount amount, int next)
        {
            amount.Next = next;
            return amount;
        }

        /// <summary>Digits: "240", "1,000", "13.5", "25th", "240bn".</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Amount ReadDigits(string text, List<Token> tokens, int i)
        {
            Token t = tokens[i];
            string digits = text.Substring(t.Start, t.End - t.Start);
            digits = IsGrouped(digits) ? digits.Replace(",", string.Empty) : digits.Replace(',', '.');
            var result = new Amount { Next = i + 1, Denominator = 1, Scale = "none", Digits = true };
            if (digits.IndexOf('.') != digits.LastIndexOf('.')
                || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                // "1.2.3" is a version or a list number, not a value.
                result.HasValue = false;
                return result;
            }

            result.HasValue = true;
            result.Numerator = value;
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && Adjacent(t, tokens[i + 1]))
            {
                string suffix = Lower(text, tokens[i + 1]);
                if (suffix is "st" or "nd" or "rd" or "th" && digits.IndexOf('.') < 0)
                {
                    result.Ordinal = true;
                    result.Next = i + 2;
                }
                else if (suffix is "bn" or "mn" or "tn")
                {
                    result.Scale = ScaleWords[suffix].Name;
                    result.Next = i + 2;
                }
            }

            // "2 and a half"
            return AndFraction(text, tokens, result);
        }

        /// <summary>
        /// Number words: "two", "twenty-five", "one hundred and twenty", "three thousand", "two and a half",
        /// "two-thirds", "two dozen", "twenty-first". A number ending in a scale word keeps the scale: "three thousand"
        /// is 3 with the scale thousand, as "240 billion" is 240 with the scale billion.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Amount ReadWords(string text, List<Token> tokens, int i)
        {
            decimal total = 0;
            decimal group = 0;
            decimal lastScale = decimal.MaxValue;
            string? endScale = null;
            int words = 0;
            string last = string.Empty;
            int j = i;
            int end = i;
            bool ordinal = false;
            while (j < tokens.Count)
            {
                if (j > i && !Joined(text, tokens, end - 1, j, out j))
                {
                    break;
                }

                if (tokens[j].Kind != TokenKind.Word)
                {
                    break;
                }

                _tokensRead++;
                string w = Lower(text, tokens[j]);
                if (Units.TryGetValue(w, out int unit))
                {
                    if (last is "units" || (last == "tens" && unit >= 10) || (last == "tens" && unit == 0))
                    {
                        break;
                    }

                    group += unit;
                    last = "units";
                }
                else if (Tens.TryGetValue(w, out int tens))
                {
                    if (last is "units" or "tens" || group % 100 != 0)
                    {
                        break;
                    }

                    group += tens;
                    last = "tens";
                }
                else if (w == "hundred")
                {
                    if (last is not ("units" or "tens") || group >= 100)
                    {
                        break;
                    }

                    group *= 100;
                    last = "hundred";
                }
                else if (ScaleWords.TryGetValue(w, out (string Name, decimal Factor) scale) && w.Length > 2)
                {
                    if (last is not ("units" or "tens" or "hundred") || scale.Factor >= lastScale)
                    {
                        break;
                    }

                    total += group * scale.Factor;
                    group = 0;
                    lastScale = scale.Factor;
                    endScale = scale.Name;
                    last = "scale";
                    words++;
                    end = j + 1;
                    j++;
                    continue;
                }
                else if (w == "and" && last is "hundred" or "scale" && j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Word
                    && (Units.ContainsKey(Lower(text, tokens[j + 1])) || Tens.ContainsKey(Lower(text, tokens[j + 1]))))
                {
                    // British "one hundred and twenty".
                    j++;
                    continue;
                }
                else if (last == "tens" && Ordinals.TryGetValue(w, out int ordinalUnit) && ordinalUnit < 10)
                {
                    // "twenty-first"
                    group += ordinalUnit;
                    ordinal = true;
                    words++;
                    end = j + 1;
                    break;
                }
                else
                {
                    break;
                }

                endScale = null;
                words++;
                end = j + 1;
                j++;
            }

            decimal value = total + group;
            var result = new Amount { Next = end, HasValue = true, Denominator = 1, Scale = "none", Compound = words > 1, Ordinal = ordinal };
            if (endScale is not null)
            {
                result.Numerator = value / ScaleFactor(endScale);
                result.Scale = endScale;
                return result;
            }

            result.Numerator = value;
            if (ordinal)
            {
                return result;
            }

            // "two-thirds", "three quarters", "one half": the number is the numerator of a fraction.
            if (end < tokens.Count && Joined(text, tokens, end - 1, end, out int d) && tokens[d].Kind == TokenKind.Word
                && Denominators.TryGetValue(Lower(text, tokens[d]), out int denominator) && value >= 1 && value < denominator
                && (value == 1 ? !Lower(text, tokens[d]).EndsWith("s", StringComparison.Ordinal) : Lower(text, tokens[d]).EndsWith("s", StringComparison.Ordinal)))
            {
                result.Denominator = denominator;
                result.Fraction = true;
                result.Compound = true;
                result.Next = d + 1;
                return result;
            }

            // "two dozen"
            if (end < tokens.Count && Near(text, tokens[end - 1], tokens[end]) && Word(text, tokens[end], "dozen"))
            {
                result.Numerator = value * 12;
                result.Compound = true;
                result.Next = end + 1;
                return result;
            }

            return AndFraction(text, tokens, result);
        }

        /// <summary>"and a half", "and a quarter", "and three quarters", "and two-thirds" after a whole number.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Amount AndFraction(string text, List<Token> tokens, Amount whole)
        {
            int j = whole.Next;
            if (whole.Ordinal || whole.Scale != "none" || j + 2 >= tokens.Count || !Word(text, tokens[j], "and") || !Near(text, tokens[j - 1], tokens[j]) || !Near(text, tokens[j], tokens[j + 1]))
            {
                return whole;
            }

            Amount? part = Word(text, tokens[j + 1], "a", "an", "one", "two", "three") ? ReadAmount(text, tokens, j + 1) : null;
            if (part is not { Fraction: true, HasValue: true } fraction || fraction.Numerator >= fraction.Denominator)
            {
                return whole;
            }

            whole.Numerator = (whole.Numerator * fraction.Denominator) + fraction.Numerator;
            whole.Denominator = fraction.Denominator;
            if (whole.Denominator == 2 || whole.Denominator == 4)
            {
                // A finite decimal: keep the value exact.
                whole.Numerator /= whole.Denominator;
                whole.Denominator = 1;
            }

            whole.Compound = true;
            whole.Next = fraction.Next;
            return whole;
        }

        /// <summary>A unit after the number (and its scale): "%", "percent", "per cent", "years", "-day", "times", "USD", "US dollars".</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int ReadUnit(string text, List<Token> tokens, int j, ref string? unit, ref decimal factor)
        {
            if (j >= tokens.Count)
            {
                return j;
            }

            Token previous = tokens[j - 1 < 0 ? 0 : j - 1];
            string? before = unit;
            int end = ReadUnitWords(text, tokens, j, previous, ref unit, ref factor);

            // A currency before the number is its unit: "USD 240 billion%" is not a percentage.
            if (before is not null && unit != before)
            {
                unit = before;
                factor = 1m;
                return j;
            }

            return end;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static int ReadUnitWords(string text, List<Token> tokens, int j, Token previous, ref string? unit, ref decimal factor)
        {
            if (IsSymbol(text, tokens[j], '%') && tokens[j].Start - previous.End <= 1)
            {
                unit = "percent";
                return j + 1;
            }

            // "two-day", "7000-word": a hyphen joins the unit.
            int u = j;
            if (IsHyphen(text, tokens[j]) && j > 0 && Adjacent(previous, tokens[j]) && j + 1 < tokens.Count && Adjacent(tokens[j], tokens[j + 1]))
            {
                u = j + 1;
            }
            else if (!Near(text, previous, tokens[j]))
            {
                return j;
            }

            if (tokens[u].Kind != TokenKind.Word)
            {
                return j;
            }

            string w = Lower(text, tokens[u]);
            if (w == "per" && u + 1 < tokens.Count && Word(text, tokens[u + 1], "cent") && Near(text, tokens[u], tokens[u + 1]))
            {
                unit = "percent";
                return u + 2;
            }

            if (w == "percentage" && u + 1 < tokens.Count && Word(text, tokens[u + 1], "point", "points") && Near(text, tokens[u], tokens[u + 1]))
            {
                unit = "percent";
                return u + 2;
            }

            if (w == "us" && u + 1 < tokens.Count && Word(text, tokens[u + 1], "dollar", "dollars") && Near(text, tokens[u], tokens[u + 1]))
            {
                unit = "usd";
                return u + 2;
            }

            if (UnitWords.TryGetValue(w, out (string Unit, decimal Factor) found))
            {
                unit = found.Unit;
                factor = found.Factor;
                return u + 1;
            }

            return j;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static decimal ScaleFactor(string name)
        {
            foreach (KeyValuePair<string, (string Name, decimal Factor)> entry in ScaleWords)
            {
                if (entry.Value.Name == name)
                {
                    return entry.Value.Factor;
                }
            }

            return 1m;
        }

        /// <summary>"1,000,000" groups thousands; "12,5" is a decimal comma.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool IsGrouped(string digits)
        {
            int comma = digits.IndexOf(',');
            if (comma < 1 || comma > 3 || digits.IndexOf('.') >= 0)
            {
                return false;
            }

            for (int i = comma; i < digits.Length; i += 4)
            {
                if (digits[i] != ',' || i + 4 > digits.Length || (i + 4 < digits.Length && digits[i + 4] != ','))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether token <paramref name="next"/> continues the number words ending at token <paramref name="last"/>:
        /// separated by spaces (one line break at most) or joined by a hyphen ("twenty-five", "two-thirds").
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool Joined(string text, List<Token> tokens, int last, int next, out int word)
        {
            word = next;
            if (next >= tokens.Count)
            {
                return false;
            }

            if (IsHyphen(text, tokens[next]) && Adjacent(tokens[last], tokens[next]) && next + 1 < tokens.Count && Adjacent(tokens[next], tokens[next + 1]))
            {
                word = next + 1;
                return true;
            }

            return Near(text, tokens[last], tokens[next]);
        }

        private static bool Adjacent(Token a, Token b) => a.End == b.Start;

        private static bool Close(string text, Token a, Token b) => Adjacent(a, b) || Near(text, a, b);

        /// <summary>Separated by white space within a paragraph (no blank line between).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool Near(string text, Token a, Token b)
        {
            if (b.Start - a.End < 1)
            {
                return false;
            }

            int newlines = 0;
            for (int i = a.End; i < b.Start; i++)
            {
                if (text[i] == '\n' && ++newlines > 1)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHyphen(string text, Token t) => t.Kind == TokenKind.Symbol && t.End - t.Start == 1 && text[t.Start] is '-' or '\u2010' or '\u2011';

        private static bool IsSymbol(string text, Token t, char c) => t.Kind == TokenKind.Symbol && t.End - t.Start == 1 && text[t.Start] == c;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool Word(string text, Token t, params string[] words)
        {
            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            foreach (string w in words)
            {
                if (t.End - t.Start == w.Length && string.Compare(text, t.Start, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Lower(string text, Token t) => text.Substring(t.Start, t.End - t.Start).ToLowerInvariant();

        private enum TokenKind
        {
            Word,
            Digits,
            Symbol,
        }

        private readonly struct Token
        {
            [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
            public Token(int start, int end, TokenKind kind)
            {
                Start = start;
                End = end;
                Kind = kind;
            }

            public int Start { get; }

            public int End { get; }

            public TokenKind Kind { get; }
        }

        /// <summary>Words (letters and their combining marks), digit groups ("1,000.5") and single symbols; white space separates.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                if (c >= '0' && c <= '9')
                {
                    while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                    {
                        i++;
                    }

                    while (i + 1 < text.Length && (text[i] == '.' || text[i] == ',') && text[i + 1] >= '0' && text[i + 1] <= '9')
                    {
                        i++;
                        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                        {
                            i++;
                        }
                    }

                    tokens.Add(new Token(start, i, TokenKind.Digits));
                }
                else if (char.IsLetter(c))
                {
                    i++;
                    while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i])))
                    {
                        i++;
                    }

                    tokens.Add(new Token(start, i, TokenKind.Word));
                }
                else
                {
                    i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    tokens.Add(new Token(start, i, TokenKind.Symbol));
                }
            }

            return tokens;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool IsMark(char c)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Dictionary<string, int> Table(params string[] words)
        {
            var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < words.Length; i++)
            {
                map[words[i]] = i;
            }

            return map;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static Dictionary<string, int> OrdinalTable()
        {
            string[] units =
            {
                "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            };
            Dictionary<string, int> map = Table(units);
            string[] tens = { "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };
            for (int i = 0; i < tens.Length; i++)
            {
                map[tens[i]] = (i + 2) * 10;
            }

            map["hundredth"] = 100;
            map["thousandth"] = 1000;
            map["millionth"] = 1_000_000;
            return map;
        }
    }
}
