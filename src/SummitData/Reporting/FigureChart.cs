using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Draws figures as a horizontal bar chart in SVG: one labelled bar per figure, on one axis. The SVG is
/// self-contained (no styles, fonts or scripts from elsewhere), so it can be embedded in HTML or shown on its own,
/// e.g. in a notebook.
/// </summary>
public static class FigureChart
{
    private const int Width = 760;
    private const int Pad = 16;
    private const int RowHeight = 40;
    private const int BarHeight = 14;
    private const int LabelRoom = 130;

    /// <summary>The largest magnitude the axis arithmetic works with (see <see cref="Svg"/>).</summary>
    private const decimal MaxAxisMagnitude = 1_000_000_000_000_000_000_000_000_000m;

    // Average advance of a 12 px sans-serif character: enough to keep labels inside the chart without measuring text.
    private const decimal CharWidth = 6.4m;

    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private const string IncreaseColor = "#2e7d32";
    private const string DeclineColor = "#c62828";
    private const string PlainColor = "#2563eb";
    private const string MutedColor = "#6b7280";
    private const string GridColor = "#e5e7eb";

    /// <summary>
    /// A horizontal bar chart of <paramref name="figures"/>, in the order given. Each bar is a figure's
    /// <see cref="Figure.ScaledValue"/>, drawn below zero when the figure states a
    /// <see cref="FigureDirection.Decline"/>; bars are coloured by direction (increase, decline, none stated) and
    /// labelled with what the figure measures, its period and its document. The same figures always give the same text.
    /// </summary>
    /// <param name="figures">The figures to draw. They must all have the same <see cref="Figure.Unit"/>, as they share an axis.</param>
    /// <param name="title">A title shown above the chart and given to assistive technology, or null for none.</param>
    /// <param name="link">
    /// Where a bar links to (e.g. <c>"#fig-bilateral-trade-2023"</c>), or null for no link; null for no links at all.
    /// The value is written as given, attribute-encoded.
    /// </param>
    /// <returns>An <c>&lt;svg&gt;</c> element with the SVG namespace, well-formed XML. With no figures, it says so.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds null, or figures of different units.</exception>
    public static string Svg(IEnumerable<Figure> figures, string? title = null, Func<Figure, string?>? link = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        List<Figure> bars = [.. figures];
        if (bars.Any(f => f is null))
        {
            throw new ArgumentException("The figures include null.", nameof(figures));
        }

        string[] units = [.. bars.Select(f => EnumNames.Of(f.Unit)).Distinct(StringComparer.Ordinal)];
        if (units.Length > 1)
        {
            throw new ArgumentException($"The figures of one chart share an axis and must have one unit; these have {string.Join(", ", units)}.", nameof(figures));
        }

        var svg = new StringBuilder();
        int y = Pad;
        int titleHeight = string.IsNullOrEmpty(title) ? 0 : 26;
        bool hasDirections = bars.Any(f => f.Direction is not null);
        int legendHeight = hasDirections ? 22 : 0;
        int rowsTop = y + titleHeight + legendHeight + 4;
        int axisY = rowsTop + (bars.Count * RowHeight) + 2;
        int height = bars.Count == 0 ? rowsTop + 32 : axisY + 44;

        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure-chart\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\"");
        if (units.Length == 1)
        {
            svg.Append(" data-unit=\"").Append(units[0]).Append('"');
        }

        svg.Append(" role=\"img\"");
        if (!string.IsNullOrEmpty(title))
        {
            svg.Append(" aria-label=\"").Append(Html.Encode(title)).Append('"');
        }

        svg.Append(" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\" fill=\"#111827\">\n");
        if (!string.IsNullOrEmpty(title))
        {
            svg.Append("<title>").Append(Html.Encode(title)).Append("</title>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Pad}\" y=\"{y + 14}\" font-size=\"15\" font-weight=\"600\">").Append(Html.Encode(title)).Append("</text>\n");
        }

        if (hasDirections)
        {
            Legend(svg, y + titleHeight + 12, bars);
        }

        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Pad}\" y=\"{rowsTop + 16}\" fill=\"{MutedColor}\">No figures to chart.</text>\n</svg>");
            return svg.ToString();
        }

        decimal[] values = [.. bars.Select(Signed)];
        bool hasNegative = values.Any(v => v < 0);
        bool hasPositive = values.Any(v => v > 0) || !hasNegative;
        decimal left = Pad + (hasNegative ? LabelRoom : 0);
        decimal right = Width - Pad - (hasPositive ? LabelRoom : 0);

        // The axis is computed in units of 1, 10 or 100, so that its largest magnitude is at most 10^27: its range, up
        // to twice that, and its ends, rounded outward to a step, then fit in a decimal, whose limit is about 7.9 × 10^28.
        decimal axisUnit = 1;
        decimal largest = values.Max(Math.Abs);
        while (largest / axisUnit > MaxAxisMagnitude)
        {
            axisUnit *= 10;
        }

        decimal[] positions = [.. values.Select(v => v / axisUnit)];
        decimal low = Math.Min(0, positions.Min());
        decimal high = Math.Max(0, positions.Max());
        decimal step = NiceStep(high - low);
        low = decimal.Floor(low / step) * step;
        high = decimal.Ceiling(high / step) * step;
        if (high == low)
        {
            high = low + step;
        }

        decimal X(decimal value) => left + ((value - low) / (high - low) * (right - left));

        // Grid and axis first, so that the bars are drawn over them.
        FigureUnit unit = bars[0].Unit;
        svg.Append("<g class=\"axis\">\n");
        for (decimal tick = low; tick <= high; tick += step)
        {
            string x = Coordinate(X(tick));
            string stroke = tick == 0 ? MutedColor : GridColor;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{rowsTop - 4}\" x2=\"{x}\" y2=\"{axisY}\" stroke=\"{stroke}\" stroke-width=\"1\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{axisY + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{MutedColor}\">")
                .Append(Html.Encode(Tick(tick, axisUnit, unit))).Append("</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Coordinate(left)}\" y1=\"{axisY}\" x2=\"{Coordinate(right)}\" y2=\"{axisY}\" stroke=\"{MutedColor}\" stroke-width=\"1\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(right)}\" y=\"{axisY + 34}\" text-anchor=\"end\" font-size=\"11\" fill=\"{MutedColor}\">")
            .Append(Html.Encode(AxisCaption(unit, hasNegative))).Append("</text>\n</g>\n");

        for (int i = 0; i < bars.Count; i++)
        {
            Bar(svg, bars[i], values[i], rowsTop + (i * RowHeight), X(0), X(positions[i]), link?.Invoke(bars[i]));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Bar(StringBuilder svg, Figure figure, decimal value, int top, decimal zero, decimal end, string? href)
    {
        svg.Append("<g class=\"row\">\n");

        // The label: what the figure measures, cut to the chart's width, then the document in a muted colour.
        string document = " · " + figure.DocumentId;
        int room = (int)((Width - (2 * Pad)) / CharWidth) - document.Length;
        // A white halo keeps the label readable where grid lines run behind it.
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Pad}\" y=\"{top + 12}\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
            .Append(Html.Encode(Formatting.Fit(Formatting.Measure(figure), Math.Max(room, 12))))
            .Append(CultureInfo.InvariantCulture, $"<tspan fill=\"{MutedColor}\">").Append(Html.Encode(document)).Append("</tspan></text>\n");

        // Both ends rounded as written, so that every bar meets the zero line exactly.
        zero = Round(zero);
        end = Round(end);
        decimal x = Math.Min(zero, end);
        decimal width = Math.Abs(end - zero);
        if (value != 0 && width < 1)
        {
            // A bar too short to see still shows that the value is not zero.
            width = 1;
            x = value < 0 ? zero - 1 : zero;
        }

        if (href is not null)
        {
            svg.Append("<a href=\"").Append(Html.Encode(href)).Append("\">");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-figure=\"{Html.Encode(figure.Id)}\" x=\"{Coordinate(x)}\" y=\"{top + 18}\" width=\"{Coordinate(width)}\" height=\"{BarHeight}\" rx=\"2\" fill=\"{Color(figure.Direction)}\">")
            .Append("<title>").Append(Html.Encode($"{Formatting.Measure(figure)}: “{figure.Text}” ({figure.DocumentId}, line {Formatting.Number(figure.Citation.Line)})")).Append("</title></rect>");
        if (href is not null)
        {
            svg.Append("</a>");
        }

        svg.Append('\n');
        string label = Html.Encode(Formatting.FigureValue(figure, signed: true));
        if (value < 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(x - 6)}\" y=\"{top + 29}\" text-anchor=\"end\" font-weight=\"600\">").Append(label).Append("</text>\n");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(x + width + 6)}\" y=\"{top + 29}\" font-weight=\"600\">").Append(label).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void Legend(StringBuilder svg, int baseline, List<Figure> bars)
    {
        decimal x = Pad;
        svg.Append("<g class=\"legend\" font-size=\"11\">\n");
        foreach ((FigureDirection? direction, string name) in new (FigureDirection?, string)[] { (FigureDirection.Increase, "increase"), (FigureDirection.Decline, "decline"), (null, "no direction stated") })
        {
            if (!bars.Any(f => f.Direction == direction))
            {
                continue;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Coordinate(x)}\" y=\"{baseline - 9}\" width=\"10\" height=\"10\" rx=\"2\" fill=\"{Color(direction)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Coordinate(x + 14)}\" y=\"{baseline}\" fill=\"{MutedColor}\">{name}</text>\n");
            x += 14 + (name.Length * CharWidth) + 16;
        }

        svg.Append("</g>\n");
    }

    /// <summary>The value a bar shows: the scaled value, below zero for a stated decline.</summary>
    private static decimal Signed(Figure figure) => figure.Direction switch
    {
        FigureDirection.Decline => -Math.Abs(Scaled(figure)),
        FigureDirection.Increase => Math.Abs(Scaled(figure)),
        _ => Scaled(figure),
    };

    /// <summary>
    /// <see cref="Figure.ScaledValue"/>, or the largest decimal of its sign where that would overflow: documents never
    /// give such a figure (SD0006), but one made in code can, and a chart draws whatever it is given.
    /// </summary>
    private static decimal Scaled(Figure figure)
    {
        decimal factor = figure.Scale switch
        {
            FigureScale.Thousand => 1_000m,
            FigureScale.Million => 1_000_000m,
            FigureScale.Billion => 1_000_000_000m,
            FigureScale.Trillion => 1_000_000_000_000m,
            _ => 1m,
        };
        return Math.Abs(figure.Value) <= decimal.MaxValue / factor ? figure.ScaledValue
            : figure.Value < 0 ? decimal.MinValue : decimal.MaxValue;
    }

    /// <summary>
    /// A round step (1, 2 or 5 times a power of ten) that cuts <paramref name="range"/> into about four parts.
    /// Decimal arithmetic, not logarithms, so that every platform picks the same step.
    /// </summary>
    private static decimal NiceStep(decimal range)
    {
        decimal target = range / 4;
        if (target <= 0)
        {
            return 1;
        }

        decimal magnitude = 1;
        while (magnitude <= decimal.MaxValue / 100 && magnitude * 10 <= target)
        {
            magnitude *= 10;
        }

        while (magnitude > target && magnitude > 0.000000000001m)
        {
            magnitude /= 10;
        }

        foreach (decimal factor in new[] { 1m, 2m, 5m })
        {
            if (factor * magnitude >= target)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>The label of a tick at <paramref name="value"/> units of <paramref name="axisUnit"/> (1, 10 or 100).</summary>
    private static string Tick(decimal value, decimal axisUnit, FigureUnit unit)
    {
        // Compared and divided in axis units: the tick's own value may be beyond what a decimal holds.
        decimal magnitude = Math.Abs(value);
        (decimal divisor, string word) =
            magnitude >= 1_000_000_000_000m / axisUnit ? (1_000_000_000_000m, " trillion")
            : magnitude >= 1_000_000_000m / axisUnit ? (1_000_000_000m, " billion")
            : magnitude >= 1_000_000m / axisUnit ? (1_000_000m, " million")
            : (1m, string.Empty);
        decimal shown = divisor >= axisUnit ? magnitude / (divisor / axisUnit) : magnitude * (axisUnit / divisor);

        string text = (value < 0 ? "−" : string.Empty) + Formatting.Readable(shown) + word;
        return unit == FigureUnit.Percent ? text + "%" : text;
    }

    private static string AxisCaption(FigureUnit unit, bool hasDeclines)
    {
        string caption = unit switch
        {
            FigureUnit.Usd => "US dollars",
            FigureUnit.Percent => "percent",
            _ => EnumNames.Of(unit),
        };
        return hasDeclines ? caption + " (declines below zero)" : caption;
    }

    private static string Color(FigureDirection? direction) => direction switch
    {
        FigureDirection.Increase => IncreaseColor,
        FigureDirection.Decline => DeclineColor,
        _ => PlainColor,
    };

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Coordinate(decimal value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);
}
