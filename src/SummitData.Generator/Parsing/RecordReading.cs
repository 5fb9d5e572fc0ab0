using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>One record as the parser reads it: its fields' values so far and where to report, for the kind's rules.</summary>
    internal sealed class RecordReading
    {
        private readonly Dictionary<string, FieldValue> _values = new(System.StringComparer.Ordinal);
        private readonly string? _id;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public RecordReading(KindDescription kind, FieldReader reader, string? id, DocumentReading document)
        {
            Kind = kind;
            Reader = reader;
            _id = id;
            Document = document;
        }

        public KindDescription Kind { get; }

        public FieldReader Reader { get; }

        /// <summary>The record's id, or an empty string when it has none (invalid, or a duplicate).</summary>
        public string Id => _id ?? string.Empty;

        /// <summary>Whether the record has a valid id of its own.</summary>
        public bool IsNamed => _id is not null;

        public DocumentReading Document { get; }

        public string DocumentText => Document.Text;

        public bool HasErrors => Reader.ErrorCount > 0;

        public YamlMapping Mapping => Reader.Mapping;

        public YamlNode? Node(string key) => Reader.Node(key);

        public void Report(DiagnosticKind kind, YamlNode node, params string[] arguments) => Reader.Report(kind, node, arguments);

        public void Set(FieldDescription field, FieldValue value) => _values[field.Name] = value;

        /// <summary>A field's value as read, stored or not; empty when absent or invalid.</summary>
        public FieldValue Value(string name) => _values.TryGetValue(name, out FieldValue? value) ? value : FieldValue.Empty;

        public string? Text(string name) => Value(name).Text;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public CitationSpec? Citation(string name)
        {
            EquatableArray<CitationSpec> citations = Value(name).Citations;
            return citations.Count > 0 ? citations[0] : null;
        }

        public EquatableArray<CitationSpec> Citations(string name) => Value(name).Citations;
    }

    /// <summary>The document being parsed, as the records' rules see it: its text and the records accepted so far.</summary>
    internal sealed class DocumentReading
    {
        private readonly Dictionary<string, List<RecordSpec>> _accepted = new(System.StringComparer.Ordinal);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public DocumentReading(string? id, string text)
        {
            Id = id;
            Text = text;
        }

        public string? Id { get; }

        public string Text { get; }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void Accept(RecordSpec record)
        {
            if (!_accepted.TryGetValue(record.Kind, out List<RecordSpec>? list))
            {
                _accepted[record.Kind] = list = new List<RecordSpec>();
            }

            list.Add(record);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public IReadOnlyList<RecordSpec> Accepted(KindDescription kind) =>
            _accepted.TryGetValue(kind.Section, out List<RecordSpec>? list) ? list : (IReadOnlyList<RecordSpec>)System.Array.Empty<RecordSpec>();

        /// <summary>Whether an accepted record of <paramref name="kind"/> has <paramref name="id"/> as the value of <paramref name="field"/>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool IsReferenced(KindDescription kind, string field, string id)
        {
            int index = kind.IndexOf(field);
            foreach (RecordSpec record in Accepted(kind))
            {
                if (record.Values[index].Text == id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
