using System;
using System.Collections.Generic;

namespace SummitData.Generator.Kinds
{
    /// <summary>
    /// Every kind of record, described once (one file each). The steps that handle records — parsing, the checks across
    /// documents, merging, emission, the runtime loader, the reports and the docs — iterate these descriptions; adding
    /// a kind is adding its description here and its runtime record.
    /// </summary>
    internal static class Kinds
    {
        // Each description lives in a class of its own, initialized on first use, so the order of static initializers
        // across files never matters.
        public static KindDescription Documents => DocumentsKind.Description;

        public static KindDescription Agreements => AgreementsKind.Description;

        public static KindDescription Figures => FiguresKind.Description;

        public static KindDescription Quotes => QuotesKind.Description;

        public static KindDescription People => PeopleKind.Description;

        public static KindDescription Entities => EntitiesKind.Description;

        public static KindDescription Claims => ClaimsKind.Description;

        public static KindDescription Discrepancies => DiscrepanciesKind.Description;

        public static KindDescription Events => EventsKind.Description;

        /// <summary>
        /// The key that marks a record of any list as an unreviewed candidate, as pre-annotation writes it: such a record is
        /// never a record and never an error, only one warning (SD0028) until the author checks it and removes the marker,
        /// or deletes it.
        /// </summary>
        public const string UnreviewedKey = "unreviewed";

        /// <summary>Every kind, in the order of the data set and the reports.</summary>
        public static readonly KindDescription[] All = { Documents, Agreements, Figures, Quotes, People, Entities, Claims, Discrepancies, Events };

        /// <summary>The kinds of the annotation block's lists, in the order they are read and checked.</summary>
        public static readonly KindDescription[] Lists = Sorted(All);

        private static readonly Dictionary<string, KindDescription> BySection = Index(All);

        /// <summary>The kind whose list has this key (<c>figures</c>).</summary>
        public static KindDescription Of(string section) =>
            BySection.TryGetValue(section, out KindDescription? kind) ? kind : throw new ArgumentException($"No kind has the section '{section}'.", nameof(section));

        /// <summary>The generated root class's members: the data set and one class per kind; no id may take these names.</summary>
        public static IEnumerable<string> RootMembers()
        {
            yield return "DataSet";
            foreach (KindDescription kind in All)
            {
                yield return kind.ClassName;
            }
        }

        private static KindDescription[] Sorted(KindDescription[] all)
        {
            var lists = new List<KindDescription>();
            foreach (KindDescription kind in all)
            {
                if (kind.Scope != KindScope.Document)
                {
                    lists.Add(kind);
                }
            }

            lists.Sort((a, b) => a.ParseOrder.CompareTo(b.ParseOrder));
            return lists.ToArray();
        }

        private static Dictionary<string, KindDescription> Index(KindDescription[] all)
        {
            var map = new Dictionary<string, KindDescription>(StringComparer.Ordinal);
            foreach (KindDescription kind in all)
            {
                map.Add(kind.Section, kind);
            }

            return map;
        }
    }
}
