using System;
using System.Linq;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// A hand-built data set whose text and fields hold what output formats must survive: commas, quotes, pipes, line
/// breaks, markup, a surrogate pair before the citations, nested and crossing citations, and citations that do not
/// point at their words. Every citation's place is computed from the text, never written down.
/// </summary>
internal static class TrickyData
{
    public const string DocumentId = "tricky-doc";

    public const string Text =
        "🙂 Prices rose 7% in \"Q1\", while trade, at USD 5 million, fell.\n" +
        "He said “a | b, c” and <script>alert(1)</script> & more.\n" +
        "Nested: abcdefghij. End.\n";

    public static SummitDataSet Create()
    {
        var document = new Document(
            DocumentId,
            "tricky.summit",
            OriginalFile: null,
            Title: "Title, with \"quotes\" | a pipe\nand a second line",
            Outlet: "<Outlet> & Co",
            Authors: ["Doe, Jane", "Roe \"R\""],
            Published: new DateOnly(2024, 5, 16),
            Url: "https://example.org/a?b=1&c=2",
            Language: "en",
            InferredFields: ["language"],
            Sha256: "0",
            Text);

        var pat = new Person("pat", "Pat O’Brien, \"Jr.\"", ["He"], [Cite("He said")], [Cite("He")]);
        Entity[] parties =
        [
            new("a-inc", "A, Inc.", EntityKind.Organization, ["A, Inc."], []),
            new("b-c", "B | C", EntityKind.Organization, ["B | C"], []),
        ];
        var pact = new Agreement("pact", "Pact, \"one\" | two", AgreementKind.Agreement, AgreementStatus.SignedDuringVisit, parties, [Cite("trade"), Cite("USD 5 million")]);

        Figure[] figures =
        [
            new("rise", DocumentId, Cite("7%"), 7, FigureScale.None, FigureUnit.Percent, "price rise, \"year\" on year\nsecond line | with pipe", "Q1, 2024", IsApproximate: false, FigureDirection.Increase),
            new("amount", DocumentId, Cite("USD 5 million"), 5, FigureScale.Million, FigureUnit.Usd, "trade, at <b>value</b> & more", Period: null, IsApproximate: true, Direction: null),
            new("quarter", DocumentId, Cite("\"Q1\""), 1, FigureScale.None, FigureUnit.Ordinal, "quarter", Period: null, IsApproximate: false, Direction: null),
            new("across-lines", DocumentId, Cite("fell.\nHe said"), 13.50m, FigureScale.None, FigureUnit.Percent, "a fall", Period: "Q2", IsApproximate: false, FigureDirection.Decline),

            // Claims "7%" but points at "Prices": its words are not where it says.
            new("misplaced", DocumentId, Cite("Prices") with { Text = "7%" }, 7, FigureScale.None, FigureUnit.Percent, "misplaced", Period: null, IsApproximate: false, Direction: null),
        ];

        Quote[] quotes =
        [
            new("said", DocumentId, Cite("a | b, c"), QuoteKind.DirectSpeech, pat, Source: null, Attribution: null),
            new("script", DocumentId, Cite("<script>alert(1)</script>"), QuoteKind.Title, Speaker: null, Source: null, Attribution: "A & B <i>"),
            new("outer", DocumentId, Cite("abcdefghij"), QuoteKind.ScareQuote, Speaker: null, Source: pact, Attribution: null),
            new("inner", DocumentId, Cite("cdefg"), QuoteKind.ScareQuote, Speaker: null, Source: null, Attribution: null),

            // Crosses the end of "inner" but lies within "outer".
            new("crossing", DocumentId, Cite("efghij"), QuoteKind.ScareQuote, Speaker: null, Source: null, Attribution: null),

            // Starts within "outer" and ends after it: no mark contains it.
            new("overhanging", DocumentId, Cite("hij. End"), QuoteKind.ScareQuote, Speaker: null, Source: null, Attribution: null),

            // Nothing, at the very end of the text.
            new("empty-at-end", DocumentId, new Citation(DocumentId, Text.Length, 0, Text.Count(c => c == '\n') + 1, 1, string.Empty), QuoteKind.ScareQuote, Speaker: null, Source: null, Attribution: null),

            // A document the data set does not have.
            new("elsewhere", "missing-doc", new Citation("missing-doc", 0, 3, 1, 1, "abc"), QuoteKind.Title, Speaker: null, Source: null, Attribution: null),
        ];

        return new SummitDataSet([document], [pact], figures, quotes, [pat], parties, [], []);
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
