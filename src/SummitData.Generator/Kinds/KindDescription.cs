using System;
using System.Collections.Generic;

namespace SummitData.Generator.Kinds
{
    /// <summary>How a field is written in the annotation block and what it holds.</summary>
    internal enum FieldType
    {
        /// <summary>A string, kept exactly as written.</summary>
        Text,

        /// <summary>One of the field's <see cref="FieldDescription.Values"/>.</summary>
        Enum,

        /// <summary>An exact decimal number (YAML 1.2 core schema, never rounded).</summary>
        Decimal,

        /// <summary><c>true</c> or <c>false</c>.</summary>
        Bool,

        /// <summary>An ISO 8601 calendar date, <c>YYYY-MM-DD</c>.</summary>
        Date,

        /// <summary>The id of a record of one of the field's <see cref="FieldDescription.Targets"/>.</summary>
        Reference,

        /// <summary>A list of ids of records of the field's <see cref="FieldDescription.Targets"/>.</summary>
        References,

        /// <summary>A list of strings.</summary>
        Texts,

        /// <summary>
        /// Words of the text: one anchor, written inline in the record (<c>exact</c>, <c>prefix</c>, <c>suffix</c> keys) when
        /// the field is <see cref="FieldDescription.Inline"/>, else as the field's value (the words, or a mapping with
        /// <c>exact</c>, <c>prefix</c>, <c>suffix</c>).
        /// </summary>
        Anchor,

        /// <summary>A list of anchors, each the words or a mapping with <c>exact</c>, <c>prefix</c>, <c>suffix</c> (and <c>all</c> where allowed).</summary>
        Anchors,
    }

    /// <summary>How the values of one field of a record shared across documents are merged.</summary>
    internal enum MergeRule
    {
        /// <summary>Not shared: the record belongs to one document.</summary>
        None,

        /// <summary>Every declaration must give the same value (SD0015 at the first that differs).</summary>
        Agree,

        /// <summary>Lists of ids: each id once, in order of first appearance (documents by id).</summary>
        Union,

        /// <summary>Citations: every declaration's, documents by id, each in the order written.</summary>
        Concat,

        /// <summary>Citations: every declaration's, documents by id, each span once, in text order (mentions overlap).</summary>
        Sorted,

        /// <summary>One anchor per declaring document, merged into a list (documents by id).</summary>
        OnePerDocument,

        /// <summary>Not declared: computed from another field when records are merged (see <see cref="FieldDescription.DerivedFrom"/>).</summary>
        Derived,
    }

    /// <summary>Whether a kind's records belong to one document or are shared by id across documents.</summary>
    internal enum KindScope
    {
        /// <summary>The document itself: its fields are the annotation block's top-level keys.</summary>
        Document,

        /// <summary>Each record belongs to the document that declares it; ids are unique across the corpus.</summary>
        PerDocument,

        /// <summary>Records are declared by id in any number of documents and merged (people, entities, ...).</summary>
        Shared,
    }

    /// <summary>
    /// One field of a kind: its YAML key and type, whether it is required, its allowed values, and how it is merged
    /// and named in the record. Parsing, checks, merging, emission, the loader, the reports' data and the docs' field
    /// tables all read it, so a field is described here once.
    /// </summary>
    internal sealed class FieldDescription
    {
        public FieldDescription(string key, FieldType type, string doc)
        {
            Key = key;
            Type = type;
            Doc = doc;
            Name = key;
        }

        /// <summary>The YAML key (for an inline anchor: <c>exact</c>).</summary>
        public string Key { get; }

        public FieldType Type { get; }

        /// <summary>One sentence for the docs, the schema and generated comments.</summary>
        public string Doc { get; }

        /// <summary>The name of the field in the record and in the emitted data (<c>sides</c> for the declared <c>side</c>).</summary>
        public string Name { get; init; }

        public bool Required { get; init; }

        /// <summary>The value when the key is absent or null (enums and booleans), as written in YAML.</summary>
        public string? Default { get; init; }

        /// <summary>The allowed values of an enum, in the order of the runtime enum's members.</summary>
        public string[] Values { get; init; } = Array.Empty<string>();

        /// <summary>The kinds (by section) a reference may point at.</summary>
        public string[] Targets { get; init; } = Array.Empty<string>();

        /// <summary>How a reference reads in a message: "names the speaker", "is about".</summary>
        public string? Verb { get; init; }

        /// <summary>What a reference must look like, for the message when it is not an id.</summary>
        public string? Hint { get; init; }

        /// <summary>For anchors: whether <c>all: true</c> may take every occurrence.</summary>
        public bool AllowAll { get; init; }

        /// <summary>For an anchor: its <c>exact</c>, <c>prefix</c> and <c>suffix</c> are keys of the record itself.</summary>
        public bool Inline { get; init; }

        /// <summary>
        /// For a value the text may state (a date): the key of the value when the field is written as a mapping of the
        /// value and the words of the text that state it (<c>exact</c>, <c>prefix</c>, <c>suffix</c>). The words are
        /// checked to state the value, and the field is then stated, not inferred. Null: the field is its value alone.
        /// </summary>
        public string? AnchoredValueKey { get; init; }

        /// <summary>For a list of anchors: at least one is needed.</summary>
        public bool AtLeastOne { get; init; }

        /// <summary>Written in the annotation block (false for a field computed when merging).</summary>
        public bool Declared { get; init; } = true;

        /// <summary>Kept in the record (false for a field that only steers a check, such as a quote's <c>closed</c>).</summary>
        public bool Stored { get; init; } = true;

        public MergeRule Merge { get; init; } = MergeRule.None;

        /// <summary>For a field every declaration must give alike: what to do when documents really differ (added to SD0015).</summary>
        public string? ConflictHint { get; init; }

        /// <summary>For a <see cref="MergeRule.Derived"/> field: the anchors field whose distinct words it lists.</summary>
        public string? DerivedFrom { get; init; }

        /// <summary>For a reference: the merged field of the target record that this record's anchor is added to (a figure's words become a citation of its claim).</summary>
        public string? AddsCitationTo { get; init; }

        /// <summary>For a reference: the anchor field of this record whose words are added.</summary>
        public string? CitationFrom { get; init; }
    }

    /// <summary>
    /// One kind of record: its section in the annotation block, its fields, whether it is shared across documents,
    /// its generated names and its own checks. The steps of the generator, the loader and the reports are written
    /// once for every kind and read this description.
    /// </summary>
    internal sealed class KindDescription
    {
        private readonly Dictionary<string, int> _storedIndex = new(StringComparer.Ordinal);

        public KindDescription(string section, string singular, string record, KindScope scope, IReadOnlyList<FieldDescription> fields, string doc)
        {
            Section = section;
            Singular = singular;
            Record = record;
            Scope = scope;
            Fields = fields;
            Doc = doc;
            ClassName = Parsing.Identifiers.ToPascalCase(section);
            var stored = new List<FieldDescription>();
            foreach (FieldDescription field in fields)
            {
                if (field.Stored)
                {
                    _storedIndex[field.Name] = stored.Count;
                    stored.Add(field);
                }
            }

            StoredFields = stored;
        }

        /// <summary>The YAML key of the kind's list (<c>figures</c>), also its name in the emitted data and the reports.</summary>
        public string Section { get; }

        /// <summary>One record in words: <c>figure</c>.</summary>
        public string Singular { get; }

        /// <summary>The runtime record type's name: <c>Figure</c>.</summary>
        public string Record { get; }

        /// <summary>The generated class holding the named records: <c>Figures</c>.</summary>
        public string ClassName { get; }

        public KindScope Scope { get; }

        /// <summary>Every field, in the order the annotation block is checked and the docs list them.</summary>
        public IReadOnlyList<FieldDescription> Fields { get; }

        /// <summary>The fields a record holds, in the order of its emitted values.</summary>
        public IReadOnlyList<FieldDescription> StoredFields { get; }

        public string Doc { get; }

        /// <summary>"a figure" or "an entity", for messages.</summary>
        public string WithArticle => ("aeiou".IndexOf(Singular[0]) >= 0 ? "an " : "a ") + Singular;

        /// <summary>The stored field that names a record in generated comments and reports (a person's name, a claim's statement).</summary>
        public string? TitleField { get; init; }

        /// <summary>Ids of kinds with the same <see cref="IdSpace"/> are one set: an id names one record of one of them (SD0025).</summary>
        public string? IdSpace { get; init; }

        /// <summary>The position of the kind's list in the order the block is read (checks of later kinds may look at earlier ones).</summary>
        public int ParseOrder { get; init; }

        /// <summary>The fewest documents that must declare a shared record (a discrepancy needs two sides, SD0024).</summary>
        public int MinDeclarations { get; init; } = 1;

        /// <summary>The kind's own checks, beyond what its fields say.</summary>
        public KindRules Rules { get; init; } = KindRules.None;

        public FieldDescription Field(string name)
        {
            foreach (FieldDescription field in Fields)
            {
                if (field.Name == name || field.Key == name)
                {
                    return field;
                }
            }

            throw new ArgumentException($"The kind '{Section}' has no field '{name}'.", nameof(name));
        }

        /// <summary>The index of a stored field in a record's values.</summary>
        public int IndexOf(string name) =>
            _storedIndex.TryGetValue(name, out int index) ? index : throw new ArgumentException($"The kind '{Section}' stores no field '{name}'.", nameof(name));

        public bool IsShared => Scope == KindScope.Shared;

        public override string ToString() => Section;
    }
}
