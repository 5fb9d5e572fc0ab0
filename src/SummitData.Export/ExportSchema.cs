using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SummitData.Reporting;

namespace SummitData.Export;

/// <summary>The type of an exported column, and so its Parquet, JSON and SQLite type.</summary>
internal enum ExportType
{
    /// <summary>Text (an id, a reference by id, an enum's kebab-case name, words).</summary>
    Text,

    /// <summary>A whole number: a count, a position in a text.</summary>
    Integer,

    /// <summary>An exact decimal, as the format reads it.</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A list of texts (strings or ids).</summary>
    Texts,
}

/// <summary>One column of an exported table, with how to read it from a record.</summary>
internal sealed class ExportColumn
{
    public ExportColumn(string name, ExportType type, bool nullable, Func<IRecord, object?> read, string[] targets)
    {
        Name = name;
        Type = type;
        Nullable = nullable;
        Read = read;
        Targets = targets;
    }

    /// <summary>The column name, as the JSON report names the property.</summary>
    public string Name { get; }

    public ExportType Type { get; }

    /// <summary>Whether the column may be null (every column but the id: the schema holds for any kind's future values).</summary>
    public bool Nullable { get; }

    /// <summary>The value: <c>string</c>, <c>long</c>, <c>decimal</c>, <c>bool</c>, <c>DateOnly</c>, a list of strings, or null.</summary>
    public Func<IRecord, object?> Read { get; }

    /// <summary>For ids of other records: the kinds they may name (a foreign key when there is one).</summary>
    public string[] Targets { get; }

    public override string ToString() => Name;
}

/// <summary>A kind's citations: the list columns whose words go to the <c>citations</c> dataset, one row each.</summary>
internal sealed class CitationField
{
    public CitationField(string name, Func<IRecord, IReadOnlyList<Citation>> read)
    {
        Name = name;
        Read = read;
    }

    /// <summary>The column the citations are the value of (<c>mentions</c>), the <c>field</c> of their rows.</summary>
    public string Name { get; }

    public Func<IRecord, IReadOnlyList<Citation>> Read { get; }
}

/// <summary>
/// The exported table of one kind of record: its columns, built from the kind's report columns (<see cref="RecordKind.Columns"/>)
/// so that a kind the data set gains is exported with no change here.
/// </summary>
internal sealed class ExportTable
{
    /// <summary>The name of the dataset, table and column family every citation goes to.</summary>
    public const string CitationsName = "citations";

    /// <summary>The suffix of the column that holds a decimal column's value exactly, as text (<c>valueExact</c>).</summary>
    public const string ExactSuffix = "Exact";

    /// <summary>The names of a single citation's position columns, beside its words, as the JSON report names them.</summary>
    private static readonly string[] PositionNames = ["offset", "length", "line", "column"];

    /// <summary>
    /// Columns the reports write that a record computes from other records (an agreement's parties by name): the
    /// exports write records by id only, so that a stream of records never has to resolve one, and the names join
    /// from the other table.
    /// </summary>
    private static readonly HashSet<string> Resolved = new(StringComparer.Ordinal) { "agreements.parties" };

    private ExportTable(RecordKind kind, ExportColumn[] columns, CitationField[] citations)
    {
        Kind = kind;
        Columns = columns;
        Citations = citations;
    }

    /// <summary>Every kind's table, in the data set's order.</summary>
    public static IReadOnlyList<ExportTable> All { get; } = RecordKind.All.Select(Build).ToArray();

    /// <summary>The columns of the <c>citations</c> dataset.</summary>
    public static IReadOnlyList<ExportColumn> CitationColumns { get; } =
    [
        new("kind", ExportType.Text, false, _ => null, []),
        new("recordId", ExportType.Text, false, _ => null, []),
        new("field", ExportType.Text, false, _ => null, []),
        new("ordinal", ExportType.Integer, false, _ => null, []),
        new("documentId", ExportType.Text, false, _ => null, ["documents"]),
        new("offset", ExportType.Integer, false, _ => null, []),
        new("length", ExportType.Integer, false, _ => null, []),
        new("line", ExportType.Integer, false, _ => null, []),
        new("column", ExportType.Integer, false, _ => null, []),
        new("text", ExportType.Text, false, _ => null, []),
    ];

    public RecordKind Kind { get; }

    /// <summary>The kind's name: <c>figures</c>.</summary>
    public string Name => Kind.Name;

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>Every citation field of the kind, a single citation's included (its words are in the table too).</summary>
    public IReadOnlyList<CitationField> Citations { get; }

    /// <summary>The table of a record, by its type.</summary>
    /// <exception cref="ArgumentException">The record is of no kind of the data set.</exception>
    public static ExportTable Of(IRecord record)
    {
        Type type = record.GetType();
        foreach (ExportTable table in All)
        {
            if (table.Kind.RecordType == type)
            {
                return table;
            }
        }

        throw new ArgumentException($"A record of type {type.Name} is of no kind of record the data set has ({string.Join(", ", All.Select(t => t.Name))}).", nameof(record));
    }

    /// <summary>The cells of a citation row, in the order of <see cref="CitationColumns"/>.</summary>
    public static object?[] CitationRow(string kind, string recordId, string field, int ordinal, Citation citation) =>
        [kind, recordId, field, (long)ordinal, citation.DocumentId, (long)citation.Offset, (long)citation.Length, (long)citation.Line, (long)citation.Column, citation.Text];

    /// <summary>
    /// The key a record is partitioned by: its first document (a figure's, a quote's, a document's own id), or its own
    /// id when it has none, so that the records of one document are in one partition as far as they can be.
    /// </summary>
    public static string PartitionKey(IRecord record) => record.DocumentIds.Count > 0 ? record.DocumentIds[0] : record.Id;

    private static ExportTable Build(RecordKind kind)
    {
        var columns = new List<ExportColumn>();
        var citations = new List<CitationField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(ExportColumn column)
        {
            // A CSV-only column that repeats a citation's position (a quote's line) is already there, under the same name.
            if (names.Add(column.Name))
            {
                columns.Add(column);
            }
        }

        // The JSON report's columns first, in its order, then the CSV report's that it lacks.
        IEnumerable<ReportColumn> data = kind.Columns.Where(c => c.InJson).Concat(kind.Columns.Where(c => c.InCsv && !c.InJson));
        foreach (ReportColumn column in data)
        {
            if (Resolved.Contains(kind.Name + "." + column.Name))
            {
                continue;
            }

            Func<IRecord, object?> read = column.Read;
            switch (column.Type)
            {
                case ColumnType.Id:
                    Add(new ExportColumn(column.Name, ExportType.Text, false, read, []));
                    break;
                case ColumnType.Text:
                    Add(new ExportColumn(column.Name, ExportType.Text, true, read, []));
                    break;
                case ColumnType.Reference:
                    Add(new ExportColumn(column.Name, ExportType.Text, true, read, column.Targets));
                    break;
                case ColumnType.Enum:
                    Add(new ExportColumn(column.Name, ExportType.Text, true, r => read(r) is Enum value ? EnumNames.Of(value) : null, []));
                    break;
                case ColumnType.Number when IsWhole(column.Name):
                    Add(new ExportColumn(column.Name, ExportType.Integer, true, r => Whole(kind, column, read(r)), []));
                    break;
                case ColumnType.Number:
                    // No decimal type of the engines holds every value the format accepts (29 digits before the point,
                    // 28 after, 29 in all): the number as the engine's decimal, and beside it exactly as read.
                    Add(new ExportColumn(column.Name, ExportType.Decimal, true, read, []));
                    Add(new ExportColumn(column.Name + ExactSuffix, ExportType.Text, true, r => read(r) is decimal d ? d.ToString(CultureInfo.InvariantCulture) : null, []));
                    break;
                case ColumnType.Boolean:
                    Add(new ExportColumn(column.Name, ExportType.Boolean, true, read, []));
                    break;
                case ColumnType.Date:
                    Add(new ExportColumn(column.Name, ExportType.Date, true, read, []));
                    break;
                case ColumnType.Texts:
                    Add(new ExportColumn(column.Name, ExportType.Texts, true, r => Strings(read(r)), []));
                    break;
                case ColumnType.References:
                    Add(new ExportColumn(column.Name, ExportType.Texts, true, r => Strings(read(r)), column.Targets));
                    break;
                case ColumnType.Citation:
                    Add(new ExportColumn(column.Name, ExportType.Text, true, r => ((Citation?)read(r))?.Text, []));
                    Func<IRecord, Citation?> citation = r => (Citation?)read(r);
                    Add(new ExportColumn(PositionNames[0], ExportType.Integer, true, r => (long?)citation(r)?.Offset, []));
                    Add(new ExportColumn(PositionNames[1], ExportType.Integer, true, r => (long?)citation(r)?.Length, []));
                    Add(new ExportColumn(PositionNames[2], ExportType.Integer, true, r => (long?)citation(r)?.Line, []));
                    Add(new ExportColumn(PositionNames[3], ExportType.Integer, true, r => (long?)citation(r)?.Column, []));
                    citations.Add(new CitationField(column.Name, r => citation(r) is { } c ? [c] : []));
                    break;
                case ColumnType.Citations:
                    citations.Add(new CitationField(column.Name, r => (IReadOnlyList<Citation>?)read(r) ?? []));
                    break;
                default:
                    throw new InvalidOperationException($"The column '{column.Name}' of {kind.Name} has a type ({column.Type}) the exports cannot write.");
            }
        }

        return new ExportTable(kind, columns.ToArray(), citations.ToArray());
    }

    /// <summary>Counts and positions in a text are whole numbers; every other number is an exact decimal.</summary>
    private static bool IsWhole(string name) => name is "line" or "column" or "offset" or "length" || name.EndsWith("Count", StringComparison.Ordinal);

    private static long? Whole(RecordKind kind, ReportColumn column, object? value) => value switch
    {
        null => null,
        decimal d when decimal.Truncate(d) == d && d >= long.MinValue && d <= long.MaxValue => (long)d,
        _ => throw new InvalidOperationException($"The column '{column.Name}' of {kind.Name} holds {value}, which is not a whole number."),
    };

    private static IReadOnlyList<string> Strings(object? value) => value switch
    {
        null => [],
        IReadOnlyList<string> list => list,
        IEnumerable<string> items => items.ToArray(),
        _ => throw new InvalidOperationException($"A list column holds a {value.GetType().Name}."),
    };
}
