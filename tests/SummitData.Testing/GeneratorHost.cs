using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SummitData.Generator;

namespace SummitData.Testing;

/// <summary>Runs the SummitData generator in process through <see cref="CSharpGeneratorDriver"/>, the way the compiler does.</summary>
public static class GeneratorHost
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(SummitDataSet).Assembly.Location))
            .ToImmutableArray();
    });

    /// <summary>The settings the tests' generated code uses: namespace <c>Fixture</c>, root class <c>Data</c>.</summary>
    public static IReadOnlyDictionary<string, string> FixtureProperties { get; } = new Dictionary<string, string>
    {
        ["build_property.SummitDataNamespace"] = "Fixture",
        ["build_property.SummitDataRootClass"] = "Data",
    };

    /// <summary>The runtime's System assemblies and SummitData: what generated code compiles against.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true);

    /// <summary>A compilation of one C# file, before the generator adds to it.</summary>
    public static CSharpCompilation Compilation(string source = "namespace App { public static class Program { } }", string assemblyName = "App") =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Program.cs") },
            References,
            CompilationOptions);

    /// <summary>A compilation of already generated sources, to measure compiling them without the generator.</summary>
    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees, string assemblyName = "App") =>
        CSharpCompilation.Create(assemblyName, trees, References, CompilationOptions);

    /// <summary>A driver with the generator and these documents; <paramref name="trackSteps"/> records step reasons for incrementality tests.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> documents, IReadOnlyDictionary<string, string>? properties = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new SummitDataGenerator().AsSourceGenerator() },
            documents,
            ParseOptions,
            new OptionsProvider(properties ?? FixtureProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Documents as additional texts.</summary>
    public static AdditionalText[] Texts(IEnumerable<CorpusFile> files) => files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Content)).ToArray();

    /// <summary>An additional file held in memory.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string content)
            : this(path, content, System.Text.Encoding.UTF8)
        {
        }

        /// <summary>A file the compiler decoded with <paramref name="encoding"/> (its fallback for bytes that are not UTF-8).</summary>
        public InMemoryText(string path, string content, System.Text.Encoding encoding)
        {
            Path = path;
            _text = SourceText.From(content, encoding);
        }

        public override string Path { get; }

        /// <summary>
        /// The file's item metadata as the compiler passes it (<c>build_metadata.AdditionalFiles.NAME</c>), e.g. the
        /// <c>SummitDataResource</c> the package's build targets give each document.
        /// </summary>
        public IReadOnlyDictionary<string, string>? Metadata { get; init; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public OptionsProvider(IReadOnlyDictionary<string, string> values) => _global = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile is InMemoryText { Metadata: { } metadata } ? new Options(metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)) : Options.Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
