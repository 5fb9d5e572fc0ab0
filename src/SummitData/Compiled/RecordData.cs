using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using SummitData.Generator.Kinds;

namespace SummitData.Compiled;

/// <summary>
/// Builds records from the compact data the generator emits: a JSON array of rows, one per record, each row
/// <c>[id, documentId, value, ...]</c> with the values of its kind's stored fields in order (a single value as a string
/// or null, a list as an array of strings, a citation as <c>[documentId, offset, length, line, column, text]</c>).
/// Records are built through the same constructor the runtime loader uses. This type supports the generated code and
/// is not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RecordData
{
    /// <summary>Decodes the rows of records of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The record type: <see cref="Figure"/>, <see cref="Person"/>, ...</typeparam>
    /// <param name="source">Where references to other records resolve.</param>
    /// <param name="rows">The rows, UTF-8 JSON.</param>
    public static T[] Decode<T>(RecordSource source, ReadOnlySpan<byte> rows)
        where T : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        var type = (RecordType<T>)SummitDataSet.TypeOf(typeof(T));
        var records = new List<T>();
        var reader = new Utf8JsonReader(rows);
        Read(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            records.Add(type.CreateTyped(Row(ref reader, type.Kind), source));
        }

        return records.ToArray();
    }

    /// <summary>Joins parts of one kind's records into one array.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="parts">The parts, in order.</param>
    public static T[] Concat<T>(params T[][] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        int count = 0;
        foreach (T[] part in parts)
        {
            count += part.Length;
        }

        var result = new T[count];
        int index = 0;
        foreach (T[] part in parts)
        {
            part.CopyTo(result, index);
            index += part.Length;
        }

        return result;
    }

    internal static RecordRow Row(ref Utf8JsonReader reader, KindDescription kind)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        string id = ReadString(ref reader) ?? throw new JsonException("A record has no id.");
        string? documentId = ReadString(ref reader);
        var values = new object?[kind.StoredFields.Count];
        for (int i = 0; i < values.Length; i++)
        {
            FieldDescription field = kind.StoredFields[i];
            values[i] = field.Type switch
            {
                FieldType.Texts or FieldType.References => ReadStrings(ref reader),
                FieldType.Anchors => ReadCitations(ref reader),
                FieldType.Anchor when field.Merge == MergeRule.OnePerDocument => ReadCitations(ref reader),
                FieldType.Anchor => ReadCitation(ref reader),
                _ => ReadString(ref reader),
            };
        }

        Read(ref reader, JsonTokenType.EndArray);
        return new RecordRow(id, documentId, values);
    }

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        JsonTokenType token = Next(ref reader);
        return token == JsonTokenType.Null ? null : Expect(ref reader, JsonTokenType.String).GetString();
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader)
    {
        Read(ref reader, JsonTokenType.StartArray);
        var items = new List<string>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(Expect(ref reader, JsonTokenType.String).GetString()!);
        }

        return items.Count == 0 ? Array.Empty<string>() : items.ToArray();
    }

    private static Citation[] ReadCitations(ref Utf8JsonReader reader)
    {
        Read(ref reader, JsonTokenType.StartArray);
        var items = new List<Citation>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(CitationAt(ref reader));
        }

        return items.Count == 0 ? Array.Empty<Citation>() : items.ToArray();
    }

    private static Citation? ReadCitation(ref Utf8JsonReader reader) =>
        Next(ref reader) == JsonTokenType.Null ? null : CitationAt(ref reader);

    private static Citation CitationAt(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        string documentId = ReadString(ref reader)!;
        int offset = ReadInt(ref reader);
        int length = ReadInt(ref reader);
        int line = ReadInt(ref reader);
        int column = ReadInt(ref reader);
        string text = ReadString(ref reader)!;
        Read(ref reader, JsonTokenType.EndArray);
        return new Citation(documentId, offset, length, line, column, text);
    }

    private static int ReadInt(ref Utf8JsonReader reader)
    {
        Read(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The record data ends too early.");

    private static void Read(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        Next(ref reader);
        Expect(ref reader, expected);
    }

    private static ref Utf8JsonReader Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"The record data has {reader.TokenType} where {expected} belongs.");
        }

        return ref reader;
    }
}
