namespace SummitData.Generator.Model
{
    // Specs are the pipeline's values: immutable records of strings, numbers and EquatableArrays only, so that
    // structural equality lets the incremental driver skip unchanged documents. Never store a Roslyn object here.

    /// <summary>A span of the document text that an annotation points at. Line and column are one-based.</summary>
    internal sealed record CitationSpec(int Offset, int Length, int Line, int Column, string Text);

    /// <summary>An id that refers to a record declared anywhere in the corpus, and where it is written, for SD0011.</summary>
    internal sealed record IdReference(string Id, LocationInfo Location);

    /// <summary>One value of a shared record that every declaration must give alike (SD0015), and where it is written.</summary>
    internal sealed record SharedField(string Name, string Value, LocationInfo Location);

    /// <summary>One parsed, validated annotated document.</summary>
    internal sealed record DocumentSpec(
        string Id,
        string FilePath,
        string FileName,
        string? Source,
        string? Title,
        string? Outlet,
        EquatableArray<string> Authors,
        string? Published,
        string? Url,
        string? Language,
        EquatableArray<string> Inferred,
        string Sha256,
        string Text,
        EquatableArray<PersonSpec> People,
        EquatableArray<AgreementSpec> Agreements,
        EquatableArray<FigureSpec> Figures,
        EquatableArray<QuoteSpec> Quotes,
        EquatableArray<EntitySpec> Entities,
        EquatableArray<ClaimSpec> Claims,
        EquatableArray<DiscrepancySpec> Discrepancies,
        LocationInfo IdLocation);

    internal sealed record PersonSpec(
        string Id,
        string Name,
        EquatableArray<CitationSpec> Mentions,
        EquatableArray<CitationSpec> Roles,
        LocationInfo Location,
        EquatableArray<SharedField> Shared);

    internal sealed record EntitySpec(
        string Id,
        string Name,
        string Kind,
        EquatableArray<CitationSpec> Mentions,
        LocationInfo Location,
        EquatableArray<SharedField> Shared);

    internal sealed record AgreementSpec(
        string Id,
        string Title,
        string Kind,
        string Status,
        EquatableArray<IdReference> Parties,
        EquatableArray<CitationSpec> Mentions,
        LocationInfo Location,
        EquatableArray<SharedField> Shared);

    internal sealed record FigureSpec(
        string Id,
        CitationSpec Citation,
        decimal Value,
        string Scale,
        string Unit,
        string Measures,
        string? Period,
        bool Approximate,
        string? Direction,
        IdReference? Claim,
        LocationInfo Location);

    internal sealed record QuoteSpec(
        string Id,
        CitationSpec Citation,
        string Kind,
        string? Speaker,
        string? Source,
        string? Attribution,
        LocationInfo Location,
        LocationInfo? SpeakerLocation,
        LocationInfo? SourceLocation);

    internal sealed record ClaimSpec(
        string Id,
        string Statement,
        EquatableArray<IdReference> About,
        EquatableArray<CitationSpec> Citations,
        LocationInfo Location,
        EquatableArray<SharedField> Shared);

    internal sealed record DiscrepancySpec(
        string Id,
        string Topic,
        string Kind,
        EquatableArray<IdReference> About,
        CitationSpec Side,
        LocationInfo Location,
        EquatableArray<SharedField> Shared);

    /// <summary>What parsing one file gives: the spec (null when the file has errors) and its diagnostics.</summary>
    internal sealed record ParseResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A person merged from every document that declares the id.</summary>
    internal sealed record MergedPerson(
        string Id,
        string Name,
        EquatableArray<string> Spellings,
        EquatableArray<DocumentCitation> Roles,
        EquatableArray<DocumentCitation> Mentions);

    /// <summary>A country, organisation or place merged from every document that declares the id.</summary>
    internal sealed record MergedEntity(
        string Id,
        string Name,
        string Kind,
        EquatableArray<string> Spellings,
        EquatableArray<DocumentCitation> Mentions);

    /// <summary>An agreement merged from every document that declares the id.</summary>
    internal sealed record MergedAgreement(
        string Id,
        string Title,
        string Kind,
        string Status,
        EquatableArray<MergedParty> Parties,
        EquatableArray<DocumentCitation> Mentions);

    /// <summary>A party of an agreement: the id of a person or of an entity, which the two kinds never share (SD0025).</summary>
    internal sealed record MergedParty(string Id, bool IsPerson);

    /// <summary>A claim merged from every document that declares it or has a figure stating it.</summary>
    internal sealed record MergedClaim(
        string Id,
        string Statement,
        EquatableArray<DocumentCitation> Citations,
        EquatableArray<string> About);

    /// <summary>A discrepancy with one side per document that declares it (at least two, SD0024).</summary>
    internal sealed record MergedDiscrepancy(
        string Id,
        string Topic,
        string Kind,
        EquatableArray<DocumentCitation> Sides,
        EquatableArray<string> About);

    internal sealed record DocumentCitation(string DocumentId, CitationSpec Citation);

    /// <summary>The cross-document result: merged shared records, the documents to emit, and diagnostics.</summary>
    internal sealed record CorpusSpec(
        EquatableArray<string> DocumentIds,
        EquatableArray<string> ExcludedFiles,
        EquatableArray<MergedPerson> People,
        EquatableArray<MergedAgreement> Agreements,
        EquatableArray<string> FigureIds,
        EquatableArray<string> QuoteIds,
        EquatableArray<MergedEntity> Entities,
        EquatableArray<MergedClaim> Claims,
        EquatableArray<MergedDiscrepancy> Discrepancies,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
