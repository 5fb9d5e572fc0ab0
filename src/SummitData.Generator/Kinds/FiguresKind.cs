using System.Globalization;
using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>Figures: every number a document states, with what it measures, checked against its words.</summary>
    internal static class FiguresKind
    {
        public static readonly string[] Scales = { "none", "thousand", "million", "billion", "trillion" };

        public static readonly string[] Units = { "usd", "percent", "years", "months", "weeks", "days", "hours", "count", "words", "times", "ordinal" };

        public static readonly string[] Directions = { "increase", "decline" };

        public static readonly KindDescription Description = new(
            "figures",
            "figure",
            "Figure",
            KindScope.PerDocument,
            new[]
            {
                new FieldDescription("exact", FieldType.Anchor, "the number as written, with its unit and scale words when they are adjacent") { Name = "citation", Inline = true, Required = true },
                new FieldDescription("value", FieldType.Decimal, "the number before the scale is applied, an exact decimal") { Required = true },
                new FieldDescription("scale", FieldType.Enum, "the scale word written with the number") { Values = Scales, Default = "none" },
                new FieldDescription("unit", FieldType.Enum, "the unit") { Required = true, Values = Units },
                new FieldDescription("measures", FieldType.Text, "what the number measures") { Required = true },
                new FieldDescription("period", FieldType.Text, "the period the figure refers to, where stated"),
                new FieldDescription("approximate", FieldType.Bool, "whether the text qualifies it (\"almost\", \"nearly\", \"over\")") { Default = "false" },
                new FieldDescription("direction", FieldType.Enum, "the direction of change, where the text states one") { Values = Directions },
                new FieldDescription("claim", FieldType.Reference, "the claim this figure states: its words become one of the claim's citations")
                {
                    Targets = new[] { "claims" },
                    Verb = "states the claim",
                    Hint = "'claim' is the id of a claim, declared under 'claims' in this or another document",
                    AddsCitationTo = "citations",
                    CitationFrom = "citation",
                },
            },
            "A number stated in a document, with what it measures.")
        {
            TitleField = "measures",
            ParseOrder = 3,
            Rules = new Rules(),
        };

        private sealed class Rules : KindRules
        {
            public override void Check(RecordReading record)
            {
                // A value whose scaled value does not fit in a decimal would break every use of it (SD0006 at the value).
                if (record.Text("value") is { } raw && FigureCheck.ScaledOverflow(Parse(raw), record.Text("scale") ?? "none") is { } overflow)
                {
                    record.Report(DiagnosticCatalog.InvalidNumber, record.Node("value")!, "value", $"figure '{record.Id}': {overflow}");
                }

                if (record.HasErrors || record.Citation("citation") is not { } citation || record.Text("value") is not { } written || record.Text("unit") is not { } unit)
                {
                    return;
                }

                decimal value = Parse(written);
                string scale = record.Text("scale") ?? "none";
                if (FigureCheck.Check(citation.Text, value, scale, unit) is { } problem)
                {
                    record.Report(DiagnosticCatalog.FigureMismatch, record.Node(problem.Field) ?? record.Node("value")!, record.Id, problem.Problem);
                }
            }

            private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
    }
}
