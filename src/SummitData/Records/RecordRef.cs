using System;
using System.Collections.Generic;
using System.Linq;
using SummitData.Compiled;

namespace SummitData;

/// <summary>
/// A reference from one record to another, by id, resolved on first use through the data the records come from.
/// Two references are equal when their ids are, so records compare by the ids they refer to, never deeply.
/// </summary>
internal sealed class RecordRef<T> : IEquatable<RecordRef<T>>
    where T : class, IRecord
{
    private readonly RecordSource _source;
    private readonly string[] _kinds;
    private T? _value;

    public RecordRef(RecordSource source, string[] kinds, string id)
    {
        _source = source;
        _kinds = kinds;
        Id = id;
    }

    public string Id { get; }

    public T Value => _value ??= _source.Resolve<T>(_kinds, Id);

    public bool Equals(RecordRef<T>? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is RecordRef<T> other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    public override string ToString() => Id;
}

/// <summary>A list of references (an agreement's parties, what a claim is about), resolved on first use; equal when the ids are.</summary>
internal sealed class RecordRefList<T> : IEquatable<RecordRefList<T>>
    where T : class, IRecord
{
    private readonly RecordSource _source;
    private readonly string[] _kinds;
    private RecordList<T>? _values;

    public RecordRefList(RecordSource source, string[] kinds, string[] ids)
    {
        _source = source;
        _kinds = kinds;
        Ids = RecordList.Of(ids);
    }

    public RecordList<string> Ids { get; }

    public RecordList<T> Values => _values ??= RecordList.Of(Ids.Select(id => _source.Resolve<T>(_kinds, id)).ToArray());

    public bool Equals(RecordRefList<T>? other) => other is not null && Ids.Equals(other.Ids);

    public override bool Equals(object? obj) => obj is RecordRefList<T> other && Equals(other);

    public override int GetHashCode() => Ids.GetHashCode();

    public override string ToString() => Ids.ToString();
}
