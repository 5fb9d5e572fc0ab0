using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>One SummitData diagnostic kind: a stable id, a title and its default severity.</summary>
    internal sealed record DiagnosticKind(string Id, string Title, DiagnosticLevel Level)
    {
        public DiagnosticInfo At(LocationInfo? location, string message) => new(Id, Level, message, location);
    }

    /// <summary>
    /// Every diagnostic SummitData reports. Ids are stable: never reuse or renumber one (see docs/diagnostics.md and
    /// AnalyzerReleases.*.md).
    /// </summary>
    internal static class DiagnosticCatalog
    {
        public static readonly DiagnosticKind MalformedDocument = new("SD0001", "Malformed annotated document", DiagnosticLevel.Error);
        public static readonly DiagnosticKind MissingField = new("SD0002", "Required field missing", DiagnosticLevel.Error);
        public static readonly DiagnosticKind UnknownField = new("SD0003", "Unknown field", DiagnosticLevel.Error);
        public static readonly DiagnosticKind InvalidValue = new("SD0004", "Invalid value", DiagnosticLevel.Error);
        public static readonly DiagnosticKind InvalidDate = new("SD0005", "Invalid date", DiagnosticLevel.Error);
        public static readonly DiagnosticKind InvalidNumber = new("SD0006", "Invalid number", DiagnosticLevel.Error);
        public static readonly DiagnosticKind HashMismatch = new("SD0007", "Text hash mismatch", DiagnosticLevel.Error);
        public static readonly DiagnosticKind AnchorNotFound = new("SD0008", "Anchor text not found", DiagnosticLevel.Error);
        public static readonly DiagnosticKind AnchorAmbiguous = new("SD0009", "Anchor text ambiguous", DiagnosticLevel.Error);
        public static readonly DiagnosticKind DuplicateId = new("SD0010", "Duplicate id", DiagnosticLevel.Error);
        public static readonly DiagnosticKind DanglingReference = new("SD0011", "Unknown reference", DiagnosticLevel.Error);
        public static readonly DiagnosticKind FigureMismatch = new("SD0012", "Figure inconsistent with its text", DiagnosticLevel.Error);
        public static readonly DiagnosticKind InvalidId = new("SD0013", "Invalid id", DiagnosticLevel.Error);
        public static readonly DiagnosticKind IdentifierCollision = new("SD0014", "Generated names collide", DiagnosticLevel.Error);
        public static readonly DiagnosticKind ConflictingDeclaration = new("SD0015", "Conflicting declarations of a shared record", DiagnosticLevel.Error);
        public static readonly DiagnosticKind NotStated = new("SD0016", "Metadata not stated in the text", DiagnosticLevel.Error);
        public static readonly DiagnosticKind QuoteNotEnclosed = new("SD0017", "Quote not enclosed in quotation marks", DiagnosticLevel.Warning);
        public static readonly DiagnosticKind WrongNodeType = new("SD0018", "Wrong YAML node type", DiagnosticLevel.Error);
        public static readonly DiagnosticKind DuplicateKey = new("SD0019", "Duplicate key", DiagnosticLevel.Error);
        public static readonly DiagnosticKind LimitExceeded = new("SD0020", "Unsupported YAML feature or limit exceeded", DiagnosticLevel.Error);
        public static readonly DiagnosticKind InvalidSetting = new("SD0021", "Invalid SummitData setting", DiagnosticLevel.Error);
        public static readonly DiagnosticKind TooManyNamedMembers = new("SD0022", "Too many records of one kind for named properties", DiagnosticLevel.Warning);
        public static readonly DiagnosticKind DiscrepancyTwoSides = new("SD0023", "Discrepancy declared twice in one document", DiagnosticLevel.Error);
        public static readonly DiagnosticKind DiscrepancyOneSide = new("SD0024", "Discrepancy with one side only", DiagnosticLevel.Error);
        public static readonly DiagnosticKind IdOfTwoKinds = new("SD0025", "One id declared as two kinds", DiagnosticLevel.Error);
        public static readonly DiagnosticKind Unreadable = new("SD0026", "File cannot be read as a document", DiagnosticLevel.Error);
        public static readonly DiagnosticKind NotUtf8 = new("SD0027", "File is not UTF-8", DiagnosticLevel.Error);
        public static readonly DiagnosticKind UnreviewedCandidate = new("SD0028", "Unreviewed candidate", DiagnosticLevel.Warning);
        public static readonly DiagnosticKind InternalError = new("SD0099", "Internal error", DiagnosticLevel.Error);

        public static readonly DiagnosticKind[] All =
        {
            MalformedDocument, MissingField, UnknownField, InvalidValue, InvalidDate, InvalidNumber, HashMismatch,
            AnchorNotFound, AnchorAmbiguous, DuplicateId, DanglingReference, FigureMismatch, InvalidId,
            IdentifierCollision, ConflictingDeclaration, NotStated, QuoteNotEnclosed, WrongNodeType, DuplicateKey,
            LimitExceeded, InvalidSetting, TooManyNamedMembers, DiscrepancyTwoSides, DiscrepancyOneSide, IdOfTwoKinds,
            Unreadable, NotUtf8, UnreviewedCandidate, InternalError,
        };
    }
}
