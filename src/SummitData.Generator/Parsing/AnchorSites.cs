using System.Collections.Generic;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Where the format puts anchors, read from the annotation block before it is parsed, so that
    /// <see cref="AnchorResolver"/> searches the text once for all of them; and the metadata values that must occur in
    /// the text. It names every place <see cref="DocumentParser"/> resolves an anchor, in the parser's order; the
    /// parser still checks the shapes and reports what is wrong. An anchor missed here is searched on its own when it
    /// is looked up, and counted (<see cref="AnchorResolver.MissesOnThisThread"/>): a test keeps that at zero.
    /// </summary>
    internal static class AnchorSites
    {
        public static void Register(YamlMapping document, AnchorResolver resolver)
        {
            foreach (string field in new[] { "title", "outlet", "url" })
            {
                if (Node(document, field) is YamlScalar { IsNull: false } value)
                {
                    resolver.RegisterStated(value.Value);
                }
            }

            foreach (YamlNode author in Items(document, "authors"))
            {
                if (author is YamlScalar { IsNull: false } value)
                {
                    resolver.RegisterStated(value.Value);
                }
            }

            foreach (YamlMapping person in Records(document, "people"))
            {
                Anchors(person, "mentions", resolver, allowAll: true);
                Anchors(person, "roles", resolver, allowAll: false);
            }

            foreach (YamlMapping entity in Records(document, "entities"))
            {
                Anchors(entity, "mentions", resolver, allowAll: true);
            }

            foreach (YamlMapping agreement in Records(document, "agreements"))
            {
                Anchors(agreement, "mentions", resolver, allowAll: true);
            }

            // A figure's and a quote's own mapping holds its anchor's exact, prefix and suffix.
            foreach (YamlMapping figure in Records(document, "figures"))
            {
                resolver.Register(figure, allowAll: false);
            }

            foreach (YamlMapping quote in Records(document, "quotes"))
            {
                resolver.Register(quote, allowAll: false);
            }

            foreach (YamlMapping claim in Records(document, "claims"))
            {
                Anchors(claim, "citations", resolver, allowAll: false);
            }

            foreach (YamlMapping discrepancy in Records(document, "discrepancies"))
            {
                if (Node(discrepancy, "side") is { } side)
                {
                    resolver.Register(side, allowAll: false);
                }
            }
        }

        private static void Anchors(YamlMapping record, string key, AnchorResolver resolver, bool allowAll)
        {
            foreach (YamlNode item in Items(record, key))
            {
                resolver.Register(item, allowAll);
            }
        }

        private static IEnumerable<YamlMapping> Records(YamlMapping document, string key)
        {
            foreach (YamlNode item in Items(document, key))
            {
                if (item is YamlMapping record)
                {
                    yield return record;
                }
            }
        }

        private static List<YamlNode> Items(YamlMapping mapping, string key) =>
            Node(mapping, key) is YamlSequence sequence ? sequence.Items : new List<YamlNode>();

        /// <summary>The first value of a key, as <see cref="FieldReader"/> reads it.</summary>
        private static YamlNode? Node(YamlMapping mapping, string key)
        {
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}
