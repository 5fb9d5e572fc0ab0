using System;
using System.Globalization;
using SummitData.Compiled;
using SummitData.Generator.Kinds;

namespace SummitData;

/// <summary>
/// One record's values as both the generated code and the runtime loader give them, in the order of its kind's
/// stored fields (<see cref="KindDescription.StoredFields"/>): a single value as its string in the format (or null),
/// a list of strings or ids as <c>string[]</c>, one anchor as a <see cref="Citation"/> (or null), anchors as
/// <c>Citation[]</c>. Every record is built from a row, by its kind's one constructor.
/// </summary>
internal sealed class RecordRow
{
    public RecordRow(string id, string? documentId, object?[] values)
    {
        Id = id;
        DocumentId = documentId;
        Values = values;
    }

    public string Id { get; }

    public string? DocumentId { get; }

    public object?[] Values { get; }
}

/// <summary>Reads a <see cref="RecordRow"/> by field name for a record's constructor: the one place a kind's values become properties.</summary>
internal readonly struct RecordReader
{
    private readonly KindDescription _kind;
    private readonly RecordRow _row;

    public RecordReader(KindDescription kind, RecordRow row, RecordSource source)
    {
        _kind = kind;
        _row = row;
        Source = source;
    }

    public RecordSource Source { get; }

    public string Id => _row.Id;

    public string DocumentId => _row.DocumentId ?? throw new InvalidOperationException($"A record of '{_kind.Section}' has no document.");

    public string? OptionalText(string field) => (string?)Value(field);

    public string Text(string field) => OptionalText(field) ?? throw new InvalidOperationException($"The {_kind.Singular} '{Id}' has no value for '{field}'.");

    public TEnum Enum<TEnum>(string field)
        where TEnum : struct, Enum => OptionalEnum<TEnum>(field) ?? throw new InvalidOperationException($"The {_kind.Singular} '{Id}' has no value for '{field}'.");

    // The format's kebab-case names map to enum members as the generator names them (Identifiers.ToPascalCase).
    public TEnum? OptionalEnum<TEnum>(string field)
        where TEnum : struct, Enum =>
        OptionalText(field) is { } value ? System.Enum.Parse<TEnum>(Generator.Parsing.Identifiers.ToPascalCase(value), ignoreCase: false) : null;

    public decimal Decimal(string field) => decimal.Parse(Text(field), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public bool Bool(string field) => Text(field) == "true";

    public DateOnly? Date(string field) =>
        OptionalText(field) is { } value ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public RecordList<string> Texts(string field) => RecordList.Of((string[]?)Value(field) ?? System.Array.Empty<string>());

    public Citation Citation(string field) => ((Citation?)Value(field) ?? throw new InvalidOperationException($"The {_kind.Singular} '{Id}' has no value for '{field}'.")).From(Source);

    public RecordList<Citation> Citations(string field)
    {
        Citation[] citations = (Citation[]?)Value(field) ?? System.Array.Empty<Citation>();
        foreach (Citation citation in citations)
        {
            citation.From(Source);
        }

        return RecordList.Of(citations);
    }

    public RecordRef<T>? Ref<T>(string field)
        where T : class, IRecord =>
        OptionalText(field) is { } id ? new RecordRef<T>(Source, Targets(field), id) : null;

    public RecordRefList<T> Refs<T>(string field)
        where T : class, IRecord =>
        new(Source, Targets(field), (string[]?)Value(field) ?? System.Array.Empty<string>());

    private string[] Targets(string field) => _kind.Field(field).Targets;

    private object? Value(string field) => _row.Values[_kind.IndexOf(field)];
}

/// <summary>A kind's runtime record type: its description and its one construction path.</summary>
internal abstract class RecordType
{
    protected RecordType(KindDescription kind) => Kind = kind;

    public KindDescription Kind { get; }

    /// <summary>The kind's report columns and how reports name its records: described next to the record, in its file.</summary>
    public Reporting.RecordColumns Columns { get; init; } = null!;

    public abstract Type ClrType { get; }

    public abstract IRecord Create(RecordRow row, RecordSource source);

    public abstract Array CreateArray(int length);

    /// <summary>A set over records of this kind, given as an array of the record type.</summary>
    public abstract IRecordSet CreateSet(Array records);
}

/// <summary>A kind's runtime record type, <typeparamref name="T"/>.</summary>
internal sealed class RecordType<T> : RecordType
    where T : class, IRecord
{
    private readonly Func<RecordReader, T> _create;

    public RecordType(KindDescription kind, Func<RecordReader, T> create)
        : base(kind) => _create = create;

    public override Type ClrType => typeof(T);

    public override IRecord Create(RecordRow row, RecordSource source) => _create(new RecordReader(Kind, row, source));

    public override Array CreateArray(int length) => new T[length];

    public override IRecordSet CreateSet(Array records) => new RecordSet<T>((T[])records);

    public T CreateTyped(RecordRow row, RecordSource source) => _create(new RecordReader(Kind, row, source));
}
