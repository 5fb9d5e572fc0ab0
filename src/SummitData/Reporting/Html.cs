using System.Text;

namespace SummitData.Reporting;

/// <summary>Text into HTML and SVG (also read as XML): the five markup characters escaped, characters neither may hold replaced.</summary>
internal static class Html
{
    /// <summary>The text encoded for element content or a quoted attribute value.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded for element content or a quoted attribute value.</summary>
    public static StringBuilder Append(StringBuilder builder, string text, int start = 0, int length = -1)
    {
        int end = length < 0 ? text.Length : start + length;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\t' or '\n' or '\r':
                    builder.Append(c);
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF':
                    // Control characters and non-characters are errors in HTML and not allowed in XML: shown as U+FFFD.
                    builder.Append('\uFFFD');
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        // A pair is copied whole; a lone surrogate cannot be written as UTF-8 and becomes U+FFFD.
                        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else
                        {
                            builder.Append('\uFFFD');
                        }
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }
}
