using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The limits table of docs/annotation-format.md lists every constant of <see cref="Limits"/> with its value, and
/// nothing else: a limit added to the code must be documented, a documented one must exist.
/// </summary>
public sealed class LimitsTableTests
{
    [Fact]
    public void Limits_table_lists_every_constant_with_its_value()
    {
        string doc = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "annotation-format.md")).ReplaceLineEndings("\n");
        Match section = Regex.Match(doc, @"^## Limits\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, "docs/annotation-format.md has no '## Limits' section");

        string[] rows = section.Groups[1].Value.Split('\n').Where(line => line.StartsWith('|')).ToArray();
        Assert.Equal("| limit | value | what it bounds | when it is exceeded |", rows[0]);
        Assert.Matches(@"^\|(---\|){4}$", rows[1]);
        var documented = rows.Skip(2).Select(Row).ToList();

        var constants = typeof(Limits).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (Name: f.Name, Value: Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
            .ToList();
        Assert.True(constants.Count >= 10, $"{constants.Count} constants in Limits");
        Assert.Equal(constants.OrderBy(c => c.Name, StringComparer.Ordinal), documented.OrderBy(c => c.Name, StringComparer.Ordinal));
        Assert.Equal(documented.Count, documented.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());

        static (string Name, long Value) Row(string row)
        {
            string[] cells = row.Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 6, $"not four cells: {row}");
            Assert.True(cells[3].Length > 0 && cells[4].Length > 0, $"say what the limit bounds and what happens past it: {row}");
            Match name = Regex.Match(cells[1], "^`([A-Za-z]+)`$");
            Match value = Regex.Match(cells[2], @"^([0-9]{1,3}(,[0-9]{3})*)( \(.*\))?$");
            Assert.True(name.Success, $"the first cell is not a constant's name in backticks: {row}");
            Assert.True(value.Success, $"the second cell is not a number with thousands separators: {row}");
            return (name.Groups[1].Value, long.Parse(value.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
        }
    }
}
