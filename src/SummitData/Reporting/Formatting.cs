using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>Culture-free formatting shared by the reports, so that every report says the same thing the same way.</summary>
internal static class Formatting
{
    /// <summary>What a table shows for a value the data does not have.</summary>
    public const string None = "—";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal exactly as stored (<c>1.10</c> stays <c>1.10</c>), as the JSON and CSV reports write it.</summary>
    public static string Exact(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Count(int count, string singular, string? plural = null) =>
        $"{Number(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>"5 documents, 19 agreements, ...": the size of a data set, every kind in its order.</summary>
    public static string Summary(SummitDataSet data) =>
        string.Join(", ", RecordKind.All.Select(k => Count(k.Records(data).Count, k.Singular, k.Name)));

    /// <summary>
    /// A single value as the data formats write it, culture-free: text and ids as they are, a number exactly as stored,
    /// a date <c>yyyy-MM-dd</c>, an enum value by its kebab-case name, a boolean <c>true</c> or <c>false</c>; null for none.
    /// </summary>
    public static string? Scalar(ColumnType type, object? value) => value switch
    {
        null => null,
        string text => text,
        decimal number => Exact(number),
        bool flag => Boolean(flag),
        DateOnly date => Date(date),
        Enum member => EnumNames.Of(member),
        _ => throw new ArgumentException($"A {type} column holds a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A person's roles with the document that states each: "Defence minister (doc-a); economy minister (doc-b)".</summary>
    public static string Roles(Person person) =>
        string.Join("; ", person.Roles.Select(r => $"{r.Text} ({r.DocumentId})"));

    /// <summary>
    /// A figure's value for reading: "USD 240 billion", "~90%", "75 years", "8th". With <paramref name="signed"/>, a
    /// stated increase gets "+" and a decline "−" ("~−16%").
    /// </summary>
    public static string FigureValue(Figure figure, bool signed = false)
    {
        var text = new StringBuilder();
        if (figure.IsApproximate)
        {
            text.Append('~');
        }

        if (signed && figure.Direction is { } direction)
        {
            text.Append(direction == FigureDirection.Decline ? '−' : '+');
        }

        if (figure.Unit == FigureUnit.Usd)
        {
            text.Append("USD ");
        }

        text.Append(Readable(figure.Value));
        if (figure.Scale != FigureScale.None)
        {
            text.Append(' ').Append(EnumNames.Of(figure.Scale));
        }

        switch (figure.Unit)
        {
            case FigureUnit.Usd or FigureUnit.Count:
                break;
            case FigureUnit.Percent:
                text.Append('%');
                break;
            case FigureUnit.Ordinal when figure.Scale == FigureScale.None && figure.Value == decimal.Truncate(figure.Value) && figure.Value > 0:
                text.Append(OrdinalSuffix(figure.Value));
                break;
            default:
                // Unit names are plurals ("years", "weeks"); one of them reads "1 week".
                string unit = EnumNames.Of(figure.Unit);
                text.Append(' ').Append(figure.Value == 1 && unit.EndsWith('s') ? unit[..^1] : unit);
                break;
        }

        return text.ToString();
    }

    /// <summary>A number for reading: thousands grouped, no trailing zeros (240, 13.5, 7,000).</summary>
    public static string Readable(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>A figure's measure with its period: "bilateral trade between Russia and China (2023)".</summary>
    public static string Measure(Figure figure) => figure.Period is null ? figure.Measures : $"{figure.Measures} ({figure.Period})";

    /// <summary>Who a quote is attributed to: the speaker, else the source agreement, else the credited outlet or body.</summary>
    public static string? AttributedTo(Quote quote) => quote.Speaker?.Name ?? quote.Source?.Title ?? quote.Attribution;

    /// <summary>The distinct ids of the documents citations are in, in order of first appearance.</summary>
    public static IEnumerable<string> DocumentIds(IEnumerable<Citation> citations) =>
        citations.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal);

    /// <summary>The text cut to at most <paramref name="width"/> characters, ending with an ellipsis when cut.</summary>
    public static string Fit(string text, int width)
    {
        if (text.Length <= width)
        {
            return text;
        }

        int keep = Math.Max(width - 1, 0);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep].TrimEnd() + "…";
    }

    private static string OrdinalSuffix(decimal value)
    {
        decimal lastTwo = value % 100;
        if (lastTwo is >= 11 and <= 13)
        {
            return "th";
        }

        return (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
