using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SummitData.Generator.Emitting;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator
{
    /// <summary>
    /// Turns annotated documents (<c>*.summit</c> additional files) into typed records. The pipeline is per file:
    /// each document is parsed and validated on its own (so editing one re-parses only that one), then one
    /// cross-document step checks ids and references and merges the records documents share (people, entities,
    /// agreements, claims, discrepancies).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class SummitDataGenerator : IIncrementalGenerator
    {
        /// <summary>The file extension of annotated documents.</summary>
        public const string Extension = ".summit";

        /// <summary>Members of the root class: a class cannot have a member with its own name (CS0542).</summary>
        private static readonly string[] RootMembers = Kinds.Kinds.RootMembers().ToArray();

        private const string DefaultRootClass = "Corpus";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // The settings are checked against the referenced assemblies too (a name they already declare would be
            // shadowed), so they follow the compilation; the check yields an equal value after an unrelated edit, and
            // everything after it stays cached.
            IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ReadSettings(options.GlobalOptions))
                .Combine(context.CompilationProvider)
                .Select(static (input, _) => Unshadowed(input.Left, input.Right))
                .WithTrackingName(TrackingNames.Settings);

            // Each document with the embedded resource its text is read from at run time (the package's build targets
            // embed every document they pass here); none for a document added by hand, whose text is then compiled in.
            IncrementalValuesProvider<ParsedFile> files = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (input, cancellationToken) => new ParsedFile(Parse(input.Left, cancellationToken), ResourceOf(input.Right.GetOptions(input.Left))))
                .WithTrackingName(TrackingNames.Parse);

            IncrementalValuesProvider<ParseResult> parsed = files.Select(static (file, _) => file.Result);

            // Diagnostics go out on their own: the models below hold no positions, so an edit that only moves lines of the
            // annotation block re-reports diagnostics but leaves every generated source unchanged.
            context.RegisterSourceOutput(
                parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.DocumentDiagnostics),
                static (spc, diagnostics) => Report(spc, diagnostics));

            IncrementalValueProvider<CorpusResult> corpusResult = parsed
                .Where(static result => result.Document is not null)
                .Select(static (result, _) => new SitedDocument(result.Document!, result.Sites!))
                .WithTrackingName(TrackingNames.Documents)
                .Collect()
                .Select(static (documents, cancellationToken) => CorpusBuilder.Build(documents, cancellationToken))
                .WithTrackingName(TrackingNames.Corpus);

            context.RegisterSourceOutput(
                corpusResult.Select(static (result, _) => result.Diagnostics).Combine(settings.Select(static (s, _) => s.Diagnostics)).WithTrackingName(TrackingNames.CorpusDiagnostics),
                static (spc, input) => Report(spc, input.Right.Concat(input.Left)));

            IncrementalValueProvider<CorpusSpec> corpus = corpusResult
                .Select(static (result, _) => result.Corpus)
                .WithTrackingName(TrackingNames.CorpusModel);

            // Per-document output depends only on its own records and on a small corpus-wide context: which files the corpus
            // step left out (almost always none) and which kinds have named properties (all but in huge corpora), so an
            // edit elsewhere leaves it cached.
            IncrementalValueProvider<string> namedMembers = settings.Select(static (s, _) => s.NamedMembers);
            IncrementalValueProvider<DocumentContext> documentContext = corpus
                .Combine(namedMembers)
                .Select(static (input, _) => DocumentContext.Of(input.Left, input.Right))
                .WithTrackingName(TrackingNames.DocumentContext);

            IncrementalValuesProvider<DocumentModel> models = files
                .Where(static file => file.Result.Document is not null)
                .Select(static (file, _) => Emitter.Model(file.Result.Document!, file.Resource))
                .WithTrackingName(TrackingNames.DocumentModel);

            // The form of the compressed data follows the size of all of it (DataForm): a value of its own, equal after
            // most edits, so the outputs below stay cached unless the corpus crosses the budget.
            IncrementalValueProvider<GeneratorSettings> output = models
                .Select(static (model, _) => DataForm.Estimate(model))
                .Collect()
                .Combine(corpus)
                .Select(static (input, _) => input.Left.Sum() + DataForm.Estimate(input.Right))
                .WithTrackingName(TrackingNames.DataSize)
                .Combine(settings)
                .Select(static (input, _) => input.Right with { DataInStrings = DataForm.InStrings(input.Left) })
                .WithTrackingName(TrackingNames.OutputSettings);

            context.RegisterSourceOutput(
                models.Combine(documentContext).Combine(output).WithTrackingName(TrackingNames.DocumentOutput),
                static (spc, input) => EmitDocument(spc, input.Left.Left, input.Left.Right, input.Right));

            // Without named members, a document's output is one property of data, written per document (cached like a
            // document's file) and put out in a few files by a stable hash of the id, so an edit re-emits one of them.
            IncrementalValuesProvider<PackFile> packs = models
                .Combine(documentContext)
                .Combine(output)
                .Where(static input => input.Left.Right.Named.Packed && !input.Left.Right.ExcludedFiles.Contains(input.Left.Left.Document.FilePath))
                .Select(static (input, _) => Emitter.PackLine(input.Left.Left, input.Right))
                .WithTrackingName(TrackingNames.PackLine)
                .Collect()
                .SelectMany(static (lines, _) => PackFile.Of(lines))
                .WithTrackingName(TrackingNames.PackFiles);

            context.RegisterSourceOutput(
                packs.Combine(output).WithTrackingName(TrackingNames.PackOutput),
                static (spc, input) => spc.AddSource(Emitter.PacksHintName(input.Left), Emitter.EmitPacks(input.Left, input.Right, spc.CancellationToken)));

            // The corpus output is cut into chunks of bounded size, each a value of its own: editing one person re-emits
            // one chunk's file, and the main file changes only when the number of chunks does.
            IncrementalValueProvider<CorpusLayout> layout = corpus
                .Combine(namedMembers)
                .Select(static (input, cancellationToken) => CorpusLayout.Of(input.Left, cancellationToken, input.Right))
                .WithTrackingName(TrackingNames.Layout);

            IncrementalValuesProvider<CorpusChunk> chunks = layout
                .SelectMany(static (value, _) => value.Chunks)
                .WithTrackingName(TrackingNames.Chunks);

            IncrementalValueProvider<CorpusIndex> index = layout
                .Select(static (value, _) => value.Index)
                .WithTrackingName(TrackingNames.Index);

            context.RegisterSourceOutput(
                chunks.Combine(output).WithTrackingName(TrackingNames.ChunkOutput),
                static (spc, input) => spc.AddSource(Emitter.ChunkHintName(input.Left), Emitter.EmitChunk(input.Left, input.Right, spc.CancellationToken)));

            context.RegisterSourceOutput(
                index.Combine(output).WithTrackingName(TrackingNames.CorpusOutput),
                static (spc, input) => EmitCorpus(spc, input.Left, input.Right));
        }

        /// <summary>
        /// Parses one document from the text the compiler decoded. For bytes that are not UTF-8 the compiler reports
        /// nothing: it puts U+FFFD in their place (the parser refuses it) or, in hosts that fall back to another encoding,
        /// decodes the file with that one, which is then the tell-tale.
        /// </summary>
        private static ParseResult Parse(AdditionalText text, CancellationToken cancellationToken)
        {
            SourceText? source = text.GetText(cancellationToken);
            string content = source?.ToString() ?? string.Empty;
            return DocumentEncoding.CheckDecoded(text.Path, content, source?.Encoding) is { } notUtf8
                ? new ParseResult(null, null, new[] { notUtf8 }.ToEquatableArray())
                : DocumentParser.Parse(text.Path, content, cancellationToken);
        }

        /// <summary>
        /// The name of the embedded resource the package's build targets give a document's file
        /// (<c>SummitDataResource</c> metadata), or null when it has none.
        /// </summary>
        private static string? ResourceOf(AnalyzerConfigOptions options) =>
            options.TryGetValue("build_metadata.AdditionalFiles.SummitDataResource", out string? name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;

        private static void Report(SourceProductionContext context, IEnumerable<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        }

        private static void EmitDocument(SourceProductionContext context, DocumentModel document, DocumentContext documentContext, GeneratorSettings settings)
        {
            if (!documentContext.ExcludedFiles.Contains(document.Document.FilePath) && !documentContext.Named.Packed)
            {
                context.AddSource(Emitter.DocumentHintName(document.Document), Emitter.EmitDocument(document, documentContext.Named, settings, context.CancellationToken));
            }
        }

        private static void EmitCorpus(SourceProductionContext context, CorpusIndex index, GeneratorSettings settings)
        {
            Report(context, index.Diagnostics);
            context.AddSource(Emitter.CorpusHintName, Emitter.EmitCorpus(index, settings));
        }

        /// <summary>The settings as written, each checked on its own, with the default namespace for <see cref="Unshadowed"/>.</summary>
        internal static (GeneratorSettings Settings, string DefaultNamespace) ReadSettings(AnalyzerConfigOptions options)
        {
            var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            options.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            string defaultNamespace = rootNamespace is not null && NamespaceProblem(rootNamespace.Trim()) is null ? rootNamespace.Trim() : "SummitData.Generated";

            string ns = Setting(options, "SummitDataNamespace", defaultNamespace, NamespaceProblem, diagnostics);
            string root = Setting(options, "SummitDataRootClass", DefaultRootClass, RootClassProblem, diagnostics);
            string visibility = Setting(options, "SummitDataVisibility", "public", v => v is "public" or "internal" ? null : "which is not 'public' or 'internal'", diagnostics);
            string named = Setting(options, "SummitDataNamedMembers", "auto", v => v.ToLowerInvariant() is "auto" or "true" or "false" ? null : "which is not 'auto', 'true' or 'false'", diagnostics).ToLowerInvariant();
            return (new GeneratorSettings(ns, root, visibility, new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable())) { NamedMembers = named }, defaultNamespace);
        }

        /// <summary>
        /// The settings, unless the root class they name, or its namespace, is a type that a referenced assembly
        /// already declares and this project could use: the project's class would shadow it (CS0436), and code that
        /// means the other one, such as the bundled <c>SummitData.Seeds</c>, would get this project's data. Then SD0021,
        /// and the defaults. The SummitData library itself declares <c>SummitData.Seeds</c> from its own source, not
        /// from a reference, so its settings pass; so do a consumer's, as long as they name a class of its own.
        /// </summary>
        internal static GeneratorSettings Unshadowed((GeneratorSettings Settings, string DefaultNamespace) read, Compilation compilation)
        {
            GeneratorSettings settings = read.Settings;
            if (Shadowed(compilation, settings.Namespace, settings.RootClass) is not { } problem)
            {
                return settings;
            }

            // The defaults could shadow a referenced type too (a project whose root namespace names one); then the
            // settings stay, and the build fails on this error rather than on the compiler's warnings.
            bool fallBack = Shadowed(compilation, read.DefaultNamespace, DefaultRootClass) is null;
            string ns = fallBack ? read.DefaultNamespace : settings.Namespace;
            string root = fallBack ? DefaultRootClass : settings.RootClass;
            DiagnosticInfo diagnostic = DiagnosticCatalog.InvalidSetting.At(
                null,
                "SummitDataNamespace.SummitDataRootClass",
                $"{settings.Namespace}.{settings.RootClass}",
                $"which would declare that class, but {problem}: "
                + "the generated class would shadow it for this project (CS0436), and code using it would get this project's records instead; "
                + "choose a namespace of the project's own (the namespace SummitData and its types belong to the SummitData package)",
                fallBack ? $"; using '{ns}.{root}'" : string.Empty);
            return settings with { Namespace = ns, RootClass = root, Diagnostics = settings.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray() };
        }

        /// <summary>
        /// What a referenced assembly declares under the full name of the root class (a type this compilation could use,
        /// or a namespace) or of its namespace or one of the namespace's parents (a type); null when nothing.
        /// </summary>
        private static string? Shadowed(Compilation compilation, string ns, string root)
        {
            string[] parts = ns.Split('.');
            var names = new string[parts.Length + 1];
            for (int i = 1; i <= parts.Length; i++)
            {
                names[i - 1] = string.Join(".", parts, 0, i);
            }

            string full = ns + "." + root;
            names[parts.Length] = full;
            foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                for (int i = 0; i < names.Length; i++)
                {
                    if (assembly.GetTypeByMetadataName(names[i]) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                    {
                        return i == parts.Length
                            ? $"the assembly {assembly.Name} already declares the type {full}"
                            : $"the assembly {assembly.Name} declares a type {names[i]}, which the namespace {ns} would conflict with";
                    }
                }

                INamespaceSymbol? space = assembly.GlobalNamespace;
                foreach (string part in parts.Concat(new[] { root }))
                {
                    space = space?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
                }

                if (space is not null)
                {
                    return $"the assembly {assembly.Name} declares a namespace {full}, which the class would conflict with";
                }
            }

            return null;
        }

        private static string? NamespaceProblem(string value) =>
            !IsQualifiedName(value) ? "which is not a namespace such as 'MyApp.Data'"
            : value.Split('.').Any(StartsReserved) ? $"a part of which starts with '{Identifiers.ReservedPrefix}', the prefix of the generated code's own helper names (and C# reserves names with two underscores in a row); rename that part"
            : null;

        private static string? RootClassProblem(string value) =>
            !IsIdentifier(value) ? "which is not a C# identifier such as 'Corpus'"
            : Array.IndexOf(RootMembers, value) >= 0 ? "which is the name of one of the root class's members (" + string.Join(", ", RootMembers) + "), and a class cannot have a member of its own name"
            : StartsReserved(value) ? $"which starts with '{Identifiers.ReservedPrefix}', the prefix of the generated code's own helper names (and C# reserves names with two underscores in a row); choose a name without it"
            : null;

        private static bool StartsReserved(string name) => name.StartsWith(Identifiers.ReservedPrefix, StringComparison.Ordinal);

        private static string Setting(AnalyzerConfigOptions options, string name, string defaultValue, Func<string, string?> problemOf, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
        {
            if (!options.TryGetValue("build_property." + name, out string? value) || string.IsNullOrWhiteSpace(value))
            {
                return defaultValue;
            }

            value = value.Trim();
            if (problemOf(value) is not { } problem)
            {
                return value;
            }

            diagnostics.Add(DiagnosticCatalog.InvalidSetting.At(null, name, value, problem, $"; using '{defaultValue}'"));
            return defaultValue;
        }

        private static bool IsIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

        private static bool IsQualifiedName(string? name) =>
            !string.IsNullOrWhiteSpace(name) && name!.Trim().Split('.').All(IsIdentifier);
    }
}
