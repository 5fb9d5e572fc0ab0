namespace SummitData.Generator.Model
{
    // Specs are the pipeline's values: immutable records of strings, numbers and EquatableArrays only, so that
    // structural equality lets the incremental driver skip unchanged documents. Never store a Roslyn object here.

    /// <summary>A span of the document text that an annotation points at. Line and column are one-based.</summary>
    internal sealed record CitationSpec(int Offset, int Length, int Line, int Column, string Text);

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
        LocationInfo IdLocation);

    internal sealed record PersonSpec(
        string Id,
        string Name,
        EquatableArray<CitationSpec> Mentions,
        EquatableArray<CitationSpec> Roles,
        LocationInfo Location,
        LocationInfo NameLocation);

    internal sealed record AgreementSpec(
        string Id,
        string Title,
        string Kind,
        string Status,
        EquatableArray<string> Parties,
        EquatableArray<CitationSpec> Mentions,
        LocationInfo Location);

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

    /// <summary>What parsing one file gives: the spec (null when the file has errors) and its diagnostics.</summary>
    internal sealed record ParseResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A person merged from every document that declares the id.</summary>
    internal sealed record MergedPerson(
        string Id,
        string Name,
        EquatableArray<string> Spellings,
        EquatableArray<DocumentCitation> Roles,
        EquatableArray<DocumentCitation> Mentions);

    /// <summary>An agreement merged from every document that declares the id.</summary>
    internal sealed record MergedAgreement(
        string Id,
        string Title,
        string Kind,
        string Status,
        EquatableArray<string> Parties,
        EquatableArray<DocumentCitation> Mentions);

    internal sealed record DocumentCitation(string DocumentId, CitationSpec Citation);

    /// <summary>The cross-document result: merged shared entities, the documents to emit, and diagnostics.</summary>
    internal sealed record CorpusSpec(
        EquatableArray<string> DocumentIds,
        EquatableArray<string> ExcludedFiles,
        EquatableArray<MergedPerson> People,
        EquatableArray<MergedAgreement> Agreements,
        EquatableArray<string> FigureIds,
        EquatableArray<string> QuoteIds,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
