using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace SummitData.Compiled;

/// <summary>
/// Where the records of a data set come from: the generated code of a project's documents, or the runtime loader.
/// Each kind's records are loaded once, on first use; references between records resolve through it by id.
/// This type supports the generated code and is not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class RecordSource
{
    private readonly ConcurrentDictionary<string, object> _sets = new(StringComparer.Ordinal);
    private SummitDataSet? _dataSet;

    /// <summary>The data set of every kind's records.</summary>
    public SummitDataSet DataSet => _dataSet ?? LazyInitializer.EnsureInitialized(ref _dataSet, () => new SummitDataSet(this));

    /// <summary>All records of one kind (by its section name, e.g. <c>figures</c>), in the data set's order.</summary>
    /// <param name="kind">The kind's section name.</param>
    protected abstract Array Load(string kind);

    /// <summary>The records of one kind as a set with lookup by id, built once.</summary>
    internal RecordSet<T> Set<T>(string kind)
        where T : class, IRecord => (RecordSet<T>)SetOf(kind);

    /// <summary>The record an id refers to: the first of <paramref name="kinds"/> that has it.</summary>
    /// <exception cref="KeyNotFoundException">No record of those kinds has the id (the generator and the loader never let this happen).</exception>
    internal T Resolve<T>(string[] kinds, string id)
        where T : class, IRecord
    {
        foreach (string kind in kinds)
        {
            if (SetOf(kind).TryGetRecord(id, out IRecord? record) && record is T typed)
            {
                return typed;
            }
        }

        throw new KeyNotFoundException($"No record of {string.Join(" or ", kinds)} has the id '{id}'.");
    }

    /// <summary>The text of a document of this source, which the words of its citations are read from.</summary>
    /// <exception cref="KeyNotFoundException">No document has the id.</exception>
    internal string TextOf(string documentId) => DataSet.Documents.Get(documentId).Text;

    /// <summary>The records of one kind, as the set of its record type.</summary>
    internal IRecordSet SetOf(string kind) => (IRecordSet)_sets.GetOrAdd(kind, static (k, source) => SummitDataSet.TypeOf(k).CreateSet(source.Load(k)), this);
}
