using System.Text;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// C# names derived from ids. Ids are restricted to <c>[a-z][a-z0-9]*(-[a-z0-9]+)*</c>, so the PascalCase form
    /// always starts with an ASCII letter and is never a keyword; names that would clash with the members every
    /// generated class has (All, Get, TryGet, the class's own name, object's members) or that would hide the root
    /// class's <c>DataSet</c>, which those members use, get a trailing underscore.
    /// </summary>
    internal static class Identifiers
    {
        /// <summary>
        /// The prefix of every name the generated code declares for itself: helper types (<c>__DataSet</c>,
        /// <c>__Doc_Id</c>, <c>__People0</c>, <c>__PersonIndex</c>) and helper members (<c>__Concat</c>, <c>__Strings</c>,
        /// <c>__Part0</c>, <c>__PersonById</c>). No id gives a name with it, since a PascalCase id starts with an ASCII
        /// letter, and no setting may start with it (SD0021); C# reserves names with two underscores in a row for its
        /// implementation, so hand-written code does not use it either.
        /// </summary>
        public const string ReservedPrefix = "__";

        private static readonly string[] Members =
        {
            "All", "Get", "TryGet", "Count",
            "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        public static string ToPascalCase(string id)
        {
            var builder = new StringBuilder(id.Length);
            bool upper = true;
            foreach (char c in id)
            {
                if (c == '-')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }

        /// <summary>The member name of an item in its kind's class.</summary>
        public static string MemberName(string id)
        {
            string name = ToPascalCase(id);
            return System.Array.IndexOf(Members, name) >= 0 || System.Array.IndexOf(RootMembers.Names, name) >= 0 ? name + "_" : name;
        }

        // The root class's members come from the kinds' descriptions, which use this class: read them on first use.
        private static class RootMembers
        {
            public static readonly string[] Names = System.Linq.Enumerable.ToArray(Kinds.Kinds.RootMembers());
        }
    }
}
