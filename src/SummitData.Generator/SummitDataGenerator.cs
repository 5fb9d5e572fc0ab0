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

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GeneratorSettings> settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => ReadSettings(options.GlobalOptions))
                .WithTrackingName(TrackingNames.Settings);

            IncrementalValuesProvider<ParseResult> parsed = context.AdditionalTextsProvider
                .Where(static text => text.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                .Select(static (text, cancellationToken) => Parse(text, cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

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
            IncrementalValueProvider<DocumentContext> documentContext = corpus
                .Select(static (spec, _) => DocumentContext.Of(spec))
                .WithTrackingName(TrackingNames.DocumentContext);

            IncrementalValuesProvider<DocumentSpec> models = parsed
                .Where(static result => result.Document is not null)
                .Select(static (result, _) => Emitter.Model(result.Document!))
                .WithTrackingName(TrackingNames.DocumentModel);

            context.RegisterSourceOutput(
                models.Combine(documentContext).Combine(settings).WithTrackingName(TrackingNames.DocumentOutput),
                static (spc, input) => EmitDocument(spc, input.Left.Left, input.Left.Right, input.Right));

            // The corpus output is cut into chunks of bounded size, each a value of its own: editing one person re-emits
            // one chunk's file, and the main file changes only when the number of chunks does.
            IncrementalValueProvider<CorpusLayout> layout = corpus
                .Select(static (spec, cancellationToken) => CorpusLayout.Of(spec, cancellationToken))
                .WithTrackingName(TrackingNames.Layout);

            IncrementalValuesProvider<CorpusChunk> chunks = layout
                .SelectMany(static (value, _) => value.Chunks)
                .WithTrackingName(TrackingNames.Chunks);

            IncrementalValueProvider<CorpusIndex> index = layout
                .Select(static (value, _) => value.Index)
                .WithTrackingName(TrackingNames.Index);

            context.RegisterSourceOutput(
                chunks.Combine(settings).WithTrackingName(TrackingNames.ChunkOutput),
                static (spc, input) => spc.AddSource(Emitter.ChunkHintName(input.Left), Emitter.EmitChunk(input.Left, input.Right, spc.CancellationToken)));

            context.RegisterSourceOutput(
                index.Combine(settings).WithTrackingName(TrackingNames.CorpusOutput),
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

        private static void Report(SourceProductionContext context, IEnumerable<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        }

        private static void EmitDocument(SourceProductionContext context, DocumentSpec document, DocumentContext documentContext, GeneratorSettings settings)
        {
            if (!documentContext.ExcludedFiles.Contains(document.FilePath))
            {
                context.AddSource(Emitter.DocumentHintName(document), Emitter.EmitDocument(document, documentContext.Named, settings, context.CancellationToken));
            }
        }

        private static void EmitCorpus(SourceProductionContext context, CorpusIndex index, GeneratorSettings settings)
        {
            Report(context, index.Diagnostics);
            context.AddSource(Emitter.CorpusHintName, Emitter.EmitCorpus(index, settings));
        }

        internal static GeneratorSettings ReadSettings(AnalyzerConfigOptions options)
        {
            var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            options.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            string defaultNamespace = IsQualifiedName(rootNamespace) ? rootNamespace!.Trim() : "SummitData.Generated";

            string ns = Setting(options, "SummitDataNamespace", defaultNamespace, IsQualifiedName, "a namespace such as 'MyApp.Data'", diagnostics);
            string root = Setting(options, "SummitDataRootClass", "Corpus", name => IsIdentifier(name) && Array.IndexOf(RootMembers, name) < 0, "a C# identifier such as 'Corpus', other than the names of its members (" + string.Join(", ", RootMembers) + ")", diagnostics);
            string visibility = Setting(options, "SummitDataVisibility", "public", v => v is "public" or "internal", "'public' or 'internal'", diagnostics);
            return new GeneratorSettings(ns, root, visibility, new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable()));
        }

        private static string Setting(AnalyzerConfigOptions options, string name, string defaultValue, Func<string, bool> isValid, string expected, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
        {
            if (!options.TryGetValue("build_property." + name, out string? value) || string.IsNullOrWhiteSpace(value))
            {
                return defaultValue;
            }

            value = value.Trim();
            if (isValid(value))
            {
                return value;
            }

            diagnostics.Add(DiagnosticCatalog.InvalidSetting.At(null, $"The MSBuild property {name} is '{value}', which is not {expected}; using '{defaultValue}'"));
            return defaultValue;
        }

        private static bool IsIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

        private static bool IsQualifiedName(string? name) =>
            !string.IsNullOrWhiteSpace(name) && name!.Trim().Split('.').All(IsIdentifier);
    }
}
