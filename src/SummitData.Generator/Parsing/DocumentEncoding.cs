using System.Collections.Generic;
using System.Text;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Annotated files are UTF-8. The runtime loader reads bytes and checks them here. The generator gets text the
    /// compiler already decoded, with no diagnostic of its own: the .NET SDK's compiler puts U+FFFD, the replacement
    /// character, in place of bytes that are not UTF-8, and a host that falls back to another encoding instead (as
    /// Roslyn does for source files, to Windows-1252) hands over text in that encoding. So a U+FFFD anywhere in a file
    /// is refused (the text it stands for is lost), and so is text decoded with an encoding other than UTF-8. Both the
    /// loader and the generator point at the first byte that is not UTF-8 (or the first U+FFFD), counted the same way,
    /// with the same message: a file saved in another encoding gets the same diagnostic from both.
    /// </summary>
    internal static class DocumentEncoding
    {
        private const int Utf8CodePage = 65001;

        private const string Message =
            "this character is a byte that is not UTF-8, or U+FFFD, the character a program writes in place of bytes it could not decode; the file was probably saved in another encoding (such as Windows-1252 or Latin-1), or converted from one with characters lost: save it as UTF-8 ('Save with Encoding' in most editors) and check the characters here";

        /// <summary>The text of a file's bytes, or null with SD0027 at the first byte that is not UTF-8. A BOM stays in the text (the parser drops it).</summary>
        public static string? Decode(string path, byte[] bytes, int count, List<DiagnosticInfo> diagnostics)
        {
            int invalid = FirstInvalidUtf8(bytes, count);
            if (invalid >= 0)
            {
                diagnostics.Add(DiagnosticCatalog.NotUtf8.At(LocationOfByte(path, bytes, invalid), Message));
                return null;
            }

            return Encoding.UTF8.GetString(bytes, 0, count);
        }

        /// <summary>
        /// SD0027 when the compiler decoded a file with an encoding other than UTF-8 (its fallback for bytes that are not
        /// UTF-8), at the first byte that is not UTF-8: encoding the text back gives the file's bytes, as the fallback
        /// encodings map each byte to one character and back.
        /// </summary>
        public static DiagnosticInfo? CheckDecoded(string path, string content, Encoding? encoding)
        {
            if (encoding is null || encoding.CodePage == Utf8CodePage)
            {
                return null;
            }

            LocationInfo location = new(path, 0, 0, 0, 0, 0, 0);
            try
            {
                byte[] preamble = encoding.GetPreamble();
                byte[] body = encoding.GetBytes(content);
                byte[] bytes = new byte[preamble.Length + body.Length];
                preamble.CopyTo(bytes, 0);
                body.CopyTo(bytes, preamble.Length);
                int invalid = FirstInvalidUtf8(bytes, bytes.Length);
                if (invalid >= 0)
                {
                    location = LocationOfByte(path, bytes, invalid);
                }
            }
            catch (EncoderFallbackException)
            {
                // An encoding that cannot give the bytes back: the file's start is the best place left.
            }

            return DiagnosticCatalog.NotUtf8.At(location, Message);
        }

        /// <summary>SD0027 at the first U+FFFD of a file's text, or null.</summary>
        public static DiagnosticInfo? ReplacementCharacter(string path, string content)
        {
            int at = content.IndexOf('\uFFFD');
            if (at < 0)
            {
                return null;
            }

            int start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
            int line = 0;
            int lineStart = start;
            for (int i = start; i < at; i++)
            {
                char c = content[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= content.Length || content[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return DiagnosticCatalog.NotUtf8.At(new LocationInfo(path, at - start, 1, line, at - lineStart, line, at - lineStart + 1), Message);
        }

        /// <summary>
        /// The offset of the first byte of the first ill-formed sequence (Unicode's table of well-formed UTF-8: no
        /// overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all <paramref name="count"/> bytes are UTF-8.
        /// </summary>
        public static int FirstInvalidUtf8(byte[] bytes, int count)
        {
            int i = 0;
            while (i < count)
            {
                byte b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                int length;
                byte low = 0x80;
                byte high = 0xBF;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    length = 2;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    length = 3;
                    low = b == 0xE0 ? (byte)0xA0 : (byte)0x80;
                    high = b == 0xED ? (byte)0x9F : (byte)0xBF;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    length = 4;
                    low = b == 0xF0 ? (byte)0x90 : (byte)0x80;
                    high = b == 0xF4 ? (byte)0x8F : (byte)0xBF;
                }
                else
                {
                    return i;
                }

                if (i + length > count || bytes[i + 1] < low || bytes[i + 1] > high)
                {
                    return i;
                }

                for (int k = 2; k < length; k++)
                {
                    if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                    {
                        return i;
                    }
                }

                i += length;
            }

            return -1;
        }

        /// <summary>
        /// Where a byte offset of valid UTF-8 up to it falls: lines broken by LF, CRLF or a lone CR (as the parser reads
        /// them), the column in UTF-16 code units as every other diagnostic counts it, a leading BOM not counted.
        /// </summary>
        private static LocationInfo LocationOfByte(string path, byte[] bytes, int offset)
        {
            int start = offset >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            int line = 0;
            int column = 0;
            int chars = 0;
            for (int i = start; i < offset; i++)
            {
                byte b = bytes[i];
                if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= offset || bytes[i + 1] != (byte)'\n')))
                {
                    line++;
                    column = 0;
                    chars++;
                    continue;
                }

                // Continuation bytes add nothing; a four-byte sequence is two UTF-16 code units.
                int units = b < 0x80 || (b >= 0xC0 && b < 0xF0) ? 1 : b >= 0xF0 ? 2 : 0;
                column += units;
                chars += units;
            }

            return new LocationInfo(path, chars, 1, line, column, line, column + 1);
        }
    }
}
