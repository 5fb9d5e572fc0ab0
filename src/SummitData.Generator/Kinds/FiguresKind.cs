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

        /// <summary>The value with its scale applied, or null when it does not fit in a decimal.</summary>
        public static decimal? Scaled(decimal value, string scale)
        {
            decimal factor = scale switch
            {
                "thousand" => 1_000m,
                "million" => 1_000_000m,
                "billion" => 1_000_000_000m,
                "trillion" => 1_000_000_000_000m,
                _ => 1m,
            };

            try
            {
                return value * factor;
            }
            catch (System.OverflowException)
            {
                return null;
            }
        }

        private sealed class Rules : KindRules
        {
            public override void Check(RecordReading record)
            {
                if (record.HasErrors || record.Citation("citation") is not { } citation || record.Text("value") is not { } written || record.Text("unit") is not { } unit)
                {
                    return;
                }

                decimal value = decimal.Parse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                string scale = record.Text("scale") ?? "none";
                if (FigureCheck.Check(citation.Text, value, scale, unit) is { } problem)
                {
                    record.Report(DiagnosticCatalog.FigureMismatch, record.Node(problem.Field) ?? record.Node("value")!, $"Figure '{record.Id}': {problem.Problem}");
                }
            }
        }
    }
}
