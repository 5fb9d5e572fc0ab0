using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SummitData.Generator.Emitting
{
    /// <summary>C# literals and doc-comment text for any content, through Roslyn's own literal formatting.</summary>
    internal static class Literals
    {
        public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        /// <summary>
        /// A UTF-8 string literal: its bytes go to the assembly's data, not to the 2^24-byte string heap. Written as a raw
        /// string literal (<c>"""..."""u8</c>) when the value allows one on a single line, so the compiler reads the data as
        /// it is, without an escape per quotation mark; otherwise as a regular literal.
        /// </summary>
        public static string Utf8(string value)
        {
            if (value.Length == 0 || value[0] == '"' || value[value.Length - 1] == '"' || value.IndexOfAny(LineBreaks) >= 0)
            {
                return SymbolDisplay.FormatLiteral(value, quote: true) + "u8";
            }

            int longest = 0;
            for (int i = 0, run = 0; i < value.Length; i++)
            {
                run = value[i] == '"' ? run + 1 : 0;
                longest = System.Math.Max(longest, run);
            }

            string quotes = new string('"', System.Math.Max(3, longest + 1));
            return quotes + value + quotes + "u8";
        }

        /// <summary>
        /// Record data (<see cref="RowWriter"/>) as a UTF-8 literal: as it is when small, otherwise deflated and in base64
        /// when that is shorter. The compiler lowers a UTF-8 literal byte by byte (a bound node per byte before it
        /// becomes data), so its bytes are most of what the data costs a build; compressed, about a quarter of them.
        /// </summary>
        public static string Data(string json)
        {
            // Counted first: most data (a document's figures, its quotes) is small, and needs no byte array of its own.
            if (Encoding.UTF8.GetByteCount(json) > CompressAbove)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(json);
                using var buffer = new System.IO.MemoryStream();
                using (var deflate = new System.IO.Compression.DeflateStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                {
                    deflate.Write(bytes, 0, bytes.Length);
                }

                string packed = System.Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
                if (packed.Length < bytes.Length)
                {
                    return "\"" + packed + "\"u8";
                }
            }

            return Utf8(json);
        }

        // Data up to this many bytes stays readable in the generated code; compressing it would gain little.
        private const int CompressAbove = 1024;

        // What C# takes for the end of a line, which a single-line raw string cannot hold.
        private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary>Text safe inside a <c>///</c> comment: XML-escaped, on one line, shortened.</summary>
        public static string Doc(string value, int max = 160)
        {
            var builder = new StringBuilder(value.Length);
            bool space = false;
            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                if (builder.Length >= max)
                {
                    builder.Append('…');
                    break;
                }

                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.ToString();
        }
    }
}
