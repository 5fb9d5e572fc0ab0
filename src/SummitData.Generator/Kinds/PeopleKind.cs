namespace SummitData.Generator.Kinds
{
    /// <summary>People: shared by id across documents, with every spelling and role the documents give.</summary>
    internal static class PeopleKind
    {
        public static readonly KindDescription Description = new(
            "people",
            "person",
            "Person",
            KindScope.Shared,
            new[]
            {
                new FieldDescription("name", FieldType.Text, "the canonical name; the same in every document that declares this id") { Required = true, Merge = MergeRule.Agree },
                new FieldDescription("mentions", FieldType.Anchors, "where this document names the person, with the spelling it uses") { AllowAll = true, AtLeastOne = true, Merge = MergeRule.Sorted },
                new FieldDescription("roles", FieldType.Anchors, "the person's roles as this document states them") { Merge = MergeRule.Concat },
                new FieldDescription("spellings", FieldType.Texts, "every distinct spelling the documents use, in order of first appearance") { Declared = false, Merge = MergeRule.Derived, DerivedFrom = "mentions" },
            },
            "A person named in the documents, merged across every document that names them.")
        {
            TitleField = "name",
            IdSpace = "named",
            ParseOrder = 0,
        };
    }
}
