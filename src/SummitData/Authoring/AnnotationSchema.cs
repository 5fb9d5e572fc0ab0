using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SummitData.Generator.Kinds;
using SummitData.Generator.Parsing;

namespace SummitData.Authoring;

/// <summary>
/// The JSON Schema (draft 2020-12) of the annotation block of a <c>*.summit</c> file, generated from the one description
/// of each kind that the parser, the generator and the docs read: every list, every field with its type, its allowed
/// values and whether it is required, no unknown keys, anchors, ids, dates and decimals. An editor with a YAML language
/// server uses it to complete keys and values and to flag what the build would refuse (see docs/annotation-format.md,
/// "Editors"). It is checked in as <c>schema/summitdata-annotations.schema.json</c> and shipped in the package's
/// <c>schema</c> folder.
/// </summary>
/// <remarks>
/// A schema sees the block as JSON values, one document at a time: it cannot check anything against the text (anchors,
/// hashes, figures against their words, quotation marks), across records (a claim stated only by a figure) or across
/// documents (references, duplicate ids, shared values), nor how a scalar is written (<c>0x1F</c> and <c>240</c> are
/// both numbers to it). The build checks all of these. An unreviewed candidate (<c>unreviewed: true</c>) may be
/// incomplete: any of its values may be <c>null</c> and none is required, but what it holds must have its field's type.
/// </remarks>
public static class AnnotationSchema
{
    /// <summary>The schema's file name: in the repository's and the package's <c>schema</c> folder.</summary>
    public const string FileName = "summitdata-annotations.schema.json";

    /// <summary>
    /// Where the schema is published (its <c>$id</c>): the file in the repository's default branch. An editor can also
    /// be given the file itself, from the package or written with <see cref="Json"/>.
    /// </summary>
    public const string Url = "https://raw.githubusercontent.com/summitdata/summitdata/main/schema/" + FileName;

    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    // A calendar date that exists, by the pattern alone (editors differ in what they make of "format": "date"): the
    // days of each month, 29 February in leap years only (divisible by 4, and centuries by 400), no year zero.
    private const string DatePattern =
        "^(?!0000)([0-9]{4}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
        + "|([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29)$";

    private static readonly Lazy<string> Generated = new(Generate);

    /// <summary>The schema, as the checked-in file holds it: indented JSON with LF line endings and a final newline.</summary>
    public static string Json => Generated.Value;

    /// <summary>
    /// The comment (without its <c>#</c>) that tells the YAML language server which schema a file's block follows:
    /// <c>yaml-language-server: $schema=LOCATION</c>, where <paramref name="location"/> is <see cref="Url"/>, a path
    /// relative to the file or an absolute path. Put it in the annotation block, as
    /// <see cref="PreAnnotationOptions.HeaderComments"/> does.
    /// </summary>
    public static string EditorComment(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Length == 0 || location.IndexOfAny(new[] { '\r', '\n' }) >= 0)
        {
            throw new ArgumentException("A schema location is one line, not empty.", nameof(location));
        }

        return "yaml-language-server: $schema=" + location;
    }

    private static string Generate()
    {
        var defs = new JsonObject
        {
            ["id"] = new JsonObject
            {
                ["description"] = "An id: lowercase ASCII letters and digits in words joined by single hyphens, starting with a letter (`bilateral-trade-2023`).",
                ["type"] = "string",
                ["pattern"] = FieldReader.IdRegex,
                ["maxLength"] = Limits.MaxIdLength,
                ["patternErrorMessage"] = "an id is lowercase ASCII letters, digits and single hyphens, starting with a letter; a reference names a record by its id (SD0013)",
            },
            ["text"] = new JsonObject
            {
                ["description"] = "A value kept exactly as written: `1.10`, `NO` and `2024-05-16` are its text.",
                ["type"] = Types("string", "number", "boolean"),
            },
            ["date"] = new JsonObject
            {
                ["description"] = "An ISO 8601 calendar date, YYYY-MM-DD, that exists.",
                ["type"] = "string",
                ["pattern"] = DatePattern,
                ["format"] = "date",
                ["patternErrorMessage"] = "an ISO 8601 date YYYY-MM-DD that exists (SD0005)",
            },
            ["words"] = new JsonObject
            {
                ["description"] = "Words of the text, exactly as it writes them (no normalization of quotation marks, dashes or Unicode forms); they must occur there once.",
                ["type"] = Types("string", "number", "boolean"),
                ["minLength"] = 1,
                ["maxLength"] = Limits.MaxAnchorLength,
            },
            ["context"] = new JsonObject
            {
                ["description"] = "Text right before (prefix) or after (suffix) the words, to pick one occurrence.",
                ["type"] = Types("string", "number", "boolean", "null"),
                ["maxLength"] = Limits.MaxAnchorLength,
            },
            ["anchor"] = Anchor(allowAll: false),
            ["anchor-or-all"] = Anchor(allowAll: true),
        };

        foreach (FieldDescription field in Kinds.Documents.Fields.Where(f => f.AnchoredValueKey is not null))
        {
            defs[field.Key + "-with-words"] = WithWords(field);
        }

        foreach (KindDescription kind in Kinds.Lists)
        {
            defs[kind.Singular] = Record(kind);
        }

        var properties = new JsonObject
        {
            ["id"] = Ref("id", "stable id of the document; unique in the corpus"),
        };
        var required = new JsonArray();
        foreach (FieldDescription field in Kinds.Documents.Fields.Where(f => f.Declared))
        {
            properties[field.Key] = DocumentField(field);
        }

        foreach (KindDescription kind in Kinds.Lists)
        {
            properties[kind.Section] = new JsonObject
            {
                ["description"] = $"{kind.Doc} One item per {kind.Singular}; an item marked `unreviewed: true` is a candidate, not a record.",
                ["type"] = Types("array", "null"),
                ["items"] = new JsonObject { ["$ref"] = "#/$defs/" + kind.Singular },
            };
        }

        foreach (string key in new[] { "format", "id", "sha256" })
        {
            required.Add((JsonNode)key);
        }

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Url,
            ["title"] = $"SummitData annotation block ({DocumentParser.FormatVersion})",
            ["description"] = "The YAML block between the two '---' lines at the top of a *.summit file; the text follows the second line. "
                + "Generated from the kinds' descriptions: what a schema cannot see (anchors against the text, the hash, figures against their words, "
                + "references across documents) the build checks. See docs/annotation-format.md.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
            ["allOf"] = DocumentRules(),
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

    /// <summary>A top-level key: a document's field.</summary>
    private static JsonObject DocumentField(FieldDescription field)
    {
        if (field.Key == "format")
        {
            return new JsonObject { ["description"] = field.Doc, ["const"] = DocumentParser.FormatVersion };
        }

        if (field.Key == "sha256")
        {
            return new JsonObject
            {
                ["description"] = field.Doc,
                ["type"] = "string",
                ["pattern"] = "^[0-9a-f]{64}$",
                ["patternErrorMessage"] = "the SHA-256 of the text's UTF-8 bytes: 64 lowercase hex digits (SD0007)",
            };
        }

        if (field.AnchoredValueKey is not null)
        {
            // The value alone, nothing, or the value with the words that state it.
            JsonObject alone = Value(field, nullable: false);
            alone.Remove("description");
            return new JsonObject
            {
                ["description"] = field.Doc,
                ["anyOf"] = new JsonArray(alone, new JsonObject { ["type"] = "null" }, new JsonObject { ["$ref"] = $"#/$defs/{field.Key}-with-words" }),
            };
        }

        return Value(field, nullable: !field.Required);
    }

    /// <summary>
    /// What a document's fields require of each other: a value the text may state (a date) is either given with its words
    /// or listed in <c>inferred</c>, never both; a value the words never state (a language) is listed in <c>inferred</c>.
    /// Each rule fails at the value the build reports (SD0016, SD0004), with the build's advice as the editor's message.
    /// </summary>
    private static JsonArray DocumentRules()
    {
        var rules = new JsonArray();
        foreach (FieldDescription field in Kinds.Documents.Fields.Where(f => f.AnchoredValueKey is not null))
        {
            rules.Add((JsonNode)new JsonObject
            {
                ["description"] = $"'{field.Key}' alone is not checked against the text: unless it is listed in 'inferred', it is given with the words that state it.",
                ["if"] = new JsonObject { ["not"] = InferredContains(field.Key) },
                ["then"] = Property(field.Key, new JsonObject
                {
                    ["type"] = Types("object", "null"),
                    ["errorMessage"] = $"'{field.Key}' alone is not checked against the text: give it with the words that state it ({field.Key}: {{{field.AnchoredValueKey}: ..., exact: ...}}) or list '{field.Key}' in 'inferred' (SD0016)",
                }),
            });
            rules.Add((JsonNode)new JsonObject
            {
                ["description"] = $"'{field.Key}' with the words that state it is stated, not inferred.",
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { [field.Key] = new JsonObject { ["type"] = "object" } },
                    ["required"] = new JsonArray(field.Key),
                },
                ["then"] = Property("inferred", new JsonObject
                {
                    ["items"] = new JsonObject
                    {
                        ["enum"] = Enum(DocumentsKind.Inferable.Where(f => f != field.Key).ToArray(), nullable: false),
                        ["errorMessage"] = $"'{field.Key}' is given with the words that state it, so it is not inferred: remove it from 'inferred' (SD0004)",
                    },
                }),
            });
        }

        foreach (string key in DocumentsKind.NeverStated)
        {
            rules.Add((JsonNode)new JsonObject
            {
                ["description"] = $"The words of a text show its {key} but do not state it: a '{key}' given is listed in 'inferred'.",
                ["if"] = new JsonObject { ["not"] = InferredContains(key) },
                ["then"] = Property(key, new JsonObject
                {
                    ["type"] = "null",
                    ["errorMessage"] = $"the words of a text show its {key} but do not state it: list '{key}' in 'inferred' (SD0016)",
                }),
            });
        }

        return rules;

        static JsonObject Property(string key, JsonObject value) => new()
        {
            ["properties"] = new JsonObject { [key] = value },
        };

        static JsonObject InferredContains(string key) => new()
        {
            ["required"] = new JsonArray("inferred"),
            ["properties"] = new JsonObject
            {
                ["inferred"] = new JsonObject { ["type"] = "array", ["contains"] = new JsonObject { ["const"] = key } },
            },
        };
    }

    /// <summary>A value with the words of the text that state it: <c>{date: 2024-05-16, exact: May 16, 2024}</c>.</summary>
    private static JsonObject WithWords(FieldDescription field)
    {
        string valueKey = field.AnchoredValueKey!;
        JsonObject value = Value(field, nullable: false);
        value["description"] = "the value the words state";
        return new JsonObject
        {
            ["description"] = $"The {field.Key} value with the words of the text that state it; the words are checked to state it.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [valueKey] = value,
                ["exact"] = Ref("words", "the words of the text that state it"),
                ["prefix"] = Ref("context", "text right before the words, to pick one occurrence"),
                ["suffix"] = Ref("context", "text right after the words, to pick one occurrence"),
            },
            ["required"] = new JsonArray(valueKey, "exact"),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Anchor(bool allowAll)
    {
        var properties = new JsonObject
        {
            ["exact"] = Ref("words", "the words, exactly as in the text"),
            ["prefix"] = Ref("context", "optional: text that stands right before them"),
            ["suffix"] = Ref("context", "optional: text that stands right after them"),
        };
        if (allowAll)
        {
            properties["all"] = new JsonObject
            {
                ["description"] = "select every occurrence of the words",
                ["type"] = Types("boolean", "null"),
                ["default"] = false,
            };
        }

        return new JsonObject
        {
            ["description"] = "An anchor: words of the text (short for `exact:`), or a mapping with `exact`, `prefix` and `suffix`" + (allowAll ? " and `all`." : "."),
            ["anyOf"] = new JsonArray(
                new JsonObject { ["$ref"] = "#/$defs/words" },
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = properties,
                    ["required"] = new JsonArray("exact"),
                    ["additionalProperties"] = false,
                }),
        };
    }

    /// <summary>
    /// One item of a kind's list. Every value may be null (an unreviewed candidate may be incomplete); a reviewed record
    /// (no <c>unreviewed: true</c>) must have its id and every required value.
    /// </summary>
    private static JsonObject Record(KindDescription kind)
    {
        var properties = new JsonObject
        {
            ["id"] = new JsonObject
            {
                ["description"] = $"stable id of the {kind.Singular}" + (kind.IsShared ? "; the same in every document that declares it" : "; unique in the corpus"),
                ["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/$defs/id" }, new JsonObject { ["type"] = "null" }),
            },
            [Kinds.UnreviewedKey] = new JsonObject
            {
                ["description"] = "true marks an unreviewed candidate: no record and no error, one warning (SD0028) until the marker is removed or the candidate deleted",
                ["type"] = Types("boolean", "null"),
                ["default"] = false,
            },
        };
        var required = new JsonArray("id");
        var reviewed = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" } };
        foreach (FieldDescription field in kind.Fields.Where(f => f.Declared))
        {
            if (field.Type == FieldType.Anchor && field.Inline)
            {
                properties[field.Key] = new JsonObject
                {
                    ["description"] = field.Doc,
                    ["anyOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/$defs/words" }, new JsonObject { ["type"] = "null" }),
                };
                properties["prefix"] = Ref("context", "text right before the words, to pick one occurrence");
                properties["suffix"] = Ref("context", "text right after the words, to pick one occurrence");
            }
            else
            {
                properties[field.Key] = Value(field, nullable: true);
            }

            if (field.Required || field.AtLeastOne)
            {
                required.Add((JsonNode)field.Key);
                reviewed[field.Key] = field.AtLeastOne
                    ? new JsonObject
                    {
                        ["type"] = "array",
                        ["minItems"] = 1,
                        ["errorMessage"] = $"a reviewed {kind.Singular} needs at least one anchor in '{field.Key}' (SD0002); an unreviewed candidate may have none",
                    }
                    : new JsonObject
                    {
                        ["type"] = Types("string", "number", "boolean", "object", "array"),
                        ["errorMessage"] = $"a reviewed {kind.Singular} needs a value for '{field.Key}' (SD0002); an unreviewed candidate may leave it null",
                    };
            }
        }

        return new JsonObject
        {
            ["description"] = kind.Doc,
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { [Kinds.UnreviewedKey] = new JsonObject { ["const"] = true } },
                ["required"] = new JsonArray(Kinds.UnreviewedKey),
            },
            ["else"] = new JsonObject
            {
                ["required"] = required,
                ["properties"] = reviewed,
            },
        };
    }

    /// <summary>A field's value by its type; <paramref name="nullable"/>: null (or nothing) is allowed.</summary>
    private static JsonObject Value(FieldDescription field, bool nullable)
    {
        JsonObject value = field.Type switch
        {
            FieldType.Text => Nullable(Ref("text"), nullable),
            FieldType.Enum => new JsonObject { ["enum"] = Enum(field.Values, nullable) },
            FieldType.Decimal => new JsonObject { ["type"] = nullable ? Types("number", "null") : "number" },
            FieldType.Bool => new JsonObject { ["type"] = nullable ? Types("boolean", "null") : "boolean" },
            FieldType.Date => Nullable(Ref("date"), nullable),
            FieldType.Reference => Nullable(Ref("id"), nullable),
            FieldType.References => List(Ref("id")),
            FieldType.Texts => List(field.Values.Length > 0 ? new JsonObject { ["enum"] = Enum(field.Values, nullable: false) } : Ref("text")),
            FieldType.Anchor => Nullable(Ref(field.AllowAll ? "anchor-or-all" : "anchor"), nullable),
            FieldType.Anchors => List(Ref(field.AllowAll ? "anchor-or-all" : "anchor")),
            _ => throw new InvalidOperationException($"No schema for the field type {field.Type}."),
        };

        var described = new JsonObject { ["description"] = field.Doc };
        foreach (KeyValuePair<string, JsonNode?> entry in value.ToList())
        {
            value.Remove(entry.Key);
            described[entry.Key] = entry.Value;
        }

        if (field.Default is { } fallback)
        {
            described["default"] = field.Type == FieldType.Bool ? JsonValue.Create(fallback == "true") : JsonValue.Create(fallback);
        }

        return described;
    }

    /// <summary>A list: its items, or null for none (a reviewed record needs one item where its field does: <see cref="Record"/>).</summary>
    private static JsonObject List(JsonObject items) => new() { ["type"] = Types("array", "null"), ["items"] = items };

    private static JsonObject Nullable(JsonObject value, bool nullable) =>
        nullable ? new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) } : value;

    private static JsonObject Ref(string name, string? description = null)
    {
        var value = new JsonObject();
        if (description is not null)
        {
            value["description"] = description;
        }

        value["$ref"] = "#/$defs/" + name;
        return value;
    }

    private static JsonArray Types(params string[] types) => new(types.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());

    private static JsonArray Enum(string[] values, bool nullable)
    {
        var list = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        if (nullable)
        {
            list.Add((JsonNode?)null);
        }

        return list;
    }
}
