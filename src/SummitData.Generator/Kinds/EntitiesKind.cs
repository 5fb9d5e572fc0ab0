namespace SummitData.Generator.Kinds
{
    /// <summary>Countries, organisations and places: shared by id across documents, like people.</summary>
    internal static class EntitiesKind
    {
        public static readonly string[] Kinds = { "country", "organization", "place" };

        public static readonly KindDescription Description = new(
            "entities",
            "entity",
            "Entity",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("name", FieldType.Text, "the canonical name; the same in every document that declares this id") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("kind", FieldType.Enum, "what it is; the same in every declaration") { Required = true, Values = Kinds, Merge = MergeRule.Agree },
                new FieldDescription("mentions", FieldType.Anchors, "where this document names it") { AllowAll = true, AtLeastOne = true, Merge = MergeRule.Sorted },
                new FieldDescription("spellings", FieldType.Texts, "every distinct spelling the documents use, in order of first appearance") { Declared = false, Merge = MergeRule.Derived, DerivedFrom = "mentions" },
            },
            "A country, an organisation or a place named in the documents, merged across every document that names it.")
        {
            TitleField = "name",
            IdSpace = "named",
            ParseOrder = 1,
        };
    }
}
