using System.Globalization;
using System.IO;
using System.Text;

namespace SummitData.Reporting;

/// <summary>Where the text reports write: a string, a caller's <see cref="TextWriter"/>, or a stream as UTF-8 without a byte order mark.</summary>
internal static class ReportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A writer into a string; culture-free, though the reports format every number themselves.</summary>
    public static StringWriter StringWriter() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>A writer into <paramref name="stream"/> that leaves it open; disposing it flushes.</summary>
    public static TextWriter StreamWriter(Stream stream) =>
        new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
}
