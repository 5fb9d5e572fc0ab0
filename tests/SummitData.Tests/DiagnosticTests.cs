using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Generator;
using SummitData.Generator.Emitting;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>One bad input per diagnostic id: the generator reports that id at the right file and line, and never throws.</summary>
public sealed class DiagnosticTests
{
    private const string Path = "/docs/small.summit";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // id, what the case is, text to replace in the fixture, replacement (the diagnostic must be on the replacement's line)
        { "SD0001", "malformed YAML", "authors: []", "authors: [unclosed" },
        { "SD0002", "missing required field", "    measures: length of the summit\n", "" },
        { "SD0003", "unknown field", "url: null", "urll: null" },
        { "SD0004", "unknown unit", "unit: days", "unit: fortnights" },
        { "SD0004", "YAML 1.1 boolean", "approximate: true", "approximate: yes" },
        { "SD0005", "invalid date", "published: 2024-05-20", "published: 2024-02-30" },
        { "SD0006", "quoted number", "value: 12.5", "value: \"12.5\"" },
        { "SD0006", "not a decimal", "value: 12.5", "value: 12.5e3x" },
        { "SD0007", "text hash mismatch", "sha256: ", "sha256: 00" },
        { "SD0008", "anchor not found", "exact: USD 12.5 billion", "exact: USD 13.5 billion" },
        { "SD0008", "straight apostrophe against typographic", "exact: road map", "exact: \"\\\"road map\\\"\"" },
        { "SD0009", "anchor ambiguous", "      - trade minister", "      - Berg" },
        { "SD0010", "duplicate id", "id: trade-growth", "id: trade-2023" },
        { "SD0011", "dangling speaker", "speaker: anna-berg", "speaker: anna-burg" },
        { "SD0012", "value does not match the words", "value: 12.5", "value: 125" },
        { "SD0012", "scale does not match the words", "scale: billion", "scale: million" },
        { "SD0012", "number words", "value: 2\n", "value: 3\n" },
        { "SD0013", "invalid id", "id: summit-length", "id: Summit_Length" },
        { "SD0014", "ids collide as C# names", "id: trade-growth", "id: trade2023" },
        { "SD0016", "title not in the text", "title: null", "title: A title the text never states" },
        { "SD0017", "quote not enclosed", "exact: road map", "exact: Trade between" },
        { "SD0018", "list expected", "authors: []", "authors: Jane Doe" },
        { "SD0019", "duplicate key", "url: null", "title: null" },
        { "SD0020", "alias", "outlet: null", "outlet: *o" },
        { "SD0020", "anchor", "outlet: null", "outlet: &o Nobody" },
        { "SD0020", "deep nesting", "authors: []", "authors: " + new string('[', 40) + new string(']', 40) },
        { "SD0004", "unknown entity kind", "kind: country", "kind: nation" },
        { "SD0010", "duplicate entity id", "id: freedonia", "id: ruritania" },
        { "SD0011", "dangling party", "parties: [ruritania, freedonia]", "parties: [ruritania, atlantis]" },
        { "SD0011", "dangling claim of a figure", "    unit: days\n", "    claim: summit-claim\n    unit: days\n" },
        { "SD0011", "dangling id in about", "about: [ruritania, freedonia]", "about: [ruritania, atlantis]" },
        { "SD0013", "a party's name instead of its id", "parties: [ruritania, freedonia]", "parties: [Ruritania, freedonia]" },
        { "SD0025", "a person's id declared as an entity", "  - id: freedonia\n", "  - id: anna-berg\n" },
        { "SD0028", "an unreviewed candidate with a wrong value", "    value: 2\n", "    unreviewed: true\n    value: 3\n" },
    };

    /// <summary>
    /// Two documents: the fixture (<c>a.summit</c>) and a second one (<c>b.summit</c>) that shares its person,
    /// entities, agreement, claim and discrepancy and has ids of its own for the rest; then one change to the second.
    /// </summary>
    public static TheoryData<string, string, string, string> CrossDocumentCases => new()
    {
        // id, what the case is, text to replace in b.summit, replacement (the diagnostic must be on the replacement's line in b.summit)
        { "SD0015", "another entity name", "name: Ruritania", "name: Ruritania Republic" },
        { "SD0015", "another entity kind", "kind: country", "kind: place" },
        { "SD0015", "another claim statement", "statement: Trade between", "statement: Commerce between" },
        { "SD0015", "another discrepancy topic", "topic: how fast trade grew", "topic: how much trade grew" },
        { "SD0015", "another discrepancy kind", "kind: figure", "kind: spelling" },
        { "SD0015", "another agreement status", "status: signed-during-visit", "status: not-concluded" },
        { "SD0025", "an entity with a person's id", "  - id: freedonia\n    name: Freedonia", "  - id: anna-berg\n    name: Freedonia" },
    };

    /// <summary>What each document gets appended to its annotations in <see cref="CrossDocuments"/>: one side of a discrepancy.</summary>
    internal const string Discrepancy = "discrepancies:\n  - id: trade-growth-rate\n    topic: how fast trade grew\n    kind: figure\n    side: almost 16%\n";

    /// <summary>The fixture as <c>a.summit</c> and a second document with <paramref name="find"/> replaced, both with <paramref name="extra"/> annotations.</summary>
    internal static (string Path, string Content)[] CrossDocuments(string find, string replace, string extra = Discrepancy, string? extraInB = null)
    {
        string a = Fixture.Small.Replace("\n---\n", "\n" + extra + "---\n", StringComparison.Ordinal);
        string b = Fixture.Small.Replace("\n---\n", "\n" + (extraInB ?? extra) + "---\n", StringComparison.Ordinal)
            .Replace("id: small-fixture\n", "id: xyz-fixture\n").Replace("id: trade-2023\n", "id: other-trade\n").Replace("id: trade-growth\n", "id: other-growth\n")
            .Replace("id: summit-length\n", "id: other-length\n").Replace("id: sign-it-soon\n", "id: other-sign\n").Replace("id: road-map\n", "id: other-road-map\n");
        Assert.Contains(find, b, StringComparison.Ordinal);
        int at = b.IndexOf(find, StringComparison.Ordinal);
        return new[] { ("/docs/a.summit", a), ("/docs/b.summit", b.Substring(0, at) + replace + b.Substring(at + find.Length)) };
    }

    [Theory]
    [MemberData(nameof(CrossDocumentCases))]
    public void Conflicts_between_documents_are_reported_on_the_later_one(string id, string what, string find, string replace)
    {
        (string Path, string Content)[] files = CrossDocuments(find, replace);
        Run run = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Text(f.Path, f.Content)).ToArray());

        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/docs/b.summit", span.Path);
        Assert.True(Fixture.LineOf(files[1].Content, replace) == span.StartLinePosition.Line + 1, $"{what}: {diagnostic}");

        // Leaving b.summit out leaves the discrepancy with a.summit's side only: that is reported too (SD0024).
        Assert.All(run.Diagnostics.Where(d => d.Id != "SD0024"), d => Assert.Equal("/docs/b.summit", d.Location.GetLineSpan().Path));
        Assert.Equal("/docs/a.summit", Assert.Single(run.Diagnostics, d => d.Id == "SD0024").Location.GetLineSpan().Path);

        // The later document is left out; the first one is generated, and so is its data.
        Assert.Contains(run.Sources, s => s.HintName == "SummitData.Document.small-fixture.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "SummitData.Document.xyz-fixture.g.cs");
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void A_discrepancy_in_one_document_only_is_SD0024_and_the_document_stays()
    {
        (string Path, string Content)[] files = CrossDocuments("id: xyz-fixture", "id: xyz-fixture", extraInB: string.Empty);
        Run run = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Text(f.Path, f.Content)).ToArray());

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0024", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/docs/a.summit", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(Fixture.LineOf(files[0].Content, "  - id: trade-growth-rate"), diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            "Discrepancy 'trade-growth-rate' has one side only (document 'small-fixture'); declare the same id with the other side's words in another document, or remove it; the discrepancy is left out of the generated code and of the loaded data, the document is not",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Empty(run.CompileProblems());
        var dataSet = (SummitDataSet)run.Load().GetType("Fixture.Data")!.GetProperty("DataSet")!.GetValue(null)!;
        Assert.Equal(new[] { "small-fixture", "xyz-fixture" }, dataSet.Documents.Select(d => d.Id));
        Assert.Empty(dataSet.Discrepancies);
    }

    [Fact]
    public void A_discrepancy_twice_in_one_document_is_SD0023_at_the_second()
    {
        string twice = Fixture.Small.Replace("\n---\n", "\n" + Discrepancy + Discrepancy.Substring("discrepancies:\n".Length).Replace("side: almost 16%", "side: 16%") + "---\n", StringComparison.Ordinal);
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, twice));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0023", diagnostic.Id);
        int first = Fixture.LineOf(twice, "  - id: trade-growth-rate");
        int second = Fixture.LineOf(twice, "side: almost 16%") + 1;
        Assert.Equal(second, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(
            $"Discrepancy 'trade-growth-rate' has two sides in document 'small-fixture' (first at line {first}); a discrepancy is between documents: give each document's words in that document, once; the document is left out of the generated code and of the loaded data",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_its_diagnostic_at_the_right_line(string id, string what, string find, string replace)
    {
        string content = Fixture.Small;
        Assert.Contains(find, content);
        int at = content.IndexOf(find, StringComparison.Ordinal);
        content = content.Substring(0, at) + replace + content.Substring(at + find.Length);
        int expectedLine = content.Substring(0, at).Count(c => c == '\n') + 1;

        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, content));

        Assert.Null(run.Exception);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.True(
            span.StartLinePosition.Line + 1 == expectedLine || (id == "SD0002" && span.StartLinePosition.Line + 1 < expectedLine),
            $"{what}: expected line {expectedLine}, got {span.StartLinePosition.Line + 1}: {diagnostic}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785" || d.Id == "SD0099");
    }

    [Fact]
    public void Missing_front_matter_is_SD0001_on_line_1()
    {
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, "Just a text, no annotations."));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0001", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Null(run.Exception);
    }

    [Fact]
    public void Conflicting_person_names_across_documents_are_SD0015()
    {
        string other = Fixture.Small.Replace("id: small-fixture", "id: xyz-fixture")
            .Replace("id: trade-2023", "id: other-trade").Replace("id: trade-growth", "id: other-growth")
            .Replace("id: summit-length", "id: other-length").Replace("id: sign-it-soon", "id: other-sign")
            .Replace("id: road-map", "id: other-road-map").Replace("name: Anna Berg", "name: Anna Bergman");
        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/a.summit", Fixture.Small), GeneratorHarness.Text("/docs/b.summit", other));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0015", diagnostic.Id);
        Assert.Equal("/docs/b.summit", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(Fixture.LineOf(other, "name: Anna Bergman"), diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Theory]
    [InlineData("SummitDataNamespace", "1st.Namespace")]
    [InlineData("SummitDataRootClass", "class")]
    [InlineData("SummitDataRootClass", "Figures")]
    [InlineData("SummitDataRootClass", "DataSet")]
    [InlineData("SummitDataRootClass", "Entities")]
    [InlineData("SummitDataRootClass", "Discrepancies")]
    [InlineData("SummitDataVisibility", "private")]
    [InlineData("SummitDataRootClass", "__DataSet")]
    [InlineData("SummitDataRootClass", "__Concat")]
    [InlineData("SummitDataRootClass", "__Strings")]
    [InlineData("SummitDataRootClass", "__Documents0")]
    [InlineData("SummitDataRootClass", "__People0")]
    [InlineData("SummitDataRootClass", "__Doc_SmallFixture")]
    [InlineData("SummitDataRootClass", "__Anything")]
    [InlineData("SummitDataNamespace", "__DataSet")]
    [InlineData("SummitDataNamespace", "Fixture.__Concat")]
    public void Invalid_setting_is_SD0021_and_falls_back_to_the_default(string property, string value)
    {
        Run run = GeneratorHarness.Run(
            new[] { GeneratorHarness.Text(Path, Fixture.Small) },
            new Dictionary<string, string> { ["build_property." + property] = value });
        Assert.Equal("SD0021", Assert.Single(run.Diagnostics).Id);
        Assert.Contains(property, run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompileProblems());
    }

    [Theory]
    [InlineData("SummitData", "Seeds", "the assembly SummitData already declares the type SummitData.Seeds")]
    [InlineData("SummitData", "Figure", "the assembly SummitData already declares the type SummitData.Figure")]
    [InlineData("SummitData.Reporting", "CsvReport", "the assembly SummitData already declares the type SummitData.Reporting.CsvReport")]
    [InlineData("SummitData.Seeds", "Corpus", "the assembly SummitData declares a type SummitData.Seeds, which the namespace SummitData.Seeds would conflict with")]
    [InlineData("System.String.Data", "Corpus", "declares a type System.String, which the namespace System.String.Data would conflict with")]
    [InlineData("SummitData", "Reporting", "the assembly SummitData declares a namespace SummitData.Reporting, which the class would conflict with")]
    public void Settings_that_would_shadow_a_referenced_type_are_SD0021_and_fall_back_to_the_defaults(string ns, string root, string message)
    {
        Run run = GeneratorHarness.Run(
            new[] { GeneratorHarness.Text(Path, Fixture.Small) },
            new Dictionary<string, string> { ["build_property.SummitDataNamespace"] = ns, ["build_property.SummitDataRootClass"] = root });
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0021", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith("using 'SummitData.Generated.Corpus'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // No CS0436: the bundled data is still the package's, and the project's records are under the defaults.
        Assert.Empty(run.CompileProblems());
        Assert.NotNull(run.Load().GetType("SummitData.Generated.Corpus"));
    }

    [Fact]
    public void A_class_of_the_projects_own_in_the_SummitData_namespace_shadows_nothing()
    {
        Run run = GeneratorHarness.Run(
            new[] { GeneratorHarness.Text(Path, Fixture.Small) },
            new Dictionary<string, string> { ["build_property.SummitDataNamespace"] = "SummitData", ["build_property.SummitDataRootClass"] = "Corpus" });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileProblems());
        Assert.NotNull(run.Load().GetType("SummitData.Corpus"));
    }

    [Fact]
    public void Ambiguous_anchor_names_the_file_line_of_its_first_occurrence()
    {
        string content = Fixture.Small.Replace("      - trade minister", "      - Berg", StringComparison.Ordinal);
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, content));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0009", diagnostic.Id);
        int first = Fixture.LineOf(content, "Anna Berg. Berg");
        Assert.Contains($"(first at line {first} of the file)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_inside_a_longer_word_are_not_found_and_the_message_says_why()
    {
        string content = Fixture.Small.Replace("      - trade minister", "      - Ruritan", StringComparison.Ordinal);
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, content));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SD0008", diagnostic.Id);
        Assert.Contains("only inside a longer word", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_records_of_one_kind_is_SD0022_and_drops_only_their_named_properties()
    {
        // The runtime cannot load a class with more than about 65,500 methods, so more figures than that cannot each be
        // a property of Figures. The layout only counts ids, so a corpus spec with 60,001 figure ids is enough here.
        var corpus = new CorpusSpec(
            new[] { "small-fixture" }.ToEquatableArray(),
            EquatableArray<string>.Empty,
            EquatableArray<KindRecords>.Empty,
            new[] { new KindCount("documents", 1), new KindCount("figures", NamedKinds.MaxNamedMembers + 1), new KindCount("quotes", 2) }.ToEquatableArray());
        DiagnosticInfo diagnostic = Assert.Single(CorpusLayout.Of(corpus, default, namedMembers: "true").Index.Diagnostics);
        Assert.Equal("SD0022", diagnostic.Id);
        Assert.Equal(DiagnosticLevel.Warning, diagnostic.Level);
        Assert.Contains("60,001 figures", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Figures.Get(id)", diagnostic.Message, StringComparison.Ordinal);
        NamedKinds named = DocumentContext.Of(corpus, "true").Named;
        Assert.Equal(new NamedKinds(new[] { "figures" }.ToEquatableArray()), named);

        // The document's file then names its quotes but not its figures, and Figures.All and Get still reach them.
        Run run = GeneratorHarness.Run(GeneratorHarness.Text(Path, Fixture.Small));
        var settings = new GeneratorSettings("Fixture", "Data", "public", EquatableArray<DiagnosticInfo>.Empty);
        string source = SummitDataGenerator.Emitter.EmitDocument(SummitDataGenerator.Emitter.Model(DocumentParser.Parse(Path, Fixture.Small, default).Document!), named, settings, default);
        Assert.DoesNotContain("partial class Figures", source, StringComparison.Ordinal);
        Assert.Contains("public static global::SummitData.Quote SignItSoon", source, StringComparison.Ordinal);
        SyntaxTree original = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("SummitData.Document.small-fixture.g.cs", StringComparison.Ordinal));
        Compilation compilation = run.Output.ReplaceSyntaxTree(original, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)original.Options, original.FilePath));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Type data = (run with { Output = compilation }).Load().GetType("Fixture.Data")!;
        Type figures = data.GetNestedType("Figures")!;
        Assert.Null(figures.GetProperty("Trade2023"));
        Assert.Equal("USD 12.5 billion", ((Figure)figures.GetMethod("Get")!.Invoke(null, new object[] { "trade-2023" })!).Text);
    }

    [Theory]
    [InlineData(NamedKinds.AutoNamedMembers, "auto", "")]
    [InlineData(NamedKinds.AutoNamedMembers + 1, "auto", "SD0030 all")]
    [InlineData(NamedKinds.AutoNamedMembers + 1, "true", "")]
    [InlineData(1, "false", "all")]
    [InlineData(NamedKinds.MaxNamedMembers + 1, "true", "SD0022 figures")]
    [InlineData(NamedKinds.MaxNamedMembers + 1, "false", "all")]
    public void SummitDataNamedMembers_decides_which_kinds_are_named(int figures, string setting, string expected)
    {
        // The layout counts records only, so a corpus spec with the counts is enough: auto names every kind up to the
        // documented size of the whole corpus and none past it (SD0030, information); true names every kind that fits a
        // class (SD0022 past that); false names none and says nothing, as the user chose it.
        var corpus = new CorpusSpec(
            new[] { "small-fixture" }.ToEquatableArray(),
            EquatableArray<string>.Empty,
            EquatableArray<KindRecords>.Empty,
            new[] { new KindCount("documents", 0), new KindCount("figures", figures) }.ToEquatableArray());
        CorpusLayout layout = CorpusLayout.Of(corpus, default, setting);
        NamedKinds named = DocumentContext.Of(corpus, setting).Named;
        Assert.Equal(named, layout.Index.Named);
        string unnamed = named.Unnamed.Count == SummitData.Generator.Kinds.Kinds.All.Count() ? "all" : string.Join(" ", named.Unnamed);
        string actual = string.Join(" ", layout.Index.Diagnostics.Select(d => d.Id).Append(unnamed).Where(s => s.Length > 0));
        Assert.Equal(expected, actual);
        if (layout.Index.Diagnostics.FirstOrDefault(d => d.Id == "SD0030") is { } large)
        {
            Assert.Equal(DiagnosticLevel.Info, large.Level);
            Assert.Contains($"{figures:N0} records; above {NamedKinds.AutoNamedMembers:N0}", large.Message, StringComparison.Ordinal);
            Assert.Contains("SummitDataNamedMembers to true", large.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SummitDataNamedMembers_false_builds_no_named_member_and_every_record_is_reached()
    {
        var properties = new Dictionary<string, string>(SummitData.Testing.GeneratorHost.FixtureProperties) { ["build_property.SummitDataNamedMembers"] = "false" };
        Run run = GeneratorHarness.Run(new[] { GeneratorHarness.Text(Path, Fixture.Small) }, properties);
        Assert.Empty(run.Diagnostics);
        Type data = run.Load().GetType("Fixture.Data")!;
        Assert.Null(data.GetNestedType("Figures")!.GetProperty("Trade2023"));
        Assert.Null(data.GetNestedType("People")!.GetProperty("AnnaBerg"));
        var set = (SummitDataSet)data.GetProperty("DataSet")!.GetValue(null)!;
        Assert.Equal("USD 12.5 billion", set.Figures.Get("trade-2023").Text);
        Assert.Equal("anna-berg", set.Quotes.Get("sign-it-soon").Speaker!.Id);
    }

    [Fact]
    public void Without_named_properties_every_record_is_still_reached()
    {
        // The limit lowered to 0: no kind gets named properties, so quotes reach their speakers and agreements their
        // parties through the index by id. The fixture has no discrepancy: that kind has no record to name.
        ParseResult parsed = DocumentParser.Parse(Path, Fixture.Small, default);
        DocumentModel document = SummitDataGenerator.Emitter.Model(parsed.Document!);
        CorpusSpec corpus = CorpusBuilder.Build(new[] { new SitedDocument(parsed.Document!, parsed.Sites!) }, default).Corpus;
        CorpusLayout layout = CorpusLayout.Of(corpus, default, maxNamedMembers: 0);
        Assert.Equal(7, layout.Index.Diagnostics.Count(d => d.Id == "SD0022"));

        var settings = new GeneratorSettings("Fixture", "Data", "public", EquatableArray<DiagnosticInfo>.Empty);
        var sources = new List<string>
        {
            SummitDataGenerator.Emitter.EmitDocument(document, DocumentContext.Of(corpus, maxNamedMembers: 0).Named, settings, default),
            SummitDataGenerator.Emitter.EmitCorpus(layout.Index, settings),
        };
        sources.AddRange(layout.Chunks.Select(c => SummitDataGenerator.Emitter.EmitChunk(c, settings, default)));
        Compilation compilation = Testing.GeneratorHost.Compilation(sources.Select(s => CSharpSyntaxTree.ParseText(s, Testing.GeneratorHost.ParseOptions)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        Type data = System.Reflection.Assembly.Load(Testing.GeneratedCodeMetrics.Emit(compilation)).GetType("Fixture.Data")!;
        foreach (string kind in new[] { "Documents", "Figures", "Quotes", "People", "Agreements", "Entities", "Claims", "Discrepancies" })
        {
            Assert.Equal(new[] { "All" }, data.GetNestedType(kind)!.GetProperties().Select(p => p.Name));
        }

        var dataSet = (SummitDataSet)data.GetProperty("DataSet")!.GetValue(null)!;
        Assert.Same(dataSet.People.Get("anna-berg"), dataSet.Quotes.Get("sign-it-soon").Speaker);
        Agreement agreement = Assert.Single(dataSet.Agreements);
        Assert.Equal("Memorandum on customs", agreement.Title);
        Assert.Equal(new INamedEntity[] { dataSet.Entities.Get("ruritania"), dataSet.Entities.Get("freedonia") }, agreement.Parties);
        Assert.Same(dataSet.Entities.Get("ruritania"), agreement.Parties[0]);
        Assert.Equal("trade-reached", Assert.Single(dataSet.Claims).Id);
    }

    [Fact]
    public void Every_descriptor_is_made_from_the_catalog_with_a_real_format_a_description_and_help()
    {
        // The catalog is the one list of ids; the Roslyn descriptors are made from it.
        Assert.Equal(
            DiagnosticCatalog.All.Select(k => (k.Id, k.Title, k.MessageFormat, k.Description, k.Level.ToString())),
            DiagnosticDescriptors.All.Select(d => (d.Id, d.Title.ToString(), d.MessageFormat.ToString(), d.Description.ToString(), d.DefaultSeverity.ToString())));
        Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(k => k.Id).Distinct().Count());

        string doc = File.ReadAllText(System.IO.Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            // A format says something of its own besides its arguments, and its arguments are {0}..{n-1}, each used.
            string format = descriptor.MessageFormat.ToString();
            string words = Regex.Replace(format, @"\{\d+\}", string.Empty);
            Assert.True(Regex.Matches(words, "[A-Za-z]+").Count >= 3, $"{descriptor.Id}: the format '{format}' says nothing of its own");
            int[] arguments = Regex.Matches(format, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
            Assert.Equal(Enumerable.Range(0, arguments.Length), arguments);
            Assert.True(descriptor.Description.ToString().Length > 40, $"{descriptor.Id} has no real description");

            // The help link goes to the id's own section of docs/diagnostics.md, whose anchor exists.
            Assert.Equal(DiagnosticKind.HelpBase + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            string anchor = descriptor.HelpLinkUri[(descriptor.HelpLinkUri.IndexOf('#', StringComparison.Ordinal) + 1)..];
            Assert.Contains($"<a id=\"{anchor}\"></a>{descriptor.Id} |", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_release_files_track_every_id_of_the_catalog_and_no_other()
    {
        string folder = System.IO.Path.Combine(ReadmeTests.RepositoryRoot(), "src", "SummitData.Generator", "Releases");
        var rows = Directory.GetFiles(folder, "AnalyzerReleases.*.md")
            .SelectMany(File.ReadAllLines)
            .Select(line => Regex.Match(line, @"^(SD\d{4}) \| SummitData \| (\w+) \| (.+)$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim()))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(k => (k.Id, k.Level.ToString(), k.Title)).OrderBy(r => r.Id, StringComparer.Ordinal), rows);
    }

    [Fact]
    public void A_diagnostic_is_its_format_filled_and_roslyn_formats_it_alike()
    {
        DiagnosticInfo info = DiagnosticCatalog.AnchorNotFound.At(null, "USD 13.5 billion", "check spelling");
        Assert.Equal("'USD 13.5 billion' is not in the text (check spelling); the document is left out of the generated code and of the loaded data", info.Message);
        Assert.Equal("'USD 13.5 billion' is not in the text (check spelling)", DiagnosticCatalog.AnchorNotFound.ProblemOf(info));
        Assert.Equal(info.Message, DiagnosticDescriptors.ToDiagnostic(info).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_broken_document_does_not_stop_the_others()
    {
        string broken = Fixture.Small.Replace("id: small-fixture", "id: broken").Replace("unit: days", "unit: fortnights");
        string good = Fixture.Small;
        Run run = GeneratorHarness.Run(GeneratorHarness.Text("/docs/broken.summit", broken), GeneratorHarness.Text("/docs/good.summit", good));

        Assert.Equal("/docs/broken.summit", Assert.Single(run.Diagnostics).Location.GetLineSpan().Path);
        Assert.Contains(run.Sources, s => s.HintName == "SummitData.Document.small-fixture.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "SummitData.Document.broken.g.cs");
        Assert.Empty(run.CompileProblems());
    }
}
