using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// <c>check --format sarif</c> against the official SARIF 2.1.0 schema (Tool/Schemata, see its README), with JsonSchema.Net.
/// </summary>
public sealed class SarifSchemaTests
{
    private static readonly string SchemaFile = Path.Combine(AppContext.BaseDirectory, "Tool", "Schemata", "sarif-schema-2.1.0.json");
    private static readonly string BadInput = Path.Combine(AppContext.BaseDirectory, "BadInput");

    /// <summary>
    /// The keywords of draft-04 that mean the same in draft-07: the schema is evaluated as draft-07 only if it uses no
    /// other (draft-04's boolean exclusiveMinimum/Maximum, say, which draft-07 reads as numbers; it uses neither). <c>id</c>, draft-04's
    /// <c>$id</c>, only sets the base URI, which no reference uses (they are all local, asserted below).
    /// </summary>
    private static readonly HashSet<string> SameInDraft7 = new(StringComparer.Ordinal)
    {
        "$schema", "id", "title", "description", "default", "type", "enum", "properties", "additionalProperties", "required",
        "items", "minItems", "uniqueItems", "minimum", "maximum", "pattern", "format", "anyOf", "oneOf", "$ref", "definitions",
    };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        JsonObject schema = JsonNode.Parse(File.ReadAllText(SchemaFile))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    [Fact]
    public void The_stored_schema_is_the_published_one()
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SchemaFile)));
        Assert.Equal("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e", hash);
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void The_schema_uses_only_keywords_that_mean_the_same_in_draft_07_and_only_local_references()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        var keywords = new SortedSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        Walk(schema.RootElement, keywords, references);
        Assert.Empty(keywords.Except(SameInDraft7));
        Assert.Contains("$ref", keywords);
        Assert.True(references.Count > 100);
        Assert.All(references, r => Assert.StartsWith("#/definitions/", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_of_the_whole_bad_input_corpus_is_valid()
    {
        ToolRunner.Result run = ToolRunner.Run("check", BadInput, "--format", "sarif");
        Assert.Equal(1, run.Code);
        using JsonDocument log = JsonDocument.Parse(run.Output);
        AssertValid(log.RootElement);

        // What the log says: the tool, every rule with its help link, one result per diagnostic.
        JsonElement runElement = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
        JsonElement driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("summitdata", driver.GetProperty("name").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(DiagnosticCatalog.All.Select(k => k.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(DiagnosticCatalog.All.Select(k => k.HelpLink), rules.Select(r => r.GetProperty("helpUri").GetString()));
        Assert.All(rules, r => Assert.Matches("^[A-Z][A-Za-z0-9]+$", r.GetProperty("name").GetString()!));

        string[] lines = ToolRunner.Run("check", BadInput).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        JsonElement[] results = runElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(lines.Length, results.Length);
        Assert.All(results, r => Assert.Equal(
            rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(),
            r.GetProperty("ruleId").GetString()));

        // A location as a relative-or-file URI of the file, with the line and column the text line gives.
        JsonElement first = results[0];
        JsonElement location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        string line = lines[0];
        string file = line[..line.IndexOf('(', StringComparison.Ordinal)];
        Assert.Equal(new Uri(file).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.StartsWith(
            $"{file}({location.GetProperty("region").GetProperty("startLine").GetInt32()},{location.GetProperty("region").GetProperty("startColumn").GetInt32()}): ",
            line,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_of_clean_documents_is_valid_with_no_results()
    {
        ToolRunner.Result run = ToolRunner.Run("check", Path.Combine(ReadmeTests.RepositoryRoot(), "seeds"), "--format", "sarif");
        Assert.Equal(0, run.Code);
        using JsonDocument log = JsonDocument.Parse(run.Output);
        AssertValid(log.RootElement);
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Relative_paths_become_relative_uri_references()
    {
        Assert.Equal("docs/my%20notes/a%23b.summit", SummitData.Tool.Sarif.ArtifactUri("docs/my notes/a#b.summit"));
        Assert.Equal("docs/a.summit", SummitData.Tool.Sarif.ArtifactUri("docs\\a.summit"));
    }

    [Theory]
    [InlineData("version", "\"2.2.0\"")]
    [InlineData("level", "\"fatal\"")]
    [InlineData("startLine", "0")]
    [InlineData("helpUri", "\"not a uri\"")]
    public void The_schema_catches_a_broken_log(string property, string value)
    {
        // The validator does reject what the schema forbids: the valid log with one value broken.
        string log = ToolRunner.Run("check", Path.Combine(BadInput, "anchor-not-found.summit"), "--format", "sarif").Output;
        using (JsonDocument valid = JsonDocument.Parse(log))
        {
            AssertValid(valid.RootElement);
        }

        int at = log.IndexOf($"\"{property}\": ", StringComparison.Ordinal);
        Assert.True(at >= 0, property);
        int start = at + property.Length + 4;
        int end = log.IndexOfAny([',', '\n'], start);
        using JsonDocument broken = JsonDocument.Parse(log[..start] + value + log[end..]);
        Assert.False(Evaluate(broken.RootElement).IsValid, $"{property}: {value} passed");
    }

    private static EvaluationResults Evaluate(JsonElement log) =>
        Schema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    /// <summary>Fails unless the log is valid SARIF 2.1.0, listing the first problems.</summary>
    internal static void AssertValid(JsonElement log)
    {
        EvaluationResults results = Evaluate(log);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20)));
    }

    /// <summary>The keywords of every schema object in a schema, and every reference.</summary>
    private static void Walk(JsonElement schema, SortedSet<string> keywords, List<string> references)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            keywords.Add(keyword.Name);
            switch (keyword.Name)
            {
                case "$ref":
                    references.Add(keyword.Value.GetString()!);
                    break;
                case "properties" or "definitions" or "patternProperties":
                    foreach (JsonProperty named in keyword.Value.EnumerateObject())
                    {
                        Walk(named.Value, keywords, references);
                    }

                    break;
                case "items" or "additionalProperties" or "not":
                    Walk(keyword.Value, keywords, references);
                    break;
                case "anyOf" or "allOf" or "oneOf":
                    foreach (JsonElement item in keyword.Value.EnumerateArray())
                    {
                        Walk(item, keywords, references);
                    }

                    break;
            }
        }
    }
}
