using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummitData.Reporting;

/// <summary>
/// Writes all the data of a <see cref="SummitDataSet"/> as JSON: the schema it follows (<c>$schema</c>,
/// <see cref="ReportSchema.Url"/>) and the format's version (<c>formatVersion</c>, <see cref="ReportSchema.FormatVersion"/>),
/// then one array per kind of record (<see cref="RecordKind.All"/>), each record an object of its kind's columns
/// (<see cref="RecordKind.Columns"/>); documents without their texts. The property names are a stable contract, listed
/// in <c>docs/report-formats.md</c> and checked by the JSON Schema <see cref="ReportSchema.Json"/>.
/// </summary>
/// <remarks>
/// The report is written by a <see cref="Utf8JsonWriter"/> from the columns, with no reflection and no serializer, so
/// it is safe to trim and to compile ahead of time.
/// </remarks>
public static class JsonReport
{
    /// <summary>The properties a citation's position is written under, beside its words (a figure's <c>text</c>) or in a citation object.</summary>
    internal static readonly string[] PositionNames = ["line", "column", "offset", "length"];

    /// <summary>
    /// The data set as indented JSON with camelCase property names, '\n' line endings and a final newline.
    /// Enum values are written as their kebab-case names (<see cref="EnumNames"/>), dates as <c>yyyy-MM-dd</c>.
    /// The same data always gives the same text.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Encoding.UTF8.GetString(Bytes(data).WrittenSpan);
    }

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="writer"/>.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="writer">Where to write the report; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(SummitDataSet data, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(data));
    }

    /// <summary>Writes <see cref="Render(SummitDataSet)"/>'s text to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="data">The data to write.</param>
    /// <param name="stream">Where to write the report; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(SummitDataSet data, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Bytes(data).WrittenSpan);
        stream.Flush();
    }

    private static ArrayBufferWriter<byte> Bytes(SummitDataSet data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,

            // Typographic quotes and non-ASCII letters stay readable; what JSON needs escaped is still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", ReportSchema.Url);
            json.WriteString("formatVersion", ReportSchema.FormatVersion);
            foreach (RecordKind kind in RecordKind.All)
            {
                json.WriteStartArray(kind.Name);
                foreach (IRecord record in kind.Records(data))
                {
                    WriteRecord(json, kind, record);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
#if !NET9_0_OR_GREATER
        if (Environment.NewLine != "\n")
        {
            // Before .NET 9 the writer indents with Environment.NewLine. Line breaks inside strings are escaped, so every
            // CR in the output is indentation and can be dropped safely.
            var lf = new ArrayBufferWriter<byte>(buffer.WrittenCount);
            foreach (byte b in buffer.WrittenSpan)
            {
                if (b != (byte)'\r')
                {
                    lf.Write([b]);
                }
            }

            return lf;
        }
#endif
        return buffer;
    }

    private static void WriteRecord(Utf8JsonWriter json, RecordKind kind, IRecord record)
    {
        json.WriteStartObject();
        foreach (ReportColumn column in kind.Columns)
        {
            if (!column.InJson)
            {
                continue;
            }

            object? value = column.Read(record);
            switch (column.Type)
            {
                case ColumnType.Citation:
                    // Flat, as the format has always had it: the words under the column's name, the position beside them.
                    var citation = (Citation)value!;
                    json.WriteString(column.Name, citation.Text);
                    WritePosition(json, citation);
                    break;
                case ColumnType.Citations:
                    json.WriteStartArray(column.Name);
                    foreach (Citation item in (IReadOnlyList<Citation>)value!)
                    {
                        json.WriteStartObject();
                        json.WriteString("documentId", item.DocumentId);
                        json.WriteString("text", item.Text);
                        WritePosition(json, item);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    break;
                case ColumnType.Texts or ColumnType.References:
                    json.WriteStartArray(column.Name);
                    foreach (string item in (IEnumerable<string>)value!)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                case ColumnType.Number when value is decimal number:
                    json.WriteNumber(column.Name, number);
                    break;
                case ColumnType.Boolean:
                    json.WriteBoolean(column.Name, (bool)value!);
                    break;
                default:
                    if (Formatting.Scalar(column.Type, value) is { } text)
                    {
                        json.WriteString(column.Name, text);
                    }
                    else
                    {
                        json.WriteNull(column.Name);
                    }

                    break;
            }
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, Citation citation)
    {
        json.WriteNumber(PositionNames[0], citation.Line);
        json.WriteNumber(PositionNames[1], citation.Column);
        json.WriteNumber(PositionNames[2], citation.Offset);
        json.WriteNumber(PositionNames[3], citation.Length);
    }
}
