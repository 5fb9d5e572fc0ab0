using System;
using System.Linq;
using SummitData.Loading;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// An annotated document whose text and fields hold what output formats must survive: commas, quotes, pipes, line
/// breaks, markup, a surrogate pair before the citations, the same words cited twice, and nested and crossing
/// citations. It is loaded like any document, so everything in it is data the format accepts.
/// </summary>
internal static class TrickyData
{
    public const string DocumentId = "tricky-doc";

    public const string Text =
        "🙂 Prices rose 7% in \"Q1\", while trade, at USD 5 million, fell.\n" +
        "He said “a | b, c” and <script>alert(1)</script> & more.\n" +
        "Nested: ab cd ef gh ij. End.\n" +
        "Parties: A, Inc. and B | C.\n";

    public static string Document => $$"""
        ---
        format: summitdata/1
        id: {{DocumentId}}
        sha256: {{SummitDataLoader.TextSha256(Text)}}
        title: "Title, with \"quotes\" | a pipe\nand a second line"
        outlet: "<Outlet> & Co"
        authors: ["Doe, Jane", "Roe \"R\""]
        published: 2024-05-16
        url: "https://example.org/a?b=1&c=2"
        language: en
        inferred: [title, outlet, authors, published, url, language]
        people:
          - id: pat
            name: "Pat O’Brien, \"Jr.\""
            mentions: [He]
            roles: [He said]
        entities:
          - id: a-inc
            name: "A, Inc."
            kind: organization
            mentions: ["A, Inc."]
          - id: b-c
            name: "B | C"
            kind: organization
            mentions: ["B | C"]
        agreements:
          - id: pact
            title: "Pact, \"one\" | two"
            kind: agreement
            status: signed-during-visit
            parties: [a-inc, b-c]
            mentions: [trade, USD 5 million]
        figures:
          - id: rise
            exact: 7%
            value: 7
            unit: percent
            measures: "price rise, \"year\" on year\nsecond line | with pipe"
            period: Q1, 2024
            direction: increase
          - id: amount
            exact: USD 5 million
            value: 5
            scale: million
            unit: usd
            measures: trade, at <b>value</b> & more
            approximate: true
          - id: quarter
            exact: '"Q1"'
            value: 1
            unit: ordinal
            measures: quarter
          - id: across-lines
            exact: "fell.\nHe said"
            value: 13.50
            unit: percent
            measures: a fall
            period: Q2
            direction: decline
        quotes:
          - id: said
            exact: a | b, c
            kind: direct-speech
            speaker: pat
          - id: script
            exact: <script>alert(1)</script>
            kind: title
            attribution: A & B <i>
          - id: outer
            exact: ab cd ef gh ij
            kind: scare-quote
            source: pact
          - id: inner
            exact: cd ef
            kind: scare-quote
          - id: crossing
            exact: ef gh
            kind: scare-quote
          - id: overhanging
            exact: ij. End
            kind: scare-quote
        ---

        """.Replace("\r\n", "\n", StringComparison.Ordinal) + Text;

    /// <summary>The document loaded; its quotes that stand outside quotation marks give warnings, never errors.</summary>
    public static SummitDataSet Create()
    {
        LoadResult result = SummitDataLoader.LoadText("tricky.summit", Document);
        if (result.HasErrors)
        {
            throw new InvalidOperationException("The tricky document does not load: " + string.Join("; ", result.Diagnostics));
        }

        return result.Data;
    }

    /// <summary>A citation of the only occurrence of <paramref name="words"/> in <see cref="Text"/>.</summary>
    public static Citation Cite(string words)
    {
        int offset = Text.IndexOf(words, StringComparison.Ordinal);
        if (offset < 0 || Text.IndexOf(words, offset + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{words}' does not occur exactly once in the text.", nameof(words));
        }

        int lineStart = offset == 0 ? 0 : Text.LastIndexOf('\n', offset - 1) + 1;
        int line = Text[..offset].Count(c => c == '\n') + 1;
        return new Citation(DocumentId, offset, words.Length, line, offset - lineStart + 1, words);
    }
}
