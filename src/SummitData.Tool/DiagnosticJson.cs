using System.IO;
using System.Linq;
using System.Text.Json;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>check --format json</c>: the number of files, errors and warnings, the files a build would leave out, and every
/// diagnostic with its id, severity, message, file, one-based line and column (of its start and end) and help link.
/// </summary>
internal static class DiagnosticJson
{
    public static void Write(TextWriter output, int files, LoadResult result)
    {
        ToolOutput.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("files", files);
            json.WriteNumber("errors", result.Diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", result.Diagnostics.Count(d => d.Severity == SummitDiagnosticSeverity.Warning));
            json.WriteStartArray("excludedFiles");
            foreach (string file in result.ExcludedFiles)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (SummitDiagnostic diagnostic in result.Diagnostics)
            {
                Write(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter json, SummitDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", Sarif.Severity(diagnostic.Severity));
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.FilePath is null)
        {
            json.WriteNull("file");
        }
        else
        {
            json.WriteString("file", diagnostic.FilePath);
        }

        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteNumber("endLine", diagnostic.EndLine);
        json.WriteNumber("endColumn", diagnostic.EndColumn);
        if (Sarif.Rule(diagnostic.Id) is { } rule)
        {
            json.WriteString("helpUri", rule.HelpLink);
        }

        json.WriteEndObject();
    }
}
