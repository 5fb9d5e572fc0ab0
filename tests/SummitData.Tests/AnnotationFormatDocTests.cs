using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SummitData.Generator.Kinds;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// docs/annotation-format.md's field tables are the kinds' descriptions (<see cref="Kinds"/>) written out: each table
/// stands between <c>&lt;!-- fields: SECTION --&gt;</c> and <c>&lt;!-- /fields --&gt;</c> and must equal what the description
/// renders. Run with <c>SUMMITDATA_UPDATE_DOCS=1</c> to write the tables after a change to a description.
/// </summary>
public sealed class AnnotationFormatDocTests
{
    private static string DocPath => Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "annotation-format.md");

    [Fact]
    public void Every_kind_has_its_field_table_and_it_is_the_description()
    {
        string doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        string expected = doc;
        foreach (KindDescription kind in Kinds.All)
        {
            var block = new Regex($"<!-- fields: {kind.Section} -->\n.*?<!-- /fields -->", RegexOptions.Singleline);
            Assert.True(block.IsMatch(expected), $"docs/annotation-format.md has no field table for '{kind.Section}' (<!-- fields: {kind.Section} --> ... <!-- /fields -->)");
            expected = block.Replace(expected, $"<!-- fields: {kind.Section} -->\n{Table(kind)}<!-- /fields -->");
        }

        if (Environment.GetEnvironmentVariable("SUMMITDATA_UPDATE_DOCS") == "1" && expected != doc)
        {
            File.WriteAllText(DocPath, expected);
            doc = expected;
        }

        Assert.Equal(expected, doc);
    }

    [Fact]
    public void A_table_changes_with_its_description()
    {
        // The table is rendered from the description, not copied: every declared key and every enum value is in it.
        foreach (KindDescription kind in Kinds.All)
        {
            string table = Table(kind);
            foreach (FieldDescription field in kind.Fields.Where(f => f.Declared))
            {
                Assert.Contains($"| `{field.Key}` |", table, StringComparison.Ordinal);
                Assert.All(field.Values, value => Assert.Contains($"`{value}`", table, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The markdown table of a kind's declared fields: key, type, whether required, and what it holds.</summary>
    internal static string Table(KindDescription kind)
    {
        var table = new StringBuilder();
        table.Append("| key | type | required | meaning |\n|---|---|---|---|\n");
        if (kind.Scope != KindScope.Document)
        {
            table.Append($"| `id` | id | yes | stable id of the {kind.Singular}{(kind.IsShared ? "; the same in every document that declares it" : "; unique in the corpus")} |\n");
        }
        else
        {
            table.Append("| `id` | id | yes | stable id of the document; unique in the corpus |\n");
        }

        if (kind.Scope != KindScope.Document)
        {
            table.Append($"| `{Kinds.UnreviewedKey}` | `true` or `false` | no (default `false`) | `true` marks an unreviewed candidate: no record and no error, one warning (`SD0028`) until the marker is removed or the candidate deleted |\n");
        }

        foreach (FieldDescription field in kind.Fields.Where(f => f.Declared))
        {
            string required = field.Required ? "yes" : field.Default is { } d ? $"no (default `{d}`)" : field.AtLeastOne ? "at least one" : "no";
            table.Append($"| `{field.Key}` | {Type(field)} | {required} | {Escape(field.Doc)}{Merge(field)} |\n");
            if (field.Type == FieldType.Anchor && field.Inline)
            {
                table.Append("| `prefix`, `suffix` | string | no | text right before and after the words, to pick one occurrence |\n");
            }
        }

        return table.ToString();
    }

    private static string Type(FieldDescription field) => field.Type switch
    {
        FieldType.Text => "string",
        FieldType.Enum => "one of " + string.Join(", ", field.Values.Select(v => $"`{v}`")),
        FieldType.Decimal => "decimal number",
        FieldType.Bool => "`true` or `false`",
        FieldType.Date => field.AnchoredValueKey is { } key
            ? $"date `YYYY-MM-DD`, or a mapping of `{key}` and the words that state it (`exact`, `prefix`, `suffix`)"
            : "date `YYYY-MM-DD`",
        FieldType.Reference => "id of " + One(field),
        FieldType.References => "list of ids of " + Targets(field),
        FieldType.Texts => field.Values.Length > 0 ? "list of " + string.Join(", ", field.Values.Select(v => $"`{v}`")) : "list of strings",
        FieldType.Anchor => field.Inline ? "words of the text (`exact`)" : "one anchor",
        FieldType.Anchors => field.AllowAll ? "list of anchors (`all: true` allowed)" : "list of anchors",
        _ => field.Type.ToString(),
    };

    private static string One(FieldDescription field)
    {
        string[] singulars = field.Targets.Select(t => Kinds.Of(t).Singular).ToArray();
        return ("aeiou".Contains(singulars[0][0], StringComparison.Ordinal) ? "an " : "a ") + string.Join(" or ", singulars);
    }

    private static string Targets(FieldDescription field) => string.Join(" or ", field.Targets.Select(t => Kinds.Of(t).Section));

    private static string Merge(FieldDescription field) => field.Merge switch
    {
        MergeRule.Agree => " (the same in every declaration, `SD0015`)",
        MergeRule.Union => " (merged: each id once, in order of first appearance)",
        MergeRule.Sorted or MergeRule.Concat => " (merged across documents)",
        MergeRule.OnePerDocument => " (one per document; at least two documents, `SD0024`)",
        _ => string.Empty,
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
