using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The one-pass anchor search finds what searching for each anchor on its own finds: the same places, counts and
/// hints, for random texts full of the cases the word-boundary rule is about (letters, digits, combining marks,
/// surrogate pairs) and random anchors, many identical or sharing their characters.
/// </summary>
public sealed class AnchorSearchTests
{
    private static readonly string[] Pieces = { "a", "b", "ab", " ", " ", "1", "\u0301", "\uD835\uDC00", "\uD83D\uDE00", "é", "-" };

    [Fact]
    public void One_pass_finds_what_a_search_per_anchor_finds()
    {
        var random = new Random(20_240_516);
        int compared = 0, found = 0, ambiguous = 0, notFound = 0;
        for (int round = 0; round < 300; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var anchors = new List<(string Exact, string Prefix, string Suffix, bool All)>();
            for (int i = 0; i < 30; i++)
            {
                anchors.Add(i > 0 && random.Next(5) == 0 ? anchors[random.Next(anchors.Count)] : Anchor(random, text));
            }

            var diagnostics = new List<DiagnosticInfo>();
            var resolver = new AnchorResolver("t", text, 10, new SourceMap("/t.summit", 0, 0), diagnostics, default);
            int misses = AnchorResolver.MissesOnThisThread;
            foreach ((string exact, string prefix, string suffix, bool all) in anchors)
            {
                resolver.Register(Mapping(exact, prefix, suffix, all), allowAll: true);
            }

            resolver.Search();
            foreach ((string exact, string prefix, string suffix, bool all) in anchors)
            {
                AnchorResolver.Selection selection = resolver.Find(Scalar(exact), exact, prefix, suffix, all);
                List<int> expected = Reference(text, exact, prefix, suffix);
                string context = $"text {Escape(text)}, anchor {Escape(prefix)}[{Escape(exact)}]{Escape(suffix)}";
                Assert.False(selection.IsRefused, context);
                Assert.True(expected.Count == selection.Count, $"{context}: {selection.Count} found, {expected.Count} expected");
                if (expected.Count == 0)
                {
                    Assert.True(ReferenceHint(text, exact) == selection.NotFoundHint, context);
                    notFound++;
                    continue;
                }

                Assert.True(expected[0] == selection.First, context);
                if (expected.Count == 1 || all)
                {
                    Assert.True(resolver.TryCite(selection, out IReadOnlyList<CitationSpec> citations, out string? limit), context);
                    Assert.Null(limit);
                    Assert.Equal(expected, citations.Select(c => c.Offset));
                    Assert.All(citations, c => Assert.Equal(exact, text.Substring(c.Offset, c.Length)));
                    Assert.All(citations, c => Assert.Equal(exact, c.Text));
                    found++;
                }
                else
                {
                    ambiguous++;
                }

                compared++;
            }

            Assert.Empty(diagnostics);
            Assert.Equal(misses, AnchorResolver.MissesOnThisThread);
        }

        Assert.True(found > 1000 && ambiguous > 300 && notFound > 1000, $"{found} found, {ambiguous} ambiguous, {notFound} not found");
        Assert.True(compared > 1500, $"{compared} compared");
    }

    [Fact]
    public void An_anchor_not_registered_is_found_on_its_own_and_counted()
    {
        const string text = "one two one";
        var resolver = new AnchorResolver("t", text, 0, new SourceMap("/t.summit", 0, 0), new List<DiagnosticInfo>(), default);
        resolver.Register(Scalar("two"), allowAll: false);
        resolver.Search();
        int misses = AnchorResolver.MissesOnThisThread;

        Assert.Equal(1, resolver.Find(Scalar("two"), "two", null, null, all: false).Count);
        Assert.Equal(misses, AnchorResolver.MissesOnThisThread);
        AnchorResolver.Selection one = resolver.Find(Scalar("one"), "one", null, "", all: true);
        Assert.Equal(misses + 1, AnchorResolver.MissesOnThisThread);
        Assert.True(resolver.TryCite(one, out IReadOnlyList<CitationSpec> citations, out _));
        Assert.Equal(new[] { 0, 8 }, citations.Select(c => c.Offset));
    }

    private static (string Exact, string Prefix, string Suffix, bool All) Anchor(Random random, string text)
    {
        // Mostly words of the text with what stands around them, sometimes characters the text may not have.
        if (text.Length == 0 || random.Next(6) == 0)
        {
            return (Pieces[random.Next(Pieces.Length)] + (random.Next(2) == 0 ? Pieces[random.Next(Pieces.Length)] : string.Empty), random.Next(3) == 0 ? "a" : string.Empty, string.Empty, random.Next(2) == 0);
        }

        int start = random.Next(text.Length);
        int length = Math.Min(text.Length - start, 1 + random.Next(4));
        int prefix = random.Next(3) == 0 ? Math.Min(start, random.Next(4)) : 0;
        int suffix = random.Next(3) == 0 ? Math.Min(text.Length - start - length, random.Next(4)) : 0;
        return (text.Substring(start, length), text.Substring(start - prefix, prefix), text.Substring(start + length, suffix), random.Next(2) == 0);
    }

    /// <summary>Each anchor on its own, as the format states the rules: every place, then the prefix and suffix compared there.</summary>
    private static List<int> Reference(string text, string exact, string prefix, string suffix)
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
                && !(i > 0 && char.IsSurrogatePair(text[i - 1], text[i])) && !(end < text.Length && char.IsSurrogatePair(text[end - 1], text[end]))
                && i >= prefix.Length && string.CompareOrdinal(text, i - prefix.Length, prefix, 0, prefix.Length) == 0
                && end + suffix.Length <= text.Length && string.CompareOrdinal(text, end, suffix, 0, suffix.Length) == 0;
            if (ok)
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>Why an anchor is not found, as the search per anchor said: its words alone, then its characters anywhere.</summary>
    private static string ReferenceHint(string text, string exact) =>
        Reference(text, exact, string.Empty, string.Empty).Count > 0 ? "the words occur, but not with this prefix/suffix"
        : text.Contains(exact, StringComparison.Ordinal) ? "the characters occur, but only inside a longer word or number, or cutting a character from its accent; anchor whole words"
        : "check spelling, quotation marks (’ vs ') and dashes (– vs -) against the text";

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static YamlScalar Scalar(string value) => new(value, isPlain: false, new YamlMark(0, 1, 1), new YamlMark(0, 1, 1));

    private static YamlMapping Mapping(string exact, string prefix, string suffix, bool all)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>> { new(Scalar("exact"), Scalar(exact)) };
        if (prefix.Length > 0)
        {
            entries.Add(new(Scalar("prefix"), Scalar(prefix)));
        }

        if (suffix.Length > 0)
        {
            entries.Add(new(Scalar("suffix"), Scalar(suffix)));
        }

        if (all)
        {
            entries.Add(new(Scalar("all"), new YamlScalar("true", isPlain: true, new YamlMark(0, 1, 1), new YamlMark(0, 1, 1))));
        }

        return new YamlMapping(entries, new YamlMark(0, 1, 1), new YamlMark(0, 1, 1));
    }

    private static string Escape(string value) => string.Concat(value.Select(c => c < 0x7F ? c.ToString() : $"\\u{(int)c:X4}"));
}
