using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SummitData.Generator.Parsing;

namespace SummitData.Generator.Emitting
{
    /// <summary>
    /// The strings of one generated class, stored as one UTF-8 literal and decoded on first use into <c>s[i]</c>.
    /// Ordinary string literals all go to one user-string heap of 2^24 bytes per assembly (CS8103), which the ids,
    /// names and citations of a few thousand documents fill; UTF-8 literals are data and have no such limit. Each
    /// entry is its length in UTF-16 code units, a colon and the text, so any content round-trips.
    /// </summary>
    internal sealed class StringTable
    {
        /// <summary>The name of the local (or parameter) holding the decoded strings.</summary>
        public const string Local = "s";

        private readonly Dictionary<string, int> _indices = new(System.StringComparer.Ordinal);
        private readonly StringBuilder _data = new();

        public int Count => _indices.Count;

        /// <summary>An expression for the string: <c>null</c>, an entry of the table, or (for text UTF-8 cannot hold) a plain literal.</summary>
        public string Ref(string? value)
        {
            if (value is null)
            {
                return "null";
            }

            if (HasLoneSurrogate(value))
            {
                return Literals.String(value);
            }

            if (!_indices.TryGetValue(value, out int index))
            {
                index = _indices.Count;
                _indices.Add(value, index);
                _data.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            }

            return Local + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        /// <summary>The statement that decodes the table into the local <see cref="Local"/>.</summary>
        public string Declaration() => Count == 0
            ? $"string[] {Local} = global::System.Array.Empty<string>();"
            : $"string[] {Local} = {Identifiers.ReservedPrefix}Strings({Literals.Utf8(_data.ToString())}, {Count.ToString(CultureInfo.InvariantCulture)});";

        private static bool HasLoneSurrogate(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
