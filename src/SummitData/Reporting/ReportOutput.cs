using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SummitData.Reporting;

/// <summary>Where the text reports write: a string, a caller's <see cref="TextWriter"/>, or a stream as UTF-8 without a byte order mark.</summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The report of <paramref name="data"/> as a string, written by the renderer <paramref name="renderer"/> makes.</summary>
    public static string Render(SummitDataSet data, Func<TextWriter, ReportRenderer> renderer)
    {
        using StringWriter writer = StringWriter();
        Write(data, writer, renderer);
        return writer.ToString();
    }

    /// <summary>Builds the report of <paramref name="data"/> and renders it to <paramref name="writer"/>.</summary>
    public static void Write(SummitDataSet data, TextWriter writer, Func<TextWriter, ReportRenderer> renderer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(writer);
        renderer(writer).Render(ReportBuilder.Build(data));
    }

    /// <summary>Builds the report of <paramref name="data"/> and renders it to <paramref name="stream"/> as UTF-8 without a byte order mark.</summary>
    public static void Write(SummitDataSet data, Stream stream, Func<TextWriter, ReportRenderer> renderer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using TextWriter writer = StreamWriter(stream);
        Write(data, writer, renderer);
    }

    /// <summary>A writer into a string; culture-free, though the reports format every number themselves.</summary>
    public static StringWriter StringWriter() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>A writer into <paramref name="stream"/> that leaves it open; disposing it flushes.</summary>
    public static TextWriter StreamWriter(Stream stream) =>
        new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
}
