using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SummitData.Authoring;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests.Package;

/// <summary>
/// The packed package, used as users use it: a project that references it (bundled data, its own documents, a
/// broken document) and a .NET 10 file-based app (the notebooks: <see cref="NotebookTests"/>).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageTests
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_has_a_version_license_release_notes_icon_and_a_readme_of_its_own()
    {
        Assert.Equal("1.0.0", _package.BaseVersion);
        PackageMetadata.Check(_package.Package, "SummitData", _package.Version, _package.Root);
    }

    [Fact]
    public void Package_has_the_library_the_generator_and_the_build_files()
    {
        Assert.DoesNotContain("warning", _package.PackResult.Output, StringComparison.OrdinalIgnoreCase);
        using ZipArchive zip = ZipFile.OpenRead(_package.Package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        foreach (string expected in new[]
        {
            "lib/net8.0/SummitData.dll", "lib/net8.0/SummitData.xml",
            "lib/net10.0/SummitData.dll", "lib/net10.0/SummitData.xml",
            "analyzers/dotnet/cs/SummitData.Generator.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
            "buildTransitive/SummitData.props", "buildTransitive/SummitData.targets",
            "interactive-extensions/dotnet/SummitData.Interactive.dll",
            "schema/" + AnnotationSchema.FileName,
            "schema/" + SummitData.Reporting.ReportSchema.FileName,
            "README.md",
        })
        {
            Assert.Contains(expected, entries);
        }

        // The schema for editors is the one the descriptions give (the checked-in file, which a test compares).
        using (var schema = new StreamReader(zip.GetEntry("schema/" + AnnotationSchema.FileName)!.Open()))
        {
            Assert.Equal(AnnotationSchema.Json, schema.ReadToEnd());
        }

        // The JSON report's schema is the one its columns give.
        using (var schema = new StreamReader(zip.GetEntry("schema/" + SummitData.Reporting.ReportSchema.FileName)!.Open()))
        {
            Assert.Equal(SummitData.Reporting.ReportSchema.Json, schema.ReadToEnd());
        }

        // The notebook extension is the only assembly there, and the only one that knows the notebook packages: the
        // library references none of them (nor does the package depend on them, below).
        Assert.Equal(new[] { "interactive-extensions/dotnet/SummitData.Interactive.dll" }, entries.Where(e => e.StartsWith("interactive-extensions/", StringComparison.Ordinal)));
        foreach (string library in entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(AssemblyReferences(zip, library), r => r.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        }

        Assert.Contains("Microsoft.DotNet.Interactive", AssemblyReferences(zip, "interactive-extensions/dotnet/SummitData.Interactive.dll"));

        // The generator is an analyzer only: referencing it as a library would load Roslyn into the app.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));

        XNamespace ns = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        using Stream nuspecStream = zip.GetEntry("SummitData.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Element(ns + "metadata")!;
        Assert.Equal(_package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal(
            new[] { "net10.0", "net8.0" },
            metadata.Element(ns + "dependencies")!.Elements(ns + "group").Select(g => g.Attribute("targetFramework")!.Value).Order(StringComparer.Ordinal));
        Assert.All(
            metadata.Element(ns + "dependencies")!.Elements(ns + "group"),
            g => Assert.Equal("YamlDotNet", Assert.Single(g.Elements(ns + "dependency")).Attribute("id")!.Value));

        // The symbols package: portable PDBs with every source file embedded (generated ones included).
        using ZipArchive symbols = ZipFile.OpenRead(_package.SymbolPackage);
        foreach (string tfm in new[] { "net8.0", "net10.0" })
        {
            using var pdb = new MemoryStream();
            using (Stream entry = symbols.GetEntry($"lib/{tfm}/SummitData.pdb")!.Open())
            {
                entry.CopyTo(pdb);
            }

            pdb.Position = 0;
            using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
            MetadataReader reader = provider.GetMetadataReader();
            var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
            string[] documents = reader.Documents.Select(h => reader.GetString(reader.GetDocument(h).Name)).ToArray();
            Assert.Contains(documents, d => d.EndsWith("SummitDataLoader.cs", StringComparison.Ordinal));
            Assert.Contains(documents, d => d.EndsWith("SummitData.Corpus.g.cs", StringComparison.Ordinal));
            Assert.All(reader.Documents, h => Assert.Contains(
                reader.GetCustomDebugInformation(h),
                c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == embeddedSource));
        }
    }

    [Fact]
    public void Readme_project_steps_take_the_package_from_a_folder_feed_and_read_the_bundled_data_and_own_documents()
    {
        // A folder outside the fixture's work folder, whose nuget.config names the feed: here only the README's own
        // steps can name it.
        string fresh = FreshFolder("project");
        string folder = fresh;
        foreach (string line in ReadmeSnippets.Get("project-setup").TrimEnd('\n').Split('\n'))
        {
            string command = line.Replace("/path/to/feed", _package.Feed, StringComparison.Ordinal);
            string? enter = null;
            if (command.EndsWith(" && cd MyApp", StringComparison.Ordinal))
            {
                command = command[..^" && cd MyApp".Length];
                enter = "MyApp";
            }

            // The package of this run is a prerelease of its own version (the README's command takes the newest).
            if (command == "dotnet add package SummitData")
            {
                command += " --version " + _package.Version;
            }

            Assert.StartsWith("dotnet ", command, StringComparison.Ordinal);
            DotNet.Result step = _package.Dotnet(folder, command["dotnet ".Length..].Split(' '));
            Assert.True(step.ExitCode == 0, $"{command}\n{step}");
            folder = enter is null ? folder : Path.Combine(folder, enter);
        }

        Assert.Contains(_package.Feed, File.ReadAllText(Path.Combine(folder, "nuget.config")), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ReadmeSnippets.Get("consumer-program"));
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        File.WriteAllText(Path.Combine(folder, "docs", "my-bookshop.summit"), ReadmeSnippets.Get("consumer-document"));

        DotNet.Result run = _package.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ReadmeSnippets.Get("consumer-output"), Regex.Replace(run.Output, "^(?!  ).*warn.*\n", string.Empty, RegexOptions.Multiline));
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);

        // The project knows where the package's schema for editors is.
        DotNet.Result property = _package.Dotnet(folder, "msbuild", "-getProperty:SummitDataSchema");
        Assert.True(property.ExitCode == 0, property.ToString());
        string schema = property.Output.Trim();
        Assert.StartsWith(_package.Packages, schema, StringComparison.Ordinal);
        Assert.Equal(AnnotationSchema.Json, File.ReadAllText(schema));
    }

    [Fact]
    public void Broken_document_fails_the_build_with_its_diagnostic_id_file_and_line()
    {
        string document = ReadmeSnippets.Get("consumer-document").Replace("exact: 1,200 books", "exact: 1,300 books", StringComparison.Ordinal);
        string folder = _package.NewConsumer("broken", "Console.WriteLine(MyApp.Corpus.DataSet);\n", ("docs/my-bookshop.summit", document));

        DotNet.Result build = _package.Dotnet(folder, "build");

        Assert.NotEqual(0, build.ExitCode);
        int line = Fixture.LineOf(document, "exact: 1,300 books");
        string path = Path.Combine(folder, "docs", "my-bookshop.summit");
        Assert.Contains($"{path}({line},12): error SD0008: '1,300 books' is not in the text", build.Output, StringComparison.Ordinal);
        Assert.Contains($"`docs/my-bookshop.summit({line},12): error SD0008: '1,300 books' is not in the text`", ReadmeSnippets.Readme, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SD0099", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_saved_in_Windows_1252_fails_the_build_with_SD0027_at_its_first_byte_that_is_not_UTF8()
    {
        // Valid in every other way, its sha256 that of the decoded text: only the bytes are wrong. The compiler reads
        // them with its fallback encoding, with no diagnostic of its own, so the text would compile as it decoded it.
        string text = "Prices at the caf\u00e9 rose 5% this year.\nThe owner, Ren\u00e9, blamed the cost of beans.\n";
        string document = $"""
            ---
            format: summitdata/1
            id: cafe-prices
            sha256: {SummitDataLoader.TextSha256(text)}
            figures:
              - id: cafe-price-rise
                exact: 5%
                value: 5
                unit: percent
                measures: rise of coffee prices
            ---

            """ + text;
        Assert.Empty(SummitDataLoader.LoadText("cafe.summit", document).Diagnostics);
        string folder = _package.NewConsumer("windows-1252", "Console.WriteLine(MyApp.Corpus.DataSet);\n");
        string path = Path.Combine(folder, "docs", "cafe.summit");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(document));

        DotNet.Result build = _package.Dotnet(folder, "build");

        Assert.NotEqual(0, build.ExitCode);
        int line = Fixture.LineOf(document, "Prices at the caf");
        int column = "Prices at the caf".Length + 1;
        SummitDiagnostic loaded = Assert.Single(SummitDataLoader.LoadFile(path).Diagnostics);
        Assert.Equal(("SD0027", line, column), (loaded.Id, loaded.Line, loaded.Column));
        Assert.True(build.Output.Contains(loaded.ToString(), StringComparison.Ordinal), $"{loaded}\n{build}");
        Assert.Contains($"{path}({line},{column}): error SD0027: The file is not UTF-8", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SD0099", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_can_be_lowered_in_a_globalconfig_and_the_broken_document_is_still_left_out()
    {
        string good = ReadmeSnippets.Get("consumer-document");
        string broken = good.Replace("id: my-bookshop", "id: my-typo", StringComparison.Ordinal)
            .Replace("id: books-sold-2023", "id: typo-sold", StringComparison.Ordinal)
            .Replace("id: books-growth-2023", "id: typo-growth", StringComparison.Ordinal)
            .Replace("id: reading-is-back", "id: typo-quote", StringComparison.Ordinal)
            .Replace("exact: 1,200 books", "exact: 1,300 books", StringComparison.Ordinal);
        string folder = _package.NewConsumer(
            "lowered",
            "Console.WriteLine(string.Join(\",\", MyApp.Corpus.Documents.All.Select(d => d.Id)));\n",
            ("docs/my-bookshop.summit", good),
            ("docs/my-typo.summit", broken),
            (".globalconfig", ReadmeSnippets.Get("globalconfig")));

        DotNet.Result run = _package.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("warning SD0008", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("my-bookshop\n", run.Output, StringComparison.Ordinal);

        // Lowered to a warning, the diagnostic still says what it costs: the document is not in the generated code.
        int line = Fixture.LineOf(broken, "exact: 1,300 books");
        string path = Path.Combine(folder, "docs", "my-typo.summit");
        Match warning = Regex.Match(run.Output, $@"^.*{Regex.Escape($"{path}({line},12): warning SD0008: '1,300 books' is not in the text")}.*$", RegexOptions.Multiline);
        Assert.True(warning.Success, run.Output);
        Assert.Contains("; the document is left out of the generated code and of the loaded data", warning.Value, StringComparison.Ordinal);
        Assert.Contains("warning SD0008: '1,300 books' is not in the text (...); the document is left out of the generated code and of the loaded data", Regex.Replace(ReadmeSnippets.Readme, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_are_embedded_as_their_files_and_read_on_first_use_or_compiled_in_when_set_so()
    {
        // The document as a Windows checkout has it (byte order mark, CRLF): the build embeds the file as it is, and the
        // text read from it at run time is the one the generator checked, LF line endings, hash and offsets alike.
        string document = ReadmeSnippets.Get("consumer-document");
        string text = document[(document.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        string sentence = text.Split('\n')[0];
        string program = """
            using System.Security.Cryptography;
            using System.Text;
            var d = MyApp.Corpus.Documents.MyBookshop;
            Console.WriteLine(d.Sha256 == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Text))));
            Console.WriteLine(d.Text.Contains('\r'));
            Console.WriteLine(d.Text.Length);
            Console.WriteLine(MyApp.Corpus.Quotes.ReadingIsBack.Text);
            Console.WriteLine(string.Join(",", typeof(MyApp.Corpus).Assembly.GetManifestResourceNames()));
            """;
        string folder = _package.NewConsumer("resources", program, ("docs/my-bookshop.summit", "\uFEFF" + document.Replace("\n", "\r\n", StringComparison.Ordinal)));
        string expected = $"True\nFalse\n{text.Length}\nReading is back,\n";

        foreach ((string setting, string resources) in new[] { ("true", "SummitData.Documents/docs/my-bookshop.summit"), ("false", string.Empty) })
        {
            // Under obj, where the project's own globs do not look for sources.
            string generated = Path.Combine(folder, "obj", "generated-" + setting);
            DotNet.Result run = _package.Dotnet(folder, "run", "-p:SummitDataEmbedTexts=" + setting, "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + generated);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(expected + resources + "\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));

            // The generated code holds the text only when the files are not embedded.
            string source = File.ReadAllText(Directory.GetFiles(generated, "SummitData.Document.my-bookshop.g.cs", SearchOption.AllDirectories).Single());
            Assert.Equal(setting == "false", source.Contains(sentence, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Two_clean_builds_give_identical_assemblies()
    {
        string folder = _package.NewConsumer(
            "deterministic",
            ReadmeSnippets.Get("consumer-program"),
            ("docs/my-bookshop.summit", ReadmeSnippets.Get("consumer-document")));
        string assembly = Path.Combine(folder, "bin", "Release", "net10.0", "MyApp.dll");

        DotNet.Result first = _package.Dotnet(folder, "build", "-c", "Release");
        Assert.True(first.ExitCode == 0, first.ToString());
        byte[] firstBytes = File.ReadAllBytes(assembly);
        Directory.Delete(Path.Combine(folder, "bin"), recursive: true);
        Directory.Delete(Path.Combine(folder, "obj"), recursive: true);
        DotNet.Result second = _package.Dotnet(folder, "build", "-c", "Release");
        Assert.True(second.ExitCode == 0, second.ToString());

        // Deterministic compilation (on by default) with generated sources that depend only on the documents.
        Assert.Equal(firstBytes, File.ReadAllBytes(assembly));
    }

    [Fact]
    public void File_based_app_takes_the_package_from_a_folder_feed_and_reads_the_documents_it_names()
    {
        string script = File.ReadAllText(Path.Combine(_package.Root, "samples", "quickstart.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(ReadmeSnippets.Get("quickstart"), script);
        Assert.StartsWith($"#:package SummitData@{_package.BaseVersion}\n", script, StringComparison.Ordinal);

        // A folder of its own outside the fixture's work folder, whose nuget.config names nuget.org alone: the feed
        // comes from the README's line in the script. A broken document two folders down is a document of the app
        // unless the script names the documents it reads.
        string folder = FreshFolder("script");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        File.WriteAllText(Path.Combine(folder, "docs", "my-bookshop.summit"), ReadmeSnippets.Get("consumer-document"));
        string broken = ReadmeSnippets.Get("consumer-document").Replace("exact: 1,200 books", "exact: 1,300 books", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(folder, "corpus", "old"));
        File.WriteAllText(Path.Combine(folder, "corpus", "old", "broken.summit"), broken);
        string package = $"#:package SummitData@{_package.Version}\n";
        string feed = ReadmeSnippets.Get("quickstart-feed").Replace("/path/to/feed", _package.Feed, StringComparison.Ordinal);
        string documents = ReadmeSnippets.Get("quickstart-documents");
        string body = script[$"#:package SummitData@{_package.BaseVersion}\n".Length..];
        File.WriteAllText(Path.Combine(folder, "quickstart.cs"), package + feed + documents + body);

        DotNet.Result run = _package.Dotnet(folder, "run", "--no-cache", "quickstart.cs");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Seeds.DataSet.ToString(), lines[0]);
        Figure trade = Seeds.Figures.BilateralTrade2023;
        Assert.Equal($"{trade.Measures}: {trade.Text} ({trade.Citation.DocumentId}, line {trade.Citation.Line})", lines[1]);
        Assert.Contains($"not concluded: {Seeds.Agreements.PowerOfSiberia2.Title}", lines);
        Assert.Equal(Seeds.DataSet.QuotesBy("xi-jinping").Count(), lines.Count(l => l.StartsWith("Xi Jinping: “", StringComparison.Ordinal)));
        Assert.Equal(Seeds.DataSet.Discrepancies.Select(d => d.ToString()), lines[^Seeds.DataSet.Discrepancies.Count..]);

        // Without the lines that name its documents, the app reads every document under its folder, at any depth.
        File.WriteAllText(Path.Combine(folder, "quickstart.cs"), package + feed + body);
        DotNet.Result build = _package.Dotnet(folder, "build", "quickstart.cs");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{Path.Combine(folder, "corpus", "old", "broken.summit")}({Fixture.LineOf(broken, "exact: 1,300 books")},12): error SD0008", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/my-bookshop.summit(", build.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A new folder outside the fixture's work folder, whose nuget.config would name the feed for every folder below it;
    /// removed after the run with the work folder's other files.
    /// </summary>
    private string FreshFolder(string name)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"summitdata-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        _package.RemoveAfterRun(folder);
        return folder;
    }

    private static string[] AssemblyReferences(ZipArchive zip, string entry)
    {
        using var assembly = new MemoryStream();
        using (Stream stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(assembly);
        }

        assembly.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(assembly);
        MetadataReader reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
    }
}
