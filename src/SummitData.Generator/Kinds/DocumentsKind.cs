namespace SummitData.Generator.Kinds
{
    /// <summary>
    /// Documents: the annotation block's top-level keys (its metadata, checked against the text unless inferred) and
    /// the text itself. The parser reads them itself (they are the root, not a list); this description names them for
    /// the record, the emitted data, the reports and the docs.
    /// </summary>
    internal static class DocumentsKind
    {
        /// <summary>The metadata fields that may be listed in <c>inferred</c>.</summary>
        public static readonly string[] Inferable = { "title", "outlet", "authors", "published", "url", "language" };

        /// <summary>The metadata fields whose values must occur in the text unless listed in <c>inferred</c>.</summary>
        public static readonly string[] Stated = { "title", "outlet", "url", "authors" };

        /// <summary>
        /// The metadata fields the words of a text never state, but show: a value given must be listed in <c>inferred</c>.
        /// (A date may be stated: <c>published</c> is given with the words that state it, or listed in <c>inferred</c>.)
        /// </summary>
        public static readonly string[] NeverStated = { "language" };

        public static readonly KindDescription Description = new(
            "documents",
            "document",
            "Document",
            KindScope.Document,
            new[]
            {
                new FieldDescription("format", FieldType.Text, "the version of this format, `summitdata/1`. Without it, or with a value that is not `summitdata/...`, the file is not a SummitData document: one diagnostic (`SD0002`, `SD0004`) that quotes none of its values, and nothing else is read") { Required = true, Stored = false },
                new FieldDescription("source", FieldType.Text, "the name of the file the text was taken from"),
                new FieldDescription("sha256", FieldType.Text, "SHA-256 of the text's UTF-8 bytes, lowercase hex") { Required = true },
                new FieldDescription("title", FieldType.Text, "the title, as the text states it"),
                new FieldDescription("outlet", FieldType.Text, "the outlet or publisher, as the text states it"),
                new FieldDescription("url", FieldType.Text, "the address of the original, as the text states it"),
                new FieldDescription("authors", FieldType.Texts, "the authors, as the text states them; empty when not stated"),
                new FieldDescription("published", FieldType.Date, "the publication date; where the text states it, the date with the words that state it (`date`, `exact`), else listed in `inferred`") { AnchoredValueKey = "date" },
                new FieldDescription("language", FieldType.Text, "BCP 47 tag of the language, e.g. `en`; read from the words, never stated by them, so listed in `inferred`"),
                new FieldDescription("inferred", FieldType.Texts, "the metadata fields whose value is not stated in the text") { Values = Inferable },
                new FieldDescription("file", FieldType.Text, "the name of the annotated file") { Declared = false },
                new FieldDescription("text", FieldType.Text, "the text, verbatim (after the block)") { Declared = false },
            },
            "An annotated document: its metadata and its text.")
        {
            TitleField = "title",
        };
    }
}
