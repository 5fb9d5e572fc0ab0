using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

namespace SummitData;

/// <summary>
/// The records of one kind in a data set: a read-only list in the data set's order, with lookup by id and by document
/// from indexes built once, on first use.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[DebuggerDisplay("Count = {Count}")]
public sealed class RecordSet<T> : IReadOnlyList<T>, IRecordSet
    where T : class, IRecord
{
    private readonly T[] _items;
    private Dictionary<string, T>? _byId;
    private Dictionary<string, RecordList<T>>? _byDocument;

    internal RecordSet(T[] items) => _items = items;

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

    /// <summary>Every record, in the data set's order.</summary>
    public IReadOnlyList<T> All => this;

    /// <summary>The record with this id.</summary>
    /// <exception cref="KeyNotFoundException">No record of this kind has the id.</exception>
    public T Get(string id) =>
        TryGet(id, out T? record) ? record : throw new KeyNotFoundException($"No {typeof(T).Name.ToLowerInvariant()} has the id '{id}'.");

    /// <summary>Looks up a record by id.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out T? record)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById().TryGetValue(id, out record);
    }

    /// <summary>Whether a record of this kind has the id.</summary>
    public bool Contains(string id) => TryGet(id, out _);

    /// <summary>The records that come from a document (see <see cref="IRecord.DocumentIds"/>), in the data set's order.</summary>
    public IReadOnlyList<T> InDocument(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return ByDocument().TryGetValue(documentId, out RecordList<T>? records) ? records : RecordList<T>.Empty;
    }

    /// <summary>The records, as a struct enumerator that does not allocate.</summary>
    public RecordList<T>.Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new RecordList<T>.Enumerator(_items);

    IEnumerator IEnumerable.GetEnumerator() => new RecordList<T>.Enumerator(_items);

    bool IRecordSet.TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record)
    {
        bool found = TryGet(id, out T? typed);
        record = typed;
        return found;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Count} {typeof(T).Name} records";

    // Read before the initializer: its lambda captures this set, and allocating it on every lookup would cost a lookup
    // by id more than the lookup itself.
    private Dictionary<string, T> ById() => _byId ?? LazyInitializer.EnsureInitialized(ref _byId, () =>
    {
        var map = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (T item in _items)
        {
            if (!map.TryAdd(item.Id, item))
            {
                throw new ArgumentException($"The id '{item.Id}' occurs twice among the {typeof(T).Name} records.");
            }
        }

        return map;
    });

    private Dictionary<string, RecordList<T>> ByDocument() => _byDocument ?? LazyInitializer.EnsureInitialized(ref _byDocument, () =>
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (T item in _items)
        {
            foreach (string documentId in item.DocumentIds)
            {
                if (!lists.TryGetValue(documentId, out List<T>? list))
                {
                    lists[documentId] = list = new List<T>();
                }

                if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], item))
                {
                    list.Add(item);
                }
            }
        }

        var result = new Dictionary<string, RecordList<T>>(lists.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<T>> entry in lists)
        {
            result[entry.Key] = RecordList.Of(entry.Value.ToArray());
        }

        return result;
    });
}

/// <summary>A <see cref="RecordSet{T}"/> of any record type.</summary>
internal interface IRecordSet
{
    bool TryGetRecord(string id, [NotNullWhen(true)] out IRecord? record);
}
