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
        /// Record data (<see cref="RowWriter"/>): as it is (a UTF-8 literal) when small, otherwise deflated when that is
        /// shorter, and then, as <see cref="DataForm"/> decides for the corpus, in a string literal two bytes a character
        /// (<paramref name="inStrings"/>) or in base64 in a UTF-8 literal. The runtime tells the three apart by their first
        /// bytes (<c>SummitData.Compiled.RecordData</c>).
        /// </summary>
        public static string Data(string json, bool inStrings)
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

                if (inStrings && buffer.Length + 2 < bytes.Length)
                {
                    // One call of one method with one overload: less for the compiler to bind than AsBytes(AsSpan(...)).
                    return "global::SummitData.Compiled.RecordData.Packed(" + Packed(buffer.GetBuffer(), (int)buffer.Length) + ")";
                }

                string packed = System.Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
                if (packed.Length < bytes.Length)
                {
                    return "\"" + packed + "\"u8";
                }
            }

            return Utf8(json);
        }

        /// <summary>
        /// Bytes as a string literal, two a character (little-endian, as <c>RecordData.Packed</c> reads them back):
        /// first U+0000, or U+0001 when the last character holds one byte and a zero of padding. Characters of the common
        /// CJK and Hangul blocks and printable ASCII are written as they are; every other one (controls, line separators,
        /// surrogates, format characters) as an escape, so the literal is one plain line of C#.
        /// </summary>
        public static string Packed(byte[] bytes, int length)
        {
            var builder = new StringBuilder((length * 2) + 8);
            builder.Append('"').Append(length % 2 == 0 ? "\\0" : "\\u0001");
            for (int i = 0; i < length; i += 2)
            {
                int c = bytes[i] | (i + 1 < length ? bytes[i + 1] << 8 : 0);
                if ((c >= 0x20 && c < 0x7F && c != '"' && c != '\\') || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3))
                {
                    builder.Append((char)c);
                }
                else
                {
                    builder.Append("\\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.Append('"').ToString();
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
