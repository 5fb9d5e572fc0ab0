using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.DotNet.Interactive.Formatting.TabularData;
using SummitData.Interactive;
using SummitData.Loading;

namespace SummitData;

/// <summary>
/// Records as a <see cref="TabularDataResource"/>: the kernel shows it as a table and exports it (CSV, the table-schema
/// JSON a data explorer reads). The columns are the notebook tables' columns, the values flat: numbers and booleans as
/// they are, references by name, citations as "document, line N", lists joined by "; ".
/// </summary>
/// <remarks>
/// In a cell that also imports <c>Microsoft.DotNet.Interactive.Formatting.TabularData</c>, a call on a plain
/// <see cref="IEnumerable{T}"/> of records matches that namespace's method too (CS0121): call it on the record set, or
/// qualify it as <c>RecordTables.ToTabularDataResource(...)</c>.
/// </remarks>
public static class RecordTables
{
    /// <summary>A record set as a table: a row per record, a column per property.</summary>
    public static TabularDataResource ToTabularDataResource<T>(this RecordSet<T> records)
        where T : class, IRecord => Build(records);

    /// <summary>A list of records (a query's result, a record's references) as a table.</summary>
    public static TabularDataResource ToTabularDataResource<T>(this IReadOnlyList<T> records)
        where T : IRecord => Build(records);

    /// <summary>Records (e.g. a LINQ query over a record set) as a table.</summary>
    public static TabularDataResource ToTabularDataResource<T>(this IEnumerable<T> records)
        where T : IRecord => Build(records);

    /// <summary>Citations as a table: document, offset, length, line, column, words.</summary>
    public static TabularDataResource ToTabularDataResource(this IEnumerable<Citation> citations) => Build(citations);

    /// <summary>Diagnostics as a table: severity, id, file, line, column, message.</summary>
    public static TabularDataResource ToTabularDataResource(this IEnumerable<SummitDiagnostic> diagnostics) => Build(diagnostics);

    private static TabularDataResource Build(IEnumerable items)
    {
        List<object> rows = items.Cast<object?>().Where(i => i is not null).Select(i => i!).ToList();
        IReadOnlyList<Column> columns = NotebookHtml.ColumnsFor(items, rows);
        var schema = new TableSchema();
        foreach (Column column in columns)
        {
            schema.Fields.Add(new TableSchemaFieldDescriptor(column.Name, FieldType(column, rows)));
        }

        if (rows.Count > 0 && rows.All(r => r is IRecord))
        {
            schema.PrimaryKey.Add("Id");
        }

        var data = rows
            .Select(row => (IEnumerable<KeyValuePair<string, object>>)columns
                .Select(c => new KeyValuePair<string, object>(c.Name, Cells.Data(c.Read(row))!))
                .ToArray())
            .ToArray();
        return new TabularDataResource(schema, data);
    }

    private static TableSchemaFieldType FieldType(Column column, List<object> rows)
    {
        object? sample = rows.Select(r => Cells.Data(column.Read(r))).FirstOrDefault(v => v is not null);
        return sample switch
        {
            int or long => TableSchemaFieldType.Integer,
            decimal or double => TableSchemaFieldType.Number,
            bool => TableSchemaFieldType.Boolean,
            _ => TableSchemaFieldType.String,
        };
    }
}
