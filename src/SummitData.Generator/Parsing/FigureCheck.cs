using System.Collections.Generic;
using System.Globalization;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Checks a figure's value, scale and unit against the words it is anchored to, where the words allow it: the
    /// numbers the words write (digits or words, read by <see cref="NumberReader"/>) must include the value with its
    /// scale, and percent and dollar signs must agree with the unit. Words with no number ("no investments") and
    /// indefinite numbers ("hundreds") say no value, so nothing is checked, and nothing is checked wrongly.
    /// </summary>
    /// <remarks>
    /// A number that ends in a scale word keeps the scale, as digits do: "three thousand" is 3 with the scale
    /// <c>thousand</c>, as "USD 240 billion" is 240 with the scale <c>billion</c>; "one hundred" is 100 (hundred is no
    /// scale of the format). A fraction with no finite decimal form ("two-thirds") matches a value rounded to the value's
    /// own decimal places with at least two significant digits (0.67, 0.667); with the unit <c>percent</c>, a fraction in
    /// words is a percentage (66.67). "A decade" and "a century" are 10 and 100 years: "half a century" is 50.
    /// </remarks>
    internal static class FigureCheck
    {
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
            if (System.Math.Abs(value) <= decimal.MaxValue / factor)
            {
                return null;
            }

            string written = value.ToString(CultureInfo.InvariantCulture);
            return $"{written} {scale} is more than a decimal number holds (at most 79,228,162,514,264,337,593,543,950,335, about 7.9 × 10^28, either side of zero), so the figure's scaled value could not be computed; check the value and the scale (with scale '{scale}', the value must be at most {(decimal.MaxValue / factor).ToString(CultureInfo.InvariantCulture)} either side of zero)";
        }

        /// <summary>Returns null when consistent, otherwise the field at fault and a sentence saying what disagrees.</summary>
        public static (string Field, string Problem)? Check(string words, decimal value, string scale, string unit)
        {
            var numbers = new List<NumberPhrase>();
            foreach (NumberPhrase phrase in NumberReader.Read(words))
            {
                if (phrase.HasValue)
                {
                    numbers.Add(phrase);
                }
            }

            if (numbers.Count > 0)
            {
                NumberPhrase? match = null;
                foreach (NumberPhrase phrase in numbers)
                {
                    if (phrase.Matches(value, unit == "percent") && (match is null || (match.Scale != scale && phrase.Scale == scale)))
                    {
                        match = phrase;
                    }
                }

                if (match is null)
                {
                    return ("value", $"the value {value.ToString(CultureInfo.InvariantCulture)} does not match the number written in '{words}' ({string.Join(", ", numbers.ConvertAll(n => n.Describe()))})");
                }

                if (match.Scale != scale)
                {
                    return match.Scale != "none"
                        ? ("scale", $"'{words}' says {match.Scale}, but the scale is '{scale}'")
                        : ("scale", $"the scale is '{scale}', but '{words}' has no scale word; include it in the anchor or remove the scale");
                }
            }

            string lower = words.ToLowerInvariant();
            bool percent = words.IndexOf('%') >= 0 || ContainsWord(lower, "percent") || lower.Contains("per cent");
            if (percent && unit != "percent")
            {
                return ("unit", $"'{words}' is a percentage, but the unit is '{unit}'");
            }

            bool dollars = words.IndexOf('$') >= 0 || ContainsWord(lower, "usd");
            if (dollars && unit != "usd")
            {
                return ("unit", $"'{words}' is an amount in US dollars, but the unit is '{unit}'");
            }

            return null;
        }

        private static bool ContainsWord(string lower, string word)
        {
            for (int i = lower.IndexOf(word, System.StringComparison.Ordinal); i >= 0; i = lower.IndexOf(word, i + 1, System.StringComparison.Ordinal))
            {
                bool startsWord = i == 0 || !char.IsLetter(lower[i - 1]);
                bool endsWord = i + word.Length == lower.Length || !char.IsLetter(lower[i + word.Length]);
                if (startsWord && endsWord)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
