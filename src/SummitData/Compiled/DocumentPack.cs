using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SummitData.Compiled;

/// <summary>
/// A document and its own records, decoded together from the generated code's data (<see cref="RecordData.DecodePack"/>).
/// This type supports the generated code and is not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DocumentPack
{
    private readonly Dictionary<Type, Array> _lists;

    internal DocumentPack(Dictionary<Type, Array> lists) => _lists = lists;

    internal T[] Of<T>()
        where T : class, IRecord => _lists.TryGetValue(typeof(T), out Array? list) ? (T[])list : Array.Empty<T>();
}
