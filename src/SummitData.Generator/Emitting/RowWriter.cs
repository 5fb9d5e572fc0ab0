using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    /// <summary>
    /// Writes records as the compact data the runtime decodes (<c>SummitData.Compiled.RecordData</c>): a JSON array of
    /// rows <c>[id, documentId, value, ...]</c>, the values of the kind's stored fields in order. A single value is a
    /// string or null, a list of strings or ids an array of strings, a citation <c>[documentId, offset, length, line,
    /// column, text]</c>. The generated code holds this text as a UTF-8 literal: data, not code, so the compiler does
    /// little with it and records are built on first use through the one constructor the loader uses too.
    /// </summary>
    internal static class RowWriter
    {
        public static string Rows(KindDescription kind, IEnumerable<RecordSpec> records)
        {
            var json = new StringBuilder();
            json.Append('[');
            bool first = true;
            foreach (RecordSpec record in records)
            {
                if (!first)
                {
                    json.Append(',');
                }

                first = false;
                Row(json, kind, record);
            }

            return json.Append(']').ToString();
        }

        private static void Row(StringBuilder json, KindDescription kind, RecordSpec record)
        {
            json.Append('[');
            String(json, record.Id);
            json.Append(',');
            String(json, record.DocumentId);
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

                            Citation(json, value.Citations[j]);
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
                            Citation(json, value.Citations[0]);
                        }

                        break;
                    default:
                        String(json, value.Text);
                        break;
                }
            }

            json.Append(']');
        }

        private static void Citation(StringBuilder json, CitationSpec c)
        {
            json.Append('[');
            String(json, c.DocumentId);
            json.Append(',').Append(c.Offset.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Length.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Line.ToString(CultureInfo.InvariantCulture));
            json.Append(',').Append(c.Column.ToString(CultureInfo.InvariantCulture));
            json.Append(',');
            String(json, c.Text);
            json.Append(']');
        }

        /// <summary>A JSON string: quotes, backslashes, control characters and unpaired surrogates escaped; everything else as it is.</summary>
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
                else if (c < 0x20 || c == 0x7F)
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
