using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Data;
using Parquet.Schema;

namespace SummitData.Export;

/// <summary>
/// The Parquet datasets: one file a row group, typed columns (text as UTF-8 strings, whole numbers as INT64, decimals
/// as DECIMAL(38,9) beside their exact text, dates as DATE, lists as LIST of strings).
/// </summary>
internal sealed class ParquetSink : DatasetSink
{
    /// <summary>The widest decimal the engines read (DuckDB, Spark, Arrow's decimal128): 38 digits.</summary>
    public const int DecimalPrecision = 38;

    /// <summary>
    /// Nine places after the point leave 29 before it: every whole number the format accepts fits, and every value
    /// with at most nine places. A value with more (the format allows 28) is null here and exact in its text column.
    /// </summary>
    public const int DecimalScale = 9;

    private static readonly Dictionary<IReadOnlyList<ExportColumn>, (ParquetSchema Schema, Field[] Fields)> Schemas = new(ReferenceEqualityComparer.Instance);
    private static readonly object SchemasLock = new();

    public ParquetSink(string root, ExportOptions options)
        : base(root, options)
    {
    }

    protected override string Extension => ".parquet";

    /// <summary>The Parquet schema of a dataset's columns.</summary>
    public static (ParquetSchema Schema, Field[] Fields) SchemaOf(IReadOnlyList<ExportColumn> columns)
    {
        lock (SchemasLock)
        {
            if (!Schemas.TryGetValue(columns, out (ParquetSchema Schema, Field[] Fields) schema))
            {
                Field[] fields = columns.Select(FieldOf).ToArray();
                Schemas[columns] = schema = (new ParquetSchema(fields), fields);
            }

            return schema;
        }
    }

    /// <summary>A decimal as DECIMAL(38,9), or null when it has more places than nine (its text column holds it exactly).</summary>
    public static BigDecimal? Decimal(decimal value) =>
        decimal.Round(value, DecimalScale) == value ? BigDecimal.FromDecimal(value, DecimalPrecision, DecimalScale) : null;

    protected override async ValueTask WritePartAsync(string path, IReadOnlyList<ExportColumn> columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        (ParquetSchema schema, Field[] fields) = SchemaOf(columns);
        await using FileStream stream = new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return;
        }

        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        for (int c = 0; c < columns.Count; c++)
        {
            await WriteColumnAsync(group, columns[c], fields[c], rows, c, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Field FieldOf(ExportColumn column) => column.Type switch
    {
        ExportType.Text => new DataField<string>(column.Name, column.Nullable),
        ExportType.Integer => new DataField<long?>(column.Name),
        ExportType.Decimal => new DecimalDataField(column.Name, DecimalPrecision, DecimalScale, forceByteArrayEncoding: true, isNullable: true, clrType: typeof(BigDecimal)),
        ExportType.Boolean => new DataField<bool?>(column.Name),
        ExportType.Date => new DataField<DateOnly?>(column.Name),
        ExportType.Texts => new ListField(column.Name, new DataField<string>("element", false)),
        _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
    };

    private static async ValueTask WriteColumnAsync(ParquetRowGroupWriter group, ExportColumn column, Field field, List<object?[]> rows, int c, CancellationToken cancellationToken)
    {
        switch (column.Type)
        {
            case ExportType.Text:
                await group.WriteAsync((DataField)field, rows.Select(r => (string?)r[c]!).ToArray()).ConfigureAwait(false);
                break;
            case ExportType.Integer:
                await group.WriteAsync<long>((DataField)field, rows.Select(r => (long?)r[c]).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case ExportType.Decimal:
                await group.WriteAsync<BigDecimal>((DataField)field, rows.Select(r => r[c] is decimal d ? Decimal(d) : null).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case ExportType.Boolean:
                await group.WriteAsync<bool>((DataField)field, rows.Select(r => (bool?)r[c]).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case ExportType.Date:
                await group.WriteAsync<DateOnly>((DataField)field, rows.Select(r => (DateOnly?)r[c]).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            case ExportType.Texts:
                await WriteListAsync(group, (DataField)((ListField)field).Item, rows, c, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"No Parquet type for {column.Type}.");
        }
    }

    /// <summary>
    /// A list column by its levels: an empty list is definition level 1 (the list is there, no element), an element 2;
    /// repetition level 0 starts a row's list, 1 continues it. A list is never null: no value is an empty list.
    /// </summary>
    private static async ValueTask WriteListAsync(ParquetRowGroupWriter group, DataField item, List<object?[]> rows, int c, CancellationToken cancellationToken)
    {
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (object?[] row in rows)
        {
            var list = (IReadOnlyList<string>)row[c]!;
            if (list.Count == 0)
            {
                definitions.Add(1);
                repetitions.Add(0);
                continue;
            }

            for (int i = 0; i < list.Count; i++)
            {
                values.Add(list[i].AsMemory());
                definitions.Add(2);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken).ConfigureAwait(false);
    }
}
