namespace SummitData.Generator.Kinds
{
    /// <summary>Agreements, statements and other documents the sources refer to: shared by id across documents.</summary>
    internal static class AgreementsKind
    {
        public static readonly string[] Kinds = { "joint-statement", "agreement", "protocol", "memorandum", "concept", "action-plan", "treaty", "communique", "other" };

        public static readonly string[] Statuses = { "signed-during-visit", "not-concluded", "earlier" };

        public static readonly KindDescription Description = new(
            "agreements",
            "agreement",
            "Agreement",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("title", FieldType.Text, "a descriptive title; the same in every declaration") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("kind", FieldType.Enum, "what kind of document it is; the same in every declaration") { Required = true, Values = Kinds, Merge = MergeRule.Agree },
                new FieldDescription("status", FieldType.Enum, "signed during the visit, not concluded, or an earlier agreement; the same in every declaration") { Required = true, Values = Statuses, Merge = MergeRule.Agree },
                new FieldDescription("parties", FieldType.References, "ids of the people or entities that are parties; merged across declarations")
                {
                    Targets = new[] { "people", "entities" },
                    Verb = "names the party",
                    Hint = "'parties' lists ids of people or entities (e.g. 'russia'), declared under 'people' or 'entities'",
                    Merge = MergeRule.Union,
                },
                new FieldDescription("mentions", FieldType.Anchors, "where this document refers to it") { AllowAll = true, AtLeastOne = true, Merge = MergeRule.Sorted },
            },
            "An agreement, statement or other document the sources refer to, merged across documents.")
        {
            TitleField = "title",
            IdSpace = "named",
            ParseOrder = 2,
        };
    }
}
