using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// Writes a <see cref="SummitDataSet"/> as a Markdown (GitHub Flavored Markdown) report: a summary, then tables of
/// documents, agreements with their status, figures, quotes grouped by the person quoted, where the sources disagree,
/// the claims with the documents that make them, and the people with their spellings and roles per document.
/// </summary>
/// <remarks>
/// Every row of a table has as many cells as its header: in cells, pipes and Markdown punctuation are
/// backslash-escaped and line breaks become <c>&lt;br&gt;</c>, so no text from the data can break a table or turn
/// into markup.
/// </remarks>
public static class MarkdownReport
{
    /// <summary>The report, with '\n' line endings. The same data always gives the same text.</summary>
    /// <param name="data">The data to report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);

        var md = new StringBuilder();
        md.Append("# SummitData report\n\n").Append(Formatting.Summary(data)).Append('\n');
        Documents(md, data);
        Agreements(md, data);
        Figures(md, data);
        Quotes(md, data);
        Discrepancies(md, data);
        Claims(md, data);
        People(md, data);
        return md.ToString();
    }

    private static void Documents(StringBuilder md, SummitDataSet data)
    {
        md.Append("\n## Documents\n\n");
        var table = new Table(("Document", false), ("Title", false), ("Outlet", false), ("Authors", false), ("Figures", true), ("Quotes", true), ("Agreements", true), ("People", true));
        foreach (Document document in data.Documents)
        {
            table.Add(
                Code(document.Id),
                Text(document.Title),
                Text(document.Outlet),
                Text(document.Authors.Count == 0 ? null : string.Join(", ", document.Authors)),
                Formatting.Number(data.Figures.InDocument(document.Id).Count()),
                Formatting.Number(data.Quotes.InDocument(document.Id).Count()),
                Formatting.Number(data.Agreements.InDocument(document.Id).Count()),
                Formatting.Number(data.People.InDocument(document.Id).Count()));
        }

        table.WriteTo(md);
    }

    private static void Agreements(StringBuilder md, SummitDataSet data)
    {
        md.Append("\n## Agreements\n\n");
        var table = new Table(("Agreement", false), ("Kind", false), ("Status", false), ("Parties", false), ("Mentions", true), ("Documents", false));
        foreach (Agreement agreement in data.Agreements)
        {
            table.Add(
                Text(agreement.Title),
                Text(EnumNames.Of(agreement.Kind)),
                Text(EnumNames.Of(agreement.Status)),
                Text(agreement.Parties.Count == 0 ? null : string.Join(", ", agreement.Parties)),
                Formatting.Number(agreement.Mentions.Count),
                string.Join(", ", Formatting.DocumentIds(agreement.Mentions).Select(Code)));
        }

        table.WriteTo(md);
    }

    private static void Figures(StringBuilder md, SummitDataSet data)
    {
        md.Append("\n## Figures\n\n");
        var table = new Table(("Document", false), ("Line", true), ("As written", false), ("Value", true), ("Measures", false), ("Direction", false));
        foreach (Figure figure in data.Figures)
        {
            table.Add(
                Code(figure.DocumentId),
                Formatting.Number(figure.Citation.Line),
                Text(figure.Text),
                Text(Formatting.FigureValue(figure)),
                Text(Formatting.Measure(figure)),
                Text(figure.Direction is { } direction ? EnumNames.Of(direction) : null));
        }

        table.WriteTo(md);
    }

    private static void Quotes(StringBuilder md, SummitDataSet data)
    {
        md.Append("\n## Quotes by person\n");
        foreach (Person person in data.People)
        {
            List<Quote> quotes = [.. data.QuotesBy(person)];
            if (quotes.Count == 0)
            {
                continue;
            }

            md.Append("\n### ").Append(Text(person.Name)).Append(" (").Append(Formatting.Count(quotes.Count, "quote")).Append(")\n\n");
            var table = new Table(("Quote", false), ("Kind", false), ("Document", false), ("Line", true));
            foreach (Quote quote in quotes)
            {
                table.Add(Text($"“{quote.Text}”"), Text(EnumNames.Of(quote.Kind)), Code(quote.DocumentId), Formatting.Number(quote.Citation.Line));
            }

            table.WriteTo(md);
        }

        // Quotes whose speaker is not among the data set's people count as unattributed to a person, like those without one.
        var people = new HashSet<Person>(data.People);
        List<Quote> others = [.. data.Quotes.Where(q => q.Speaker is null || !people.Contains(q.Speaker))];
        if (others.Count == 0)
        {
            return;
        }

        md.Append("\n### Other quotes (").Append(Formatting.Count(others.Count, "quote")).Append(")\n\n");
        var rest = new Table(("Quote", false), ("Kind", false), ("Attributed to", false), ("Document", false), ("Line", true));
        foreach (Quote quote in others)
        {
            rest.Add(Text($"“{quote.Text}”"), Text(EnumNames.Of(quote.Kind)), Text(Formatting.AttributedTo(quote)), Code(quote.DocumentId), Formatting.Number(quote.Citation.Line));
        }

        rest.WriteTo(md);
    }

    private static void Discrepancies(StringBuilder md, SummitDataSet data)
    {
        if (data.Discrepancies.Count == 0)
        {
            return;
        }

        md.Append("\n## Where the sources disagree\n\n")
            .Append(Formatting.Count(data.Discrepancies.Count, "point", "points"))
            .Append(" on which the documents disagree; each side is one document's own words.\n");
        foreach (Discrepancy discrepancy in data.Discrepancies)
        {
            md.Append("\n### ").Append(Text(discrepancy.Topic)).Append(" (").Append(Text(EnumNames.Of(discrepancy.Kind))).Append(")\n\n");
            var table = new Table(("Document", false), ("Line", true), ("Says", false));
            foreach (Citation side in discrepancy.Sides)
            {
                table.Add(Code(side.DocumentId), Formatting.Number(side.Line), Text($"“{side.Text}”"));
            }

            table.WriteTo(md);
        }
    }

    private static void Claims(StringBuilder md, SummitDataSet data)
    {
        if (data.Claims.Count == 0)
        {
            return;
        }

        md.Append("\n## Claims and their sources\n\n");
        var table = new Table(("Claim", false), ("Sources", true), ("Documents", false), ("Citations", true));
        foreach (Claim claim in data.Claims.OrderByDescending(c => c.SourceCount).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            table.Add(Text(claim.Statement), Formatting.Number(claim.SourceCount), string.Join(", ", claim.DocumentIds.Select(Code)), Formatting.Number(claim.Citations.Count));
        }

        table.WriteTo(md);
    }

    private static void People(StringBuilder md, SummitDataSet data)
    {
        md.Append("\n## People\n\n");
        var table = new Table(("Person", false), ("Spellings", false), ("Roles, by document", false), ("Documents", true), ("Quotes", true), ("Disagreements", true));
        foreach (Person person in data.People)
        {
            PersonProfile profile = data.About(person);
            table.Add(
                Text(person.Name),
                Text(string.Join(", ", person.Spellings)),
                Text(person.Roles.Count == 0 ? null : Formatting.Roles(person)),
                Formatting.Number(profile.DocumentIds.Count),
                Formatting.Number(profile.Quotes.Count),
                Formatting.Number(profile.Discrepancies.Count));
        }

        table.WriteTo(md);
    }

    /// <summary>
    /// Text as one table cell: Markdown punctuation and pipes backslash-escaped, line breaks as <c>&lt;br&gt;</c>, a
    /// missing value as a dash.
    /// </summary>
    private static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Formatting.None;
        }

        var cell = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\r' or '\n':
                    // CR LF, CR and LF are each one line break.
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    cell.Append("<br>");
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~' or '#' or '!':
                    cell.Append('\\').Append(c);
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        return cell.ToString();
    }

    /// <summary>An id as inline code, or as escaped text when it holds what code spans cannot hold.</summary>
    private static string Code(string id) =>
        id.Length > 0 && id.AsSpan().IndexOfAny("`|\r\n") < 0 && id.Trim().Length == id.Length ? $"`{id}`" : Text(id);

    /// <summary>A GitHub Flavored Markdown table whose cells are already escaped.</summary>
    private sealed class Table(params (string Header, bool AlignRight)[] columns)
    {
        private readonly List<string[]> _rows = [];

        public void Add(params string[] cells)
        {
            if (cells.Length != columns.Length)
            {
                throw new ArgumentException($"Expected {columns.Length} cells, got {cells.Length}.", nameof(cells));
            }

            _rows.Add(cells);
        }

        public void WriteTo(StringBuilder md)
        {
            WriteRow(md, columns.Select(c => c.Header));
            WriteRow(md, columns.Select(c => c.AlignRight ? "--:" : "---"));
            foreach (string[] row in _rows)
            {
                WriteRow(md, row);
            }
        }

        private static void WriteRow(StringBuilder md, IEnumerable<string> cells) =>
            md.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
    }
}
