using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// <c>check --format sarif</c>: the diagnostics as a SARIF 2.1.0 log, the format code scanning uploads take. One run
/// of the tool <c>summitdata</c> with every diagnostic of the catalogue as a rule (title, description, default level,
/// help link to its section of docs/diagnostics.md), and one result per diagnostic with its file and region.
/// </summary>
/// <remarks>
/// Files are written as the paths were given, made relative URI references (forward slashes, each segment
/// percent-encoded): code scanning resolves them against the repository root when the tool runs there. An absolute
/// path becomes a <c>file:</c> URI. Lines and columns are one-based, columns in UTF-16 code units (the run's
/// <c>columnKind</c>), and the end column is the one after the region, as SARIF counts them.
/// </remarks>
internal static class Sarif
{
    /// <summary>The schema the log names: the OASIS SARIF 2.1.0 schema (errata 01), whose <c>id</c> this is.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static readonly Dictionary<string, int> RuleIndex = DiagnosticCatalog.All
        .Select((kind, index) => (kind.Id, index))
        .ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);

    /// <summary>The catalogue's entry for an id, or null for an id it does not have.</summary>
    internal static DiagnosticKind? Rule(string id) => RuleIndex.TryGetValue(id, out int index) ? DiagnosticCatalog.All[index] : null;

    /// <summary>A severity in the tool's own output: error, warning or info.</summary>
    internal static string Severity(SummitDiagnosticSeverity severity) => severity switch
    {
        SummitDiagnosticSeverity.Error => "error",
        SummitDiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static void Write(TextWriter output, IReadOnlyList<SummitDiagnostic> diagnostics)
    {
        ToolOutput.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            Tool(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (SummitDiagnostic diagnostic in diagnostics)
            {
                Result(json, diagnostic);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Tool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "summitdata");
        json.WriteString("semanticVersion", Version());
        string help = DiagnosticKind.HelpBase;
        int blob = help.IndexOf("/blob/", StringComparison.Ordinal);
        if (blob > 0)
        {
            json.WriteString("informationUri", help.Substring(0, blob));
        }

        json.WriteStartArray("rules");
        foreach (DiagnosticKind kind in DiagnosticCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", kind.Id);
            json.WriteString("name", RuleName(kind.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", kind.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", kind.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", kind.HelpLink);
            json.WriteStartObject("help");
            json.WriteString("text", $"{kind.Description} See {kind.HelpLink}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(kind.Level));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, SummitDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (RuleIndex.TryGetValue(diagnostic.Id, out int index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", diagnostic.Severity switch
        {
            SummitDiagnosticSeverity.Error => "error",
            SummitDiagnosticSeverity.Warning => "warning",
            _ => "note",
        });
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (diagnostic.FilePath is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(diagnostic.FilePath));
            json.WriteEndObject();
            if (diagnostic.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", diagnostic.Line);
                json.WriteNumber("startColumn", Math.Max(1, diagnostic.Column));

                // A region ends at or after its start: a span the parser could not measure is the start's point.
                bool ends = diagnostic.EndLine > diagnostic.Line || (diagnostic.EndLine == diagnostic.Line && diagnostic.EndColumn >= diagnostic.Column);
                json.WriteNumber("endLine", ends ? diagnostic.EndLine : diagnostic.Line);
                json.WriteNumber("endColumn", ends ? Math.Max(1, diagnostic.EndColumn) : Math.Max(1, diagnostic.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A path as a URI reference: relative paths stay relative, with '/' and each segment percent-encoded.</summary>
    internal static string ArtifactUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        string[] segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    /// <summary>SARIF's rule name, an identifier: "Anchor text not found" is <c>AnchorTextNotFound</c>.</summary>
    internal static string RuleName(string title)
    {
        var name = new StringBuilder();
        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int start = name.Length;
            foreach (char c in word)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    name.Append(name.Length == start ? char.ToUpperInvariant(c) : c);
                }
            }
        }

        return name.ToString();
    }

    private static string Level(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "note",
    };

    /// <summary>The tool's version without its build metadata: 1.0.0.</summary>
    internal static string Version() =>
        (typeof(Sarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
