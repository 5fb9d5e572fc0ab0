using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>Discrepancies: points on which the documents disagree, one side per document.</summary>
    internal static class DiscrepanciesKind
    {
        public static readonly string[] Kinds = { "count", "spelling", "title-role", "outcome", "figure", "wording", "fact" };

        public static readonly KindDescription Description = new(
            "discrepancies",
            "discrepancy",
            "Discrepancy",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("topic", FieldType.Text, "what the sides disagree about; the same in every declaration") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("kind", FieldType.Enum, "the kind of disagreement; the same in every declaration") { Required = true, Values = Kinds, Merge = MergeRule.Agree },
                ClaimsKind.About("ids of the people, entities or agreements it is about; merged across declarations"),
                new FieldDescription("side", FieldType.Anchor, "the words of this document that take its side: one anchor (no 'all')") { Name = "sides", Required = true, Merge = MergeRule.OnePerDocument },
            },
            "A point on which the documents disagree: each side is one document's own words.")
        {
            TitleField = "topic",
            ParseOrder = 6,
            MinDeclarations = 2,
            Rules = new Rules(),
        };

        private sealed class Rules : KindRules
        {
            // Each document takes one side: the same id twice in one document is SD0023, not a duplicate id.
            public override DiagnosticInfo? DuplicateInDocument(string id, int firstLine, string documentName, LocationInfo at) =>
                DiagnosticCatalog.DiscrepancyTwoSides.At(at, id, documentName, DiagnosticCatalog.Int(firstLine));
        }
    }
}
