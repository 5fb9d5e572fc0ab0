using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace SummitData;

/// <summary>
/// A read-only list held by a record: it cannot be cast back to an array or a writable list, and two lists are equal
/// when their items are, in order, so records that hold lists compare by value.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[DebuggerDisplay("Count = {Count}")]
public sealed class RecordList<T> : IReadOnlyList<T>, IEquatable<RecordList<T>>
{
    private readonly T[] _items;

    internal RecordList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static RecordList<T> Empty { get; } = new(Array.Empty<T>());

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            RowCounter.Rows++;
            return _items[index];
        }
    }

    /// <summary>Two lists with equal items in the same order are equal.</summary>
    public static bool operator ==(RecordList<T>? left, RecordList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Two lists that differ in an item or in length are not equal.</summary>
    public static bool operator !=(RecordList<T>? left, RecordList<T>? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RecordList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RecordList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_items.Length);
        foreach (T item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether the list holds <paramref name="item"/>.</summary>
    public bool Contains(T item) => Array.IndexOf(_items, item) >= 0;

    /// <summary>The items, as a struct enumerator that does not allocate.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(_items);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_items);

    /// <summary>The items separated by ", ".</summary>
    public override string ToString() => string.Join(", ", _items.Select(i => i?.ToString()));

    /// <summary>Enumerates a <see cref="RecordList{T}"/> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (++_index < _items.Length)
            {
                RowCounter.Rows++;
                return true;
            }

            return false;
        }

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}

/// <summary>
/// How many items the record lists and record sets of this thread have handed out: what the complexity tests count to
/// tell a report that reads each record a bounded number of times from one that scans every record per row.
/// </summary>
internal static class RowCounter
{
    [ThreadStatic]
    internal static long Rows;
}

/// <summary>Creates <see cref="RecordList{T}"/>s.</summary>
internal static class RecordList
{
    public static RecordList<T> Of<T>(T[] items) => items.Length == 0 ? RecordList<T>.Empty : new RecordList<T>(items);

    public static RecordList<T> Of<T>(IEnumerable<T> items) => Of(items.ToArray());
}
