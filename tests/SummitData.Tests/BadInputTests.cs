using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SummitData.Loading;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SummitData.Tests;

/// <summary>
/// The adversarial corpus: every file in <c>BadInput/</c> is run through the generator on its own, and
/// <c>BadInput/cases.tsv</c> says what it must give: each diagnostic (id and one-based line in the file), or
/// <c>valid</c> for a document that must compile and read back exactly. The generator never throws, reports only
/// SummitData diagnostics, and the generated code always compiles without warnings.
/// </summary>
/// <remarks>
/// A case about MSBuild settings has a companion <c>NAME.props</c> next to its document, an MSBuild file whose
/// <c>PropertyGroup</c> gives the settings (over the tests' own, namespace <c>Fixture</c> and root class <c>Data</c>).
/// A setting's diagnostic belongs to the project, not to a line of the file: its row has <c>-</c> as the line. The
/// runtime loader has no settings, so only the document's own diagnostics are compared with it.
/// </remarks>
public sealed class BadInputTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "BadInput");

    /// <summary>
    /// What leaves a document in: the warnings SD0017 and SD0028 (an unreviewed candidate, which is no record), and
    /// SD0024, an error that leaves out the discrepancy declared in one document only, not the document.
    /// </summary>
    private static readonly string[] KeepTheDocument = { "SD0017", "SD0024", "SD0028" };

    private static readonly Lazy<ILookup<string, (string Id, int Line)>> Expectations = new(() => File
        .ReadAllLines(Path.Combine(Folder, "cases.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(cells => cells.Length == 4
            ? (File: cells[0], Id: cells[1], Line: cells[2] == "-" ? 0 : int.Parse(cells[2], CultureInfo.InvariantCulture))
            : throw new InvalidDataException($"cases.tsv: '{string.Join("\t", cells)}' does not have 4 cells"))
        .ToLookup(c => c.File, c => (c.Id, c.Line), StringComparer.Ordinal));

    public static TheoryData<string> Files => new(Expectations.Value.Select(g => g.Key).Order(StringComparer.Ordinal));

    /// <summary>The MSBuild settings of a case: those in its companion <c>.props</c>, over the tests' own.</summary>
    private static Dictionary<string, string> Settings(string name)
    {
        var settings = new Dictionary<string, string>(Testing.GeneratorHost.FixtureProperties);
        string props = Path.Combine(Folder, name + ".props");
        if (File.Exists(props))
        {
            foreach (XElement property in XDocument.Load(props).Root!.Elements("PropertyGroup").Elements())
            {
                settings["build_property." + property.Name.LocalName] = property.Value;
            }
        }

        return settings;
    }

    [Fact]
    public void Every_file_has_expectations_and_every_expectation_a_file()
    {
        string[] files = Directory.GetFiles(Folder, "*.summit").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(files, Expectations.Value.Select(g => g.Key).Order(StringComparer.Ordinal));
        Assert.True(files.Length >= 60, $"the corpus has {files.Length} files");
        Assert.All(Directory.GetFiles(Folder, "*.props"), props => Assert.Contains(Path.GetFileNameWithoutExtension(props), files));
        foreach (IGrouping<string, (string Id, int Line)> group in Expectations.Value)
        {
            bool valid = group.Any(e => e.Id == "valid");
            bool settings = File.Exists(Path.Combine(Folder, group.Key + ".props"));
            Assert.True(!valid || group.Count() == 1, $"{group.Key}: 'valid' with other expectations");
            Assert.All(group, e => Assert.True(e.Id == "valid" || (e.Id.StartsWith("SD", StringComparison.Ordinal) && (e.Line > 0 || (settings && e.Id == "SD0021"))), $"{group.Key}: bad row {e}"));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_gives_exactly_its_diagnostics(string name)
    {
        string path = $"/corpus/{name}.summit";
        byte[] bytes = File.ReadAllBytes(Path.Combine(Folder, name + ".summit"));
        (string content, Encoding encoding) = AsTheCompilerReadsIt(bytes);
        List<(string Id, int Line)> expected = Expectations.Value[name].Where(e => e.Id != "valid").Order().ToList();

        Run run = GeneratorHarness.Run(new[] { new GeneratorHost.InMemoryText(path, content, encoding) }, Settings(name));

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id is "CS8785" or "SD0099");
        Assert.All(run.Diagnostics, d => Assert.Matches("^SD00[0-9][0-9]$", d.Id));

        // Only a setting's diagnostic (line 0 here) is not in the file.
        Assert.All(run.Diagnostics, d => Assert.True(d.Location == Location.None ? d.Id == "SD0021" : d.Location.GetLineSpan().Path == path, $"{d} is not in {path}"));
        List<(string Id, int Line)> actual = run.Diagnostics.Select(d => (d.Id, d.Location == Location.None ? 0 : d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToList();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{name}: expected [{string.Join(", ", expected)}], got:{Environment.NewLine}{string.Join(Environment.NewLine, run.Diagnostics)}");

        // The generated code compiles cleanly whether or not the document was left out.
        Assert.Empty(run.CompileProblems());

        // Each error that leaves the document out says so in its message, which a project that lowers it to a warning
        // still shows; nothing else says so (a warning, a setting, a candidate's summary, a lone discrepancy).
        bool leftOut = !expected.All(e => KeepTheDocument.Contains(e.Id) || e.Line == 0);
        foreach (Diagnostic diagnostic in run.Diagnostics)
        {
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            bool says = message.EndsWith("; the document is left out of the generated code and of the loaded data", StringComparison.Ordinal);
            bool leaves = leftOut && diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Location != Location.None;
            Assert.True(says == leaves, $"{name}: {diagnostic.Id} {(says ? "says" : "does not say")} the document is left out: {message}");
        }

        // The runtime loader reads the bytes and runs the same parser: the same ids at the same lines and columns. A
        // setting's diagnostic has no place in a file, and the loader has no settings.
        LoadResult loaded = FolderAccess.LoadBytes(path, bytes);
        Assert.Equal(
            run.Diagnostics.Where(d => d.Location != Location.None).Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)).Order(),
            loaded.Diagnostics.Select(d => (d.Id, d.Line, d.Column)).Order());

        // A setting refused falls back to its default, and the document is generated there.
        bool generated = expected.All(e => KeepTheDocument.Contains(e.Id) || e.Line == 0);
        Type root = run.Load().GetTypes().Single(t => t.GetProperty("DataSet", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(SummitDataSet));
        var dataSet = (SummitDataSet)root.GetProperty("DataSet")!.GetValue(null)!;
        if (!generated)
        {
            Assert.Empty(dataSet.Documents);
            Assert.Empty(loaded.Data.Documents);
            return;
        }

        Oracle.ReadsBack(content, dataSet, root);
        Oracle.ReadsBack(content, loaded.Data, null);
    }

    /// <summary>
    /// The text the compiler gives the generator for a file's bytes, and the encoding it read them with: a byte order
    /// mark names the encoding; otherwise UTF-8 when the bytes are UTF-8, else its fallback, Windows-1252. The BOM stays
    /// in the string (U+FEFF) here, CR and CRLF stay: the generator handles them.
    /// </summary>
    private static (string Content, Encoding Encoding) AsTheCompilerReadsIt(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode);
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), Encoding.UTF8);
        }
        catch (DecoderFallbackException)
        {
            Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
            return (windows1252.GetString(bytes), windows1252);
        }
    }

    /// <summary>
    /// Checks a generated document against the file itself, read independently of the generator: the text split off
    /// by hand, the annotations read with YamlDotNet's representation model (which keeps every scalar as written).
    /// </summary>
    private static class Oracle
    {
        public static void ReadsBack(string content, SummitDataSet data, Type? root)
        {
            (YamlMappingNode yaml, string text) = Split(content);
            Document document = Assert.Single(data.Documents);
            Assert.Equal(Str(yaml, "id"), document.Id);
            Assert.Equal(text, document.Text);
            Assert.Equal(Str(yaml, "sha256"), document.Sha256);
            Assert.Equal(Str(yaml, "title"), document.Title);
            Assert.Equal(Str(yaml, "outlet"), document.Outlet);
            Assert.Equal(Str(yaml, "url"), document.Url);
            Assert.Equal(Str(yaml, "language"), document.Language);
            Assert.Equal(Str(yaml, "source"), document.OriginalFile);
            Named(root, "Documents", document.Id, document);

            foreach (YamlMappingNode item in Items(yaml, "figures"))
            {
                Figure figure = data.Figures.Get(Str(item, "id")!);
                Cited(document, figure.Citation, Str(item, "exact")!);
                Assert.Equal(Str(item, "exact"), figure.Text);
                Assert.Equal(Str(item, "value")!.TrimStart('+'), figure.Value.ToString(CultureInfo.InvariantCulture));
                Assert.Equal(Str(item, "measures"), figure.Measures);
                Assert.Equal(Str(item, "period"), figure.Period);
                Named(root, "Figures", figure.Id, figure);
            }

            foreach (YamlMappingNode item in Items(yaml, "quotes"))
            {
                Quote quote = data.Quotes.Get(Str(item, "id")!);
                Cited(document, quote.Citation, Str(item, "exact")!);
                Assert.Equal(Str(item, "exact"), quote.Text);
                Assert.Equal(Str(item, "speaker"), quote.SpeakerId);
                Named(root, "Quotes", quote.Id, quote);
            }

            foreach (YamlMappingNode item in Items(yaml, "people"))
            {
                Person person = data.People.Get(Str(item, "id")!);
                Assert.Equal(Str(item, "name"), person.Name);
                Assert.All(person.Mentions, m => Cited(document, m, m.Text));
                Assert.Equal(Anchors(item, "mentions"), person.Spellings.Order(StringComparer.Ordinal));
                Named(root, "People", person.Id, person);
            }

            foreach (YamlMappingNode item in Items(yaml, "agreements"))
            {
                Agreement agreement = data.Agreements.Get(Str(item, "id")!);
                Assert.Equal(Str(item, "title"), agreement.Title);
                Assert.All(agreement.Mentions, m => Cited(document, m, m.Text));
                Assert.Equal(Ids(item, "parties").Distinct(StringComparer.Ordinal), agreement.Parties.Select(p => p.Id));
                Assert.All(agreement.Parties, p => Assert.Same(p, p is Person ? data.People.Get(p.Id) : data.Entities.Get(p.Id)));
                Named(root, "Agreements", agreement.Id, agreement);
            }

            foreach (YamlMappingNode item in Items(yaml, "entities"))
            {
                Entity entity = data.Entities.Get(Str(item, "id")!);
                Assert.Equal(Str(item, "name"), entity.Name);
                Assert.Equal(Str(item, "kind"), entity.Kind.ToString().ToLowerInvariant());
                Assert.All(entity.Mentions, m => Cited(document, m, m.Text));
                Assert.Equal(Anchors(item, "mentions"), entity.Spellings.Order(StringComparer.Ordinal));
                Named(root, "Entities", entity.Id, entity);
            }

            foreach (YamlMappingNode item in Items(yaml, "claims"))
            {
                Claim claim = data.Claims.Get(Str(item, "id")!);
                Assert.Equal(Str(item, "statement"), claim.Statement);
                Assert.Equal(Ids(item, "about").Distinct(StringComparer.Ordinal), claim.AboutIds);
                Assert.All(claim.Citations, c => Cited(document, c, c.Text));
                IEnumerable<string> stated = Items(yaml, "figures").Where(f => Str(f, "claim") == claim.Id).Select(f => Str(f, "exact")!);
                Assert.Equal(Anchors(item, "citations").Concat(stated).Order(StringComparer.Ordinal), claim.Citations.Select(c => c.Text).Order(StringComparer.Ordinal));
                Named(root, "Claims", claim.Id, claim);
            }

            Assert.All(data.Figures, f => Assert.Equal(Str(Items(yaml, "figures").Single(i => Str(i, "id") == f.Id), "claim"), f.ClaimId));

            // Records are the reviewed items, and only they.
            Assert.Equal(Items(yaml, "figures").Count(), data.Figures.Count);
            Assert.Equal(Items(yaml, "quotes").Count(), data.Quotes.Count);
            Assert.Equal(Items(yaml, "people").Count(), data.People.Count);
            Assert.Equal(Items(yaml, "entities").Count(), data.Entities.Count);
            Assert.Equal(Items(yaml, "agreements").Count(), data.Agreements.Count);
            Assert.Equal(Items(yaml, "claims").Count(), data.Claims.Count);
        }

        private static (YamlMappingNode Yaml, string Text) Split(string content)
        {
            // The format's rules, written out: a leading BOM is dropped, CRLF and CR are LF, line 1 is '---', the first
            // later line that is exactly '---' closes the block, the rest is the text.
            string normalized = content.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            string[] lines = normalized.Split('\n');
            Assert.Equal("---", lines[0]);
            int close = Array.IndexOf(lines, "---", 1);
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join("\n", lines[1..close])));
            return ((YamlMappingNode)stream.Documents[0].RootNode, string.Join("\n", lines[(close + 1)..]));
        }

        private static void Cited(Document document, Citation citation, string exact)
        {
            Assert.Equal(document.Id, citation.DocumentId);
            Assert.Equal(exact, citation.Text);
            Assert.Equal(exact, document.Text.Substring(citation.Offset, citation.Length));
            string before = document.Text.Substring(0, citation.Offset);
            Assert.Equal(before.Count(c => c == '\n') + 1, citation.Line);
            Assert.Equal(citation.Offset - before.LastIndexOf('\n'), citation.Column);
        }

        /// <summary>The generated named property: the id in PascalCase, with '_' where that is a generated member's name.</summary>
        private static void Named(Type? root, string kind, string id, object record)
        {
            if (root is null)
            {
                return;
            }

            string pascal = string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            Type type = root.GetNestedType(kind)!;
            PropertyInfo? property = type.GetProperty(pascal + "_", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                ?? type.GetProperty(pascal, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
            Assert.True(property is not null, $"{kind} has no property for '{id}'");
            Assert.Same(record, property!.GetValue(null));
        }

        /// <summary>The records of a list; an item marked <c>unreviewed: true</c> is a candidate, not a record.</summary>
        private static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? list) && list is YamlSequenceNode sequence
                ? sequence.Children.Cast<YamlMappingNode>().Where(item => Str(item, "unreviewed") != "true")
                : Enumerable.Empty<YamlMappingNode>();

        private static IEnumerable<string> Anchors(YamlMappingNode node, string key) =>
            (node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? list) ? ((YamlSequenceNode)list).Children : [])
                .Select(a => a is YamlScalarNode s ? s.Value! : Str((YamlMappingNode)a, "exact")!)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);

        /// <summary>A list of ids as written (empty when absent).</summary>
        private static List<string> Ids(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? list)
                ? ((YamlSequenceNode)list).Children.Select(i => ((YamlScalarNode)i).Value!).ToList()
                : [];

        /// <summary>A scalar as written, or null where YAML 1.2's core schema reads null (plain ~, null, Null, NULL or empty).</summary>
        private static string? Str(YamlMappingNode node, string key)
        {
            if (!node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value))
            {
                return null;
            }

            var scalar = (YamlScalarNode)value;
            bool plain = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;
            return plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" or null ? null : scalar.Value;
        }
    }
}
