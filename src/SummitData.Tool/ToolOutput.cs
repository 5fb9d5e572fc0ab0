using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummitData.Tool;

/// <summary>Where a command's result goes: standard output, or a file written whole or not at all.</summary>
internal static class ToolOutput
{
    /// <summary>UTF-8 without a byte order mark, as every file the tool writes.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes the result to standard output when <paramref name="path"/> is null or <c>-</c>, else to the file (replacing
    /// it: an output file is meant to be written again), atomically.
    /// </summary>
    public static void Write(string? path, ToolConsole console, Action<TextWriter> write)
    {
        if (path is null or "-")
        {
            write(console.Out);
            console.Out.Flush();
            return;
        }

        using var text = new StringWriter { NewLine = "\n" };
        write(text);
        AtomicFile.Write(path, Utf8.GetBytes(text.ToString()), overwrite: true);
    }

    /// <summary>Indented JSON with '\n' line endings and non-ASCII text as it is (JSON files, never embedded in HTML), then a line end.</summary>
    public static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.Write(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }
}
