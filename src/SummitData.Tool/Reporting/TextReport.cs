using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SummitData.Reporting;

namespace SummitData.Tool.Reporting;

/// <summary>
/// Writes a readable plain-text report of a <see cref="SummitDataSet"/>: counts, agreements, figures, quotes, where
/// the sources disagree, and each person with their spellings and roles by document.
/// </summary>
/// <remarks>
/// The report program's text report, until the library renders text itself (then <see cref="ReportRenderers"/> calls
/// the library's, and this file goes).
/// </remarks>
internal static class TextReport
{
    private const string None = "—";

    /// <summary>The report, with '\n' line endings. The same data always gives the same text.</summary>
    public static string Render(SummitDataSet data)
    {
        var text = new StringBuilder();
        Heading(text, "SummitData report", '=');
        text.Append(CultureInfo.InvariantCulture, $"{Count(data.Documents.Count, "document")}, {Count(data.Agreements.Count, "agreement")}, ")
            .Append(CultureInfo.InvariantCulture, $"{Count(data.Figures.Count, "figure")}, {Count(data.Quotes.Count, "quote")}, {Count(data.People.Count, "person", "people")}, ")
            .Append(CultureInfo.InvariantCulture, $"{Count(data.Claims.Count, "claim")}, {Count(data.Discrepancies.Count, "discrepancy", "discrepancies")}\n");

        Documents(text, data);
        Agreements(text, data);
        Figures(text, data);
        Quotes(text, data);
        Disagreements(text, data);
        People(text, data);
        return text.ToString();
    }

    private static void Documents(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "Documents", '-');
        var table = new Table(
            new Column("Document", 32),
            new Column("Title", 44),
            new Column("Figures", 7, AlignRight: true),
            new Column("Quotes", 6, AlignRight: true),
            new Column("Agreements", 10, AlignRight: true),
            new Column("People", 6, AlignRight: true));
        foreach (Document document in data.Documents)
        {
            table.Add(
                document.Id,
                document.Title ?? document.SourceFile,
                Number(data.Figures.InDocument(document.Id).Count()),
                Number(data.Quotes.InDocument(document.Id).Count()),
                Number(data.Agreements.InDocument(document.Id).Count()),
                Number(data.People.InDocument(document.Id).Count()));
        }

        table.WriteTo(text);
    }

    private static void Agreements(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "Agreements", '-');
        var table = new Table(
            new Column("Title", 44),
            new Column("Kind", 15),
            new Column("Status", 19),
            new Column("Parties", 20),
            new Column("Mentions", 8, AlignRight: true),
            new Column("Docs", 4, AlignRight: true));
        foreach (Agreement agreement in data.Agreements)
        {
            table.Add(
                agreement.Title,
                EnumNames.Of(agreement.Kind),
                EnumNames.Of(agreement.Status),
                agreement.Parties.Count == 0 ? None : string.Join(", ", agreement.Parties),
                Number(agreement.Mentions.Count),
                Number(agreement.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count()));
        }

        table.WriteTo(text);
    }

    private static void Figures(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "Key figures", '-');
        text.Append("In the order they stand in each document. Value: ~ marks an approximate figure; scale and unit as annotated.\n");
        foreach (Document document in data.Documents)
        {
            List<Figure> figures = [.. data.Figures.InDocument(document.Id).OrderBy(f => f.Citation.Offset)];
            if (figures.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n{document.Id} ({Count(figures.Count, "figure")})\n");
            var table = new Table(
                new Column("Line", 4, AlignRight: true),
                new Column("As written", 20),
                new Column("Value", 16),
                new Column("Measures", 48),
                new Column("Period", 16));
            foreach (Figure figure in figures)
            {
                table.Add(
                    Number(figure.Citation.Line),
                    figure.Text,
                    Value(figure),
                    figure.Measures,
                    figure.Period ?? None);
            }

            table.WriteTo(text);
        }
    }

    private static void Quotes(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "Quotes", '-');
        foreach (Document document in data.Documents)
        {
            List<Quote> quotes = [.. data.Quotes.InDocument(document.Id).OrderBy(q => q.Citation.Offset)];
            if (quotes.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n{document.Id} ({Count(quotes.Count, "quote")})\n");
            var table = new Table(
                new Column("Line", 4, AlignRight: true),
                new Column("Quote", 56),
                new Column("Kind", 13),
                new Column("Speaker", 40));
            foreach (Quote quote in quotes)
            {
                table.Add(
                    Number(quote.Citation.Line),
                    $"“{quote.Text}”",
                    EnumNames.Of(quote.Kind),
                    quote.Speaker?.Name ?? quote.Source?.Title ?? quote.Attribution ?? None);
            }

            table.WriteTo(text);
        }
    }

    private static void Disagreements(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "Where the sources disagree", '-');
        if (data.Discrepancies.Count == 0)
        {
            text.Append("No disagreements are annotated.\n");
            return;
        }

        text.Append("Each side is one document's own words, with the line it stands on.\n");
        foreach (Discrepancy discrepancy in data.Discrepancies)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{discrepancy.Topic} ({EnumNames.Of(discrepancy.Kind)})\n");
            var table = new Table(
                new Column("Document", 32),
                new Column("Line", 4, AlignRight: true),
                new Column("Says", 80));
            foreach (Citation side in discrepancy.Sides)
            {
                table.Add(side.DocumentId, Number(side.Line), $"“{side.Text}”");
            }

            table.WriteTo(text);
        }
    }

    private static void People(StringBuilder text, SummitDataSet data)
    {
        Heading(text, "People", '-');
        text.Append("Every spelling the documents use, and each role with the document that states it.\n");
        foreach (Person person in data.People)
        {
            PersonProfile profile = data.About(person);
            text.Append(CultureInfo.InvariantCulture, $"\n{person.Name}: named in {Count(profile.DocumentIds.Count, "document")}, {Count(profile.Quotes.Count, "quote")}")
                .Append(profile.Discrepancies.Count == 0 ? "\n" : $", disagreements: {string.Join(", ", profile.Discrepancies.Select(d => d.Id))}\n");
            if (person.Spellings.Count > 1 || person.Spellings.FirstOrDefault() != person.Name)
            {
                text.Append("  spelled: ").AppendJoin(", ", person.Spellings).Append('\n');
            }

            foreach (Citation role in person.Roles)
            {
                text.Append(CultureInfo.InvariantCulture, $"  role: {role.Text} ({role.DocumentId}, line {Number(role.Line)})\n");
            }
        }
    }

    /// <summary>"~300 billion usd": the value before scaling, the scale word (if any) and the unit.</summary>
    private static string Value(Figure figure)
    {
        var value = new StringBuilder();
        if (figure.IsApproximate)
        {
            value.Append('~');
        }

        value.Append(figure.Value.ToString("#,0.##########", CultureInfo.InvariantCulture));
        if (figure.Scale != FigureScale.None)
        {
            value.Append(' ').Append(EnumNames.Of(figure.Scale));
        }

        return value.Append(' ').Append(EnumNames.Of(figure.Unit)).ToString();
    }

    private static void Heading(StringBuilder text, string title, char underline)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(title).Append('\n').Append(underline, title.Length).Append('\n');
    }

    private static string Count(int count, string singular, string? plural = null) =>
        $"{Number(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Column(string Header, int MaxWidth, bool AlignRight = false);

    /// <summary>A table of single-line cells, each column as wide as its widest cell up to the column's maximum.</summary>
    private sealed class Table(params Column[] columns)
    {
        private const string Gap = "  ";
        private readonly List<string[]> _rows = [];

        public void Add(params string[] cells)
        {
            if (cells.Length != columns.Length)
            {
                throw new ArgumentException($"Expected {columns.Length} cells, got {cells.Length}.", nameof(cells));
            }

            _rows.Add([.. cells.Select((cell, i) => Fit(OneLine(cell), columns[i].MaxWidth))]);
        }

        public void WriteTo(StringBuilder text)
        {
            int[] widths = [.. columns.Select((column, i) =>
                Math.Min(column.MaxWidth, _rows.Select(row => row[i].Length).Prepend(column.Header.Length).Max()))];

            WriteRow(text, [.. columns.Select(c => c.Header)], widths);
            WriteRow(text, [.. widths.Select(w => new string('-', w))], widths);
            foreach (string[] row in _rows)
            {
                WriteRow(text, row, widths);
            }
        }

        private void WriteRow(StringBuilder text, string[] cells, int[] widths)
        {
            var line = new StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(Gap);
                }

                string cell = Fit(cells[i], widths[i]);
                line.Append(columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        /// <summary>The text on one line: every run of white space (line breaks included) becomes one space.</summary>
        private static string OneLine(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>The text cut to at most <paramref name="width"/> characters, ending with an ellipsis when cut.</summary>
        private static string Fit(string text, int width)
        {
            if (text.Length <= width)
            {
                return text;
            }

            int keep = width - 1;
            if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            {
                keep--;
            }

            return text[..keep].TrimEnd() + "…";
        }
    }
}
