using System;
using System.Linq;
using System.Text.Json;
using SummitData.Generator.Kinds;
using SummitData.Generator.Parsing;
using SummitData.Reporting;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>The JSON report: the shape downstream report generators rely on.</summary>
public sealed class ReportTests
{
    private static JsonElement Render() => JsonDocument.Parse(JsonReport.Render(Seeds.DataSet)).RootElement;

    [Fact]
    public void Json_has_every_kind_with_ids()
    {
        JsonElement root = Render();
        Assert.Equal(5, root.GetProperty("documents").GetArrayLength());
        foreach (RecordKind kind in RecordKind.All)
        {
            JsonElement items = root.GetProperty(kind.Name);
            Assert.Equal(ReportParsing.Records(Seeds.DataSet, kind).Select(r => r.Id), items.EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        }

        Assert.Contains(root.GetProperty("documents").EnumerateArray(), d => d.GetProperty("sourceFile").GetString() == "004_f30f6f26281ac398.summit");
    }

    [Fact]
    public void Json_items_carry_their_fields()
    {
        JsonElement root = Render();
        JsonElement trade = root.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "bilateral-trade-2023");
        Assert.Equal("trade-and-cultural-exchanges", trade.GetProperty("documentId").GetString());
        Assert.Equal("USD 240 billion", trade.GetProperty("text").GetString());
        Assert.Equal(Seeds.Figures.BilateralTrade2023.Citation.Line, trade.GetProperty("line").GetInt32());
        Assert.Equal(240m, trade.GetProperty("value").GetDecimal());
        Assert.Equal("billion", trade.GetProperty("scale").GetString());
        Assert.Equal("usd", trade.GetProperty("unit").GetString());

        JsonElement xi = root.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "conv-xi-politics-of-force");
        Assert.Equal("xi-jinping", xi.GetProperty("speakerId").GetString());
        Assert.Equal("conversation-offset-us-pressure", xi.GetProperty("documentId").GetString());
        Assert.True(xi.GetProperty("line").GetInt32() > 0);

        JsonElement pipeline = root.GetProperty("agreements").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "power-of-siberia-2");
        Assert.Equal("not-concluded", pipeline.GetProperty("status").GetString());
        Assert.Equal("agreement", pipeline.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Array, pipeline.GetProperty("parties").ValueKind);
    }

    [Fact]
    public void Every_enum_field_of_every_kind_has_its_runtime_enum_with_the_format_names()
    {
        // Each enum field of a kind's description is a property of the same name on its record, whose enum lists the
        // field's values in order: EnumNames gives the format's names back, so reports write what documents say.
        int checkedFields = 0;
        foreach (KindDescription kind in Kinds.All)
        {
            Type record = typeof(SummitDataSet).Assembly.GetType("SummitData." + kind.Record, throwOnError: true)!;
            foreach (FieldDescription field in kind.StoredFields.Where(f => f.Type == FieldType.Enum))
            {
                Type type = record.GetProperty(Identifiers.ToPascalCase(field.Name))!.PropertyType;
                type = Nullable.GetUnderlyingType(type) ?? type;
                string[] names = Enum.GetValues(type).Cast<object>().Select(v => (string)typeof(EnumNames).GetMethod(nameof(EnumNames.Of))!.MakeGenericMethod(type).Invoke(null, new[] { v })!).ToArray();
                Assert.Equal(field.Values, names);
                checkedFields++;
            }
        }

        // Scale, unit, direction, agreement kind and status, quote kind, entity kind, discrepancy kind.
        Assert.Equal(8, checkedFields);
    }

    [Fact]
    public void Json_is_deterministic()
    {
        Assert.Equal(JsonReport.Render(Seeds.DataSet), JsonReport.Render(Seeds.DataSet));
    }
}
