using System.Collections.Generic;
using System.Collections.Immutable;

namespace SummitData.Generator.Model
{
    // Specs are the pipeline's values: immutable records of strings, numbers and EquatableArrays only, so that
    // structural equality lets the incremental driver skip unchanged documents. Never store a Roslyn object here.
    // Records of every kind have one shape, RecordSpec: its values follow the kind's description (Kinds/), so no step
    // has a type per kind. Positions in the annotation block are kept apart (DocumentSites): they serve diagnostics only,
    // and a model free of them stays equal when an edit only moves lines.

    /// <summary>Words of a document's text that an annotation points at. Line and column are one-based, in the text.</summary>
    internal sealed record CitationSpec(string DocumentId, int Offset, int Length, int Line, int Column, string Text);

    /// <summary>
    /// The value of one field of a record: <see cref="Text"/> for a single value (strings, enum names, dates, ids,
    /// decimals and booleans as written in the format, null when absent), <see cref="Texts"/> for a list of strings or
    /// ids, <see cref="Citations"/> for anchors.
    /// </summary>
    internal sealed record FieldValue(string? Text, EquatableArray<string> Texts, EquatableArray<CitationSpec> Citations)
    {
        public static readonly FieldValue Empty = new(null, EquatableArray<string>.Empty, EquatableArray<CitationSpec>.Empty);

        public static FieldValue Of(string? text) => text is null ? Empty : new FieldValue(text, EquatableArray<string>.Empty, EquatableArray<CitationSpec>.Empty);

        public static FieldValue Of(IEnumerable<string> texts) => new(null, texts.ToEquatableArray(), EquatableArray<CitationSpec>.Empty);

        public static FieldValue Of(IEnumerable<CitationSpec> citations) => new(null, EquatableArray<string>.Empty, citations.ToEquatableArray());

        public static FieldValue Of(ImmutableArray<string> texts) => new(null, new EquatableArray<string>(texts), EquatableArray<CitationSpec>.Empty);

        public static FieldValue Of(ImmutableArray<CitationSpec> citations) => new(null, EquatableArray<string>.Empty, new EquatableArray<CitationSpec>(citations));
    }

    /// <summary>
    /// One record of any kind: its id, the document it belongs to (null for a record merged across documents) and the
    /// values of its kind's stored fields, in the description's order.
    /// </summary>
    internal sealed record RecordSpec(string Kind, string Id, string? DocumentId, EquatableArray<FieldValue> Values);

    /// <summary>The records of one kind, in order.</summary>
    internal sealed record KindRecords(string Kind, EquatableArray<RecordSpec> Records);

    /// <summary>
    /// One parsed, validated annotated document: the document's own record (its metadata and text) and the records it
    /// declares, by kind (every list kind, in parse order, empty lists included).
    /// </summary>
    internal sealed record DocumentSpec(string Id, string FilePath, RecordSpec Document, EquatableArray<KindRecords> Records)
    {
        /// <summary>The document's file name, which the generated code names it by.</summary>
        public string FileName => Parsing.DocumentParser.FileName(FilePath);

        public EquatableArray<RecordSpec> Of(string kind)
        {
            foreach (KindRecords records in Records)
            {
                if (records.Kind == kind)
                {
                    return records.Records;
                }
            }

            return EquatableArray<RecordSpec>.Empty;
        }
    }

    /// <summary>An id that refers to a record declared anywhere in the corpus, and where it is written, for SD0011.</summary>
    internal sealed record IdReference(string Id, LocationInfo Location);

    /// <summary>One value of a shared record that every declaration must give alike (SD0015), and where it is written.</summary>
    internal sealed record SharedField(string Name, string Value, LocationInfo Location);

    /// <summary>A reference a record makes through one of its fields.</summary>
    internal sealed record ReferenceSite(string Field, IdReference Reference);

    /// <summary>Where a record and the parts the cross-document checks point at are written.</summary>
    internal sealed record RecordSite(string Kind, string Id, LocationInfo Location, EquatableArray<SharedField> Shared, EquatableArray<ReferenceSite> References);

    /// <summary>Where a document's id and its records are written: what the cross-document step needs for its diagnostics.</summary>
    internal sealed record DocumentSites(LocationInfo IdLocation, EquatableArray<RecordSite> Records);

    /// <summary>What parsing one file gives: the spec and its sites (null when the file has errors) and its diagnostics.</summary>
    internal sealed record ParseResult(DocumentSpec? Document, DocumentSites? Sites, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A document with where its parts are written, the unit the cross-document step works on.</summary>
    internal sealed record SitedDocument(DocumentSpec Document, DocumentSites Sites);

    /// <summary>How many records of a kind the corpus has.</summary>
    internal sealed record KindCount(string Kind, int Count);

    /// <summary>
    /// The cross-document result, free of positions: the documents kept, the files left out, the shared records
    /// merged (one list per shared kind) and the number of records of every kind.
    /// </summary>
    internal sealed record CorpusSpec(
        EquatableArray<string> DocumentIds,
        EquatableArray<string> ExcludedFiles,
        EquatableArray<KindRecords> Shared,
        EquatableArray<KindCount> Counts)
    {
        public EquatableArray<RecordSpec> Of(string kind)
        {
            foreach (KindRecords records in Shared)
            {
                if (records.Kind == kind)
                {
                    return records.Records;
                }
            }

            return EquatableArray<RecordSpec>.Empty;
        }

        public int CountOf(string kind)
        {
            foreach (KindCount count in Counts)
            {
                if (count.Kind == kind)
                {
                    return count.Count;
                }
            }

            return 0;
        }
    }

    /// <summary>The cross-document step's output: the model and, apart, its diagnostics.</summary>
    internal sealed record CorpusResult(CorpusSpec Corpus, EquatableArray<DiagnosticInfo> Diagnostics);
}
