using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SummitData.Export;
using SummitData.Loading;
using Xunit;

namespace SummitData.Tests.Export;

/// <summary>
/// The largest and smallest values the format accepts (29 digits before the point, 28 after), their negatives, a
/// value with a trailing zero, and 29 significant digits with 28 places, exported in every format and read back
/// exactly: Parquet by DuckDB (the DECIMAL(38,9) where it holds the value, else null, and always the exact text),
/// JSON Lines as JSON numbers, SQLite as the exact text.
/// </summary>
public sealed class ExtremeValueExportTests : IDisposable
{
    private static readonly string[] Values =
    [
        "79228162514264337593543950335",
        "-79228162514264337593543950335",
        "0.0000000000000000000000000001",
        "-0.0000000000000000000000000001",
        "1.2345678901234567890123456789",
        "0.000000001",
        "1.10",
        "0",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "summitdata-extreme-" + Guid.NewGuid().ToString("N"));

    private readonly SummitDataSet _data;

    public ExtremeValueExportTests()
    {
        var text = new StringBuilder("Figures:");
        var yaml = new StringBuilder();
        for (int n = 0; n < Values.Length; n++)
        {
            // Anchors of letters only, which the figure check does not read as numbers.
            string word = "zq" + (char)('a' + n);
            text.Append(' ').Append(word);
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: value-{n}\n    exact: {word}\n    value: {Values[n]}\n    unit: count\n    measures: the measure {word}\n");
        }

        string body = text.Append('.').ToString();
        LoadResult result = SummitDataLoader.LoadText("extreme.summit", $"---\nformat: summitdata/1\nid: extreme\nsha256: {SummitDataLoader.TextSha256(body)}\nfigures:\n{yaml}---\n{body}");
        Assert.Empty(result.Diagnostics);
        _data = result.Data;
        Assert.Equal(Values, _data.Figures.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Value.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parquet_holds_every_value_exactly_in_its_text_and_in_the_decimal_where_nine_places_hold_it()
    {
        string root = Path.Combine(_root, "parquet");
        SummitExport.Write(_data, ExportFormat.Parquet, root);
        List<string> rows = SeedExports.Duck($"SELECT valueExact, CAST(value AS VARCHAR) FROM read_parquet('{root}/figures/*.parquet') ORDER BY id");
        Assert.Equal(Values.Length, rows.Count);
        for (int n = 0; n < Values.Length; n++)
        {
            string[] cells = rows[n].Split('|');
            Assert.Equal(Values[n], cells[0]);
            decimal value = decimal.Parse(Values[n], CultureInfo.InvariantCulture);
            if (decimal.Round(value, 9) == value)
            {
                Assert.Equal(value, decimal.Parse(cells[1], CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal("NULL", cells[1]);
            }
        }

        // The largest and smallest whole numbers are in the typed column, to the last digit.
        Assert.Equal(["79228162514264337593543950335.000000000", "-79228162514264337593543950335.000000000"], SeedExports.Duck($"SELECT CAST(value AS VARCHAR) FROM read_parquet('{root}/figures/*.parquet') WHERE id IN ('value-0', 'value-1') ORDER BY id"));
        // The smallest magnitude, which no DECIMAL(38,9) holds, is the engine's decimal from its exact text.
        Assert.Equal(["True"], SeedExports.Duck($"SELECT CAST(valueExact AS DECIMAL(38,28)) = 0.0000000000000000000000000001 FROM read_parquet('{root}/figures/*.parquet') WHERE id = 'value-2'"));
    }

    [Fact]
    public void JSON_Lines_writes_every_value_as_the_exact_number()
    {
        string root = Path.Combine(_root, "jsonl");
        SummitExport.Write(_data, ExportFormat.JsonLines, root);
        string[] lines = File.ReadAllLines(Path.Combine(root, "figures", "part-00000.jsonl"));
        Assert.Equal(Values.Length, lines.Length);
        foreach (string line in lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            Figure figure = _data.Figures.Get(json.RootElement.GetProperty("id").GetString()!);
            Assert.Equal(figure.Value.ToString(CultureInfo.InvariantCulture), json.RootElement.GetProperty("value").GetRawText());
            Assert.Equal(figure.Value, json.RootElement.GetProperty("value").GetDecimal());
            Assert.Equal(figure.Value.ToString(CultureInfo.InvariantCulture), json.RootElement.GetProperty("valueExact").GetString());
        }
    }

    [Fact]
    public void SQLite_holds_every_value_exactly_in_its_text()
    {
        string file = Path.Combine(_root, "extreme.db");
        SummitExport.Write(_data, ExportFormat.Sqlite, file);
        Assert.Equal(Values, SeedExports.Lite(file, "SELECT valueExact FROM figures ORDER BY id"));
        Assert.Equal(["text"], SeedExports.Lite(file, "SELECT DISTINCT typeof(valueExact) FROM figures"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
