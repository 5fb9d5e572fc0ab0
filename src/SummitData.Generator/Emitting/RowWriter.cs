using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    /// <summary>
    /// Writes records as the compact data the runtime decodes (<c>SummitData.Compiled.RecordData</c>): a JSON array
    /// <c>[documents, rows]</c>, where <c>documents</c> lists the ids of the documents the rows name, each once, and each
    /// row is <c>[id, document, value, ...]</c>, the values of the kind's stored fields in order. A document is named by
    /// its index in <c>documents</c> (null for a record merged across documents). A single value is a string or null, a
    /// list of strings or ids an array of strings, a citation <c>[document, offset, length, line, column]</c>: not its
    /// words, which the runtime takes from the document's text when they are first read. The generated code holds this
    /// text as a UTF-8 literal: data, not code, so the compiler does little with it, and records are built on first use
    /// through the one constructor the loader uses too.
    /// </summary>
    internal static class RowWriter
    {
        public static string Rows(KindDescription kind, IEnumerable<RecordSpec> records)
        {
            var documents = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var rows = new StringBuilder();
            List(rows, kind, records, documents);
            return new StringBuilder(rows.Length + (documents.Count * 24) + 4).Append('[').Append(Table(documents)).Append(',').Append(rows).Append(']').ToString();
        }

        /// <summary>
        /// A document and its own records as one piece of data, <c>[resource, documents, [document], [records of the
        /// first list kind], ...]</c>: the resource its text is read from (null when the row holds the text), the
        /// document table, then the document's own row and its records of each list kind that is not shared, in the
        /// kinds' order.
        /// </summary>
        public static string Pack(DocumentSpec document, string? resource)
        {
            var documents = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var rows = new StringBuilder();
            List(rows, Kinds.Kinds.Documents, new[] { document.Document }, documents);
            foreach (KindDescription kind in Kinds.Kinds.Lists)
            {
                if (!kind.IsShared)
                {
                    rows.Append(',');
                    List(rows, kind, document.Of(kind.Section), documents);
                }
            }

            var json = new StringBuilder(rows.Length + 64);
            json.Append('[');
            String(json, resource);
            return json.Append(',').Append(Table(documents)).Append(',').Append(rows).Append(']').ToString();
        }

        private static void List(StringBuilder rows, KindDescription kind, IEnumerable<RecordSpec> records, Dictionary<string, int> documents)
        {
            rows.Append('[');
            bool first = true;
            foreach (RecordSpec record in records)
            {
                if (!first)
                {
                    rows.Append(',');
                }

                first = false;
                Row(rows, kind, record, documents);
            }

            rows.Append(']');
        }

        private static string Table(Dictionary<string, int> documents)
        {
            string[] ids = new string[documents.Count];
            foreach (KeyValuePair<string, int> document in documents)
            {
                ids[document.Value] = document.Key;
            }

            var json = new StringBuilder();
            json.Append('[');
            for (int i = 0; i < ids.Length; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                String(json, ids[i]);
            }

            return json.Append(']').ToString();
        }

        private static void Row(StringBuilder json, KindDescription kind, RecordSpec record, Dictionary<string, int> documents)
        {
            json.Append('[');
            String(json, record.Id);
            json.Append(',');
            Document(json, record.DocumentId, documents);
            for (int i = 0; i < kind.StoredFields.Count; i++)
            {
                json.Append(',');
                FieldDescription field = kind.StoredFields[i];
                FieldValue value = record.Values[i];
                switch (field.Type)
                {
                    case FieldType.Texts:
                    case FieldType.References:
                        json.Append('[');
                        for (int j = 0; j < value.Texts.Count; j++)
                        {
                            if (j > 0)
                            {
                                json.Append(',');
                            }

                            String(json, value.Texts[j]);
                        }

                        json.Append(']');
                        break;
                    case FieldType.Anchors:
                    case FieldType.Anchor when field.Merge == MergeRule.OnePerDocument:
                        json.Append('[');
                        for (int j = 0; j < value.Citations.Count; j++)
                        {
                            if (j > 0)
                            {
                                json.Append(',');
                            }

                            Citation(json, value.Citations[j], documents);
                        }

                        json.Append(']');
                        break;
                    case FieldType.Anchor:
                        if (value.Citations.Count == 0)
                        {
                            json.Append("null");
                        }
                        else
                        {
                            Citation(json, value.Citations[0], documents);
                        }

                        break;
                    default:
                        String(json, value.Text);
                        break;
                }
            }

            json.Append(']');
        }

        private static void Citation(StringBuilder json, CitationSpec c, Dictionary<string, int> documents)
        {
            json.Append('[');
            Document(json, c.DocumentId, documents);
            json.Append(',').Append(c.Offset.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Length.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Line.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Column.ToString(CultureInfo.InvariantCulture));
            json.Append(']');
        }

        private static void Document(StringBuilder json, string? id, Dictionary<string, int> documents)
        {
            if (id is null)
            {
                json.Append("null");
                return;
            }

            if (!documents.TryGetValue(id, out int index))
            {
                index = documents.Count;
                documents.Add(id, index);
            }

            json.Append(index.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>
        /// A JSON string: quotes, backslashes, control characters, unpaired surrogates and the characters C# takes for
        /// line breaks escaped; everything else as it is, so the data fits one line of a raw string literal.
        /// </summary>
        private static void String(StringBuilder json, string? value)
        {
            if (value is null)
            {
                json.Append("null");
                return;
            }

            json.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    json.Append('\\').Append(c);
                }
                else if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    json.Append(c).Append(value[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    json.Append(c);
                }
            }

            json.Append('"');
        }
    }
}
