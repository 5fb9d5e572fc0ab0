using System;
using System.Globalization;
using System.Linq;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// One SummitData diagnostic: a stable id, a title, a message format whose arguments a diagnostic fills in, a
    /// description of the problem and its fix, its default severity and the page that explains it.
    /// </summary>
    /// <remarks>
    /// The message format is the <paramref name="Problem"/> and then its <paramref name="Consequence"/>: what the build
    /// leaves out because of it. A project may lower an error to a warning, and the document is still left out; the
    /// message itself says so, whatever the severity it is shown with.
    /// </remarks>
    internal sealed record DiagnosticKind(string Id, string Title, string Problem, string Description, DiagnosticLevel Level, string Consequence = "")
    {
        /// <summary>Where the catalogue of diagnostics is published: each id has a section there.</summary>
        public const string HelpBase = "https://github.com/summitdata/summitdata/blob/main/docs/diagnostics.md#";

        /// <summary>The message format: the problem, then what is left out because of it.</summary>
        public string MessageFormat => Problem + Consequence;

        /// <summary>Whether a diagnostic of this kind leaves the document it is in out of the generated code and the loaded data.</summary>
        public bool LeavesDocumentOut => Consequence == DiagnosticCatalog.DocumentLeftOut;

        /// <summary>The address of this id's section of <c>docs/diagnostics.md</c>.</summary>
        public string HelpLink => HelpBase + Id.ToLowerInvariant();

        /// <summary>A diagnostic of this kind at a place, its message the format filled with <paramref name="arguments"/>.</summary>
        public DiagnosticInfo At(LocationInfo? location, params string[] arguments) =>
            new(Id, Level, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), location, arguments.ToEquatableArray());

        /// <summary>The problem alone, without its consequence: what an unreviewed candidate would give, which leaves nothing out.</summary>
        public string ProblemOf(DiagnosticInfo diagnostic) => string.Format(CultureInfo.InvariantCulture, Problem, diagnostic.Arguments.ToArray());
    }

    /// <summary>
    /// Every diagnostic SummitData reports: the one list of ids, which the generator's Roslyn descriptors, the runtime
    /// loader and the docs read. Ids are stable: never reuse or renumber one (see docs/diagnostics.md and
    /// Releases/AnalyzerReleases.*.md).
    /// </summary>
    internal static class DiagnosticCatalog
    {
        /// <summary>A whole number as messages write it: invariant, without grouping (line numbers, counts).</summary>
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The end of the message of every error that leaves its document out (all but a setting's, SD0021, and a lone
        /// discrepancy's, SD0024): lowered to a warning in a project's configuration, it still says what it costs.
        /// </summary>
        public const string DocumentLeftOut = "; the document is left out of the generated code and of the loaded data";

        /// <summary>The end of SD0024's message: the discrepancy is left out, its document is not.</summary>
        public const string DiscrepancyLeftOut = "; the discrepancy is left out of the generated code and of the loaded data, the document is not";

        public static readonly DiagnosticKind MalformedDocument = new(
            "SD0001",
            "Malformed annotated document",
            "The file is not a well-formed annotated document: {0}",
            "An annotated document is a line '---', the YAML annotations, a line '---', then the text; the YAML must be well formed (brackets and quotes closed, indentation with spaces) and the block may hold no raw control characters or YAML 1.1 line breaks.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind MissingField = new(
            "SD0002",
            "Required field missing",
            "A required value is missing: {0} needs {1}",
            "A field the format requires has no value (a figure without 'measures', a person without 'mentions', a document without 'format'): add it.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind UnknownField = new(
            "SD0003",
            "Unknown field",
            "Unknown field '{0}' in {1}; known fields are: {2}",
            "A key the format does not know: fix its spelling, since an unknown key would silently drop data.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind InvalidValue = new(
            "SD0004",
            "Invalid value",
            "Invalid value for '{0}': {1}",
            "A value that is not one the field allows (an unknown unit, 'yes' for a boolean, a 'format' that is not 'summitdata/1'): use one of the values the message lists.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind InvalidDate = new(
            "SD0005",
            "Invalid date",
            "'{0}' must be an ISO 8601 date YYYY-MM-DD, not '{1}'",
            "A date that is not an ISO 8601 calendar date that exists: write it as YYYY-MM-DD.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind InvalidNumber = new(
            "SD0006",
            "Invalid number",
            "Invalid number for '{0}': {1}",
            "A number that is quoted (a string), not a plain decimal, more digits than a decimal holds, or one whose scaled value does not fit in a decimal: write an unquoted decimal such as 12.5.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind HashMismatch = new(
            "SD0007",
            "Text hash mismatch",
            "The text's SHA-256 is {0}, not {1}: the text was changed after it was annotated (restore the original text, or re-check every annotation and update sha256)",
            "The text's SHA-256 differs from 'sha256': the text was edited after it was annotated. Restore it, or re-check every anchor and update the hash.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind AnchorNotFound = new(
            "SD0008",
            "Anchor text not found",
            "'{0}' is not in the text ({1})",
            "An anchor's words do not occur in the text: copy them from the text exactly (quotation marks, dashes, apostrophes and Unicode forms are not normalized) and anchor whole words.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind AnchorAmbiguous = new(
            "SD0009",
            "Anchor text ambiguous",
            "'{0}' occurs {1} times in the text (first at line {2} of the file); add a 'prefix' or 'suffix' to pick one{3}",
            "An anchor's words occur more than once: add a 'prefix' or 'suffix' to pick one, or, for mentions, 'all: true' to take every occurrence.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind DuplicateId = new(
            "SD0010",
            "Duplicate id",
            "The {0} id '{1}' is already used {2}; {3}",
            "Two records with one id: figures, quotes and documents are unique in the whole corpus, and any kind within one document. Rename one.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind DanglingReference = new(
            "SD0011",
            "Unknown reference",
            "{0} '{1}' {2} '{3}', but no document declares {4} with that id; declare it under {5} or fix the id",
            "A reference (a speaker, a source, a party, a claim, 'about') names an id no document of the corpus declares: declare the record in any document, or fix the id.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind FigureMismatch = new(
            "SD0012",
            "Figure inconsistent with its text",
            "Figure '{0}' disagrees with its words: {1}",
            "A figure's value, scale or unit disagrees with its words: make them match what the text writes.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind InvalidId = new(
            "SD0013",
            "Invalid id",
            "'{0}' is not a valid id{1}",
            "An id is lowercase ASCII letters, digits and single hyphens, starting with a letter; a reference names a record by its id, not by a name.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind IdentifierCollision = new(
            "SD0014",
            "Generated names collide",
            "The {0} ids '{1}' and '{2}' ({3}, line {4}) both become the C# name '{5}'; rename one of them",
            "Two ids of one kind give the same C# name (trade-2023 and trade2023 are both Trade2023): rename one.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind ConflictingDeclaration = new(
            "SD0015",
            "Conflicting declarations of a shared record",
            "The {0} '{1}' is declared with another {2} in {3} (line {4}): '{5}'; a shared {0} has one {2}{6}",
            "A record shared across documents (a person, an entity, an agreement, a claim, a discrepancy) is declared with different values: give every declaration the same value.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind NotStated = new(
            "SD0016",
            "Metadata not stated in the text",
            "{0} is not stated in the text: {1}",
            "Metadata must be the text's own words unless the field is listed in 'inferred': write it as the text does, or list the field in 'inferred'.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind QuoteNotEnclosed = new(
            "SD0017",
            "Quote not enclosed in quotation marks",
            "Quote '{0}' is not enclosed in quotation marks in the text: {1}",
            "A quote's words should be exactly what stands between quotation marks in the text; where the text never opens the quotation ('opened: false') or never closes it ('closed: false'), the quote says so.",
            DiagnosticLevel.Warning);

        public static readonly DiagnosticKind WrongNodeType = new(
            "SD0018",
            "Wrong YAML node type",
            "{0} must be {1}, not {2}",
            "A value of the wrong shape (a string where a list belongs, a list where one value belongs): use the shape the format describes.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind DuplicateKey = new(
            "SD0019",
            "Duplicate key",
            "Duplicate key '{0}' (first at line {1}); remove one of them",
            "A key written twice in one mapping: remove one.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind LimitExceeded = new(
            "SD0020",
            "Unsupported YAML feature or limit exceeded",
            "Beyond what the format accepts: {0}",
            "YAML anchors, aliases and tags are not supported, and every input is bounded (see the limits table in docs/annotation-format.md): write values out, split large documents, use fewer or shorter anchors.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind InvalidSetting = new(
            "SD0021",
            "Invalid SummitData setting",
            "The MSBuild setting {0} is '{1}', {2}{3}",
            "A SummitData MSBuild property (SummitDataNamespace, SummitDataRootClass, SummitDataVisibility, SummitDataNamedMembers) is invalid, reserved or would shadow a type of a referenced assembly: the default is used instead.",
            DiagnosticLevel.Error);

        public static readonly DiagnosticKind TooManyNamedMembers = new(
            "SD0022",
            "Too many records of one kind for named properties",
            "The documents have {0} {1}; above {2} a kind gets no named properties (the runtime cannot load a class with about 65,500 methods or more), so {3} has none: use {3}.Get(id), {3}.TryGet(id, out ...) and {3}.All",
            "A kind with more records than one class can hold as properties gets none; Get, TryGet and All still reach every record.",
            DiagnosticLevel.Warning);

        public static readonly DiagnosticKind DiscrepancyTwoSides = new(
            "SD0023",
            "Discrepancy declared twice in one document",
            "Discrepancy '{0}' has two sides in document '{1}' (first at line {2}); a discrepancy is between documents: give each document's words in that document, once",
            "A discrepancy is between documents: each document declares it once, with its own words.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind DiscrepancyOneSide = new(
            "SD0024",
            "Discrepancy with one side only",
            "Discrepancy '{0}' has one side only (document '{1}'); declare the same id with the other side's words in another document, or remove it",
            "A discrepancy declared in one document only: declare the same id with the other side's words in another document, or remove it. The discrepancy is left out, the document is not.",
            DiagnosticLevel.Error,
            DiscrepancyLeftOut);

        public static readonly DiagnosticKind IdOfTwoKinds = new(
            "SD0025",
            "One id declared as two kinds",
            "The id '{0}' is declared as {1} here and as {2} in {3} (line {4}); {5} share one set of ids, since 'parties' and 'about' name them by id alone: rename one of them",
            "People, entities and agreements are named by id alone in 'parties' and 'about', so they share one set of ids: rename one of the two.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind Unreadable = new(
            "SD0026",
            "File cannot be read as a document",
            "Not read as a document: {0}",
            "A file or folder the loader cannot read: a link out of the folder, a loop, a FIFO or device, a file over the size limit, no permission, a file gone during the load.",
            DiagnosticLevel.Error);

        public static readonly DiagnosticKind NotUtf8 = new(
            "SD0027",
            "File is not UTF-8",
            "The file is not UTF-8 from here on: {0}",
            "The file holds a byte that is not UTF-8, or U+FFFD (what a program writes for bytes it could not decode): save it as UTF-8 and check the characters at the place reported.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind UnreviewedCandidate = new(
            "SD0028",
            "Unreviewed candidate",
            "{0} is an unreviewed candidate, not a record: check it against the text and remove '{1}: true', or delete it{2}",
            "A record marked unreviewed (as pre-annotation marks every candidate) is no record and no error until it is checked: check it against the text and remove the marker, or delete it.",
            DiagnosticLevel.Warning);

        public static readonly DiagnosticKind EventDateContradicted = new(
            "SD0029",
            "Event date contradicts its words",
            "Event '{0}' is dated {1}, but its words '{2}' say {3}; correct the date, or anchor the words that state it",
            "An event's 'dated' words write a date (\"16 May\", \"March\", \"2022\") that its 'date' does not cover: correct the date, or anchor the words that really date the event.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind LargeCorpusUnnamed = new(
            "SD0030",
            "Large corpus without named members",
            "The documents have {0} records; above {1} the records get no named members by default, as they would cost the build more than the data: reach them with Get(id), TryGet(id, out ...) and All, or set the MSBuild property SummitDataNamedMembers to true to have them (false says so and silences this)",
            "With SummitDataNamedMembers left at 'auto', a corpus with more records than the documented size gets no named member per record; Get, TryGet and All still reach every record.",
            DiagnosticLevel.Info);

        public static readonly DiagnosticKind InternalError = new(
            "SD0099",
            "Internal error",
            "SummitData could not process this file ({0}: {1}); please report it",
            "A bug in SummitData, caught so that it cannot crash the build: please report it with the file.",
            DiagnosticLevel.Error,
            DocumentLeftOut);

        public static readonly DiagnosticKind[] All =
        {
            MalformedDocument, MissingField, UnknownField, InvalidValue, InvalidDate, InvalidNumber, HashMismatch,
            AnchorNotFound, AnchorAmbiguous, DuplicateId, DanglingReference, FigureMismatch, InvalidId,
            IdentifierCollision, ConflictingDeclaration, NotStated, QuoteNotEnclosed, WrongNodeType, DuplicateKey,
            LimitExceeded, InvalidSetting, TooManyNamedMembers, DiscrepancyTwoSides, DiscrepancyOneSide, IdOfTwoKinds,
            Unreadable, NotUtf8, UnreviewedCandidate, EventDateContradicted, LargeCorpusUnnamed, InternalError,
        };

        /// <summary>The kind of a diagnostic by its id.</summary>
        public static DiagnosticKind Of(string id) =>
            Array.Find(All, k => k.Id == id) ?? throw new ArgumentException($"No SummitData diagnostic has the id '{id}'.", nameof(id));
    }
}
