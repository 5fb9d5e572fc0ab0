using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Checks a figure's value, scale and unit against the words it is anchored to, where the words allow it:
    /// digits or number words must equal the value, scale words the scale, percent and dollar signs the unit.
    /// </summary>
    internal static class FigureCheck
    {
        private static readonly Regex Digits = new(@"[0-9]+(?:[.,][0-9]+)*", RegexOptions.CultureInvariant);
        private static readonly Regex Words = new(@"[\p{L}]+", RegexOptions.CultureInvariant);

        private static readonly Dictionary<string, decimal> NumberWords = Build();

        private static readonly Dictionary<string, string> ScaleWords = new(StringComparer.Ordinal)
        {
            ["thousand"] = "thousand",
            ["million"] = "million",
            ["mn"] = "million",
            ["billion"] = "billion",
            ["bn"] = "billion",
            ["trillion"] = "trillion",
            ["tn"] = "trillion",
        };

        /// <summary>
        /// Null when the value times its scale fits in a decimal, as <c>Figure.ScaledValue</c>, the charts and the reports
        /// compute it; otherwise a sentence saying why the value is refused and how to fix it.
        /// </summary>
        public static string? ScaledOverflow(decimal value, string scale)
        {
            decimal factor = scale switch
            {
                "thousand" => 1_000m,
                "million" => 1_000_000m,
                "billion" => 1_000_000_000m,
                "trillion" => 1_000_000_000_000m,
                _ => 1m,
            };

            // decimal.MaxValue divided by a power of ten up to 10^12 is exact, so this compares without overflowing.
            if (Math.Abs(value) <= decimal.MaxValue / factor)
            {
                return null;
            }

            string written = value.ToString(CultureInfo.InvariantCulture);
            return $"{written} {scale} is more than a decimal number holds (at most 79,228,162,514,264,337,593,543,950,335, about 7.9 × 10^28, either side of zero), so the figure's scaled value could not be computed; check the value and the scale (with scale '{scale}', the value must be at most {(decimal.MaxValue / factor).ToString(CultureInfo.InvariantCulture)} either side of zero)";
        }

        /// <summary>Returns null when consistent, otherwise the field at fault and a sentence saying what disagrees.</summary>
        public static (string Field, string Problem)? Check(string words, decimal value, string scale, string unit)
        {
            string lower = words.ToLowerInvariant();
            var tokens = new List<string>();
            foreach (Match m in Words.Matches(lower))
            {
                tokens.Add(m.Value);
            }

            // Value: digits first, then number words. Phrases such as "half a century" combine words and are not checked.
            var numbers = new List<decimal>();
            foreach (Match m in Digits.Matches(words))
            {
                string digits = m.Value;
                if (Regex.IsMatch(digits, @"^[0-9]{1,3}(,[0-9]{3})+$"))
                {
                    digits = digits.Replace(",", string.Empty);
                }
                else
                {
                    digits = digits.Replace(',', '.');
                }

                if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
                {
                    numbers.Add(parsed);
                }
            }

            bool compound = tokens.Contains("century") || tokens.Contains("centuries") || tokens.Contains("decade") || tokens.Contains("decades");
            if (numbers.Count == 0 && !compound)
            {
                decimal? fromWords = null;
                for (int i = 0; i < tokens.Count; i++)
                {
                    if (NumberWords.TryGetValue(tokens[i], out decimal n))
                    {
                        // "twenty-five": a tens word followed by a units word.
                        if (n >= 20 && n < 100 && n % 10 == 0 && i + 1 < tokens.Count && NumberWords.TryGetValue(tokens[i + 1], out decimal unitsWord) && unitsWord < 10)
                        {
                            n += unitsWord;
                            i++;
                        }

                        if (fromWords is null)
                        {
                            fromWords = n;
                        }
                    }
                }

                if (fromWords is decimal w)
                {
                    numbers.Add(w);
                }
            }

            if (numbers.Count > 0 && !numbers.Contains(value))
            {
                return ("value", $"the value {value.ToString(CultureInfo.InvariantCulture)} does not match the number written in '{words}' ({string.Join(", ", numbers.ConvertAll(n => n.ToString(CultureInfo.InvariantCulture)))})");
            }

            string? writtenScale = null;
            foreach (string token in tokens)
            {
                if (ScaleWords.TryGetValue(token, out string? s))
                {
                    writtenScale = s;
                }
            }

            if (writtenScale is not null && writtenScale != scale)
            {
                return ("scale", $"'{words}' says {writtenScale}, but the scale is '{scale}'");
            }

            if (writtenScale is null && scale != "none" && numbers.Count > 0)
            {
                return ("scale", $"the scale is '{scale}', but '{words}' has no scale word; include it in the anchor or remove the scale");
            }

            bool percent = words.IndexOf('%') >= 0 || tokens.Contains("percent") || lower.Contains("per cent");
            if (percent && unit != "percent")
            {
                return ("unit", $"'{words}' is a percentage, but the unit is '{unit}'");
            }

            bool dollars = words.IndexOf('$') >= 0 || tokens.Contains("usd");
            if (dollars && unit != "usd")
            {
                return ("unit", $"'{words}' is an amount in US dollars, but the unit is '{unit}'");
            }

            return null;
        }

        private static Dictionary<string, decimal> Build()
        {
            var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
            string[] units = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty" };
            string[] ordinals = { "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth" };
            for (int i = 0; i < units.Length; i++)
            {
                map[units[i]] = i;
                map[ordinals[i]] = i;
            }

            string[] tens = { "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
            string[] tensOrdinals = { "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };
            for (int i = 0; i < tens.Length; i++)
            {
                map[tens[i]] = (i + 3) * 10;
                map[tensOrdinals[i]] = (i + 3) * 10;
            }

            map["hundred"] = 100;
            map["half"] = 0.5m;
            map["dozen"] = 12;
            map["once"] = 1;
            map["twice"] = 2;
            return map;
        }
    }
}
