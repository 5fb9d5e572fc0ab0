using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SummitData.Generator.Emitting;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator
{
    public sealed partial class SummitDataGenerator
    {
        /// <summary>
        /// Writes C# from specs; never reads YAML. The shape keeps every file, method and initializer bounded, whatever
        /// the size of the corpus, and initializes records only when they are first touched:
        /// <list type="bullet">
        /// <item>one file per document (<c>SummitData.Document.ID.g.cs</c>): its named properties and a private holder
        /// class whose static constructor builds that document's records;</item>
        /// <item>one file per chunk of up to 256 people, entities, agreements, claims, discrepancies or documents
        /// (<c>SummitData.Corpus.People.3.g.cs</c>, <c>.Entities.N</c>, <c>.Agreements.N</c>, <c>.Claims.N</c>,
        /// <c>.Discrepancies.N</c>, <c>.Documents.N</c>): the shared records' named properties and a class building
        /// them, or a chunk's part of the data set's lists;</item>
        /// <item>one main file (<c>SummitData.Corpus.g.cs</c>): the data set, <c>All</c>/<c>Get</c>/<c>TryGet</c> and
        /// the helpers, built from the chunks.</item>
        /// </list>
        /// Strings sit in one UTF-8 table per class (<see cref="StringTable"/>), texts in UTF-8 literals, so no
        /// ordinary string literal counts against the assembly's user-string heap. An array of more than 256
        /// elements is built by part methods of up to 256 and concatenated. A kind with more records than one class
        /// can hold as properties has no named properties (<see cref="NamedKinds"/>, SD0022).
        /// </summary>
        internal static class Emitter
        {
            public const string CorpusHintName = "SummitData.Corpus.g.cs";

            private const string Records = "global::SummitData.";
            private const string Strings = StringTable.Local;

            // Every helper type and member the generated code declares starts with this prefix, which no id and no
            // setting can produce, so none of them can clash with a record's property or with the root class.
            private const string Helper = Identifiers.ReservedPrefix;

            // Ids are lowercase and unique, so these names are unique even ignoring case, as Roslyn requires; chunk files
            // differ from document files by their "Corpus." prefix.
            public static string DocumentHintName(DocumentSpec document) => "SummitData.Document." + document.Id + ".g.cs";

            public static string ChunkHintName(CorpusChunk chunk) => "SummitData.Corpus." + chunk.Kind + "." + Int(chunk.Index) + ".g.cs";

            public static string HolderName(string documentId) => Helper + "Doc_" + Identifiers.ToPascalCase(documentId);

            private static string ChunkClass(ChunkKind kind, int index) => Helper + kind + Int(index);

            public static string EmitDocument(DocumentSpec document, NamedKinds named, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                var w = new SourceWriter();
                string holder = HolderName(document.Id);
                string root = Root(settings);
                Header(w, settings);

                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");

                if (named.Documents)
                {
                    w.Open("public static partial class Documents");
                    w.Line($"/// <summary>{Literals.Doc(document.Title ?? document.FileName)}</summary>");
                    w.Line($"public static {Records}Document {Identifiers.MemberName(document.Id)} => {holder}.Document;");
                    w.Close();
                    w.Line();
                }

                if (named.Figures && document.Figures.Count > 0)
                {
                    w.Open("public static partial class Figures");
                    for (int i = 0; i < document.Figures.Count; i++)
                    {
                        FigureSpec f = document.Figures[i];
                        w.Line($"/// <summary>“{Literals.Doc(f.Citation.Text)}”: {Literals.Doc(f.Measures)}{(f.Period is null ? string.Empty : " (" + Literals.Doc(f.Period) + ")")}.</summary>");
                        w.Line($"public static {Records}Figure {Identifiers.MemberName(f.Id)} => {holder}.Figures[{Int(i)}];");
                    }

                    w.Close();
                    w.Line();
                }

                if (named.Quotes && document.Quotes.Count > 0)
                {
                    w.Open("public static partial class Quotes");
                    for (int i = 0; i < document.Quotes.Count; i++)
                    {
                        QuoteSpec q = document.Quotes[i];
                        w.Line($"/// <summary>“{Literals.Doc(q.Citation.Text)}”</summary>");
                        w.Line($"public static {Records}Quote {Identifiers.MemberName(q.Id)} => {holder}.Quotes[{Int(i)}];");
                    }

                    w.Close();
                    w.Line();
                }

                // Build the records first: they fill the string table, which the constructor must decode before them.
                var table = new StringTable();
                var parts = new PartMethods();
                string docId = table.Ref(document.Id);
                string[] documentArguments =
                {
                    docId,
                    table.Ref(document.FileName),
                    table.Ref(document.Source),
                    table.Ref(document.Title),
                    table.Ref(document.Outlet),
                    ArrayExpression("string", document.Authors.Select(table.Ref).ToList(), parts),
                    Date(document.Published),
                    table.Ref(document.Url),
                    table.Ref(document.Language),
                    ArrayExpression("string", document.Inferred.Select(table.Ref).ToList(), parts),
                    table.Ref(document.Sha256),
                    $"global::System.Text.Encoding.UTF8.GetString({Literals.Utf8(document.Text)})",
                };

                var figures = new List<string>(document.Figures.Count);
                foreach (FigureSpec f in document.Figures)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    figures.Add($"new {Records}Figure({table.Ref(f.Id)}, {docId}, {Citation(docId, f.Citation, table)}, {Literals.Decimal(f.Value)}, {Enum("FigureScale", f.Scale)}, {Enum("FigureUnit", f.Unit)}, {table.Ref(f.Measures)}, {table.Ref(f.Period)}, {Literals.Bool(f.Approximate)}, {(f.Direction is null ? "null" : Enum("FigureDirection", f.Direction))}, {table.Ref(f.Claim?.Id)})");
                }

                var quotes = new List<string>(document.Quotes.Count);
                foreach (QuoteSpec q in document.Quotes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string speaker = q.Speaker is null ? "null" : Reference(root, "People", "Person", named.People, q.Speaker, table);
                    string source = q.Source is null ? "null" : Reference(root, "Agreements", "Agreement", named.Agreements, q.Source, table);
                    quotes.Add($"new {Records}Quote({table.Ref(q.Id)}, {docId}, {Citation(docId, q.Citation, table)}, {Enum("QuoteKind", q.Kind)}, {speaker}, {source}, {table.Ref(q.Attribution)})");
                }

                w.Open($"private static class {holder}");
                w.Line($"internal static readonly {Records}Document Document;");
                w.Line($"internal static readonly {Records}Figure[] Figures;");
                w.Line($"internal static readonly {Records}Quote[] Quotes;");
                w.Line();

                // An explicit static constructor: the document's records are built exactly when one of them is first used.
                w.Open($"static {holder}()");
                w.Line(table.Declaration());
                w.Line($"Document = new {Records}Document(");
                for (int i = 0; i < documentArguments.Length; i++)
                {
                    w.Line("    " + documentArguments[i] + (i == documentArguments.Length - 1 ? ");" : ","));
                }

                ArrayAssignment(w, "Figures", Records + "Figure", figures, parts);
                ArrayAssignment(w, "Quotes", Records + "Quote", quotes, parts);
                w.Close();
                parts.Write(w, cancellationToken);
                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            public static string EmitChunk(CorpusChunk chunk, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                var w = new SourceWriter();
                Header(w, settings);
                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");
                string chunkClass = ChunkClass(chunk.Kind, chunk.Index);
                string root = Root(settings);
                bool named = chunk.Named.For(chunk.Kind);
                switch (chunk.Kind)
                {
                    case ChunkKind.People:
                        SharedChunk(
                            w,
                            named,
                            "People",
                            "Person",
                            chunkClass,
                            chunk.People.Select(p => (p.Id, p.Name)).ToList(),
                            (table, parts) => chunk.People.Select(p =>
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                return $"new {Records}Person({table.Ref(p.Id)}, {table.Ref(p.Name)}, {ArrayExpression("string", p.Spellings.Select(table.Ref).ToList(), parts)}, {Citations(p.Roles, table, parts)}, {Citations(p.Mentions, table, parts)})";
                            }).ToList(),
                            cancellationToken);
                        break;
                    case ChunkKind.Entities:
                        SharedChunk(
                            w,
                            named,
                            "Entities",
                            "Entity",
                            chunkClass,
                            chunk.Entities.Select(e => (e.Id, e.Name)).ToList(),
                            (table, parts) => chunk.Entities.Select(e =>
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                return $"new {Records}Entity({table.Ref(e.Id)}, {table.Ref(e.Name)}, {Enum("EntityKind", e.Kind)}, {ArrayExpression("string", e.Spellings.Select(table.Ref).ToList(), parts)}, {Citations(e.Mentions, table, parts)})";
                            }).ToList(),
                            cancellationToken);
                        break;
                    case ChunkKind.Agreements:
                        SharedChunk(
                            w,
                            named,
                            "Agreements",
                            "Agreement",
                            chunkClass,
                            chunk.Agreements.Select(a => (a.Id, a.Title)).ToList(),
                            (table, parts) => chunk.Agreements.Select(a =>
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                List<string> parties = a.Parties
                                    .Select(p => p.IsPerson ? Reference(root, "People", "Person", chunk.Named.People, p.Id, table) : Reference(root, "Entities", "Entity", chunk.Named.Entities, p.Id, table))
                                    .ToList();
                                return $"new {Records}Agreement({table.Ref(a.Id)}, {table.Ref(a.Title)}, {Enum("AgreementKind", a.Kind)}, {Enum("AgreementStatus", a.Status)}, {ArrayExpression(Records + "INamedEntity", parties, parts)}, {Citations(a.Mentions, table, parts)})";
                            }).ToList(),
                            cancellationToken);
                        break;
                    case ChunkKind.Claims:
                        SharedChunk(
                            w,
                            named,
                            "Claims",
                            "Claim",
                            chunkClass,
                            chunk.Claims.Select(c => (c.Id, c.Statement)).ToList(),
                            (table, parts) => chunk.Claims.Select(c =>
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                return $"new {Records}Claim({table.Ref(c.Id)}, {table.Ref(c.Statement)}, {Citations(c.Citations, table, parts)}, {ArrayExpression("string", c.About.Select(table.Ref).ToList(), parts)})";
                            }).ToList(),
                            cancellationToken);
                        break;
                    case ChunkKind.Discrepancies:
                        SharedChunk(
                            w,
                            named,
                            "Discrepancies",
                            "Discrepancy",
                            chunkClass,
                            chunk.Discrepancies.Select(d => (d.Id, d.Topic)).ToList(),
                            (table, parts) => chunk.Discrepancies.Select(d =>
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                return $"new {Records}Discrepancy({table.Ref(d.Id)}, {table.Ref(d.Topic)}, {Enum("DiscrepancyKind", d.Kind)}, {Citations(d.Sides, table, parts)}, {ArrayExpression("string", d.About.Select(table.Ref).ToList(), parts)})";
                            }).ToList(),
                            cancellationToken);
                        break;
                    default:
                        DocumentChunk(w, chunkClass, chunk.DocumentIds, cancellationToken);
                        break;
                }

                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            public static string EmitCorpus(CorpusIndex index, GeneratorSettings settings)
            {
                var w = new SourceWriter();
                Header(w, settings);
                w.Line($"/// <summary>The records generated from {Int(index.DocumentCount)} annotated document{(index.DocumentCount == 1 ? string.Empty : "s")}.</summary>");
                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");
                w.Line("/// <summary>All documents and their records, with lookups and queries.</summary>");
                w.Line($"public static {Records}SummitDataSet DataSet => {Helper}DataSet.Value;");
                w.Line();

                KindClass(w, "Documents", "Document", "documents", "Document");
                w.Line();
                KindClass(w, "Figures", "Figure", "figures", "Figure");
                w.Line();
                KindClass(w, "Quotes", "Quote", "quotes", "Quote");
                w.Line();
                KindClass(w, "People", "Person", "people", "Person");
                w.Line();
                KindClass(w, "Agreements", "Agreement", "agreements", "Agreement");
                w.Line();
                KindClass(w, "Entities", "Entity", "countries, organisations and places", "Entity");
                w.Line();
                KindClass(w, "Claims", "Claim", "claims", "Claim");
                w.Line();
                KindClass(w, "Discrepancies", "Discrepancy", "discrepancies", "Discrepancy");
                w.Line();

                // Touching the data set builds every chunk; touching one named record builds only its own chunk.
                w.Open($"private static class {Helper}DataSet");
                w.Line($"internal static readonly {Records}SummitDataSet Value = new {Records}SummitDataSet(");
                w.Line($"    {Concat("Document", ChunkKind.Documents, index.DocumentChunks, ".Documents()")},");
                w.Line($"    {Concat("Agreement", ChunkKind.Agreements, index.AgreementChunks, ".Items")},");
                w.Line($"    {Concat("Figure", ChunkKind.Documents, index.DocumentChunks, ".Figures()")},");
                w.Line($"    {Concat("Quote", ChunkKind.Documents, index.DocumentChunks, ".Quotes()")},");
                w.Line($"    {Concat("Person", ChunkKind.People, index.PeopleChunks, ".Items")},");
                w.Line($"    {Concat("Entity", ChunkKind.Entities, index.EntityChunks, ".Items")},");
                w.Line($"    {Concat("Claim", ChunkKind.Claims, index.ClaimChunks, ".Items")},");
                w.Line($"    {Concat("Discrepancy", ChunkKind.Discrepancies, index.DiscrepancyChunks, ".Items")});");
                w.Close();

                // Without named properties (SD0022), quotes and agreements reach people, entities and agreements through an
                // index of that kind only: building it builds all of that kind (and agreements the people and entities they
                // name), never the documents, so it cannot cycle.
                if (!index.Named.People)
                {
                    ById(w, "Person", Concat("Person", ChunkKind.People, index.PeopleChunks, ".Items"));
                }

                if (!index.Named.Entities)
                {
                    ById(w, "Entity", Concat("Entity", ChunkKind.Entities, index.EntityChunks, ".Items"));
                }

                if (!index.Named.Agreements)
                {
                    ById(w, "Agreement", Concat("Agreement", ChunkKind.Agreements, index.AgreementChunks, ".Items"));
                }
                w.Line();
                w.Open($"private static T[] {Helper}Concat<T>(params T[][] parts)");
                w.Line("int count = 0;");
                w.Line("foreach (T[] part in parts) { count += part.Length; }");
                w.Line("T[] result = new T[count];");
                w.Line("int index = 0;");
                w.Line("foreach (T[] part in parts) { part.CopyTo(result, index); index += part.Length; }");
                w.Line("return result;");
                w.Close();
                w.Line();
                w.Line("// Decodes a string table: each entry is its length in UTF-16 code units, ':', and the text.");
                w.Open($"private static string[] {Helper}Strings(global::System.ReadOnlySpan<byte> utf8, int count)");
                w.Line("string all = global::System.Text.Encoding.UTF8.GetString(utf8);");
                w.Line("string[] strings = new string[count];");
                w.Line("int at = 0;");
                w.Open("for (int i = 0; i < count; i++)");
                w.Line("int length = 0;");
                w.Line("while (all[at] != ':') { length = (length * 10) + (all[at++] - '0'); }");
                w.Line("strings[i] = all.Substring(at + 1, length);");
                w.Line("at += length + 1;");
                w.Close();
                w.Line();
                w.Line("return strings;");
                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            private static void SharedChunk(
                SourceWriter w,
                bool named,
                string className,
                string record,
                string chunkClass,
                List<(string Id, string Summary)> names,
                System.Func<StringTable, PartMethods, List<string>> build,
                CancellationToken cancellationToken)
            {
                if (named)
                {
                    w.Open($"public static partial class {className}");
                    for (int i = 0; i < names.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (i > 0)
                        {
                            w.Line();
                        }

                        w.Line($"/// <summary>{Literals.Doc(names[i].Summary)}.</summary>");
                        w.Line($"public static {Records}{record} {Identifiers.MemberName(names[i].Id)} => {chunkClass}.Items[{Int(i)}];");
                    }

                    w.Close();
                    w.Line();
                }

                // Shared records never reach into documents' holders, and only agreements reach into other chunks (those of
                // people and entities, which reach nowhere), so building them cannot cycle.
                var table = new StringTable();
                var parts = new PartMethods();
                List<string> items = build(table, parts);
                w.Open($"private static class {chunkClass}");
                w.Line($"internal static readonly {Records}{record}[] Items;");
                w.Line();
                w.Open($"static {chunkClass}()");
                w.Line(table.Declaration());
                ArrayAssignment(w, "Items", Records + record, items, parts);
                w.Close();
                parts.Write(w, cancellationToken);
                w.Close();
            }

            private static void DocumentChunk(SourceWriter w, string chunkClass, EquatableArray<string> documentIds, CancellationToken cancellationToken)
            {
                // Methods, not fields: the data set calls each once, and nothing keeps a second copy of the lists.
                w.Open($"private static class {chunkClass}");
                Part("Document", "Documents", "new " + Records + "Document[]", ".Document", "};");
                w.Line();
                Part("Figure", "Figures", Helper + "Concat<" + Records + "Figure>(", ".Figures", ");");
                w.Line();
                Part("Quote", "Quotes", Helper + "Concat<" + Records + "Quote>(", ".Quotes", ");");
                w.Close();

                void Part(string record, string method, string open, string member, string close)
                {
                    w.Line($"internal static {Records}{record}[] {method}() => {open}");
                    bool braces = close == "};";
                    if (braces)
                    {
                        w.Line("{");
                    }

                    for (int i = 0; i < documentIds.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        bool last = i == documentIds.Count - 1;
                        w.Line($"    {HolderName(documentIds[i])}{member}{(braces ? "," : last ? close : ",")}");
                    }

                    if (braces)
                    {
                        w.Line(close);
                    }
                }
            }

            private static void ById(SourceWriter w, string record, string all)
            {
                w.Line();
                w.Line($"private static {Records}{record} {Helper}{record}ById(string id) => {Helper}{record}Index.Value[id];");
                w.Line();
                w.Open($"private static class {Helper}{record}Index");
                w.Line($"internal static readonly global::System.Collections.Generic.Dictionary<string, {Records}{record}> Value = global::System.Linq.Enumerable.ToDictionary({all}, static item => item.Id, global::System.StringComparer.Ordinal);");
                w.Close();
            }

            private static void KindClass(SourceWriter w, string className, string record, string plural, string getter)
            {
                w.Line($"/// <summary>The {plural}, each as a named property, with <c>All</c> and lookup by id.</summary>");
                w.Open($"public static partial class {className}");
                w.Line($"/// <summary>All {plural}.</summary>");
                w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Records}{record}> All => DataSet.{className};");
                w.Line();
                w.Line($"/// <summary>The {record.ToLowerInvariant()} with this id.</summary>");
                w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {record.ToLowerInvariant()} has this id.</exception>");
                w.Line($"public static {Records}{record} Get(string id) => DataSet.Get{getter}(id);");
                w.Line();
                w.Line($"/// <summary>Looks up {("AEIOU".IndexOf(record[0]) >= 0 ? "an" : "a")} {record.ToLowerInvariant()} by id.</summary>");
                w.Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Records}{record}? value) => DataSet.TryGet{getter}(id, out value);");
                w.Close();
            }

            // Beyond 256 chunks (about 60,000 documents) the lists are concatenated in groups, so no call has more arguments.
            private static string Concat(string record, ChunkKind kind, int chunks, string member)
            {
                string call = $"{Helper}Concat<{Records}{record}>(";
                List<string> parts = Enumerable.Range(0, chunks).Select(i => ChunkClass(kind, i) + member).ToList();
                while (parts.Count > CorpusLayout.ItemsPerChunk)
                {
                    parts = parts
                        .Select((part, i) => (part, i))
                        .GroupBy(x => x.i / CorpusLayout.ItemsPerChunk)
                        .Select(g => call + string.Join(", ", g.Select(x => x.part)) + ")")
                        .ToList();
                }

                return call + string.Join(", ", parts) + ")";
            }

            /// <summary>
            /// <c>target = new T[] { ... };</c>, one element per line, or, beyond 256 elements, a concatenation of part
            /// methods of up to 256 each.
            /// </summary>
            private static void ArrayAssignment(SourceWriter w, string target, string type, List<string> elements, PartMethods parts)
            {
                if (elements.Count == 0)
                {
                    w.Line($"{target} = global::System.Array.Empty<{type}>();");
                    return;
                }

                if (elements.Count > CorpusLayout.ItemsPerChunk)
                {
                    w.Line($"{target} = {parts.Add(type, elements, multiline: true)};");
                    return;
                }

                w.Line($"{target} = new {type}[]");
                w.Line("{");
                foreach (string element in elements)
                {
                    w.Line("    " + element + ",");
                }

                w.Line("};");
            }

            /// <summary>An array as one expression: empty, an initializer on one line, or parts of up to 256 concatenated.</summary>
            private static string ArrayExpression(string type, List<string> elements, PartMethods parts) =>
                elements.Count == 0 ? $"global::System.Array.Empty<{type}>()"
                : elements.Count > CorpusLayout.ItemsPerChunk ? parts.Add(type, elements, multiline: false)
                : $"new {type}[] {{ {string.Join(", ", elements)} }}";

            private static void Header(SourceWriter w, GeneratorSettings settings)
            {
                w.Line("// <auto-generated/>");
                w.Line("#nullable enable");
                w.Line();
                w.Open($"namespace {settings.Namespace}");
            }

            private static void Footer(SourceWriter w, GeneratorSettings settings) => w.Close();

            private static string Root(GeneratorSettings settings) => $"global::{settings.Namespace}.{settings.RootClass}";

            /// <summary>A record another one refers to: its named property, or, for a kind without them (SD0022), a lookup by id.</summary>
            private static string Reference(string root, string className, string record, bool named, string id, StringTable table) =>
                named ? $"{root}.{className}.{Identifiers.MemberName(id)}" : $"{Helper}{record}ById({table.Ref(id)})";

            private static string Enum(string type, string value) => $"{Records}{type}.{Identifiers.ToPascalCase(value)}";

            private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

            private static string Date(string? iso) => iso is null
                ? "null"
                : $"new global::System.DateOnly({int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture)}, {int.Parse(iso.Substring(5, 2), CultureInfo.InvariantCulture)}, {int.Parse(iso.Substring(8, 2), CultureInfo.InvariantCulture)})";

            private static string Citation(string documentId, CitationSpec c, StringTable table) =>
                $"new {Records}Citation({documentId}, {Literals.Int(c.Offset)}, {Literals.Int(c.Length)}, {Literals.Int(c.Line)}, {Literals.Int(c.Column)}, {table.Ref(c.Text)})";

            private static string Citations(EquatableArray<DocumentCitation> citations, StringTable table, PartMethods parts) =>
                ArrayExpression(Records + "Citation", citations.Select(c => Citation(table.Ref(c.DocumentId), c.Citation, table)).ToList(), parts);

            /// <summary>
            /// Methods of a generated class that each build up to 256 elements of a long array, so that neither the
            /// constructor nor any initializer grows with the list. They take the class's decoded string table.
            /// </summary>
            private sealed class PartMethods
            {
                private readonly List<(string Name, string Type, List<string> Elements, bool Multiline)> _methods = new();

                /// <summary>Adds the parts of a long array and returns the expression that concatenates them.</summary>
                public string Add(string type, List<string> elements, bool multiline)
                {
                    var names = new List<string>();
                    for (int start = 0; start < elements.Count; start += CorpusLayout.ItemsPerChunk)
                    {
                        string name = Helper + "Part" + Int(_methods.Count);
                        _methods.Add((name, type, elements.GetRange(start, System.Math.Min(CorpusLayout.ItemsPerChunk, elements.Count - start)), multiline));
                        names.Add(name + "(" + Strings + ")");
                    }

                    return $"{Helper}Concat<{type}>({string.Join(", ", names)})";
                }

                public void Write(SourceWriter w, CancellationToken cancellationToken)
                {
                    foreach ((string name, string type, List<string> elements, bool multiline) in _methods)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        w.Line();
                        if (!multiline)
                        {
                            w.Line($"private static {type}[] {name}(string[] {Strings}) => new {type}[] {{ {string.Join(", ", elements)} }};");
                            continue;
                        }

                        w.Line($"private static {type}[] {name}(string[] {Strings}) => new {type}[]");
                        w.Line("{");
                        foreach (string element in elements)
                        {
                            w.Line("    " + element + ",");
                        }

                        w.Line("};");
                    }
                }
            }
        }
    }
}
