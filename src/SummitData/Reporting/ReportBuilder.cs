using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitData.Reporting;

/// <summary>
/// Builds the <see cref="Report"/> of a data set, once, for every text format: the charts of the figures, one section
/// per kind of record (<see cref="RecordKind.All"/>) from its columns, and the source texts. A kind gets a table of its
/// table columns; a few are arranged further (quotes grouped by the person quoted, claims by how many documents make
/// them, people with what the documents say about them). Everything is read from the data set's indexes, each record a
/// bounded number of times.
/// </summary>
internal sealed class ReportBuilder
{
    private const int CodeWidth = 32;
    private const int TextWidth = 40;
    private const int WordsWidth = 60;
    private const int NumberWidth = 16;

    private readonly SummitDataSet _data;
    private readonly Highlights _highlights;

    private ReportBuilder(SummitDataSet data)
    {
        _data = data;
        _highlights = Highlights.Place(data, RecordKind.All.SelectMany(Spans));
    }

    public static Report Build(SummitDataSet data)
    {
        var builder = new ReportBuilder(data);
        var sections = new List<ReportSection> { builder.Charts() };
        sections.AddRange(RecordKind.All.Select(builder.KindSection));
        sections.Add(builder.SourceTexts());
        return new Report("SummitData report", Formatting.Summary(data), sections);
    }

    /// <summary>A document's anchor in HTML, which its id links to.</summary>
    private static string DocumentAnchor(string id) => "doc-" + Highlights.Safe(id);

    /// <summary>The anchor of the <paramref name="index"/>th citation of a column (-1 for a single citation).</summary>
    private static string Anchor(ReportColumn column, IRecord record, int index) =>
        $"{column.Anchor}-{Highlights.Safe(record.Id)}" + (index < 0 ? string.Empty : "-" + Formatting.Number(index + 1));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The columns whose citations are highlighted in the texts: those tables show, with a highlight prefix.</summary>
    private static IEnumerable<ReportColumn> Highlighted(RecordKind kind) =>
        kind.Columns.Where(c => c.Anchor is not null && c.InTable && c.Type is ColumnType.Citation or ColumnType.Citations);

    private static TableColumn Header(ReportColumn column) => new(
        column.Header,
        column.Type is ColumnType.Number && column.Shown is null,
        column.Type switch
        {
            ColumnType.Number or ColumnType.Boolean or ColumnType.Date => NumberWidth,
            ColumnType.Id or ColumnType.Reference => CodeWidth,
            ColumnType.Citation or ColumnType.Citations => WordsWidth,
            _ => TextWidth,
        });

    private IEnumerable<Highlight> Spans(RecordKind kind)
    {
        foreach (ReportColumn column in Highlighted(kind))
        {
            foreach (IRecord record in kind.Records(_data))
            {
                string title = $"{Capitalized(kind.Singular)} {record.Id}: {kind.Report.Title(record)}";
                if (column.Read(record) is Citation citation)
                {
                    yield return new Highlight(citation, Anchor(column, record, -1), kind.Singular, title);
                    continue;
                }

                IReadOnlyList<Citation> citations = (IReadOnlyList<Citation>)column.Read(record)!;
                for (int i = 0; i < citations.Count; i++)
                {
                    yield return new Highlight(citations[i], Anchor(column, record, i), kind.Singular, title);
                }
            }
        }
    }

    private ReportSection Charts()
    {
        List<Figure> amounts = [.. _data.Figures.Where(f => f.Unit == FigureUnit.Usd)];
        List<Figure> changes = [.. _data.Figures.Where(f => f.Unit == FigureUnit.Percent && f.Direction is not null)];
        return new ReportSection("charts", "Charts", null,
        [
            Chart(amounts, "Amounts in US dollars", "Figures in US dollars, scaled (“USD 240 billion” is 240,000,000,000). Each bar links to its place in the source text."),
            Chart(changes, "Changes in percent", "Percent figures that state a direction: increases to the right, declines to the left of zero."),
        ]);
    }

    private Chart Chart(List<Figure> figures, string title, string caption)
    {
        ReportColumn words = RecordKind.Of<Figure>().Columns.Single(c => c.Type == ColumnType.Citation);
        string? Target(Figure figure) => _highlights.Target(Anchor(words, figure, -1));

        var bars = new Table([new("Figure", false, TextWidth), new("Document", false, CodeWidth), new("Value", false, TextWidth)]);
        foreach (Figure figure in figures)
        {
            bars.Add(
            [
                Cell.Of(Formatting.Measure(figure)),
                Document(figure.DocumentId),
                new Cell([new Run(RunKind.Text, Formatting.FigureValue(figure, signed: true), Target(figure))]),
            ]);
        }

        return new Chart(title, caption, figures, Target, bars);
    }

    private ReportSection KindSection(RecordKind kind)
    {
        IReadOnlyList<IRecord> records = kind.Records(_data);
        if (records.Count == 0)
        {
            return new ReportSection(kind.Name, Capitalized(kind.Name), kind, [new Note($"No {kind.Name} are annotated.")]);
        }

        Type type = kind.RecordType;
        if (type == typeof(Document))
        {
            return Documents(kind, records);
        }

        if (type == typeof(Quote))
        {
            return QuotesByPerson(kind);
        }

        if (type == typeof(Person))
        {
            return People(kind, records);
        }

        if (type == typeof(Claim))
        {
            return new ReportSection(kind.Name, "Claims and their sources", kind,
            [
                new Note("Each fact with the documents that state it, the most widely stated first."),
                KindTable(kind, [.. records.Cast<Claim>().OrderByDescending(c => c.SourceCount).ThenBy(c => c.Id, StringComparer.Ordinal)]),
            ]);
        }

        if (type == typeof(Discrepancy))
        {
            return new ReportSection(kind.Name, "Where the sources disagree", kind,
            [
                new Note($"{Formatting.Count(records.Count, "point")} on which the documents disagree; each side is one document’s own words."),
                KindTable(kind, records),
            ]);
        }

        if (type == typeof(Event))
        {
            return new ReportSection(kind.Name, "Timeline", kind,
            [
                new Note("What happened when, by date; each event with the documents that tell it and their words."),
                KindTable(kind, _data.Timeline()),
            ]);
        }

        return new ReportSection(kind.Name, Capitalized(kind.Name), kind, [KindTable(kind, records)]);
    }

    /// <summary>The documents, with how many records of every other kind each has.</summary>
    private ReportSection Documents(RecordKind kind, IReadOnlyList<IRecord> records)
    {
        RecordKind[] others = [.. RecordKind.All.Where(k => k != kind)];
        Table table = KindTable(
            kind,
            records,
            others.Select(k => (new TableColumn(Capitalized(k.Name), true, NumberWidth), (Func<IRecord, Cell>)(d => Cell.Of(Formatting.Number(k.InDocument(_data, d.Id).Count))))).ToArray());
        return new ReportSection(kind.Name, Capitalized(kind.Name), kind, [table]);
    }

    /// <summary>One table per person quoted, in the order of people, then the quotes of no person.</summary>
    private ReportSection QuotesByPerson(RecordKind kind)
    {
        var blocks = new List<ReportBlock>();
        ReportColumn[] columns = [.. kind.Columns.Where(c => c.InTable)];

        // In a person's table, who the words are attributed to is the heading.
        ReportColumn[] personColumns = [.. columns.Where(c => c.Name != "attributedTo")];
        foreach (Person person in _data.People)
        {
            IReadOnlyList<Quote> quotes = _data.QuotesBy(person);
            if (quotes.Count > 0)
            {
                blocks.Add(new Subheading($"{person.Name} ({Formatting.Count(quotes.Count, "quote")})"));
                blocks.Add(Table(personColumns, quotes, []));
            }
        }

        // Quotes whose speaker is not among the data set's people count as unattributed to a person, like those without one.
        List<Quote> others = [.. _data.Quotes.Where(q => q.SpeakerId is null || !_data.People.Contains(q.SpeakerId))];
        if (others.Count > 0)
        {
            blocks.Add(new Subheading($"Other quotes ({Formatting.Count(others.Count, "quote")})"));
            blocks.Add(Table(columns, others, []));
        }

        return new ReportSection(kind.Name, "Quotes by person", kind, blocks);
    }

    /// <summary>The people, with their quotes and the points on which the documents disagree about them.</summary>
    private ReportSection People(RecordKind kind, IReadOnlyList<IRecord> records)
    {
        Table table = KindTable(
            kind,
            records,
            [
                (new TableColumn("Quotes", true, NumberWidth), p => Cell.Of(Formatting.Number(_data.QuotesBy(p.Id).Count))),
                (new TableColumn("Disagreements", false, TextWidth), p => Cell.Of(string.Join("; ", _data.DiscrepanciesAbout(p.Id).Select(d => d.Topic)))),
            ]);
        return new ReportSection(kind.Name, Capitalized(kind.Name), kind, [new Note("Every spelling the documents use, and each role with the document that states it."), table]);
    }

    private ReportSection SourceTexts()
    {
        var blocks = new List<ReportBlock>
        {
            new Legend([.. RecordKind.All.SelectMany(k => Highlighted(k).Select(c => (k.Singular, c.Type == ColumnType.Citation ? k.Name : $"{k.Singular} {c.Name}")))]),
        };
        foreach (Document document in _data.Documents)
        {
            string?[] details = [document.Id, document.Outlet, document.Authors.Count == 0 ? null : string.Join(", ", document.Authors), Formatting.Date(document.Published), document.Url];
            blocks.Add(new SourceText(document, DocumentAnchor(document.Id), string.Join(" · ", details.OfType<string>()), _highlights));
        }

        return new ReportSection("sources", "Source texts", null, blocks);
    }

    private Table KindTable(RecordKind kind, IReadOnlyList<IRecord> records, params (TableColumn Column, Func<IRecord, Cell> Cell)[] extra) =>
        Table([.. kind.Columns.Where(c => c.InTable)], records, extra);

    private Table Table(ReportColumn[] columns, IEnumerable<IRecord> records, (TableColumn Column, Func<IRecord, Cell> Cell)[] extra)
    {
        var table = new Table([.. columns.Select(Header), .. extra.Select(e => e.Column)]);
        foreach (IRecord record in records)
        {
            table.Add([.. columns.Select(c => CellOf(c, record)), .. extra.Select(e => e.Cell(record))]);
        }

        return table;
    }

    private Cell CellOf(ReportColumn column, IRecord record)
    {
        if (column.Shown is { } shown)
        {
            return Cell.Of(shown(record));
        }

        object? value = column.Read(record);
        switch (column.Type)
        {
            case ColumnType.Id:
                // A document's id links to its text; other records' ids are their own.
                return record is Document ? Document((string)value!) : new Cell([new Run(RunKind.Code, (string)value!)]);
            case ColumnType.Number:
                return value is decimal number ? Cell.Of(Formatting.Readable(number)) : Cell.Empty;
            case ColumnType.Boolean:
                return Cell.Of((bool)value! ? "yes" : "no");
            case ColumnType.Enum:
                return value is Enum member ? new Cell([new Run(RunKind.Value, EnumNames.Of(member), Hint: $"{column.Name}-{EnumNames.Of(member)}")]) : Cell.Empty;
            case ColumnType.Texts:
                return Cell.Of(string.Join(", ", (IEnumerable<string>)value!));
            case ColumnType.Citation:
                var citation = (Citation)value!;
                return new Cell([new Run(RunKind.Text, Words(column, citation), _highlights.Target(Anchor(column, record, -1)))]);
            case ColumnType.Citations:
                return Citations(column, record, (IReadOnlyList<Citation>)value!);
            case ColumnType.Reference:
                return value is string id ? Referenced(column, id) : Cell.Empty;
            case ColumnType.References:
                var runs = new List<Run>();
                foreach (string item in (IReadOnlyList<string>)value!)
                {
                    if (runs.Count > 0)
                    {
                        runs.Add(new Run(RunKind.Text, ", "));
                    }

                    runs.AddRange(Referenced(column, item).Runs);
                }

                return new Cell(runs);
            default:
                return Cell.Of(Formatting.Scalar(column.Type, value));
        }
    }

    private static string Words(ReportColumn column, Citation citation) =>
        column.Display == CitationDisplay.QuotedWords ? $"“{citation.Text}”" : citation.Text;

    /// <summary>Citations in a cell: each one's words with its document, or where they stand, by document (<c>doc-a: 3, 7</c>).</summary>
    private Cell Citations(ReportColumn column, IRecord record, IReadOnlyList<Citation> citations)
    {
        var runs = new List<Run>();
        string? Target(int i) => column.Anchor is null ? null : _highlights.Target(Anchor(column, record, i));
        if (column.Display != CitationDisplay.Places)
        {
            for (int i = 0; i < citations.Count; i++)
            {
                if (i > 0)
                {
                    runs.Add(new Run(RunKind.Break, string.Empty));
                }

                runs.Add(new Run(RunKind.Text, Words(column, citations[i]), Target(i)));
                runs.Add(new Run(RunKind.Text, $" ({citations[i].DocumentId})"));
            }

            return new Cell(runs);
        }

        // By document, in order of first appearance; the groups are made in one pass, so a record cited in every
        // document costs as much as its citations.
        var groups = new List<(string DocumentId, List<int> Citations)>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < citations.Count; i++)
        {
            if (!groupOf.TryGetValue(citations[i].DocumentId, out int group))
            {
                groupOf[citations[i].DocumentId] = group = groups.Count;
                groups.Add((citations[i].DocumentId, []));
            }

            groups[group].Citations.Add(i);
        }

        foreach ((string documentId, List<int> indexes) in groups)
        {
            if (runs.Count > 0)
            {
                runs.Add(new Run(RunKind.Break, string.Empty));
            }

            runs.AddRange(Document(documentId).Runs);
            runs.Add(new Run(RunKind.Text, ":"));
            foreach (int i in indexes)
            {
                Citation citation = citations[i];
                runs.Add(new Run(RunKind.Text, i == indexes[0] ? " " : ", "));
                runs.Add(new Run(RunKind.Text, Formatting.Number(citation.Line), Target(i), $"“{citation.Text}”, line {Formatting.Number(citation.Line)}, column {Formatting.Number(citation.Column)}"));
            }
        }

        return new Cell(runs);
    }

    /// <summary>A referenced record by name; a document by its id, linked to its text; an id that names nothing as it is.</summary>
    private Cell Referenced(ReportColumn column, string id)
    {
        if (column.Targets.SequenceEqual([RecordKind.Of<Document>().Name]))
        {
            return Document(id);
        }

        IRecord? record = RecordKind.Find(_data, column.Targets, id);
        return Cell.Of(record is null ? id : SummitDataSet.TypeOf(record.GetType()).Columns.Title(record));
    }

    private Cell Document(string id) =>
        new([new Run(RunKind.Code, id, _data.Documents.Contains(id) ? DocumentAnchor(id) : null)]);
}
