using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using SummitData.Generator.Kinds;

namespace SummitData.Compiled;

/// <summary>
/// Builds records from the compact data the generator emits: a JSON array <c>[documents, rows]</c>, where
/// <c>documents</c> lists the ids of the documents the rows name and each row is <c>[id, document, value, ...]</c> with
/// the values of its kind's stored fields in order (a document as its index in <c>documents</c> or null, a single value
/// as a string or null, a list as an array of strings, a citation as <c>[document, offset, length, line, column]</c>,
/// its words read from the document's text when first asked for). Records are built through the same constructor the
/// runtime loader uses. This type supports the generated code and is not meant to be used directly.
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
        var reader = new Utf8JsonReader(Json(rows));
        string[] documents = Header(ref reader);
        Read(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            records.Add(type.CreateTyped(Row(ref reader, type.Kind, documents, source), source));
        }

        return records.ToArray();
    }

    /// <summary>
    /// Decodes a document's own record whose text the generated code does not hold: the text is read from the embedded
    /// resource the package's build targets made of the document's file, split and normalised as the generator did
    /// (byte order mark dropped, CRLF and CR as LF), and checked against the SHA-256 the generator read.
    /// </summary>
    /// <param name="source">Where references to other records resolve.</param>
    /// <param name="assembly">The assembly the generated code is in, which holds the resource.</param>
    /// <param name="resource">The resource's name.</param>
    /// <param name="row">The document's row, UTF-8 JSON, its text left out.</param>
    /// <exception cref="InvalidOperationException">The assembly has no such resource, or the resource does not hold the
    /// text the generator read (the message names the file and says how to fix it).</exception>
    public static Document DecodeDocument(RecordSource source, Assembly assembly, string resource, ReadOnlySpan<byte> row)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resource);
        var type = (RecordType<Document>)SummitDataSet.TypeOf(typeof(Document));
        var reader = new Utf8JsonReader(Json(row));
        string[] documents = Header(ref reader);
        Read(ref reader, JsonTokenType.StartArray);
        Next(ref reader);
        RecordRow values = Row(ref reader, type.Kind, documents, source);
        ReadText(values, type.Kind, assembly, resource);
        return type.CreateTyped(values, source);
    }

    /// <summary>
    /// Decodes a document and its own records from one piece of data (when no record has a named member): the resource
    /// the text is read from (as <see cref="DecodeDocument"/> reads it) or null when the data holds the text, the
    /// document table, the document's row, then its records of each list kind that is not shared, in the kinds' order.
    /// </summary>
    /// <param name="source">Where references to other records resolve.</param>
    /// <param name="assembly">The assembly the generated code is in, which holds the resource.</param>
    /// <param name="pack">The data, UTF-8 JSON or its compressed form.</param>
    /// <exception cref="InvalidOperationException">The text's resource is missing or does not hold the text the generator read.</exception>
    public static DocumentPack DecodePack(RecordSource source, Assembly assembly, ReadOnlySpan<byte> pack)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(assembly);
        var reader = new Utf8JsonReader(Json(pack));
        Read(ref reader, JsonTokenType.StartArray);
        string? resource = ReadString(ref reader);
        string[] documents = ReadStrings(ref reader);
        var type = (RecordType<Document>)SummitDataSet.TypeOf(typeof(Document));
        Read(ref reader, JsonTokenType.StartArray);
        Next(ref reader);
        RecordRow row = Row(ref reader, type.Kind, documents, source);
        Read(ref reader, JsonTokenType.EndArray);
        if (resource is not null)
        {
            ReadText(row, type.Kind, assembly, resource);
        }

        var lists = new Dictionary<Type, Array> { [typeof(Document)] = new[] { type.CreateTyped(row, source) } };
        foreach (KindDescription kind in Kinds.Lists)
        {
            if (kind.IsShared)
            {
                continue;
            }

            RecordType list = SummitDataSet.TypeOf(kind.Section);
            var records = new List<IRecord>();
            Read(ref reader, JsonTokenType.StartArray);
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                records.Add(list.Create(Row(ref reader, kind, documents, source), source));
            }

            Array array = list.CreateArray(records.Count);
            for (int i = 0; i < records.Count; i++)
            {
                array.SetValue(records[i], i);
            }

            lists[list.ClrType] = array;
        }

        Read(ref reader, JsonTokenType.EndArray);
        return new DocumentPack(lists);
    }

    /// <summary>Puts the text read from <paramref name="resource"/> into a document's row, checked against the row's hash.</summary>
    private static void ReadText(RecordRow row, KindDescription documents, Assembly assembly, string resource)
    {
        string file = (string?)row.Values[documents.IndexOf("file")] ?? resource;
        string expected = (string?)row.Values[documents.IndexOf("sha256")] ?? string.Empty;
        row.Values[documents.IndexOf("text")] = DocumentText.Read(assembly, resource, row.Id, file, expected);
    }

    /// <summary>The records of type <typeparamref name="T"/> of some documents, in order.</summary>
    /// <typeparam name="T">The record type: <see cref="Document"/>, <see cref="Figure"/>, ...</typeparam>
    /// <param name="packs">The documents, as <see cref="DecodePack"/> gives them.</param>
    public static T[] Select<T>(params DocumentPack[] packs)
        where T : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(packs);
        return Concat(packs.Select(p => p.Of<T>()).ToArray());
    }

    /// <summary>
    /// Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first, and returns the
    /// one stored: every thread gets the same record.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="field">The field that holds the record once built.</param>
    /// <param name="value">The record just built.</param>
    public static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

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

    /// <summary>
    /// The bytes of data the generator wrote in a string literal, two a character (little-endian): the string's own
    /// memory, not a copy. The literal's first character says whether its last byte is padding; the decoders read it.
    /// </summary>
    /// <param name="data">The literal.</param>
    public static ReadOnlySpan<byte> Packed(string data) => MemoryMarshal.AsBytes(data.AsSpan());

    /// <summary>
    /// The data's JSON: the data itself when it is JSON (it starts with <c>[</c>); deflated JSON in a string literal, two
    /// bytes a character, when it starts with the character U+0000 (or U+0001: its last byte is padding); otherwise
    /// base64 of the deflated JSON. The generator writes data too large to stay readable in one of the last two forms.
    /// </summary>
    private static ReadOnlySpan<byte> Json(ReadOnlySpan<byte> data)
    {
        if (data.Length > 0 && data[0] == (byte)'[')
        {
            return data;
        }

        if (data.Length >= 2 && (data[0] | data[1]) <= 1)
        {
            return Inflate(FromString(data));
        }

        var packed = new byte[Base64.GetMaxDecodedFromUtf8Length(data.Length)];
        if (Base64.DecodeFromUtf8(data, packed, out _, out int written) != OperationStatus.Done)
        {
            throw new JsonException("The record data is neither JSON nor base64.");
        }

        return Inflate(packed.AsSpan(0, written));
    }

    // The bytes of a string literal's characters (MemoryMarshal.AsBytes), in the order the generator wrote them
    // (little-endian), without the first character and the padding it announces.
    private static ReadOnlySpan<byte> FromString(ReadOnlySpan<byte> data)
    {
        bool padded = (data[0] | data[1]) == 1;
        ReadOnlySpan<byte> bytes = data[2..];
        if (!BitConverter.IsLittleEndian)
        {
            byte[] swapped = bytes.ToArray();
            for (int i = 0; i + 1 < swapped.Length; i += 2)
            {
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
            }

            bytes = swapped;
        }

        return padded && bytes.Length > 0 ? bytes[..^1] : bytes;
    }

    private static unsafe ReadOnlySpan<byte> Inflate(ReadOnlySpan<byte> deflated)
    {
        fixed (byte* start = deflated)
        {
            using var input = new UnmanagedMemoryStream(start, deflated.Length);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var json = new MemoryStream(deflated.Length * 6);
            deflate.CopyTo(json);
            return json.GetBuffer().AsSpan(0, (int)json.Length);
        }
    }

    /// <summary>Reads <c>[documents,</c>: the ids of the documents the rows name.</summary>
    private static string[] Header(ref Utf8JsonReader reader)
    {
        Read(ref reader, JsonTokenType.StartArray);
        return ReadStrings(ref reader);
    }

    private static RecordRow Row(ref Utf8JsonReader reader, KindDescription kind, string[] documents, RecordSource source)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        string id = ReadString(ref reader) ?? throw new JsonException("A record has no id.");
        string? documentId = Next(ref reader) == JsonTokenType.Null ? null : DocumentAt(ref reader, documents);
        var values = new object?[kind.StoredFields.Count];
        for (int i = 0; i < values.Length; i++)
        {
            FieldDescription field = kind.StoredFields[i];
            values[i] = field.Type switch
            {
                FieldType.Texts or FieldType.References => ReadStrings(ref reader),
                FieldType.Anchors => ReadCitations(ref reader, documents, source),
                FieldType.Anchor when field.Merge == MergeRule.OnePerDocument => ReadCitations(ref reader, documents, source),
                FieldType.Anchor => ReadCitation(ref reader, documents, source),
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

    private static Citation[] ReadCitations(ref Utf8JsonReader reader, string[] documents, RecordSource source)
    {
        Read(ref reader, JsonTokenType.StartArray);
        var items = new List<Citation>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(CitationAt(ref reader, documents, source));
        }

        return items.Count == 0 ? Array.Empty<Citation>() : items.ToArray();
    }

    private static Citation? ReadCitation(ref Utf8JsonReader reader, string[] documents, RecordSource source) =>
        Next(ref reader) == JsonTokenType.Null ? null : CitationAt(ref reader, documents, source);

    private static Citation CitationAt(ref Utf8JsonReader reader, string[] documents, RecordSource source)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        Read(ref reader, JsonTokenType.Number);
        string documentId = DocumentAt(ref reader, documents);
        int offset = ReadInt(ref reader);
        int length = ReadInt(ref reader);
        int line = ReadInt(ref reader);
        int column = ReadInt(ref reader);
        Read(ref reader, JsonTokenType.EndArray);
        return new Citation(documentId, offset, length, line, column, source);
    }

    private static string DocumentAt(ref Utf8JsonReader reader, string[] documents)
    {
        int index = Expect(ref reader, JsonTokenType.Number).GetInt32();
        return (uint)index < (uint)documents.Length ? documents[index] : throw new JsonException($"The record data names document {index} of {documents.Length}.");
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
