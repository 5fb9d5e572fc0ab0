using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator.Kinds
{
    /// <summary>
    /// A kind's own checks, beyond what its fields' descriptions say: a figure's value against its words, a quote's
    /// quotation marks, a claim that must be cited. The parser calls them for every record it reads.
    /// </summary>
    internal class KindRules
    {
        public static readonly KindRules None = new();

        /// <summary>
        /// Called once a record's fields are read, with or without errors (a rule that needs valid values checks
        /// <see cref="RecordReading.HasErrors"/>). A rule reports through <paramref name="record"/>.
        /// </summary>
        public virtual void Check(RecordReading record)
        {
        }

        /// <summary>
        /// The diagnostic for an id declared twice in one document's list, where the kind has a rule of its own
        /// (null: SD0010, a duplicate id).
        /// </summary>
        public virtual DiagnosticInfo? DuplicateInDocument(string id, int firstLine, string documentName, LocationInfo at) => null;
    }
}
