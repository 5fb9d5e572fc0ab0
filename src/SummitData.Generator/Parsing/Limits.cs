namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Every limit the format enforces on its input, in one place. Each is checked before the work it protects, so that
    /// no document, however hostile, costs more than these bounds allow; the table in docs/annotation-format.md lists
    /// them and a test compares it with these constants. A limit exceeded is SD0020 at the place where it is crossed.
    /// </summary>
    internal static class Limits
    {
        /// <summary>The largest annotated file read, in bytes, checked before it is read (the loader and the tool).</summary>
        public const long MaxFileBytes = 64L * 1024 * 1024;

        /// <summary>The most links followed to resolve one path when a folder is read (Linux's own limit, <c>MAXSYMLINKS</c>).</summary>
        public const int MaxLinkHops = 40;

        /// <summary>
        /// The deepest folder entered when a folder is read, counted from that folder; a bound even where real paths
        /// cannot tell a loop (bind mounts).
        /// </summary>
        public const int MaxFolderDepth = 64;

        /// <summary>The longest annotation block, in characters.</summary>
        public const int MaxBlockLength = 1024 * 1024;

        /// <summary>The longest document text, in characters.</summary>
        public const int MaxTextLength = 16 * 1024 * 1024;

        /// <summary>The deepest nesting of YAML collections in the annotation block.</summary>
        public const int MaxDepth = 32;

        /// <summary>The most YAML nodes (scalars, mappings, lists) in the annotation block.</summary>
        public const int MaxNodes = 200_000;

        /// <summary>The longest id, in characters.</summary>
        public const int MaxIdLength = 200;

        /// <summary>
        /// The longest <c>exact</c>, <c>prefix</c> or <c>suffix</c> of an anchor, in characters. The longest anchor of
        /// the seeds is 330 characters (a discrepancy's side; the longest quote is 159): this is six times that, a long
        /// paragraph. Checked before the text is searched.
        /// </summary>
        public const int MaxAnchorLength = 2_000;

        /// <summary>
        /// The most anchors in one document: mentions, roles, citations, sides, and the words of each figure and quote.
        /// The seeds have one anchor for about 180 characters of annotation block, so a full block holds about 5,800;
        /// this leaves room for terse ones. Checked before the text is searched.
        /// </summary>
        public const int MaxAnchorsPerDocument = 20_000;

        /// <summary>
        /// The most citations one document's anchors select, all together: every occurrence an anchor with
        /// <c>all: true</c> takes counts. Checked before an anchor's citations are added to its record.
        /// </summary>
        public const int MaxCitationsPerDocument = 100_000;

        /// <summary>
        /// The most candidate matches the anchor search of one document examines (a place where an anchor's words,
        /// with its prefix and suffix, occur, before the word-boundary rule). One anchor is searched as at most two
        /// patterns (its words in context, and its words alone when those are found nowhere), each ending at most once
        /// at each character of the text, so one anchor alone never reaches this; many anchors that overlap each other
        /// over a repetitive text can. Checked as the search goes, which stops there.
        /// </summary>
        public const int MaxAnchorCandidates = 2 * MaxTextLength;
    }
}
