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
                bool opened = before >= 0 && OpeningMarks.IndexOf(text[before]) >= 0;
                bool isClosed = record.Text("closed") == "false" || (after < text.Length && ClosingMarks.IndexOf(text[after]) >= 0);
                if (!opened || !isClosed)
                {
                    record.Report(DiagnosticCatalog.QuoteNotEnclosed, record.Node("exact")!, record.Id, "use 'closed: false' where the text never closes the quotation");
                }
            }
        }
    }
}
