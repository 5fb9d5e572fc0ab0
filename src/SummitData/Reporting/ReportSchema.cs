using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SummitData.Reporting;

/// <summary>
/// The version of the data formats (the JSON and CSV reports) and the JSON Schema (draft 2020-12) of the JSON report,
/// generated from the same column descriptions the report is written from (<see cref="RecordKind.Columns"/>): every
/// kind's array, every property with its type, whether it may be <c>null</c>, the names an enum property may hold, and
/// no property the report does not write. It is checked in as <c>schema/summitdata-report.schema.json</c> and shipped in
/// the package's <c>schema</c> folder; every JSON report names it in its <c>$schema</c> property.
/// </summary>
/// <remarks>
/// The JSON report is written by a <see cref="Utf8JsonWriter"/> from the columns, not serialized from types, so there is
/// no type a schema exporter could describe: the schema is built from the columns, as the writer is, and a change to a
/// column changes both. It describes one version exactly (every property required, no other allowed): a report of a
/// later version, which may add properties, is checked against that version's schema.
/// </remarks>
public static class ReportSchema
{
    /// <summary>
    /// The version of the JSON and CSV formats, written as the JSON report's <c>formatVersion</c>. The minor number grows
    /// when properties or columns are added; the major number when one is renamed, removed, moved or changes its
    /// meaning. The formats of SummitData 0.1.0, which had no version, are version 1.
    /// </summary>
    public const string FormatVersion = "2.0";

    /// <summary>The schema's file name: in the repository's and the package's <c>schema</c> folder.</summary>
    public const string FileName = "summitdata-report.schema.json";

    /// <summary>Where the schema is published (its <c>$id</c>, and the JSON report's <c>$schema</c>): the file in the repository's default branch.</summary>
    public const string Url = "https://raw.githubusercontent.com/summitdata/summitdata/main/schema/" + FileName;

    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<string> Generated = new(Generate);

    /// <summary>The schema, as the checked-in file holds it: indented JSON with LF line endings and a final newline.</summary>
    public static string Json => Generated.Value;

    private static string Generate()
    {
        var defs = new JsonObject
        {
            ["citation"] = new JsonObject
            {
                ["description"] = "Words of a document and where they stand.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["documentId"] = new JsonObject { ["description"] = "the document the words are in", ["type"] = "string", ["minLength"] = 1 },
                    ["text"] = new JsonObject { ["description"] = "the words exactly as they stand in the text", ["type"] = "string" },
                    [JsonReport.PositionNames[0]] = Ref("line"),
                    [JsonReport.PositionNames[1]] = Ref("column"),
                    [JsonReport.PositionNames[2]] = Ref("offset"),
                    [JsonReport.PositionNames[3]] = Ref("length"),
                },
                ["required"] = Names(["documentId", "text", .. JsonReport.PositionNames]),
                ["additionalProperties"] = false,
            },
            ["line"] = Position("line of the words in the document, from 1", minimum: 1),
            ["column"] = Position("column of the words, from 1", minimum: 1),
            ["offset"] = Position("offset of the words in the document text, UTF-16 code units from 0", minimum: 0),
            ["length"] = Position("length of the words in UTF-16 code units", minimum: 0),
            ["date"] = new JsonObject
            {
                ["description"] = "A calendar date, yyyy-MM-dd.",
                ["type"] = "string",
                ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                ["format"] = "date",
            },
        };

        var properties = new JsonObject
        {
            ["$schema"] = new JsonObject { ["description"] = "the schema of the report, this one", ["const"] = Url },
            ["formatVersion"] = new JsonObject { ["description"] = "the version of the format (see docs/report-formats.md)", ["const"] = FormatVersion },
        };
        foreach (RecordKind kind in RecordKind.All)
        {
            properties[kind.Name] = new JsonObject
            {
                ["description"] = $"Every {kind.Singular}, in the data set's order.",
                ["type"] = "array",
                ["items"] = Ref(kind.Singular),
            };
            defs[kind.Singular] = Record(kind);
        }

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Url,
            ["title"] = $"SummitData JSON report (format version {FormatVersion})",
            ["description"] = "All the data of a SummitData data set, as JsonReport and 'summitdata report --format json' write it: one array per kind of record. "
                + "Generated from the columns the report is written from. See docs/report-formats.md.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]),
            ["additionalProperties"] = false,
            ["$defs"] = defs,
        };

        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            schema.WriteTo(writer);
        }

        // Utf8JsonWriter ends lines as the platform does; the file is LF everywhere (raw line breaks occur only there).
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>One kind's record: the properties its columns write, in the report's order, all required, no others.</summary>
    private static JsonObject Record(RecordKind kind)
    {
        var properties = new JsonObject();
        foreach (ReportColumn column in kind.Columns.Where(c => c.InJson))
        {
            properties[column.Name] = Value(column);
            if (column.Type == ColumnType.Citation)
            {
                // The position stands beside the words, as the report writes it (JsonReport.WritePosition).
                foreach (string position in JsonReport.PositionNames)
                {
                    properties[position] = Ref(position);
                }
            }
        }

        string? doc = kind.Type.Kind.Doc;
        var record = new JsonObject();
        if (!string.IsNullOrEmpty(doc))
        {
            record["description"] = doc;
        }

        record["type"] = "object";
        record["properties"] = properties;
        record["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]);
        record["additionalProperties"] = false;
        return record;
    }

    /// <summary>The schema of one column's value, as <see cref="JsonReport"/> writes its type.</summary>
    private static JsonObject Value(ReportColumn column)
    {
        switch (column.Type)
        {
            case ColumnType.Id:
                return new JsonObject { ["type"] = "string", ["minLength"] = 1 };
            case ColumnType.Text or ColumnType.Citation or ColumnType.Reference:
                return new JsonObject { ["type"] = Type("string", column.IsNullable) };
            case ColumnType.Number:
                return new JsonObject { ["type"] = Type("number", column.IsNullable) };
            case ColumnType.Boolean:
                return new JsonObject { ["type"] = "boolean" };
            case ColumnType.Date:
                return column.IsNullable
                    ? new JsonObject { ["anyOf"] = new JsonArray(Ref("date"), new JsonObject { ["type"] = "null" }) }
                    : Ref("date");
            case ColumnType.Enum:
                var names = new JsonArray([.. column.EnumValues.Select(n => (JsonNode)n)]);
                if (column.IsNullable)
                {
                    names.Add(null);
                }

                return new JsonObject { ["type"] = Type("string", column.IsNullable), ["enum"] = names };
            case ColumnType.Texts or ColumnType.References:
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
            case ColumnType.Citations:
                return new JsonObject { ["type"] = "array", ["items"] = Ref("citation") };
            default:
                throw new InvalidOperationException($"The column '{column.Name}' has a type the schema does not know: {column.Type}.");
        }
    }

    private static JsonNode Type(string type, bool nullable) => nullable ? new JsonArray(type, "null") : type;

    private static JsonObject Position(string description, int minimum) =>
        new() { ["description"] = description, ["type"] = "integer", ["minimum"] = minimum };

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static JsonArray Names(string[] names) => new([.. names.Select(n => (JsonNode)n)]);
}
