using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SummitData.Tests;

/// <summary>
/// Property-based tests with CsCheck generators. Every case comes from a fixed seed and its own stream
/// (<c>new PCG(stream, Seed)</c>), so a run is reproducible exactly and a failure names the case that reproduces it.
/// (a) Random valid documents, built from random Unicode text full of hazards: the generator accepts them, the code
/// compiles without warnings and every value reads back exactly, through the generated API and the loader.
/// (b) Random byte-level mutations of the real seed documents: the generator never throws and reports only
/// SummitData diagnostics, each inside the mutated file; what it generates compiles.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>Fixed, so every run tests the same cases; set SUMMITDATA_PROPERTY_SEED to explore others locally.</summary>
    private static readonly ulong Seed = ulong.Parse(Environment.GetEnvironmentVariable("SUMMITDATA_PROPERTY_SEED") ?? "20240516", CultureInfo.InvariantCulture);

    private const int Batches = 48;
    private const int DocumentsPerBatch = 25;
    private const int Mutants = 2400;

    private static readonly string[] Units = { "usd", "percent", "years", "months", "weeks", "days", "hours", "count", "words", "times", "ordinal" };
    private static readonly string[] Scales = { "none", "thousand", "million", "billion", "trillion" };
    private static readonly string[] QuoteKinds = { "direct-speech", "document-text", "scare-quote", "title", "media-text" };

    private readonly ITestOutputHelper _output;

    public PropertyTests(ITestOutputHelper output) => _output = output;

    // ------------------------------------------------------------------------------------------------ generators

    /// <summary>What the text is made of: ASCII and non-Latin words, surrogate pairs, every hazard for a C# literal or a YAML reader, all line endings.</summary>
    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.String[Gen.Char['a', 'z'], 1, 8]),
        (4, Gen.String[Gen.Char["абвгдежзиклмнопрстуфхцчшщыэюяΑΒΓΔαβγδλμπσωéèêëàçñøåæœßüöä中文字日本語한국어عربيةעברית"], 1, 6]),
        (2, Gen.OneOfConst("\U0001D400", "\U0002000B", "\U0001F600", "\U0001F680", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001D7CF")),
        (5, Gen.OneOfConst(
            "\"", "\\", "{", "}", "{0}", "*/", "/*", "//", "#if X", "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2019",
            "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\u202e", "\ufeff", "\t", "\u00a0", "\u0301",
            "$", "%", "\n---\n", "\"; System.IO.File.Delete(\"x\"); //", "\\u0041", "\"\"\"", "u8", "@\"")),
        (6, Gen.OneOfConst(" ", " ", " ", "\n", "\r\n", "\r", "  ")),
        (1, Gen.Int[0, 9999].Select(i => i.ToString(CultureInfo.InvariantCulture))));

    private static readonly Gen<string> Words = Piece.Array[0, 6].Select(string.Concat);

    /// <summary>Any decimal (sign, 28 decimal places, the extremes), and everyday ones.</summary>
    private static readonly Gen<decimal> Decimals = Gen.Frequency(
        (3, Gen.Decimal),
        (3, Gen.Int[0, 100_000].Select(i => (decimal)i)),
        (3, Gen.Select(Gen.Long, Gen.Int[0, 28], (n, scale) => new decimal((int)n, (int)(n >> 32), 0, n < 0, (byte)scale))),
        (1, Gen.OneOfConst(decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 12.50m, 0m)));

    private static readonly Gen<string> IdSuffix = Gen.Select(
        Gen.Char['a', 'z'],
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 0, 6],
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 0, 4],
        (first, rest, segment) => first + rest + (segment.Length > 0 ? "-" + segment : string.Empty));

    private sealed record FigureDraft(decimal Value, bool Wordless, int Pick, int Length, string Id, string Measures, string? Period, int Unit, int Scale, int Direction, bool Approximate);

    private sealed record QuoteDraft(int Mark, string[] Inner, int Position, string Id, int Kind, int Speaker);

    private sealed record PersonDraft(string Name, int Pick, int Length, string Id);

    private sealed record MetaDraft(string Title, string Outlet, string Url, string[] Authors, DateOnly Published, string Language, int LineEndings);

    private sealed record Draft(string[] Pieces, FigureDraft[] Figures, QuoteDraft[] Quotes, PersonDraft[] People, MetaDraft Meta);

    private static readonly Gen<FigureDraft> FigureDrafts = Gen.Select(
        Gen.Select(Decimals, Gen.Bool, Gen.Int[0, int.MaxValue], Gen.Int[0, 15]),
        IdSuffix,
        Words,
        Gen.Frequency((3, Words.Select(w => (string?)w)), (1, Gen.Const((string?)null))),
        Gen.Select(Gen.Int[0, Units.Length - 1], Gen.Int[0, Scales.Length - 1], Gen.Int[0, 2], Gen.Bool),
        (a, id, measures, period, b) => new FigureDraft(a.Item1, a.Item2, a.Item3, a.Item4, id, measures, period, b.Item1, b.Item2, b.Item3, b.Item4));

    private static readonly Gen<QuoteDraft> QuoteDrafts = Gen.Select(
        Gen.Int[0, 3], Piece.Array[1, 5], Gen.Int[0, int.MaxValue], IdSuffix, Gen.Int[0, QuoteKinds.Length - 1], Gen.Int[-1, 3],
        (mark, inner, position, id, kind, speaker) => new QuoteDraft(mark, inner, position, id, kind, speaker));

    private static readonly Gen<PersonDraft> PersonDrafts = Gen.Select(
        Words, Gen.Int[0, int.MaxValue], Gen.Int[0, 12], IdSuffix, (name, pick, length, id) => new PersonDraft(name, pick, length, id));

    private static readonly Gen<MetaDraft> MetaDrafts = Gen.Select(
        Words, Words, Words, Words.Array[0, 3], Gen.DateOnly, Words, Gen.Int[0, 4],
        (title, outlet, url, authors, published, language, endings) => new MetaDraft(title, outlet, url, authors, published, language, endings));

    private static readonly Gen<Draft> Drafts = Gen.Select(
        Piece.Array[0, 40], FigureDrafts.Array[0, 4], QuoteDrafts.Array[0, 3], PersonDrafts.Array[0, 2], MetaDrafts,
        (pieces, figures, quotes, people, meta) => new Draft(pieces, figures, quotes, people, meta));

    // ------------------------------------------------------------------------------------------------ (a) random documents

    private sealed record ExpectedFigure(string Id, string Exact, int Offset, decimal Value, string Written, string Unit, string Scale, string? Direction, bool Approximate, string Measures, string? Period);

    private sealed record ExpectedQuote(string Id, string Exact, int Offset, string Kind, string? Speaker);

    private sealed record ExpectedPerson(string Id, string Name, string Mention, int Offset);

    private sealed record Case(string Path, string Content, string Id, string Text, MetaDraft Meta, List<ExpectedFigure> Figures, List<ExpectedQuote> Quotes, List<ExpectedPerson> People);

    [Fact]
    public void Random_documents_compile_and_every_value_reads_back_exactly()
    {
        var watch = Stopwatch.StartNew();
        int documents = 0, figures = 0, quotes = 0, people = 0;
        for (int batch = 0; batch < Batches; batch++)
        {
            var cases = new List<Case>();
            for (int i = 0; i < DocumentsPerBatch; i++)
            {
                uint stream = (uint)(batch * DocumentsPerBatch + i);
                Draft draft = Drafts.Generate(new PCG(stream, Seed), null, out _);
                cases.Add(Build(draft, $"p{stream}", $"/random/{stream}.summit"));
            }

            Run run = GeneratorHarness.Run(cases.Select(c => GeneratorHarness.Text(c.Path, c.Content)).ToArray());
            string context = $"batch {batch} (streams {batch * DocumentsPerBatch}..{(batch + 1) * DocumentsPerBatch - 1}, seed {Seed})";
            Assert.True(run.Exception is null, $"{context}: {run.Exception}");
            Assert.True(run.Diagnostics.IsEmpty, $"{context}:{Environment.NewLine}{string.Join(Environment.NewLine, run.Diagnostics.Select(d => d + Environment.NewLine + Dump(cases.Single(c => c.Path == d.Location.GetLineSpan().Path).Content)))}");
            Assert.True(!run.CompileProblems().Any(), $"{context}: {string.Join(Environment.NewLine, run.CompileProblems())}");

            Type root = run.Load().GetType("Fixture.Data")!;
            var generated = (SummitDataSet)root.GetProperty("DataSet")!.GetValue(null)!;
            LoadResult loaded = SummitDataLoader.LoadTexts(cases.Select(c => (c.Path, c.Content)));
            Assert.True(loaded.Diagnostics.Count == 0, $"{context}: the loader reports {string.Join(Environment.NewLine, loaded.Diagnostics)}");
            foreach (Case c in cases)
            {
                try
                {
                    ReadsBack(c, generated, root);
                    ReadsBack(c, loaded.Data, null);
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException($"{context}, {c.Path}: {ex.Message}{Environment.NewLine}{Dump(c.Content)}");
                }
            }

            documents += cases.Count;
            figures += cases.Sum(c => c.Figures.Count);
            quotes += cases.Sum(c => c.Quotes.Count);
            people += cases.Sum(c => c.People.Count);
        }

        _output.WriteLine($"{documents} documents ({figures} figures, {quotes} quotes, {people} people) in {Batches} compilations, {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Batches * DocumentsPerBatch, documents);
        Assert.True(figures > documents && quotes > documents / 2 && people > documents / 2, $"too few anchors survived: {figures} figures, {quotes} quotes, {people} people");
    }

    private static Case Build(Draft draft, string id, string path)
    {
        var pieces = new List<string>(draft.Pieces);
        var inserted = new List<(FigureDraft? Figure, QuoteDraft? Quote, string Exact)>();
        foreach (FigureDraft f in draft.Figures.Where(f => !f.Wordless && f.Value >= 0))
        {
            string written = f.Value.ToString(CultureInfo.InvariantCulture);
            pieces.Insert(f.Pick % (pieces.Count + 1), " " + written + " ");
            inserted.Add((f, null, written));
        }

        string[] open = { "\u201c", "\"", "\u00ab", "\u2018" };
        string[] close = { "\u201d", "\"", "\u00bb", "\u2019" };
        foreach (QuoteDraft q in draft.Quotes)
        {
            // Inside the marks: anything but line breaks and the closing mark itself.
            string inner = string.Concat(q.Inner.Where(p => p.IndexOfAny(new[] { '\r', '\n' }) < 0 && !p.Contains(close[q.Mark], StringComparison.Ordinal)));
            if (inner.Length > 0)
            {
                pieces.Insert(q.Position % (pieces.Count + 1), " " + open[q.Mark] + inner + close[q.Mark] + " ");
                inserted.Add((null, q, inner));
            }
        }

        string rawText = string.Concat(pieces);
        string text = Normalize(Endings("---\n" + rawText, draft.Meta.LineEndings))[4..];

        var figures = new List<ExpectedFigure>();
        var people = new List<ExpectedPerson>();
        var quotes = new List<ExpectedQuote>();
        int n = 0;
        foreach (FigureDraft f in draft.Figures)
        {
            string figureId = $"f{id[1..]}z{n++}{f.Id}";
            (string Exact, int Offset)? anchor = f.Wordless || f.Value < 0
                ? PickAnchor(text, f.Pick, f.Length, IsWordless)
                : Unique(text, inserted.First(x => x.Figure == f).Exact);
            if (anchor is { } a)
            {
                bool wordless = f.Wordless || f.Value < 0;
                figures.Add(new ExpectedFigure(
                    figureId, a.Exact, a.Offset, f.Value, f.Value.ToString(CultureInfo.InvariantCulture), Units[f.Unit],
                    wordless && ScaledFits(f.Value, f.Scale) ? Scales[f.Scale] : "none", f.Direction switch { 1 => "increase", 2 => "decline", _ => null }, f.Approximate, f.Measures, f.Period));
            }
        }

        foreach (PersonDraft p in draft.People)
        {
            if (PickAnchor(text, p.Pick, p.Length, _ => true) is { } a)
            {
                people.Add(new ExpectedPerson($"h{id[1..]}z{n++}{p.Id}", p.Name, a.Exact, a.Offset));
            }
        }

        foreach ((FigureDraft? _, QuoteDraft? q, string exact) in inserted.Where(x => x.Quote is not null))
        {
            if (Unique(text, exact) is { } a)
            {
                string? speaker = q!.Speaker >= 0 && people.Count > 0 ? people[q.Speaker % people.Count].Id : null;
                quotes.Add(new ExpectedQuote($"q{id[1..]}z{n++}{q.Id}", a.Exact, a.Offset, QuoteKinds[q.Kind], speaker));
            }
        }

        MetaDraft meta = draft.Meta;
        var yaml = new StringBuilder();
        yaml.Append("---\nformat: summitdata/1\nid: ").Append(id).Append('\n');
        yaml.Append("sha256: ").Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))).Append('\n');
        yaml.Append("title: ").Append(Yaml(meta.Title)).Append('\n');
        yaml.Append("outlet: ").Append(Yaml(meta.Outlet)).Append('\n');
        yaml.Append("url: ").Append(Yaml(meta.Url)).Append('\n');
        yaml.Append("authors: [").Append(string.Join(", ", meta.Authors.Select(Yaml))).Append("]\n");
        yaml.Append("published: ").Append(meta.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("language: ").Append(Yaml(meta.Language)).Append('\n');
        yaml.Append("inferred: [title, outlet, url, authors, published, language]\n");
        if (people.Count > 0)
        {
            yaml.Append("people:\n");
            foreach (ExpectedPerson p in people)
            {
                yaml.Append("  - id: ").Append(p.Id).Append("\n    name: ").Append(Yaml(p.Name)).Append("\n    mentions:\n      - exact: ").Append(Yaml(p.Mention)).Append('\n');
            }
        }

        if (figures.Count > 0)
        {
            yaml.Append("figures:\n");
            foreach (ExpectedFigure f in figures)
            {
                yaml.Append("  - id: ").Append(f.Id).Append("\n    exact: ").Append(Yaml(f.Exact))
                    .Append("\n    value: ").Append(f.Written)
                    .Append("\n    scale: ").Append(f.Scale)
                    .Append("\n    unit: ").Append(f.Unit)
                    .Append("\n    measures: ").Append(Yaml(f.Measures))
                    .Append("\n    period: ").Append(f.Period is null ? "null" : Yaml(f.Period))
                    .Append("\n    approximate: ").Append(f.Approximate ? "true" : "false")
                    .Append("\n    direction: ").Append(f.Direction ?? "~").Append('\n');
            }
        }

        if (quotes.Count > 0)
        {
            yaml.Append("quotes:\n");
            foreach (ExpectedQuote q in quotes)
            {
                yaml.Append("  - id: ").Append(q.Id).Append("\n    exact: ").Append(Yaml(q.Exact)).Append("\n    kind: ").Append(q.Kind)
                    .Append("\n    speaker: ").Append(q.Speaker ?? "null").Append('\n');
            }
        }

        // The text part gets its line endings on its own, so that the expected text above is exactly what follows the closing line.
        string content = Endings(yaml.ToString(), meta.LineEndings) + Endings("---\n" + rawText, meta.LineEndings);
        return new Case(path, meta.LineEndings == 4 ? "\uFEFF" + content : content, id, text, meta, figures, quotes, people);
    }

    /// <summary>Whether value times the scale is a decimal: a document whose scaled value is not is refused (SD0006).</summary>
    private static bool ScaledFits(decimal value, int scale)
    {
        try
        {
            _ = value * new[] { 1m, 1e3m, 1e6m, 1e9m, 1e12m }[scale];
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static void ReadsBack(Case c, SummitDataSet data, Type? root)
    {
        Document document = data.Documents.Get(c.Id);
        Assert.Equal(c.Text, document.Text);
        Assert.Equal(c.Meta.Title, document.Title);
        Assert.Equal(c.Meta.Outlet, document.Outlet);
        Assert.Equal(c.Meta.Url, document.Url);
        Assert.Equal(c.Meta.Authors, document.Authors);
        Assert.Equal(c.Meta.Published, document.Published);
        Assert.Equal(c.Meta.Language, document.Language);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(c.Text))), document.Sha256);
        foreach (ExpectedFigure f in c.Figures)
        {
            Figure figure = data.Figures.Get(f.Id);
            Assert.Equal(f.Value, figure.Value);
            Assert.Equal(f.Written, figure.Value.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(f.Unit, Kebab(figure.Unit));
            Assert.Equal(f.Scale, Kebab(figure.Scale));
            Assert.Equal(f.Direction, figure.Direction is { } d ? Kebab(d) : null);
            Assert.Equal(f.Approximate, figure.IsApproximate);
            Assert.Equal(f.Measures, figure.Measures);
            Assert.Equal(f.Period, figure.Period);
            Cited(c.Text, figure.Citation, f.Exact, f.Offset);
            Named(root, "Figures", f.Id, figure);
        }

        foreach (ExpectedQuote q in c.Quotes)
        {
            Quote quote = data.Quotes.Get(q.Id);
            Assert.Equal(q.Kind, Kebab(quote.Kind));
            Assert.Equal(q.Speaker, quote.SpeakerId);
            Cited(c.Text, quote.Citation, q.Exact, q.Offset);
            Named(root, "Quotes", q.Id, quote);
        }

        foreach (ExpectedPerson p in c.People)
        {
            Person person = data.People.Get(p.Id);
            Assert.Equal(p.Name, person.Name);
            Assert.Equal(new[] { p.Mention }, person.Spellings);
            Cited(c.Text, Assert.Single(person.Mentions), p.Mention, p.Offset);
            Named(root, "People", p.Id, person);
        }
    }

    private static void Cited(string text, Citation citation, string exact, int offset)
    {
        Assert.Equal(exact, citation.Text);
        Assert.Equal(offset, citation.Offset);
        Assert.Equal(exact.Length, citation.Length);
        Assert.Equal(text[..offset].Count(ch => ch == '\n') + 1, citation.Line);
        int lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        Assert.Equal(offset - lineStart + 1, citation.Column);
    }

    private static void Named(Type? root, string kind, string id, object record)
    {
        if (root is not null)
        {
            string name = string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            Assert.Same(record, root.GetNestedType(kind)!.GetProperty(name)!.GetValue(null));
        }
    }

    private static string Kebab<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(ch) : ch.ToString()));

    /// <summary>The offset where <paramref name="exact"/> is the one match in the text by the format's rules, or null.</summary>
    private static (string Exact, int Offset)? Unique(string text, string exact)
    {
        List<int> found = Matches(text, exact);
        return found.Count == 1 ? (exact, found[0]) : null;
    }

    /// <summary>A substring near a random place that matches exactly once, trying a few places deterministically.</summary>
    private static (string Exact, int Offset)? PickAnchor(string text, int pick, int length, Func<string, bool> acceptable)
    {
        if (text.Length == 0)
        {
            return null;
        }

        for (int attempt = 0; attempt < 24; attempt++)
        {
            int start = (int)((pick + (long)attempt * 7919) % text.Length);
            int end = Math.Min(text.Length, start + 1 + ((length + attempt) % 12));
            string exact = text[start..end];
            if (acceptable(exact) && Matches(text, exact) is [int only] && only == start)
            {
                return (exact, start);
            }
        }

        return null;
    }

    /// <summary>
    /// The format's matching rules as docs/annotation-format.md states them: ordinal; where the words start (end) with a
    /// letter or digit (whole code points), the character before (after) is not a letter, digit or combining mark; a
    /// match never ends before a combining mark, never starts with one, never splits a surrogate pair.
    /// </summary>
    private static List<int> Matches(string text, string exact)
    {
        var result = new List<int>();
        bool wordStart = char.IsLetterOrDigit(exact, 0);
        bool wordEnd = char.IsLetterOrDigit(exact, exact.Length >= 2 && char.IsSurrogatePair(exact[^2], exact[^1]) ? exact.Length - 2 : exact.Length - 1);
        for (int i = text.IndexOf(exact, StringComparison.Ordinal); i >= 0; i = text.IndexOf(exact, i + 1, StringComparison.Ordinal))
        {
            int end = i + exact.Length;
            int before = i >= 2 && char.IsSurrogatePair(text[i - 2], text[i - 1]) ? i - 2 : i - 1;
            bool ok = !(wordStart && i > 0 && (char.IsLetterOrDigit(text, before) || IsMark(text[before])))
                && !(wordEnd && end < text.Length && (char.IsLetterOrDigit(text, end) || IsMark(text[end])))
                && !IsMark(text[i]) && !(end < text.Length && IsMark(text[end]))
                && !(i > 0 && char.IsSurrogatePair(text[i - 1], text[i])) && !(end < text.Length && char.IsSurrogatePair(text[end - 1], text[end]));
            if (ok)
            {
                result.Add(i);
            }
        }

        return result;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Words the figure check has nothing to compare with: no ASCII letters or digits, no percent or dollar sign.</summary>
    private static bool IsWordless(string words) =>
        !words.ToLowerInvariant().Any(ch => char.IsAsciiLetterOrDigit(ch) || ch is '%' or '$');

    /// <summary>A YAML double-quoted scalar: quotes and backslashes escaped, every character YAML or its readers treat specially as \u escapes.</summary>
    private static string Yaml(string value)
    {
        var builder = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char ch = value[i];
            if (ch == '"' || ch == '\\')
            {
                builder.Append('\\').Append(ch);
            }
            else if (i + 1 < value.Length && char.IsSurrogatePair(ch, value[i + 1]))
            {
                builder.Append(ch).Append(value[++i]);
            }
            else if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || char.IsSurrogate(ch) || ch is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                builder.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>0: LF, 1: CRLF, 2: CR, 3: mixed, 4: LF with a byte order mark (added by the caller).</summary>
    private static string Endings(string content, int style) => style switch
    {
        1 => content.Replace("\n", "\r\n", StringComparison.Ordinal),
        2 => content.Replace('\n', '\r'),
        3 => string.Concat(content.Split('\n').Select((line, i) => i == 0 ? line : (i % 3 == 0 ? "\n" : i % 3 == 1 ? "\r\n" : "\r") + line)),
        _ => content,
    };

    private static string Normalize(string content) => content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string Dump(string content) =>
        "content (C# escaped): " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(content.Length > 4000 ? content[..4000] + "..." : content, quote: true);

    // ------------------------------------------------------------------------------------------------ (b) mutated seeds

    /// <summary>Bytes a mutation likes to write: YAML indicators, quotes, whitespace, line breaks, NUL, invalid UTF-8.</summary>
    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("-:[]{}\"'&*!|>#%@`,?\\\t\r\n 0123456789").Concat(new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xC3, 0xE2, 0xEF, 0xFF }).ToArray();

    private static readonly Gen<byte> MutationByte = Gen.Frequency((3, Gen.OneOfConst(Interesting)), (1, Gen.Byte));

    private sealed record Mutation(int Kind, int At, int Length, int To, byte[] Bytes);

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.FrequencyConst((4, 0), (4, 1), (3, 2), (2, 3), (2, 4), (2, 5), (1, 6)), Gen.Int[0, int.MaxValue], Gen.Int[1, 24], Gen.Int[0, int.MaxValue], MutationByte.Array[1, 4],
        (kind, at, length, to, bytes) => new Mutation(kind, at, length, to, bytes));

    private static readonly Gen<(int Seed, bool InBlock, bool Latin1, Mutation[] Mutations)> MutantDrafts = Gen.Select(
        Gen.Int[0, 4], Gen.Int[0, 9].Select(i => i < 8), Gen.Int[0, 9].Select(i => i == 0), Mutations.Array[1, 4]);

    [Fact]
    public void Mutated_seed_documents_give_only_SummitData_diagnostics()
    {
        var watch = Stopwatch.StartNew();
        string[] paths = Directory.GetFiles(Path.Combine(ReadmeTests.RepositoryRoot(), "seeds"), "*.summit").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(5, paths.Length);
        byte[][] seeds = paths.Select(File.ReadAllBytes).ToArray();
        AdditionalText[] texts = paths.Select((p, i) => GeneratorHarness.Text("/seeds/" + Path.GetFileName(p), Encoding.UTF8.GetString(seeds[i]))).ToArray();

        // The seeds as they are: no diagnostics, and the baseline every mutant's run starts from (only the mutated
        // document is parsed again, as in an editor).
        Compilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver baseline = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        Assert.Empty(baseline.GetRunResult().Diagnostics);

        int accepted = 0, compiled = 0;
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Mutants; i++)
        {
            var (seedIndex, inBlock, latin1, mutations) = MutantDrafts.Generate(new PCG((uint)i, Seed), null, out _);
            byte[] bytes = Mutate(seeds[seedIndex], inBlock, mutations);
            string content = latin1 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
            var mutant = GeneratorHarness.Text(texts[seedIndex].Path, content);
            string context = $"mutant {i} (stream {i}, seed {Seed}) of {Path.GetFileName(paths[seedIndex])}";

            GeneratorDriver driver = baseline.ReplaceAdditionalText(texts[seedIndex], mutant)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.True(result.Exception is null, $"{context}: {result.Exception}{Environment.NewLine}{Dump(content)}");
            Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "SD0099");
            foreach (Diagnostic d in result.Diagnostics)
            {
                // A conflict with another document (SD0010, SD0014, SD0015) may be reported on that document.
                FileLinePositionSpan span = d.Location.GetLineSpan();
                int file = Array.FindIndex(texts, t => t.Path == span.Path);
                string fileContent = file == seedIndex ? content : file >= 0 ? texts[file].GetText()!.ToString() : string.Empty;
                int lines = Normalize(fileContent.TrimStart('\uFEFF')).Count(ch => ch == '\n') + 1;
                Assert.True(
                    System.Text.RegularExpressions.Regex.IsMatch(d.Id, "^SD00[0-9][0-9]$") && d.Id != "SD0099" && file >= 0 && span.StartLinePosition.Line < lines,
                    $"{context}: {d}{Environment.NewLine}{Dump(content)}");
                ids[d.Id] = ids.GetValueOrDefault(d.Id) + 1;
            }

            // Compiling is the slow part: compile every accepted mutant (its data is generated) and a sample of the rest.
            bool isAccepted = !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            accepted += isAccepted ? 1 : 0;
            if (isAccepted || i % 50 == 0)
            {
                compiled++;
                Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
                Assert.True(problems.Length == 0, $"{context}: {string.Join(Environment.NewLine, problems)}{Environment.NewLine}{Dump(content)}");
            }
        }

        _output.WriteLine($"{Mutants} mutants: {accepted} accepted, {compiled} compiled, {watch.Elapsed.TotalSeconds:F1} s; diagnostics: {string.Join(", ", ids.Select(kv => $"{kv.Key} x{kv.Value}"))}");
        Assert.True(ids.Count >= 8, "the mutations should reach many different checks");
    }

    private static byte[] Mutate(byte[] seed, bool inBlock, Mutation[] mutations)
    {
        var bytes = new List<byte>(seed);
        int blockEnd = IndexOf(seed, "\n---\n"u8) + 1;
        foreach (Mutation m in mutations)
        {
            int span = inBlock ? blockEnd : bytes.Count;
            int at = bytes.Count == 0 ? 0 : m.At % Math.Max(1, Math.Min(span, bytes.Count));
            int length = Math.Min(m.Length, bytes.Count - at);
            switch (m.Kind)
            {
                case 0: // overwrite bytes
                    for (int k = 0; k < m.Bytes.Length && at + k < bytes.Count; k++)
                    {
                        bytes[at + k] = m.Bytes[k];
                    }

                    break;
                case 1: // insert bytes
                    bytes.InsertRange(at, m.Bytes);
                    break;
                case 2: // delete a range
                    bytes.RemoveRange(at, length);
                    break;
                case 3: // copy a range elsewhere (duplicate keys, ids, anchors)
                    byte[] chunk = bytes.GetRange(at, length).ToArray();
                    bytes.InsertRange(m.To % (bytes.Count + 1), chunk);
                    break;
                case 4: // duplicate the whole line at 'at' right below it
                    int start = bytes.LastIndexOf((byte)'\n', Math.Max(0, at - 1)) + 1;
                    int end = bytes.IndexOf((byte)'\n', at);
                    if (end > start)
                    {
                        bytes.InsertRange(end + 1, bytes.GetRange(start, end - start + 1));
                    }

                    break;
                case 5: // change the indentation of the line at 'at'
                    int lineStart = at == 0 ? 0 : bytes.LastIndexOf((byte)'\n', at - 1) + 1;
                    if (m.To % 2 == 0)
                    {
                        bytes.InsertRange(lineStart, Enumerable.Repeat((byte)' ', 1 + (m.Length % 3)));
                    }
                    else if (lineStart < bytes.Count && bytes[lineStart] == (byte)' ')
                    {
                        bytes.RemoveAt(lineStart);
                    }

                    break;
                default: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
