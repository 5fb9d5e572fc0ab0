using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// A document whose file the package's build targets embed as a resource (<c>SummitDataResource</c> metadata): the
/// generated code holds no text and reads it from the resource on first use, normalised as the generator read it and
/// checked against its hash; a missing or different resource fails with a message naming the file. Without the
/// metadata (a compilation in a test, a file given to the generator by hand) the text is compiled in.
/// </summary>
public sealed class ResourceTextTests
{
    private const string Path = "/docs/small.summit";
    private const string Resource = "SummitData.Documents/docs/small.summit";

    // Words of the fixture's text that no annotation holds: only the text itself can put them in the output.
    private const string TextOnly = "The two-day summit ended with a memorandum on customs.";

    private static string Text => Fixture.Small[(Fixture.Small.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];

    [Fact]
    public void Without_the_metadata_the_text_is_compiled_in()
    {
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, Fixture.Small));
        Assert.Contains(TextOnly, run.Source("SummitData.Document.small-fixture.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("DecodeDocument", run.Source("SummitData.Document.small-fixture.g.cs"), StringComparison.Ordinal);
        Assert.Equal(Text, Document(run.Load()).Text);
    }

    [Fact]
    public void With_the_metadata_the_text_is_read_from_the_resource_normalised_as_the_generator_read_it()
    {
        Run run = Generated();
        string source = run.Source("SummitData.Document.small-fixture.g.cs");
        Assert.DoesNotContain(TextOnly, source, StringComparison.Ordinal);
        Assert.Contains($"\"{Resource}\"", source, StringComparison.Ordinal);

        // The file as a Windows checkout has it: a byte order mark and CRLF line endings. The offsets, lines and hash
        // the generator computed over the normalised text still hold.
        byte[] windows = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixture.Small.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        Assembly assembly = run.Load(new[] { ResourceOf(windows) });
        Document document = Document(assembly);
        Assert.Equal(Text, document.Text);
        SummitDataSet data = DataSet(assembly);
        Figure trade = data.Figures.Get("trade-2023");
        Assert.Equal("USD 12.5 billion", trade.Citation.Text);
        Assert.Equal(Text.Substring(trade.Citation.Offset, trade.Citation.Length), trade.Citation.Text);

        // Every citation's words, in the long citations table, are those the runtime loader reads from the file itself:
        // the data holds places, the words come from the text.
        Assert.Equal(Reporting.CsvReport.RenderCitations(Loaded()), Reporting.CsvReport.RenderCitations(data));
    }

    [Fact]
    public void A_missing_resource_fails_with_a_message_naming_the_file_and_the_fix()
    {
        Assembly assembly = Generated().Load();
        var error = Assert.Throws<InvalidOperationException>(() => Document(assembly));
        Assert.Contains("'small-fixture' (small.summit)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{Resource}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("EmbeddedResource", error.Message, StringComparison.Ordinal);

        // A record that needs no text is still there by its named member; its words, which come from the text, and
        // the data set, which holds the document, fail the same way.
        Figure trade = (Figure)assembly.GetType("Fixture.Data+Figures")!.GetProperty("Trade2023")!.GetValue(null)!;
        Assert.Equal(12.5m, trade.Value);
        Assert.Contains($"'{Resource}'", Assert.Throws<InvalidOperationException>(() => trade.Citation.Text).Message, StringComparison.Ordinal);
        Assert.Contains($"'{Resource}'", Assert.Throws<InvalidOperationException>(() => DataSet(assembly)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reached USD 12.5 billion", "reached USD 13.5 billion", "its text has the SHA-256")]
    [InlineData("in 2023, up almost", "in 2023,\nup almost", "its text has the SHA-256")]
    public void A_resource_that_does_not_hold_the_text_the_generator_read_fails(string find, string replace, string expected)
    {
        string changed = Fixture.Small.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Fixture.Small, changed);
        Assembly assembly = Generated().Load(new[] { ResourceOf(Encoding.UTF8.GetBytes(changed)) });
        var error = Assert.Throws<InvalidOperationException>(() => Document(assembly));
        Assert.Contains("'small-fixture' (small.summit)", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("f8d1cdc0c18745822850fc2aa2bb4dd6bbfe0b83016ce3dd5cf915ea670b2430", error.Message, StringComparison.Ordinal);
        Assert.Contains("build the project again", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x2D, 0x00 }, "not UTF-8")]
    [InlineData(new byte[] { 0x68, 0x69 }, "does not start with a '---' line")]
    public void A_resource_that_is_not_an_annotated_file_fails(byte[] bytes, string expected)
    {
        Assembly assembly = Generated().Load(new[] { ResourceOf(bytes) });
        var error = Assert.Throws<InvalidOperationException>(() => Document(assembly));
        Assert.Contains("'small-fixture' (small.summit)", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_named_members_a_document_is_its_data_alone_and_its_text_is_still_read_from_the_resource()
    {
        Run run = Generated(namedMembers: "false");
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("SummitData.Document.", StringComparison.Ordinal));
        string source = run.Source("SummitData.Packs.0.g.cs");
        Assert.Contains("__Doc_SmallFixture =>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("class __Doc_", source, StringComparison.Ordinal);
        Assert.DoesNotContain(TextOnly, source, StringComparison.Ordinal);

        byte[] windows = Encoding.UTF8.GetBytes(Fixture.Small.Replace("\n", "\r\n", StringComparison.Ordinal));
        SummitDataSet data = DataSet(run.Load(new[] { ResourceOf(windows) }));
        Assert.Equal(Text, data.Documents.Get("small-fixture").Text);
        Assert.Equal(Reporting.CsvReport.RenderCitations(Loaded()), Reporting.CsvReport.RenderCitations(data));

        var error = Assert.Throws<InvalidOperationException>(() => DataSet(run.Load()));
        Assert.Contains("'small-fixture' (small.summit)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{Resource}'", error.Message, StringComparison.Ordinal);
    }

    private static Run Generated(string namedMembers = "auto")
    {
        var text = new GeneratorHost.InMemoryText(Path, Fixture.Small) { Metadata = new Dictionary<string, string> { ["SummitDataResource"] = Resource } };
        var properties = new Dictionary<string, string>(GeneratorHost.FixtureProperties) { ["build_property.SummitDataNamedMembers"] = namedMembers };
        Run run = GeneratorHarness.Run(new AdditionalText[] { text }, properties);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
        return run;
    }

    private static ResourceDescription ResourceOf(byte[] bytes) => new(Resource, () => new MemoryStream(bytes), isPublic: true);

    private static SummitDataSet DataSet(Assembly assembly)
    {
        try
        {
            return (SummitDataSet)assembly.GetType("Fixture.Data")!.GetProperty("DataSet")!.GetValue(null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    // Through the named member, as a user reads it: the exception is the one the resource gives, not a wrapper.
    private static Document Document(Assembly assembly)
    {
        try
        {
            return (Document)assembly.GetType("Fixture.Data+Documents")!.GetProperty("SmallFixture")!.GetValue(null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static SummitDataSet Loaded() => Loading.SummitDataLoader.LoadText(Path, Fixture.Small).EnsureSuccess();
}
