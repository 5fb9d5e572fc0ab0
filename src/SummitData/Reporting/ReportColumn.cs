using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitData.Reporting;

/// <summary>What the value of a <see cref="ReportColumn"/> is, and so how each format writes it.</summary>
public enum ColumnType
{
    /// <summary>Text, or none: a JSON string or <c>null</c>, a CSV field as it is, a table cell as it is.</summary>
    Text,

    /// <summary>The record's own id: text in JSON and CSV, code in tables.</summary>
    Id,

    /// <summary>An exact decimal or a count: a JSON number, a culture-free CSV number (<c>1.10</c>), thousands grouped in tables.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c> in JSON and CSV; <c>yes</c> or <c>no</c> in tables.</summary>
    Boolean,

    /// <summary>A date, <c>yyyy-MM-dd</c>, or none.</summary>
    Date,

    /// <summary>An enum value, written as its kebab-case name (<see cref="EnumNames"/>), or none.</summary>
    Enum,

    /// <summary>A list of strings: a JSON array, and in CSV one field holding the same array (<c>["a","b"]</c>).</summary>
    Texts,

    /// <summary>
    /// Words of a document and where they stand. JSON writes the words under the column's name, then <c>line</c>,
    /// <c>column</c>, <c>offset</c> and <c>length</c> beside them; CSV writes the words; a table shows them, linked in
    /// HTML to the words highlighted in the document's text.
    /// </summary>
    Citation,

    /// <summary>
    /// A list of citations: a JSON array of citation objects; in CSV, one field holding a JSON array of their words, one
    /// item per citation in order (<see cref="CsvReport.RenderCitations(SummitDataSet)"/> has their places); in a table,
    /// each linked in HTML to its words in the document's text.
    /// </summary>
    Citations,

    /// <summary>The id of another record, or none: the id in JSON and CSV; in a table, the record by name (a document by its id).</summary>
    Reference,

    /// <summary>Ids of other records: a JSON array, and in CSV one field holding the same array; in a table, the records by name.</summary>
    References,
}

/// <summary>
/// One column of a kind of record, described once for every report: its name in JSON and CSV, its header in the
/// tables of the Markdown, HTML and text reports, the type of its value, and which formats show it. Each record type
/// describes its columns next to itself; <see cref="RecordKind.Columns"/> lists them.
/// </summary>
public sealed class ReportColumn
{
    internal ReportColumn(string name, string header, ColumnType type, ColumnUse use, Func<IRecord, object?> read)
    {
        Name = name;
        Header = header;
        Type = type;
        Use = use;
        Read = read;
    }

    /// <summary>The property name in the JSON report and the column name in the CSV report (<c>documentId</c>).</summary>
    public string Name { get; }

    /// <summary>The header of the column in the tables of the Markdown, HTML and text reports (<c>Document</c>).</summary>
    public string Header { get; }

    /// <summary>The type of the column's value.</summary>
    public ColumnType Type { get; }

    /// <summary>Whether the JSON report writes the column.</summary>
    public bool InJson => (Use & ColumnUse.Json) != 0;

    /// <summary>Whether the CSV report writes the column.</summary>
    public bool InCsv => (Use & ColumnUse.Csv) != 0;

    /// <summary>Whether the tables of the Markdown, HTML and text reports show the column.</summary>
    public bool InTable => (Use & ColumnUse.Table) != 0;

    /// <summary>
    /// Whether a record may have no value in the column: <c>null</c> in JSON (and in the report's JSON Schema), an empty
    /// CSV field. A list is never missing: it is empty.
    /// </summary>
    public bool IsNullable { get; internal init; }

    /// <summary>For <see cref="ColumnType.Enum"/>: every name the column may hold, in the enum's order; else empty.</summary>
    public IReadOnlyList<string> EnumValues { get; internal init; } = [];

    internal ColumnUse Use { get; }

    /// <summary>The value, as <see cref="Type"/> says: <c>string</c>, <c>decimal</c>, <c>bool</c>, <c>DateOnly</c>, <c>Enum</c>, a list of strings, a <see cref="Citation"/> or a list of them.</summary>
    internal Func<IRecord, object?> Read { get; }

    /// <summary>What a table shows in place of the value (a figure's value read out: <c>~USD 300 billion</c>), or null for the value.</summary>
    internal Func<IRecord, string?>? Shown { get; init; }

    /// <summary>For references: the kinds (by name) the ids may name, in the order they are looked up.</summary>
    internal string[] Targets { get; init; } = [];

    /// <summary>
    /// For citations shown in tables: the prefix of the ids of their highlights in the HTML report (<c>fig</c>: a figure's
    /// words are <c>fig-</c> and the figure's id; a list's are numbered: <c>agr-</c>, the id, <c>-</c>, from 1).
    /// </summary>
    internal string? Anchor { get; init; }

    /// <summary>For citations: how a table shows them.</summary>
    internal CitationDisplay Display { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Which formats show a column.</summary>
[Flags]
internal enum ColumnUse
{
    /// <summary>The JSON report.</summary>
    Json = 1,

    /// <summary>The CSV report.</summary>
    Csv = 2,

    /// <summary>The tables of the Markdown, HTML and text reports.</summary>
    Table = 4,

    /// <summary>The data formats, JSON and CSV.</summary>
    Data = Json | Csv,

    /// <summary>Every format.</summary>
    All = Json | Csv | Table,
}

/// <summary>How a table shows citations.</summary>
internal enum CitationDisplay
{
    /// <summary>The words (a list: each with its document).</summary>
    Words,

    /// <summary>The words in quotation marks (a list: each with its document).</summary>
    QuotedWords,

    /// <summary>Where they stand: each document with the lines, <c>doc-a: 3, 7</c>.</summary>
    Places,
}

/// <summary>A kind's report columns, how a report names one of its records, and typed access to its records.</summary>
internal abstract class RecordColumns
{
    /// <summary>The columns, in the order of the JSON properties, the CSV columns and the table columns alike.</summary>
    public abstract IReadOnlyList<ReportColumn> All { get; }

    /// <summary>How a report names the record where another refers to it (a person's name, an agreement's title).</summary>
    public abstract string Title(IRecord record);

    /// <summary>The records of the kind that come from a document, from the set's index.</summary>
    public abstract IReadOnlyList<IRecord> InDocument(object set, string documentId);
}

/// <summary>
/// Builds a kind's columns, one call a column, in order. A column's uses default to every format, but for the
/// record's own id, which tables leave out.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class ColumnList<T> : RecordColumns
    where T : class, IRecord
{
    private readonly List<ReportColumn> _columns = [];
    private readonly Func<T, string> _title;

    public ColumnList(Func<T, string> title) => _title = title;

    public override IReadOnlyList<ReportColumn> All => _columns;

    public override string Title(IRecord record) => _title((T)record);

    public override IReadOnlyList<IRecord> InDocument(object set, string documentId) => ((RecordSet<T>)set).InDocument(documentId);

    public ColumnList<T> Id(string name, string header, Func<T, string> value, ColumnUse use = ColumnUse.Data) =>
        Add(new ReportColumn(name, header, ColumnType.Id, use, r => value((T)r)));

    public ColumnList<T> Text(string name, string header, Func<T, string?> value, ColumnUse use = ColumnUse.All, bool nullable = false) =>
        Add(new ReportColumn(name, header, ColumnType.Text, use, r => value((T)r)) { IsNullable = nullable });

    public ColumnList<T> Number(string name, string header, Func<T, decimal?> value, ColumnUse use = ColumnUse.All, Func<T, string?>? shown = null) =>
        Add(new ReportColumn(name, header, ColumnType.Number, use, r => value((T)r)) { Shown = Cast(shown) });

    public ColumnList<T> Boolean(string name, string header, Func<T, bool> value, ColumnUse use = ColumnUse.All) =>
        Add(new ReportColumn(name, header, ColumnType.Boolean, use, r => value((T)r)));

    public ColumnList<T> Date(string name, string header, Func<T, DateOnly?> value, ColumnUse use = ColumnUse.All, bool nullable = false) =>
        Add(new ReportColumn(name, header, ColumnType.Date, use, r => value((T)r)) { IsNullable = nullable });

    public ColumnList<T> Enum<TEnum>(string name, string header, Func<T, TEnum?> value, ColumnUse use = ColumnUse.All, bool nullable = false)
        where TEnum : struct, Enum =>
        Add(new ReportColumn(name, header, ColumnType.Enum, use, r => value((T)r) is { } v ? v : null)
        {
            IsNullable = nullable,
            EnumValues = RecordList.Of(System.Enum.GetValues<TEnum>().Select(v => EnumNames.Of(v)).ToArray()),
        });

    public ColumnList<T> Texts(string name, string header, Func<T, IEnumerable<string>> value, ColumnUse use = ColumnUse.All) =>
        Add(new ReportColumn(name, header, ColumnType.Texts, use, r => value((T)r)));

    public ColumnList<T> Citation(string name, string header, Func<T, Citation> value, string anchor, CitationDisplay display = CitationDisplay.Words, ColumnUse use = ColumnUse.All) =>
        Add(new ReportColumn(name, header, ColumnType.Citation, use, r => value((T)r)) { Anchor = anchor, Display = display });

    public ColumnList<T> Citations(string name, string header, Func<T, IReadOnlyList<Citation>> value, string? anchor = null, CitationDisplay display = CitationDisplay.Places, ColumnUse use = ColumnUse.All) =>
        Add(new ReportColumn(name, header, ColumnType.Citations, use, r => value((T)r)) { Anchor = anchor, Display = display });

    public ColumnList<T> Reference(string name, string header, Func<T, string?> id, string[] targets, ColumnUse use = ColumnUse.All, bool nullable = false) =>
        Add(new ReportColumn(name, header, ColumnType.Reference, use, r => id((T)r)) { Targets = targets, IsNullable = nullable });

    public ColumnList<T> References(string name, string header, Func<T, IReadOnlyList<string>> ids, string[] targets, ColumnUse use = ColumnUse.All) =>
        Add(new ReportColumn(name, header, ColumnType.References, use, r => ids((T)r)) { Targets = targets });

    private static Func<IRecord, string?>? Cast(Func<T, string?>? shown) => shown is null ? null : r => shown((T)r);

    private ColumnList<T> Add(ReportColumn column)
    {
        if (_columns.Any(c => c.Name == column.Name))
        {
            throw new ArgumentException($"The column '{column.Name}' of {typeof(T).Name} is described twice.", nameof(column));
        }

        _columns.Add(column);
        return this;
    }
}
