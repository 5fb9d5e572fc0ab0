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
    }
}
