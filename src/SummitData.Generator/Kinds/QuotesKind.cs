using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>Quotes: words in quotation marks, with who said or wrote them.</summary>
    internal static class QuotesKind
    {
        public static readonly string[] Kinds = { "direct-speech", "document-text", "scare-quote", "title", "media-text" };

        private const string OpeningMarks = "“\"‘'«„‚";
        private const string ClosingMarks = "”\"’'»“‘";

        public static readonly KindDescription Description = new(
            "quotes",
            "quote",
            "Quote",
            KindScope.PerDocument,
            new[]
            {
                new FieldDescription("exact", FieldType.Anchor, "exactly the words inside the quotation marks, without the marks") { Name = "citation", Inline = true, Required = true },
                new FieldDescription("kind", FieldType.Enum, "what kind of quotation it is") { Required = true, Values = Kinds },
                new FieldDescription("speaker", FieldType.Reference, "the person quoted, where the text says who") { Targets = new[] { "people" }, Verb = "names the speaker" },
                new FieldDescription("source", FieldType.Reference, "the agreement or statement whose words these are") { Targets = new[] { "agreements" }, Verb = "names the source" },
                new FieldDescription("attribution", FieldType.Text, "who the text credits when it is neither a person nor an agreement: an outlet or body, as written"),
                new FieldDescription("opened", FieldType.Bool, "false where the text closes the quotation and never opens it (a mark lost in scraped text)") { Default = "true", Stored = false },
                new FieldDescription("closed", FieldType.Bool, "false where the text opens the quotation and never closes it") { Default = "true", Stored = false },
            },
            "Words in quotation marks in a document, with who said or wrote them.")
        {
            TitleField = "citation",
            ParseOrder = 4,
            Rules = new Rules(),
        };

        private sealed class Rules : KindRules
        {
            public override void Check(RecordReading record)
            {
                if (record.Citation("citation") is not { } citation)
                {
                    return;
                }

                string text = record.DocumentText;
                int before = citation.Offset - 1;
                int after = citation.Offset + citation.Length;
                bool markBefore = before >= 0 && OpeningMarks.IndexOf(text[before]) >= 0;
                bool markAfter = after < text.Length && ClosingMarks.IndexOf(text[after]) >= 0;
                bool opened = markBefore || record.Text("opened") == "false";
                bool closed = markAfter || record.Text("closed") == "false";
                if (opened && closed)
                {
                    return;
                }

                // The key to recommend is the one for the mark still missing; with neither, 'exact' is most likely
                // wrong (it holds the marks, or words outside the quotation).
                string fix = (opened, closed) switch
                {
                    (false, true) => "no opening mark stands right before the words: say 'opened: false' where the text never opens the quotation, otherwise start 'exact' right after the opening mark",
                    (true, false) => "no closing mark stands right after the words: say 'closed: false' where the text never closes the quotation, otherwise end 'exact' right before the closing mark",
                    _ => "no quotation mark stands right before or right after the words: make 'exact' exactly the words between the marks, without them (where the text has lost both marks, say 'opened: false' and 'closed: false')",
                };
                record.Report(DiagnosticCatalog.QuoteNotEnclosed, record.Node("exact")!, record.Id, fix);
            }
        }
    }
}
