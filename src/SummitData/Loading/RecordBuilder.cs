using System;
using System.Collections.Generic;
using System.Linq;
using SummitData.Compiled;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Loading;

/// <summary>
/// The runtime loader's source of records: validated specs turned into the rows every record is built from, through
/// the same constructors the generated code uses, in the generator's order (documents by id, per-document records by
/// document then annotation order, shared records as merged), so a loaded data set equals the generated one.
/// </summary>
internal sealed class RecordBuilder : RecordSource
{
    private readonly Dictionary<string, RecordRow[]> _rows = new(StringComparer.Ordinal);

    private RecordBuilder(IReadOnlyList<DocumentSpec> documents, CorpusSpec corpus)
    {
        _rows[Kinds.Documents.Section] = documents.Select(d => Row(Kinds.Documents, d.Document)).ToArray();
        foreach (KindDescription kind in Kinds.Lists)
        {
            IEnumerable<RecordSpec> records = kind.IsShared ? corpus.Of(kind.Section) : documents.SelectMany(d => d.Of(kind.Section));
            _rows[kind.Section] = records.Select(r => Row(kind, r)).ToArray();
        }
    }

    public static SummitDataSet Build(IReadOnlyList<DocumentSpec> documents, CorpusSpec corpus) => new RecordBuilder(documents, corpus).DataSet;

    protected override Array Load(string kind)
    {
        RecordType type = SummitDataSet.TypeOf(kind);
        RecordRow[] rows = _rows[kind];
        Array records = type.CreateArray(rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            records.SetValue(type.Create(rows[i], this), i);
        }

        return records;
    }

    /// <summary>A spec's values as a row: what the generated code's data decodes to.</summary>
    internal static RecordRow Row(KindDescription kind, RecordSpec spec)
    {
        var values = new object?[kind.StoredFields.Count];
        for (int i = 0; i < values.Length; i++)
        {
            FieldDescription field = kind.StoredFields[i];
            FieldValue value = spec.Values[i];
            values[i] = field.Type switch
            {
                FieldType.Texts or FieldType.References => value.Texts.ToArray(),
                FieldType.Anchors => Citations(value),
                FieldType.Anchor when field.Merge == MergeRule.OnePerDocument => Citations(value),
                FieldType.Anchor => value.Citations.Count == 0 ? null : Citation(value.Citations[0]),
                _ => value.Text,
            };
        }

        return new RecordRow(spec.Id, spec.DocumentId, values);
    }

    private static Citation[] Citations(FieldValue value) => value.Citations.Select(Citation).ToArray();

    private static Citation Citation(CitationSpec c) => new(c.DocumentId, c.Offset, c.Length, c.Line, c.Column, c.Text);
}
