using System.Collections.Generic;
using SummitData.Generator.Model;

namespace SummitData.Generator.Emitting
{
    /// <summary>
    /// How compressed record data is written: in a string literal (two bytes a character) or in a UTF-8 literal (base64).
    /// The compiler lowers a UTF-8 literal byte by byte, a bound node per byte before it becomes data, so each megabyte
    /// of it costs a build about a second; a string literal it reads as it is, but its characters go to the assembly's
    /// user-string heap, which holds at most 2^24 bytes in all (CS8103, for the whole assembly, the user's own strings
    /// included). So data goes in strings while the corpus's data, estimated from above, fits in
    /// <see cref="StringBudget"/>, half that heap, and in UTF-8 literals past it.
    /// </summary>
    internal static class DataForm
    {
        /// <summary>Bytes of the user-string heap the data may take: half of its 2^24.</summary>
        public const long StringBudget = 1L << 23;

        // Deflate leaves JSON rows of this shape about a sixth of their size (seeds and synthetic corpora: 9.9 MB of rows
        // at 1,000 documents deflate to 1.7 MB); the estimate takes a third, so that data twice as hard to compress still fits.
        private const int CompressionAssumed = 3;

        /// <summary>Whether data of this estimated size goes in string literals.</summary>
        public static bool InStrings(long estimatedBytes) => estimatedBytes <= StringBudget;

        /// <summary>The estimated size, once deflated, of a document's own data: its row (with its text when it has no resource) and its own records.</summary>
        public static long Estimate(DocumentModel model)
        {
            long size = Estimate(model.Document.Document);
            foreach (KindRecords records in model.Document.Records)
            {
                size += Estimate(records.Records);
            }

            return size / CompressionAssumed;
        }

        /// <summary>The estimated size, once deflated, of the corpus's shared records.</summary>
        public static long Estimate(CorpusSpec corpus)
        {
            long size = 0;
            foreach (KindRecords records in corpus.Shared)
            {
                size += Estimate(records.Records);
            }

            return size / CompressionAssumed;
        }

        // Bytes of a record's JSON row from above: every character of a string as three UTF-8 bytes is too pessimistic for
        // the common case, so two, plus quotes and separators; a citation's five numbers at most 40 characters.
        private static long Estimate(IEnumerable<RecordSpec> records)
        {
            long size = 0;
            foreach (RecordSpec record in records)
            {
                size += Estimate(record);
            }

            return size;
        }

        private static long Estimate(RecordSpec record)
        {
            long size = 8 + (2L * record.Id.Length);
            foreach (FieldValue value in record.Values)
            {
                size += 5 + (2L * (value.Text?.Length ?? 0)) + (40L * value.Citations.Count);
                foreach (string text in value.Texts)
                {
                    size += 3 + (2L * text.Length);
                }
            }

            return size;
        }
    }
}
