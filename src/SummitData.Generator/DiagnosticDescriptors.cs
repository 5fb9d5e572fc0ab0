using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SummitData.Generator.Model;

namespace SummitData.Generator
{
    /// <summary>
    /// The Roslyn descriptors of every SummitData diagnostic, written out so release tracking
    /// (AnalyzerReleases.*.md) sees them. They mirror <see cref="Parsing.DiagnosticCatalog"/>, the Roslyn-free list
    /// the parser uses; a test checks that both agree.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "SummitData";

        public static readonly DiagnosticDescriptor MalformedDocument = new(
            id: "SD0001",
            title: "Malformed annotated document",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingField = new(
            id: "SD0002",
            title: "Required field missing",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnknownField = new(
            id: "SD0003",
            title: "Unknown field",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidValue = new(
            id: "SD0004",
            title: "Invalid value",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidDate = new(
            id: "SD0005",
            title: "Invalid date",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidNumber = new(
            id: "SD0006",
            title: "Invalid number",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor HashMismatch = new(
            id: "SD0007",
            title: "Text hash mismatch",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor AnchorNotFound = new(
            id: "SD0008",
            title: "Anchor text not found",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor AnchorAmbiguous = new(
            id: "SD0009",
            title: "Anchor text ambiguous",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateId = new(
            id: "SD0010",
            title: "Duplicate id",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DanglingReference = new(
            id: "SD0011",
            title: "Unknown reference",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor FigureMismatch = new(
            id: "SD0012",
            title: "Figure inconsistent with its text",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidId = new(
            id: "SD0013",
            title: "Invalid id",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor IdentifierCollision = new(
            id: "SD0014",
            title: "Generated names collide",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ConflictingDeclaration = new(
            id: "SD0015",
            title: "Conflicting declarations of a shared record",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotStated = new(
            id: "SD0016",
            title: "Metadata not stated in the text",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor QuoteNotEnclosed = new(
            id: "SD0017",
            title: "Quote not enclosed in quotation marks",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor WrongNodeType = new(
            id: "SD0018",
            title: "Wrong YAML node type",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateKey = new(
            id: "SD0019",
            title: "Duplicate key",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor LimitExceeded = new(
            id: "SD0020",
            title: "Unsupported YAML feature or limit exceeded",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidSetting = new(
            id: "SD0021",
            title: "Invalid SummitData setting",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor TooManyNamedMembers = new(
            id: "SD0022",
            title: "Too many records of one kind for named properties",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DiscrepancyTwoSides = new(
            id: "SD0023",
            title: "Discrepancy declared twice in one document",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DiscrepancyOneSide = new(
            id: "SD0024",
            title: "Discrepancy with one side only",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor IdOfTwoKinds = new(
            id: "SD0025",
            title: "One id declared as two kinds",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor Unreadable = new(
            id: "SD0026",
            title: "File cannot be read as a document",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotUtf8 = new(
            id: "SD0027",
            title: "File is not UTF-8",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnreviewedCandidate = new(
            id: "SD0028",
            title: "Unreviewed candidate",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InternalError = new(
            id: "SD0099",
            title: "Internal error",
            messageFormat: "{0}",
            category: Category,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor[] All = { MalformedDocument, MissingField, UnknownField, InvalidValue, InvalidDate, InvalidNumber, HashMismatch, AnchorNotFound, AnchorAmbiguous, DuplicateId, DanglingReference, FigureMismatch, InvalidId, IdentifierCollision, ConflictingDeclaration, NotStated, QuoteNotEnclosed, WrongNodeType, DuplicateKey, LimitExceeded, InvalidSetting, TooManyNamedMembers, DiscrepancyTwoSides, DiscrepancyOneSide, IdOfTwoKinds, Unreadable, NotUtf8, UnreviewedCandidate, InternalError };

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor Get(string id) => ById[id];

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            Location location = info.Location is { } l
                ? Location.Create(
                    l.FilePath,
                    new TextSpan(l.Start, l.Length),
                    new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(l.EndLine, l.EndColumn)))
                : Location.None;
            return Diagnostic.Create(Get(info.Id), location, info.Message);
        }
    }
}
