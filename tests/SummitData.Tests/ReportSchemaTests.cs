using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SummitData.Loading;
using SummitData.Reporting;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The JSON report's schema (<see cref="ReportSchema"/>): generated from the columns the report is written from,
/// checked in as <c>schema/summitdata-report.schema.json</c> (the file the package ships), valid draft 2020-12, named by
/// every report with the format's version; the reports of several data sets validate against the checked-in file, and a
/// report changed in any way the contract forbids does not. Run with <c>SUMMITDATA_UPDATE_DOCS=1</c> to write the
/// checked-in file after a change to a column.
/// </summary>
public sealed class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Shipped = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<SummitDataSet> Synthetic = new(() =>
    {
        LoadResult result = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(40).Select(f => (f.Path, f.Content)));
        Assert.Empty(result.Diagnostics);
        return result.Data;
    });

    private static readonly string[] Names = ["seeds", "tricky", "synthetic", "lists", "empty"];

    public static TheoryData<string> DataSets => [.. Names];

    private static string SchemaPath => Path.Combine(ReadmeTests.RepositoryRoot(), "schema", ReportSchema.FileName);

    [Fact]
    public void The_checked_in_schema_is_the_one_the_columns_give()
    {
        CheckedInFile.AssertCurrent("schema/" + ReportSchema.FileName, ReportSchema.Json);
    }

    [Fact]
    public void The_schema_is_valid_draft_2020_12_with_its_published_id_and_the_formats_version()
    {
        JsonElement schema = JsonDocument.Parse(ReportSchema.Json).RootElement;

        EvaluationResults result = MetaSchemas.Draft202012.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", Errors(result)));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal(ReportSchema.Url, schema.GetProperty("$id").GetString());
        Assert.Equal("https://raw.githubusercontent.com/summitdata/summitdata/main/schema/summitdata-report.schema.json", ReportSchema.Url);
        Assert.Equal(ReportSchema.Url, schema.GetProperty("properties").GetProperty("$schema").GetProperty("const").GetString());
        Assert.Equal(ReportSchema.FormatVersion, schema.GetProperty("properties").GetProperty("formatVersion").GetProperty("const").GetString());
        Assert.Matches(@"^[2-9][0-9]*\.[0-9]+$", ReportSchema.FormatVersion);

        // Beside the annotation block's schema, under the same address scheme.
        Assert.Equal(ReportSchema.Url, SummitData.Authoring.AnnotationSchema.Url.Replace(SummitData.Authoring.AnnotationSchema.FileName, ReportSchema.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_names_its_schema_and_version_first()
    {
        JsonElement report = JsonDocument.Parse(JsonReport.Render(Seeds.DataSet)).RootElement;
        Assert.Equal(["$schema", "formatVersion", .. RecordKind.All.Select(k => k.Name)], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(ReportSchema.Url, report.GetProperty("$schema").GetString());
        Assert.Equal(ReportSchema.FormatVersion, report.GetProperty("formatVersion").GetString());
        Assert.StartsWith("{\n  \"$schema\": \"https://", JsonReport.Render(Seeds.DataSet), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void The_report_of_each_data_set_validates_against_the_shipped_schema(string name)
    {
        SummitDataSet data = Data(name);
        JsonElement report = JsonDocument.Parse(JsonReport.Render(data)).RootElement;

        EvaluationResults result = Evaluate(report);

        Assert.True(result.IsValid, $"{name}:\n{string.Join("\n", Errors(result).Take(20))}");
        Assert.Equal(data.Figures.Count, report.GetProperty("figures").GetArrayLength());
    }

    [Fact]
    public void The_data_sets_hold_what_the_schema_must_allow()
    {
        // Without these, a nullable column marked otherwise would go unseen: each value the schema allows as null is null
        // somewhere in the data sets validated above, and each enum and list appears with values.
        SummitDataSet[] sets = [.. Names.Select(Data)];
        Assert.Contains(sets, d => d.Documents.Any(x => x.Title is null && x.Outlet is null && x.Published is null && x.Url is null && x.Language is null && x.OriginalFile is null));
        Assert.Contains(sets, d => d.Figures.Any(f => f.Period is null && f.Direction is null && f.ClaimId is null));
        Assert.Contains(sets, d => d.Quotes.Any(q => q.SpeakerId is null && q.SourceId is null && q.Attribution is null));
        Assert.Contains(sets, d => d.Events.Any(e => e.WhereId is null));
        Assert.Contains(sets, d => d.Events.Any(e => e.WhereId is not null));
        Assert.Contains(sets, d => d.Figures.Any(f => f.Direction is not null && f.ClaimId is not null && f.Period is not null));
        Assert.Contains(sets, d => d.Documents.Count == 0);
    }

    /// <summary>Each change the contract forbids, made to the seeds' report: the shipped schema refuses every one.</summary>
    public static TheoryData<string> Mutations => new()
    {
        "renamed property", "wrong type", "number as text", "null where a value is required", "unknown enum name",
        "missing property", "extra property", "extra top-level array", "citation without its offset", "wrong version",
        "no schema", "fractional line", "list of numbers", "date not a date",
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_report_changed_against_the_contract_fails(string mutation)
    {
        JsonObject report = JsonNode.Parse(JsonReport.Render(Seeds.DataSet))!.AsObject();
        Assert.True(Evaluate(JsonSerializer.SerializeToElement(report)).IsValid, "the seeds' report");
        JsonObject figure = report["figures"]![0]!.AsObject();
        JsonObject person = report["people"]![0]!.AsObject();
        switch (mutation)
        {
            case "renamed property":
                JsonNode? measures = figure["measures"];
                figure.Remove("measures");
                figure["measure"] = measures?.DeepClone();
                break;
            case "wrong type":
                figure["approximate"] = "false";
                break;
            case "number as text":
                figure["value"] = figure["value"]!.ToJsonString();
                break;
            case "null where a value is required":
                figure["measures"] = null;
                break;
            case "unknown enum name":
                figure["unit"] = "USD";
                break;
            case "missing property":
                figure.Remove("period");
                break;
            case "extra property":
                figure["note"] = "added";
                break;
            case "extra top-level array":
                report["notes"] = new JsonArray();
                break;
            case "citation without its offset":
                person["roles"]![0]!.AsObject().Remove("offset");
                break;
            case "wrong version":
                report["formatVersion"] = "1.0";
                break;
            case "no schema":
                report.Remove("$schema");
                break;
            case "fractional line":
                figure["line"] = 1.5;
                break;
            case "list of numbers":
                person["spellings"] = new JsonArray(1, 2);
                break;
            case "date not a date":
                report["documents"]![0]!["published"] = "16 May 2024";
                break;
            default:
                throw new ArgumentException(mutation);
        }

        Assert.False(Evaluate(JsonSerializer.SerializeToElement(report)).IsValid, $"{mutation}: passed");
    }

    [Fact]
    public void Every_column_is_in_the_schema_with_its_type_and_nullability()
    {
        JsonElement defs = JsonDocument.Parse(ReportSchema.Json).RootElement.GetProperty("$defs");
        foreach (RecordKind kind in RecordKind.All)
        {
            JsonElement record = defs.GetProperty(kind.Singular);
            string[] written = [.. kind.Columns.Where(c => c.InJson).SelectMany(c => c.Type == ColumnType.Citation ? [c.Name, "line", "column", "offset", "length"] : new[] { c.Name })];
            Assert.Equal(written, record.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.Equal(written, record.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
            Assert.False(record.GetProperty("additionalProperties").GetBoolean());
            foreach (ReportColumn column in kind.Columns.Where(c => c.InJson && c.Type == ColumnType.Enum))
            {
                JsonElement values = record.GetProperty("properties").GetProperty(column.Name).GetProperty("enum");
                Assert.Equal(column.IsNullable, values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null));
                Assert.NotEmpty(column.EnumValues);
                Assert.Equal(column.EnumValues, values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()));
            }
        }

        // The enums' names are the record types' own: every unit a figure may have.
        ReportColumn unit = RecordKind.Of<Figure>().Columns.Single(c => c.Name == "unit");
        Assert.Equal(Enum.GetValues<FigureUnit>().Select(u => EnumNames.Of(u)), unit.EnumValues);
    }

    private static SummitDataSet Data(string name) => name switch
    {
        "seeds" => Seeds.DataSet,
        "tricky" => TrickyData.Create(),
        "synthetic" => Synthetic.Value,
        "lists" => CsvReportTests.ListData(),
        "empty" => SummitDataLoader.LoadTexts([]).Data,
        _ => throw new ArgumentException(name),
    };

    private static EvaluationResults Evaluate(JsonElement report) =>
        Shipped.Value.Evaluate(report, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? [result]).Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)} ({d.EvaluationPath})");
}
