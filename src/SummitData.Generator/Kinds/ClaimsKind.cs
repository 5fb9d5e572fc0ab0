using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>Claims: one fact with every place any document states it.</summary>
    internal static class ClaimsKind
    {
        private const string AboutHint = "'about' lists ids of people, entities or agreements (e.g. 'russia')";

        public static readonly KindDescription Description = new(
            "claims",
            "claim",
            "Claim",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("statement", FieldType.Text, "the fact in a sentence; the same in every declaration") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("about", FieldType.References, "ids of the people, entities or agreements it is about; merged across declarations")
                {
                    Targets = new[] { "people", "entities", "agreements" },
                    Verb = "is about",
                    Hint = AboutHint,
                    Merge = MergeRule.Union,
                },
                new FieldDescription("citations", FieldType.Anchors, "where this document states it; may be empty only when a figure of this document names the claim") { Merge = MergeRule.Sorted },
            },
            "One fact as the documents state it, with every citation that states it, in any document.")
        {
            TitleField = "statement",
            ParseOrder = 5,
            Rules = new Rules(),
        };

        /// <summary>The same 'about' field for discrepancies.</summary>
        public static FieldDescription About(string doc) => new("about", FieldType.References, doc)
        {
            Targets = new[] { "people", "entities", "agreements" },
            Verb = "is about",
            Hint = AboutHint,
            Merge = MergeRule.Union,
        };

        private sealed class Rules : KindRules
        {
            public override void Check(RecordReading record)
            {
                // A figure of this document may state the claim: its words are then the claim's citation here.
                if (record.IsNamed && !record.HasErrors && record.Citations("citations").Count == 0 && !record.Document.IsReferenced(Kinds.Figures, "claim", record.Id))
                {
                    record.Report(DiagnosticCatalog.MissingField, record.Node("citations") ?? record.Mapping, $"Claim '{record.Id}'", $"at least one anchor in 'citations': the words of this document that state it (or a figure of this document with 'claim: {record.Id}')");
                }
            }
        }
    }
}
