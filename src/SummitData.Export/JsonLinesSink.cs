using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SummitData.Export;

/// <summary>
/// The JSON Lines datasets: one JSON object a line, the columns as properties in order; decimals as JSON numbers
/// written exactly (<c>1.10</c>), dates as <c>yyyy-MM-dd</c> strings, lists as arrays, nulls written as <c>null</c>.
/// </summary>
internal sealed class JsonLinesSink : DatasetSink
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Words of documents are written as they are: no escaping of non-ASCII letters or quotation marks.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public JsonLinesSink(string root, ExportOptions options)
        : base(root, options)
    {
    }

    protected override string Extension => ".jsonl";

    protected override async ValueTask WritePartAsync(string path, IReadOnlyList<ExportColumn> columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        await using FileStream stream = new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        using var buffer = new MemoryStream();
        foreach (object?[] row in rows)
        {
            using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            {
                Write(json, columns, row);
            }

            buffer.WriteByte((byte)'\n');
            if (buffer.Length >= 1 << 16)
            {
                await FlushAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask FlushAsync(MemoryStream buffer, FileStream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    private static void Write(Utf8JsonWriter json, IReadOnlyList<ExportColumn> columns, object?[] row)
    {
        json.WriteStartObject();
        for (int c = 0; c < columns.Count; c++)
        {
            json.WritePropertyName(columns[c].Name);
            switch (row[c])
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case long whole:
                    json.WriteNumberValue(whole);
                    break;
                case decimal exact:
                    json.WriteNumberValue(exact);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case DateOnly date:
                    json.WriteStringValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case IReadOnlyList<string> list:
                    json.WriteStartArray();
                    foreach (string item in list)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"The column '{columns[c].Name}' holds a {row[c]!.GetType().Name}, which JSON Lines cannot write.");
            }
        }

        json.WriteEndObject();
    }
}
