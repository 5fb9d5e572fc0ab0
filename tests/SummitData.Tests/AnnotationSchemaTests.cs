using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SummitData.Authoring;
using SummitData.Generator.Kinds;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The JSON Schema of the annotation block (<see cref="AnnotationSchema"/>): generated from the kinds' descriptions,
/// checked in as <c>schema/summitdata-annotations.schema.json</c>, valid draft 2020-12, and it agrees with the build:
/// every seed and every document the build accepts validates, and every bad-input case whose problem a schema can
/// express fails validation at the line the build reports. Each other case is listed with the reason a schema cannot
/// see its problem. Blocks are turned into JSON as an editor's YAML language server does (<see cref="YamlJson"/>).
/// Run with <c>SUMMITDATA_UPDATE_DOCS=1</c> to write the checked-in file after a change to a description.
/// </summary>
public sealed class AnnotationSchemaTests
{
    private const string Text = "checked against the text, which a schema does not see";
    private const string Hash = "the text's hash, which a schema cannot compute";
    private const string InDocument = "across the records of one document (ids unique in a list, two ids that give one C# name, a claim stated only by a figure): a schema checks each value against its own rule";
    private const string AcrossDocuments = "a reference or an id across records and documents: the schema sees one block, and no declaration elsewhere";
    private const string Written = "how a value is written: YAML 1.2's core schema reads True, 0x1F, 010, 0o17, 1e3, .inf and .nan as a boolean and numbers, and the schema sees only that value, as an editor does";
    private const string Digits = "the digits and range of an exact decimal (and its value times its scale): an editor's JSON numbers are doubles";
    private const string NoBlock = "the lines around the block (no block, an empty one, a second YAML document in it): the schema validates a block";
    private const string Syntax = "YAML that does not parse (tabs, indentation, unclosed quotes and brackets, a duplicate key, a list as a key): the editor's YAML parser reports it before any schema";
    private const string YamlFeature = "a YAML feature the format refuses (anchors, aliases, tags, raw control characters): the schema sees the values they stand for";
    private const string Depth = "the nesting depth: JSON Schema has no keyword for it (this file fails only because its nesting stands where a string or a known key belongs)";
    private const string Bytes = "the file's bytes: an editor decodes the file before any schema sees it";
    private const string Calendar = "whether a date exists and whether a range ends after it starts: calendar checks, where the schema checks a string";
    private const string Settings = "a project's MSBuild settings, not the document";

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BadInput");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(AnnotationSchema.Json));

    private static readonly Lazy<ILookup<string, (string Id, int Line)>> Cases = new(() => File
        .ReadAllLines(Path.Combine(Folder, "cases.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .ToLookup(c => c[0], c => (c[1], c[2] == "-" ? 0 : int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal));

    /// <summary>The cases whose problem the schema expresses: each fails validation at every line the build reports.</summary>
    private static readonly string[] Rejected =
    {
        "file-root-list", "file-root-scalar", "file-hash-uppercase", "file-cr-only-error", "file-bom-crlf-error",
        "yaml-empty-key", "yaml11-bool-yes", "yaml11-bool-no", "yaml11-bool-on", "yaml11-bool-off", "yaml11-bool-quoted",
        "yaml11-number-underscore", "yaml11-number-sexagesimal", "yaml11-number-decimal-comma", "yaml11-null-tilde",
        "yaml11-null-word", "yaml11-timestamp", "yaml11-date-unpadded", "yaml11-date-impossible", "yaml11-date-year-zero",
        "yaml11-date-compact", "alias-merge-key-inline", "nest-at-the-limit",
        "anchor-empty-exact", "anchor-missing-exact", "anchor-all-on-role", "anchor-all-on-figure", "anchor-all-not-bool",
        "anchor-null-mention", "anchor-exact-is-list", "anchor-quote-closed-not-bool", "quote-opened-not-bool",
        "id-starts-with-digit", "id-non-latin", "id-accented", "id-uppercase", "id-underscore", "id-double-hyphen",
        "id-trailing-hyphen", "id-number", "id-list", "id-too-long", "id-document-invalid",
        "ref-speaker-name-not-id", "ref-speaker-list",
        "value-unknown-unit", "value-unknown-scale", "value-quoted", "value-list", "value-unknown-direction",
        "value-agreement-kind", "value-agreement-status", "value-quote-kind",
        "field-unknown-top", "field-unknown-in-figure", "field-misspelt-required", "field-missing-format",
        "field-wrong-format", "field-missing-sha256", "field-missing-id", "field-missing-measures",
        "field-person-no-mentions", "field-empty-mentions", "field-authors-scalar", "field-figures-mapping",
        "field-figure-item-scalar", "field-mapping-for-string", "field-inferred-unknown", "field-published-not-inferred",
        "field-language-not-inferred", "field-format-not-summitdata", "field-missing-format-unknown-keys",
        "entity-unknown-kind", "entity-no-mentions", "party-name-not-id", "figure-claim-not-id",
        "claim-citation-all", "claim-unknown-key",
        "discrepancy-unknown-key", "discrepancy-side-all", "discrepancy-side-list", "discrepancy-no-side",
        "discrepancy-unknown-kind", "discrepancy-missing-topic",
        "event-no-citations", "unreviewed-not-bool", "published-words-and-inferred", "published-words-no-date", "published-words-unknown-key",
    };

    /// <summary>
    /// The cases whose problem a schema cannot express, with why, and what the schema makes of the file: no JSON (the
    /// editor's YAML parser stops first), valid (the schema does not see the problem), or invalid for another reason.
    /// </summary>
    private static readonly Dictionary<string, (Outcome Outcome, string Why)> LeftOut = new(StringComparer.Ordinal)
    {
        ["file-empty"] = (Outcome.NoJson, NoBlock),
        ["file-text-only"] = (Outcome.NoJson, NoBlock),
        ["file-only-dashes"] = (Outcome.NoJson, NoBlock),
        ["file-unclosed-block"] = (Outcome.NoJson, NoBlock),
        ["file-empty-block"] = (Outcome.NoJson, NoBlock),
        ["file-comment-only-block"] = (Outcome.NoJson, NoBlock),
        ["file-closing-line-trailing-space"] = (Outcome.NoJson, NoBlock),
        ["file-second-yaml-document"] = (Outcome.NoJson, NoBlock),
        ["file-hash-mismatch"] = (Outcome.Valid, Hash),
        ["file-crlf-error"] = (Outcome.Valid, Text),
        ["file-bom-error"] = (Outcome.Valid, Text),
        ["yaml-tab-indent-list-item"] = (Outcome.NoJson, Syntax),
        ["yaml-tab-indent-key"] = (Outcome.NoJson, Syntax),
        ["yaml-tab-indent-deep"] = (Outcome.NoJson, Syntax),
        ["yaml-indent-too-deep"] = (Outcome.NoJson, Syntax),
        ["yaml-indent-too-shallow"] = (Outcome.NoJson, Syntax),
        ["yaml-unclosed-double-quote"] = (Outcome.NoJson, Syntax),
        ["yaml-unclosed-single-quote"] = (Outcome.NoJson, Syntax),
        ["yaml-unclosed-flow-sequence"] = (Outcome.NoJson, Syntax),
        ["yaml-unclosed-flow-sequence-at-end"] = (Outcome.NoJson, Syntax),
        ["yaml-unclosed-flow-mapping"] = (Outcome.NoJson, Syntax),
        ["yaml-duplicate-key"] = (Outcome.NoJson, Syntax),
        ["yaml-duplicate-key-quoted"] = (Outcome.NoJson, Syntax),
        ["yaml-duplicate-key-in-figure"] = (Outcome.NoJson, Syntax),
        ["yaml-duplicate-key-flow"] = (Outcome.NoJson, Syntax),
        ["yaml-missing-space-after-colon"] = (Outcome.NoJson, Syntax),
        ["yaml-stray-line"] = (Outcome.NoJson, Syntax),
        ["yaml-unknown-escape"] = (Outcome.NoJson, Syntax),
        ["yaml-reserved-indicator"] = (Outcome.NoJson, Syntax),
        ["yaml-colon-in-plain-value"] = (Outcome.NoJson, Syntax),
        ["yaml-list-in-mapping"] = (Outcome.NoJson, Syntax),
        ["yaml-sequence-on-key-line"] = (Outcome.NoJson, Syntax),
        ["yaml-directive"] = (Outcome.NoJson, Syntax),
        ["yaml-complex-key"] = (Outcome.NoJson, Syntax),
        ["yaml-line-separator"] = (Outcome.NoJson, Syntax),
        ["yaml-next-line-char"] = (Outcome.NoJson, Syntax),
        ["yaml-nul-in-block"] = (Outcome.Valid, YamlFeature),
        ["yaml-control-char-in-block"] = (Outcome.Valid, YamlFeature),
        ["yaml-escape-char-in-quotes"] = (Outcome.Valid, YamlFeature),
        ["yaml11-bool-capitalized"] = (Outcome.Valid, Written),
        ["yaml11-number-hex"] = (Outcome.Valid, Written),
        ["yaml11-number-octal"] = (Outcome.Valid, Written),
        ["yaml11-number-octal-0o"] = (Outcome.Valid, Written),
        ["yaml11-number-exponent"] = (Outcome.Valid, Written),
        ["yaml11-number-inf"] = (Outcome.Valid, Written),
        ["yaml11-number-nan"] = (Outcome.Valid, Written),
        ["alias-anchor"] = (Outcome.Valid, YamlFeature),
        ["alias-alias"] = (Outcome.NoJson, YamlFeature),
        ["alias-anchor-on-list"] = (Outcome.Valid, YamlFeature),
        ["alias-merge-key"] = (Outcome.NoJson, YamlFeature),
        ["alias-bomb"] = (Outcome.NoJson, YamlFeature),
        ["tag-str"] = (Outcome.Valid, YamlFeature),
        ["tag-local"] = (Outcome.Valid, YamlFeature),
        ["tag-verbatim"] = (Outcome.Valid, YamlFeature),
        ["nest-flow-sequence"] = (Outcome.Invalid, Depth),
        ["nest-flow-mapping"] = (Outcome.Invalid, Depth),
        ["nest-block-mapping"] = (Outcome.Invalid, Depth),
        ["nest-block-sequence"] = (Outcome.Invalid, Depth),
        ["unicode-nfd-anchor-nfc-text"] = (Outcome.Valid, Text),
        ["unicode-nfc-anchor-nfd-text"] = (Outcome.Valid, Text),
        ["unicode-anchor-splits-combining-mark"] = (Outcome.Valid, Text),
        ["unicode-anchor-before-combining-mark"] = (Outcome.Valid, Text),
        ["unicode-anchor-before-supplementary-letter"] = (Outcome.Valid, Text),
        ["unicode-anchor-after-supplementary-digit"] = (Outcome.Valid, Text),
        ["unicode-straight-apostrophe"] = (Outcome.Valid, Text),
        ["unicode-straight-quotes-for-typographic"] = (Outcome.Valid, Text),
        ["unicode-typographic-quotes-for-straight"] = (Outcome.Valid, Text),
        ["unicode-hyphen-for-en-dash"] = (Outcome.Valid, Text),
        ["unicode-space-for-nbsp"] = (Outcome.Valid, Text),
        ["anchor-not-found"] = (Outcome.Valid, Text),
        ["anchor-ambiguous"] = (Outcome.Valid, Text),
        ["anchor-mention-ambiguous"] = (Outcome.Valid, Text),
        ["anchor-inside-word"] = (Outcome.Valid, Text),
        ["anchor-inside-number"] = (Outcome.Valid, Text),
        ["anchor-prefix-mismatch"] = (Outcome.Valid, Text),
        ["anchor-suffix-mismatch"] = (Outcome.Valid, Text),
        ["id-collision"] = (Outcome.Valid, InDocument),
        ["id-collision-digits"] = (Outcome.Valid, InDocument),
        ["id-duplicate"] = (Outcome.Valid, InDocument),
        ["id-duplicate-person"] = (Outcome.Valid, InDocument),
        ["ref-dangling-speaker"] = (Outcome.Valid, AcrossDocuments),
        ["ref-dangling-source"] = (Outcome.Valid, AcrossDocuments),
        ["ref-speaker-is-agreement"] = (Outcome.Valid, AcrossDocuments),
        ["ref-source-is-person"] = (Outcome.Valid, AcrossDocuments),
        ["value-mismatch"] = (Outcome.Valid, Text),
        ["value-scale-mismatch"] = (Outcome.Valid, Text),
        ["value-scale-missing"] = (Outcome.Valid, Text),
        ["value-scale-without-word"] = (Outcome.Valid, Text),
        ["value-percent-unit"] = (Outcome.Valid, Text),
        ["value-dollar-unit"] = (Outcome.Valid, Text),
        ["value-number-words"] = (Outcome.Valid, Text),
        ["value-negative"] = (Outcome.Valid, Text),
        ["value-overflow"] = (Outcome.Valid, Digits),
        ["value-too-precise"] = (Outcome.Valid, Digits),
        ["value-scaled-overflow"] = (Outcome.Valid, Digits),
        ["value-scaled-overflow-wordless"] = (Outcome.Valid, Digits),
        ["value-too-many-decimals"] = (Outcome.Valid, Digits),
        ["field-title-not-stated"] = (Outcome.Valid, Text),
        ["field-author-not-stated"] = (Outcome.Valid, Text),
        ["published-words-disagree"] = (Outcome.Valid, Text),
        ["published-words-no-year"] = (Outcome.Valid, Text),
        ["published-words-not-found"] = (Outcome.Valid, Text),
        ["entity-duplicate-id"] = (Outcome.Valid, InDocument),
        ["entity-mention-not-found"] = (Outcome.Valid, Text),
        ["entity-id-collision"] = (Outcome.Valid, InDocument),
        ["party-unknown-id"] = (Outcome.Valid, AcrossDocuments),
        ["party-is-agreement"] = (Outcome.Valid, AcrossDocuments),
        ["figure-claim-unknown"] = (Outcome.Valid, AcrossDocuments),
        ["claim-no-citations"] = (Outcome.Valid, InDocument),
        ["claim-citation-not-found"] = (Outcome.Valid, Text),
        ["claim-duplicate-id"] = (Outcome.Valid, InDocument),
        ["claim-about-unknown"] = (Outcome.Valid, AcrossDocuments),
        ["event-date-contradicts"] = (Outcome.Valid, Text),
        ["event-date-invalid"] = (Outcome.Valid, Calendar),
        ["event-date-reversed"] = (Outcome.Valid, Calendar),
        ["event-where-unknown"] = (Outcome.Valid, AcrossDocuments),
        ["discrepancy-one-side"] = (Outcome.Valid, AcrossDocuments),
        ["discrepancy-two-sides"] = (Outcome.Valid, InDocument),
        ["discrepancy-side-not-found"] = (Outcome.Valid, Text),
        ["discrepancy-side-ambiguous"] = (Outcome.Valid, Text),
        ["discrepancy-about-unknown"] = (Outcome.Valid, AcrossDocuments),
        ["id-person-and-entity"] = (Outcome.Valid, AcrossDocuments),
        ["id-entity-and-agreement"] = (Outcome.Valid, AcrossDocuments),
        ["encoding-windows-1252"] = (Outcome.Valid, Bytes),
        ["encoding-replacement-character"] = (Outcome.Valid, Bytes),
        ["encoding-utf16"] = (Outcome.Valid, Bytes),
        ["encoding-invalid-in-block"] = (Outcome.Valid, Bytes),
        ["encoding-overlong"] = (Outcome.Valid, Bytes),
        ["encoding-truncated-at-end"] = (Outcome.Valid, Bytes),
        ["settings-root-class-reserved"] = (Outcome.Valid, Settings),
        ["settings-root-class-helper"] = (Outcome.Valid, Settings),
        ["settings-namespace-reserved"] = (Outcome.Valid, Settings),
        ["settings-shadows-seeds"] = (Outcome.Valid, Settings),
        ["settings-namespace-is-a-type"] = (Outcome.Valid, Settings),
        ["settings-class-is-a-namespace"] = (Outcome.Valid, Settings),
    };

    public enum Outcome
    {
        /// <summary>The YAML gives no JSON: the editor's parser reports the problem, no schema is applied.</summary>
        NoJson,

        /// <summary>The block validates: the schema cannot see the problem.</summary>
        Valid,

        /// <summary>The block fails validation, but not for the case's problem.</summary>
        Invalid,
    }

    public static TheoryData<string> CaseNames => new(Cases.Value.Select(g => g.Key).Order(StringComparer.Ordinal));

    [Fact]
    public void The_checked_in_schema_is_the_one_the_descriptions_give()
    {
        CheckedInFile.AssertCurrent("schema/" + AnnotationSchema.FileName, AnnotationSchema.Json);
    }

    [Fact]
    public void The_schema_is_valid_draft_2020_12_with_its_published_id()
    {
        JsonElement schema = JsonDocument.Parse(AnnotationSchema.Json).RootElement;

        EvaluationResults result = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", Errors(result)));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(AnnotationSchema.Url, schema.GetProperty("$id").GetString());
        Assert.EndsWith("/schema/" + AnnotationSchema.FileName, AnnotationSchema.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_and_field_of_the_descriptions_is_in_the_schema_with_its_values_and_requirements()
    {
        JsonNode schema = JsonNode.Parse(AnnotationSchema.Json)!;
        JsonObject root = schema["properties"]!.AsObject();

        // The block's keys: the id, the document's declared fields, one list per kind; nothing else.
        string[] documentKeys = new[] { "id" }.Concat(Kinds.Documents.Fields.Where(f => f.Declared).Select(f => f.Key)).Concat(Kinds.Lists.Select(k => k.Section)).ToArray();
        Assert.Equal(documentKeys.Order(StringComparer.Ordinal), root.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(new[] { "format", "id", "sha256" }, schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(DocumentsKind.Inferable, root["inferred"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));

        foreach (KindDescription kind in Kinds.Lists)
        {
            Assert.Equal("#/$defs/" + kind.Singular, root[kind.Section]!["items"]!["$ref"]!.GetValue<string>());
            JsonNode record = schema["$defs"]![kind.Singular]!;
            Assert.False(record["additionalProperties"]!.GetValue<bool>());
            var keys = new List<string> { "id", Kinds.UnreviewedKey };
            foreach (FieldDescription field in kind.Fields.Where(f => f.Declared))
            {
                keys.Add(field.Key);
                if (field.Type == FieldType.Anchor && field.Inline)
                {
                    keys.AddRange(new[] { "prefix", "suffix" });
                }

                if (field.Type == FieldType.Enum)
                {
                    // Every value, and null (an unreviewed candidate may leave any value null).
                    Assert.Equal(field.Values.Cast<string?>().Append(null), record["properties"]![field.Key]!["enum"]!.AsArray().Select(n => n?.GetValue<string>()));
                }
            }

            Assert.Equal(keys.Order(StringComparer.Ordinal), record["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));

            // A reviewed record (not 'unreviewed: true') needs its id and every required field.
            string[] required = new[] { "id" }.Concat(kind.Fields.Where(f => f.Declared && (f.Required || f.AtLeastOne)).Select(f => f.Key)).ToArray();
            Assert.Equal(required, record["else"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()));
            Assert.True(record["if"]!["properties"]![Kinds.UnreviewedKey]!["const"]!.GetValue<bool>());
        }
    }

    [Fact]
    public void Every_seed_validates()
    {
        Assert.Equal(5, SeedDocuments.All.Count);
        Assert.All(SeedDocuments.All, seed => AssertValid(seed.Path, seed.Content));
    }

    [Fact]
    public void The_readme_document_and_pre_annotated_seed_texts_validate()
    {
        AssertValid("README consumer-document", ReadmeSnippets.Get("consumer-document"));

        // Pre-annotation writes candidates with values left null (measures) and every figure, quote, person and entity
        // it finds: the schema takes them as the build does.
        foreach (CorpusFile seed in SeedDocuments.All)
        {
            string text = seed.Content[(seed.Content.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            PreAnnotation pre = PreAnnotator.Annotate(text, new PreAnnotationOptions { HeaderComments = new[] { AnnotationSchema.EditorComment(AnnotationSchema.Url) } });
            Assert.Contains("measures: null", pre.Content, StringComparison.Ordinal);
            AssertValid("pre-annotated " + seed.Path, pre.Content);
        }
    }

    [Fact]
    public void Every_bad_input_case_is_rejected_left_out_with_a_reason_or_builds()
    {
        string[] names = Cases.Value.Select(g => g.Key).ToArray();
        string[] builds = names.Where(Builds).ToArray();

        // Each case is in exactly one group, and the lists name only cases of the corpus.
        Assert.Empty(Rejected.Except(names));
        Assert.Empty(LeftOut.Keys.Except(names));
        Assert.Empty(Rejected.Intersect(LeftOut.Keys));
        Assert.Empty(builds.Intersect(Rejected.Concat(LeftOut.Keys)));
        Assert.Empty(names.Except(builds).Except(Rejected).Except(LeftOut.Keys));
        Assert.Equal(Rejected.Length, Rejected.Distinct().Count());
        Assert.All(LeftOut.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Why)));

        // Most of what the build refuses in one block, the schema refuses too.
        Assert.True(Rejected.Length >= 80, $"{Rejected.Length} cases rejected");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_bad_input_case_gives_what_the_schema_can_say(string name)
    {
        string content = File.ReadAllText(Path.Combine(Folder, name + ".summit"));
        (string Id, int Line)[] expected = Cases.Value[name].ToArray();
        if (Builds(name))
        {
            AssertValid(name, content);
            return;
        }

        if (Array.IndexOf(Rejected, name) >= 0)
        {
            (EvaluationResults result, YamlJson json) = Evaluate(content);
            Assert.False(result.IsValid, $"{name} validates, but the build reports {string.Join(", ", expected)}");

            // Every line the build reports an error at has an error of the schema: the schema refuses the same value,
            // not another. (A warning there is the build's alone.)
            int[] lines = Failures(result).SelectMany(f => json.LinesOf(f.InstanceLocation.ToString())).Distinct().ToArray();
            Assert.All(expected.Where(e => !IsWarning(e.Id)), e => Assert.True(lines.Contains(e.Line), $"{name}: the build reports {e.Id} at line {e.Line}, the schema at lines {string.Join(", ", lines)}:\n{string.Join("\n", Errors(result))}"));
            return;
        }

        Assert.True(LeftOut.TryGetValue(name, out (Outcome Outcome, string Why) left), $"{name} is neither rejected nor left out with a reason");
        switch (left.Outcome)
        {
            case Outcome.NoJson:
                Assert.Throws<NotSupportedException>(() => YamlJson.FromFile(content));
                break;
            case Outcome.Valid:
                AssertValid(name, content);
                break;
            default:
                Assert.False(Evaluate(content).Result.IsValid, $"{name} validates");
                break;
        }
    }

    [Fact]
    public void An_unreviewed_candidate_may_leave_values_null_a_reviewed_record_may_not()
    {
        const string Block = "format: summitdata/1\nid: doc\nsha256: {0}\nfigures:\n  - id: trade\n{1}    exact: USD 12.5 billion\n    value: 12.5\n    scale: billion\n    unit: usd\n    measures: null\n";
        string sha = new('a', 64);

        Assert.True(Validate(string.Format(System.Globalization.CultureInfo.InvariantCulture, Block, sha, "    unreviewed: true\n")).IsValid);
        Assert.False(Validate(string.Format(System.Globalization.CultureInfo.InvariantCulture, Block, sha, string.Empty)).IsValid);
        Assert.False(Validate(string.Format(System.Globalization.CultureInfo.InvariantCulture, Block, sha, "    unreviewed: false\n")).IsValid);

        // What a candidate holds must still have its field's type: an unknown unit is flagged as in a record.
        Assert.False(Validate(string.Format(System.Globalization.CultureInfo.InvariantCulture, Block, sha, "    unreviewed: true\n").Replace("unit: usd", "unit: fortnights", StringComparison.Ordinal)).IsValid);

        // A candidate without an id or without its words is still a candidate.
        Assert.True(Validate($"format: summitdata/1\nid: doc\nsha256: {sha}\nquotes:\n  - unreviewed: true\n    kind: direct-speech\n").IsValid);
    }

    [Fact]
    public void A_date_is_given_alone_and_inferred_or_with_its_words_and_stated()
    {
        string head = $"format: summitdata/1\nid: doc\nsha256: {new string('a', 64)}\n";

        Assert.True(Validate(head + "published: 2024-05-16\ninferred: [published]\n").IsValid);
        Assert.False(Validate(head + "published: 2024-05-16\n").IsValid);
        Assert.True(Validate(head + "published: {date: 2024-05-16, exact: 'May 16, 2024'}\n").IsValid);
        Assert.True(Validate(head + "published: {date: 2024-05-16, exact: 'May 16, 2024', prefix: 'Published '}\n").IsValid);
        Assert.False(Validate(head + "published: {date: 2024-05-16, exact: 'May 16, 2024'}\ninferred: [published]\n").IsValid);
        Assert.False(Validate(head + "published: {date: 2024-02-30, exact: 'February 30, 2024'}\n").IsValid);
        Assert.False(Validate(head + "published: {exact: 'May 16, 2024'}\n").IsValid);
        Assert.True(Validate(head + "published: null\nlanguage: null\n").IsValid);
        Assert.False(Validate(head + "language: en\n").IsValid);
        Assert.True(Validate(head + "language: en\ninferred: [language]\n").IsValid);
    }

    [Fact]
    public void The_date_pattern_takes_exactly_the_dates_that_exist()
    {
        var pattern = new System.Text.RegularExpressions.Regex(JsonNode.Parse(AnnotationSchema.Json)!["$defs"]!["date"]!["pattern"]!.GetValue<string>());
        int checkedDates = 0;
        foreach (int year in new[] { 0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9999 })
        {
            for (int month = 0; month <= 13; month++)
            {
                for (int day = 0; day <= 32; day++)
                {
                    string date = $"{year:D4}-{month:D2}-{day:D2}";
                    bool exists = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
                    Assert.True(exists == pattern.IsMatch(date), $"{date}: exists {exists}, the pattern says {!exists}");
                    checkedDates++;
                }
            }
        }

        Assert.Equal(13 * 14 * 33, checkedDates);
        Assert.DoesNotMatch(pattern, "2024-5-16");
        Assert.DoesNotMatch(pattern, "2024-05-16 10:00:00");
    }

    [Fact]
    public void The_editor_comment_names_the_schema_for_the_yaml_language_server()
    {
        Assert.Equal("yaml-language-server: $schema=" + AnnotationSchema.Url, AnnotationSchema.EditorComment(AnnotationSchema.Url));
        Assert.Equal("yaml-language-server: $schema=../schema/x.json", AnnotationSchema.EditorComment("../schema/x.json"));
        Assert.Throws<ArgumentException>(() => AnnotationSchema.EditorComment(string.Empty));
        Assert.Throws<ArgumentException>(() => AnnotationSchema.EditorComment("a\nformat: evil"));

        // The comment in a block is a comment: the document still builds, and validates.
        string document = ReadmeSnippets.Get("consumer-document").Replace("---\nformat:", $"---\n# {AnnotationSchema.EditorComment(AnnotationSchema.Url)}\nformat:", StringComparison.Ordinal);
        Assert.Contains("# yaml-language-server: $schema=", document, StringComparison.Ordinal);
        Assert.Empty(Loading.SummitDataLoader.LoadText("my-bookshop.summit", document).Diagnostics);
        AssertValid("with the comment", document);
    }

    /// <summary>Whether the build accepts the case's document: it is valid, or gives warnings only.</summary>
    private static bool Builds(string name) => Cases.Value[name].All(e => e.Id == "valid" || IsWarning(e.Id));

    private static bool IsWarning(string id) => id != "valid" && Generator.Parsing.DiagnosticCatalog.Of(id).Level == Generator.Model.DiagnosticLevel.Warning;

    private static void AssertValid(string name, string content)
    {
        (EvaluationResults result, _) = Evaluate(content);
        Assert.True(result.IsValid, $"{name} does not validate:\n{string.Join("\n", Errors(result))}");
    }

    private static (EvaluationResults Result, YamlJson Json) Evaluate(string content)
    {
        YamlJson json = YamlJson.FromFile(content);
        return (Schema.Value.Evaluate(JsonSerializer.SerializeToElement(json.Root), Options()), json);
    }

    private static EvaluationResults Validate(string block) =>
        Schema.Value.Evaluate(JsonSerializer.SerializeToElement(YamlJson.FromBlock(block).Root), Options());

    // "format" is an annotation here, as 2020-12 has it by default and as editors differ on it: the date's pattern
    // alone refuses a date that does not exist.
    private static EvaluationOptions Options() => new() { OutputFormat = OutputFormat.Hierarchical };

    /// <summary>
    /// The results that make the block invalid: failing nodes under failing nodes from the root (a failing branch of a
    /// passing anyOf, or an 'if' that does not hold, is no error), each with its own errors or failing with none of its
    /// children failing (a 'not').
    /// </summary>
    private static IEnumerable<EvaluationResults> Failures(EvaluationResults result)
    {
        if (result.IsValid)
        {
            yield break;
        }

        List<EvaluationResults> failing = (result.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
            .Where(d => !d.IsValid && !d.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
            .ToList();
        if (result.Errors is { Count: > 0 } || failing.Count == 0)
        {
            yield return result;
        }

        foreach (EvaluationResults child in failing)
        {
            foreach (EvaluationResults failure in Failures(child))
            {
                yield return failure;
            }
        }
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        Failures(result).Select(f => $"{f.InstanceLocation}: {string.Join("; ", f.Errors?.Values ?? Enumerable.Empty<string>())} ({f.EvaluationPath})");
}
