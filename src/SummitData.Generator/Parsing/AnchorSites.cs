using System.Collections.Generic;
using SummitData.Generator.Kinds;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Where the format puts anchors, read from the annotation block before it is parsed, so that
    /// <see cref="AnchorResolver"/> searches the text once for all of them; and the metadata values that must occur in
    /// the text. It finds every place <see cref="DocumentParser"/> resolves an anchor from the kinds' descriptions, in the parser's order; the
    /// parser still checks the shapes and reports what is wrong. An anchor missed here is searched on its own when it
    /// is looked up, and counted (<see cref="AnchorResolver.MissesOnThisThread"/>): a test keeps that at zero.
    /// </summary>
    internal static class AnchorSites
    {
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static void Register(YamlMapping document, AnchorResolver resolver)
        {
            foreach (string field in DocumentsKind.Stated)
            {
                YamlNode? node = Node(document, field);
                IEnumerable<YamlNode> values = node is YamlSequence list ? list.Items : node is null ? new List<YamlNode>() : new List<YamlNode> { node };
                foreach (YamlNode value in values)
                {
                    if (value is YamlScalar { IsNull: false } scalar)
                    {
                        resolver.RegisterStated(scalar.Value);
                    }
                }
            }

            // A metadata value written with the words that state it (published: {date, exact}).
            foreach (FieldDescription field in Kinds.Kinds.Documents.Fields)
            {
                if (field.AnchoredValueKey is not null && Node(document, field.Key) is YamlMapping words)
                {
                    resolver.Register(words, allowAll: false);
                }
            }

            // Every anchor field of every kind, by its description, in the order the parser reads them.
            foreach (KindDescription kind in Kinds.Kinds.Lists)
            {
                foreach (YamlMapping record in Records(document, kind.Section))
                {
                    foreach (FieldDescription field in kind.Fields)
                    {
                        if (!field.Declared)
                        {
                            continue;
                        }

                        if (field.Type == FieldType.Anchor && field.Inline)
                        {
                            // The record's own mapping holds the anchor's exact, prefix and suffix.
                            resolver.Register(record, allowAll: false);
                        }
                        else if (field.Type == FieldType.Anchor && Node(record, field.Key) is { } value)
                        {
                            resolver.Register(value, allowAll: false);
                        }
                        else if (field.Type == FieldType.Anchors)
                        {
                            Anchors(record, field.Key, resolver, field.AllowAll);
                        }
                    }
                }
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static void Anchors(YamlMapping record, string key, AnchorResolver resolver, bool allowAll)
        {
            foreach (YamlNode item in Items(record, key))
            {
                resolver.Register(item, allowAll);
            }
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
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

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static List<YamlNode> Items(YamlMapping mapping, string key) =>
            Node(mapping, key) is YamlSequence sequence ? sequence.Items : new List<YamlNode>();

        /// <summary>The first value of a key, as <see cref="FieldReader"/> reads it.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
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
