using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Generator;
using SummitData.Generator.Emitting;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using SummitData.Testing;
using YamlDotNet.Core;

namespace SummitData.Benchmarks.Profile;

/// <summary>
/// Where one run of the generator over N synthetic documents spends its time and allocations: the stages of the
/// generator run one after the other, in process, over the same documents, each measured alone (allocated bytes and
/// time), after two warm-up passes; then a full run through <see cref="CSharpGeneratorDriver"/> with a new driver, as
/// <see cref="GeneratorBenchmarks"/> measures it. Each repetition runs every stage once; the median of the repetitions
/// is printed.
/// </summary>
/// <remarks>
/// The per-document parse is one method; its parts are called here as it calls them (the split of the file, the YAML
/// tree, the anchor search, the hash), document by document, each timed alone, then the whole parse of the same
/// document. What is left of the full parse after them is the building of specs (reading fields, resolving each
/// anchor's result into citations, each kind's rules): that row is derived, not measured. The driver row is what the
/// full run costs beyond the stages: the incremental tables and their comparisons, the source texts of the outputs,
/// the encoding check.
/// </remarks>
internal static class ProfileHarness
{
    private const int DefaultRepetitions = 3;

    // Binary units, as BenchmarkDotNet reports them and as docs/benchmarks.md gives every size.
    private const double Megabyte = 1024 * 1024;

    private static readonly GeneratorSettings Settings = new("Fixture", "Data", "public", EquatableArray<DiagnosticInfo>.Empty);

    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length is < 1 or > 2
            || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1
            || !TryRepetitions(args, out int repetitions))
        {
            Console.Error.WriteLine("usage: profile N [REPETITIONS]   (N synthetic documents; 3 repetitions unless given)");
            return 2;
        }

        IReadOnlyList<CorpusFile> files = SyntheticCorpus.Create(count);
        var input = new Input(files);
        Console.WriteLine($"{count} documents, {input.Characters / 1e6:0.0} M characters ({input.BlockCharacters / 1e6:0.0} M in annotation blocks); two warm-up passes, then {repetitions} repetitions");

        // The warm-up passes compile every path (the second gives tiered compilation time to replace the first code) and
        // the first checks the stages against the full parse and the full run.
        Measure(input, check: true);
        Measure(input, check: false);
        var runs = new List<Dictionary<string, Sample>>();
        for (int i = 0; i < repetitions; i++)
        {
            runs.Add(Measure(input, check: false));
            Console.WriteLine($"repetition {i + 1}: full run {runs[^1][Stage.FullRun].Milliseconds:0} ms, {runs[^1][Stage.FullRun].Bytes / Megabyte:0.0} MB");
        }

        Print(runs);
        return 0;
    }

    private static bool TryRepetitions(ReadOnlySpan<string> args, out int repetitions)
    {
        repetitions = DefaultRepetitions;
        return args.Length < 2 || (int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out repetitions) && repetitions >= 1);
    }

    private static Dictionary<string, Sample> Measure(Input input, bool check)
    {
        var samples = new Dictionary<string, Sample>(StringComparer.Ordinal);
        CancellationToken none = CancellationToken.None;

        // The per-document stages run document by document, as the generator's pipeline does, so that what one document's
        // stage leaves behind is garbage by the next document and no stage pays for collections of a whole corpus of
        // trees held at once. Only the parse results live on, as they do in the pipeline.
        var parsed = new ParseResult[input.Count];
        var hashes = new string[input.Count];
        foreach (string stage in new[] { Stage.BareParse, Stage.Split, Stage.Tree, Stage.Anchors, Stage.Hash, Stage.FullParse })
        {
            samples[stage] = default;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (int i = 0; i < input.Count; i++)
        {
            var meter = Meter.Start();
            var parser = new Parser(new StringReader(input.Blocks[i]));
            while (parser.MoveNext())
            {
            }

            samples[Stage.BareParse] += meter.Stop();

            meter = Meter.Start();
            if (DocumentEncoding.ReplacementCharacter(input.Paths[i], input.Contents[i]) is not null)
            {
                throw new InvalidOperationException(input.Paths[i] + ": the synthetic corpus has no replacement character");
            }

            AnnotatedFile file = AnnotatedFile.Split(input.Paths[i], input.Contents[i], new List<DiagnosticInfo>())
                ?? throw new InvalidOperationException(input.Paths[i] + ": not split");
            samples[Stage.Split] += meter.Stop();

            meter = Meter.Start();
            YamlMapping tree = YamlReader.Read(file.Yaml, file.Map, new List<DiagnosticInfo>(), none) as YamlMapping
                ?? throw new InvalidOperationException(input.Paths[i] + ": no mapping");
            samples[Stage.Tree] += meter.Stop();

            string id = tree.Entries.First(e => e.Key.Value == "id").Value is YamlScalar idNode ? idNode.Value : string.Empty;
            meter = Meter.Start();
            var resolver = new AnchorResolver(id, file.Text, file.TextLine, file.Map, new List<DiagnosticInfo>(), none);
            AnchorSites.Register(tree, resolver);
            resolver.Search();
            samples[Stage.Anchors] += meter.Stop();

            meter = Meter.Start();
            hashes[i] = DocumentParser.Sha256(file.Text);
            samples[Stage.Hash] += meter.Stop();

            meter = Meter.Start();
            parsed[i] = DocumentParser.Parse(input.Paths[i], input.Contents[i], none);
            samples[Stage.FullParse] += meter.Stop();
        }

        if (check)
        {
            Check(input, parsed, hashes);
        }

        SitedDocument[] sited = parsed.Select(r => new SitedDocument(r.Document!, r.Sites!)).ToArray();
        CorpusResult corpus = null!;
        samples[Stage.Corpus] = Sample.Of(() =>
        {
            corpus = CorpusBuilder.Build(sited, none);
            return corpus.Corpus.DocumentIds.Count;
        });

        if (check && corpus.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("the corpus step reports on the synthetic corpus: " + corpus.Diagnostics[0].Id);
        }

        // What the generator's pipeline computes between the corpus and the text it writes: each document's model, the
        // corpus-wide context of a document's output, and the layout of the corpus output in chunks.
        DocumentModel[] models = null!;
        DocumentContext context = null!;
        CorpusLayout layout = null!;
        GeneratorSettings settings = Settings;
        samples[Stage.Layout] = Sample.Of(() =>
        {
            models = parsed.Select(r => SummitDataGenerator.Emitter.Model(r.Document!)).ToArray();
            context = DocumentContext.Of(corpus.Corpus);
            layout = CorpusLayout.Of(corpus.Corpus, none);
            settings = Settings with { DataInStrings = DataForm.InStrings(models.Sum(DataForm.Estimate) + DataForm.Estimate(corpus.Corpus)) };
            return models.Length + layout.Chunks.Count;
        });

        long documentCharacters = 0;
        samples[Stage.DocumentWriting] = Sample.Of(() =>
        {
            documentCharacters = 0;
            var packs = new List<PackLine>();
            foreach (DocumentModel model in models)
            {
                if (context.ExcludedFiles.Contains(model.Document.FilePath))
                {
                    continue;
                }

                // Without named members (this corpus's default), one property each, put out in a few files as the generator does.
                if (context.Named.Packed)
                {
                    packs.Add(SummitDataGenerator.Emitter.PackLine(model, settings));
                }
                else
                {
                    documentCharacters += SummitDataGenerator.Emitter.EmitDocument(model, context.Named, settings, none).Length;
                }
            }

            foreach (PackFile file in PackFile.Of(packs.ToImmutableArray()))
            {
                documentCharacters += SummitDataGenerator.Emitter.EmitPacks(file, settings, none).Length;
            }

            return (int)Math.Min(documentCharacters, int.MaxValue);
        });

        long corpusCharacters = 0;
        samples[Stage.CorpusWriting] = Sample.Of(() =>
        {
            corpusCharacters = 0;
            foreach (CorpusChunk chunk in layout.Chunks)
            {
                corpusCharacters += SummitDataGenerator.Emitter.EmitChunk(chunk, settings, none).Length;
            }

            corpusCharacters += SummitDataGenerator.Emitter.EmitCorpus(layout.Index, settings).Length;
            return (int)Math.Min(corpusCharacters, int.MaxValue);
        });

        long characters = documentCharacters + corpusCharacters;
        // A new driver each time, so nothing is cached: what a command-line build runs, and what GeneratorBenchmarks measures.
        GeneratorDriver driver = null!;
        samples[Stage.FullRun] = Sample.Of(() =>
        {
            driver = GeneratorHost.Driver(input.Texts, trackSteps: false).RunGenerators(input.Compilation);
            return 1;
        });

        if (check)
        {
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            long generated = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
            if (result.Exception is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || generated != characters)
            {
                throw new InvalidOperationException($"the full run differs from the stages: {generated} characters generated, {characters} written by the stages");
            }

            Console.WriteLine($"checked: the stages write the full run's {result.GeneratedSources.Length} files, {characters / 1e6:0.0} M characters ({documentCharacters / 1e6:0.0} M in the documents' files or packs, {corpusCharacters / 1e6:0.0} M in the corpus chunks and main file)");
        }

        return samples;
    }

    /// <summary>The stages compute what the full parse does: the same hashes, every document parsed without error.</summary>
    private static void Check(Input input, ParseResult[] parsed, string[] hashes)
    {
        for (int i = 0; i < input.Count; i++)
        {
            if (parsed[i].Document is not { } document || parsed[i].Diagnostics.Count > 0)
            {
                throw new InvalidOperationException(input.Paths[i] + ": the synthetic corpus parses with diagnostics");
            }

            if (document.Document.Values[SummitData.Generator.Kinds.Kinds.Documents.IndexOf("sha256")].Text != hashes[i])
            {
                throw new InvalidOperationException(input.Paths[i] + ": the hash stage differs from the parse");
            }
        }
    }

    private static void Print(List<Dictionary<string, Sample>> runs)
    {
        Sample Median(string stage)
        {
            double[] times = runs.Select(r => r[stage].Milliseconds).OrderBy(t => t).ToArray();
            long[] bytes = runs.Select(r => r[stage].Bytes).OrderBy(b => b).ToArray();
            return new Sample(times[times.Length / 2], bytes[bytes.Length / 2]);
        }

        Sample bare = Median(Stage.BareParse);
        Sample split = Median(Stage.Split);
        Sample tree = Median(Stage.Tree);
        Sample anchors = Median(Stage.Anchors);
        Sample hash = Median(Stage.Hash);
        Sample parse = Median(Stage.FullParse);
        Sample corpus = Median(Stage.Corpus);
        Sample layout = Median(Stage.Layout);
        Sample documentWriting = Median(Stage.DocumentWriting);
        Sample corpusWriting = Median(Stage.CorpusWriting);
        Sample full = Median(Stage.FullRun);
        Sample specs = parse - split - tree - anchors - hash;
        Sample driver = full - parse - corpus - layout - documentWriting - corpusWriting;

        Console.WriteLine();
        Console.WriteLine($"median of {runs.Count}; shares are of the full run");
        Console.WriteLine("| stage | time | allocated | share of time | share of allocation |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Row("bare YamlDotNet parse of the annotation blocks (reference, not a stage)", bare, full);
        Row("per-document parse (`DocumentParser.Parse`), of which:", parse, full);
        Row("  split: encoding check, annotation block and text, source map", split, full);
        Row("  YAML tree (`YamlReader`: the subset reader, or YamlDotNet where it gives up, and the tree)", tree, full);
        Row("  anchor search (`AnchorResolver`: register, one automaton pass)", anchors, full);
        Row("  SHA-256 of the texts", hash, full);
        Row("  building specs (the rest of the parse; derived)", specs, full);
        Row("cross-document step (`CorpusBuilder.Build`)", corpus, full);
        Row("emission: models, document context, chunk layout", layout, full);
        Row("emission: writing C#, one file per document (`EmitDocument`, or `PackLine` and `EmitPacks`)", documentWriting, full);
        Row("emission: writing C#, corpus chunks and main file (`EmitChunk`, `EmitCorpus`)", corpusWriting, full);
        Row("driver: incremental tables, output texts (derived)", driver, full);
        Row("**generator, full run**", full, full);
        Console.WriteLine();
        Console.WriteLine("MB = 2^20 bytes; sub-rows are medians of their own, so they need not add up exactly");
        Console.WriteLine($"allocation, full run / bare parse: {(double)full.Bytes / bare.Bytes:0.00}x; time: {full.Milliseconds / bare.Milliseconds:0.00}x");
    }

    private static void Row(string name, Sample sample, Sample total) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {sample.Milliseconds:0} ms | {sample.Bytes / Megabyte:0.0} MB | {100 * sample.Milliseconds / total.Milliseconds:0}% | {100.0 * sample.Bytes / total.Bytes:0}% |"));

    private static class Stage
    {
        public const string BareParse = "bare";
        public const string Split = "split";
        public const string Tree = "tree";
        public const string Anchors = "anchors";
        public const string Hash = "hash";
        public const string FullParse = "parse";
        public const string Corpus = "corpus";
        public const string Layout = "layout";
        public const string DocumentWriting = "document writing";
        public const string CorpusWriting = "corpus writing";
        public const string FullRun = "full";
    }

    /// <summary>Time and bytes allocated by one stage over the whole corpus.</summary>
    private readonly record struct Sample(double Milliseconds, long Bytes)
    {
        public static Sample operator -(Sample a, Sample b) => new(a.Milliseconds - b.Milliseconds, a.Bytes - b.Bytes);

        public static Sample operator +(Sample a, Sample b) => new(a.Milliseconds + b.Milliseconds, a.Bytes + b.Bytes);

        /// <summary>
        /// Runs <paramref name="stage"/> once after a full collection, so it pays only for the collections its own
        /// allocations cause; bytes are counted over all threads, in case a stage (the driver) uses more than one.
        /// </summary>
        public static Sample Of(Func<int> stage)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            int result = stage();
            clock.Stop();
            long after = GC.GetTotalAllocatedBytes(precise: true);
            GC.KeepAlive(result);
            return new Sample(clock.Elapsed.TotalMilliseconds, after - before);
        }
    }

    /// <summary>
    /// One stage over one document: bytes allocated on this thread (the per-document stages run on it alone) and the
    /// time; cheap enough to call a few times per document.
    /// </summary>
    private readonly struct Meter
    {
        private readonly long _bytes;
        private readonly long _timestamp;

        private Meter(long bytes, long timestamp)
        {
            _bytes = bytes;
            _timestamp = timestamp;
        }

        public static Meter Start() => new(GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());

        public Sample Stop()
        {
            long timestamp = Stopwatch.GetTimestamp();
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            return new Sample(Stopwatch.GetElapsedTime(_timestamp, timestamp).TotalMilliseconds, bytes - _bytes);
        }
    }

    /// <summary>The corpus in every form a stage reads: contents, annotation blocks, the driver's additional texts.</summary>
    private sealed class Input
    {
        public Input(IReadOnlyList<CorpusFile> files)
        {
            Paths = files.Select(f => f.Path).ToArray();
            Contents = files.Select(f => f.Content).ToArray();
            Blocks = files.Select(f => f.AnnotationBlock).ToArray();
            Texts = GeneratorHost.Texts(files);
            Compilation = GeneratorHost.Compilation();
        }

        public int Count => Paths.Length;

        public string[] Paths { get; }

        public string[] Contents { get; }

        public string[] Blocks { get; }

        public AdditionalText[] Texts { get; }

        public CSharpCompilation Compilation { get; }

        public long Characters => Contents.Sum(c => (long)c.Length);

        public long BlockCharacters => Blocks.Sum(b => (long)b.Length);
    }
}
