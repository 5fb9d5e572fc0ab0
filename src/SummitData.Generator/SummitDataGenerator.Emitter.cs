using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SummitData.Generator.Emitting;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator
{
    public sealed partial class SummitDataGenerator
    {
        /// <summary>
        /// Writes C# from specs; never reads YAML. Every kind goes through the same code: records are data (compact rows,
        /// <see cref="RowWriter"/>) decoded on first use by the runtime's one constructor per kind, and each record gets a
        /// named property. The shape keeps every file, method and literal bounded, whatever the size of the corpus:
        /// <list type="bullet">
        /// <item>one file per document (<c>SummitData.Document.ID.g.cs</c>): the named properties of the document and its
        /// own records (figures, quotes), and a holder class whose static constructor decodes them;</item>
        /// <item>one file per chunk of up to 256 records of a shared kind (<c>SummitData.Corpus.People.3.g.cs</c>, ...)
        /// or of up to 256 documents (<c>.Documents.N</c>): the records' named properties and their data, or a chunk's
        /// part of the data set's lists;</item>
        /// <item>one main file (<c>SummitData.Corpus.g.cs</c>): the data set, <c>All</c>/<c>Get</c>/<c>TryGet</c> per kind
        /// and the source the records resolve references through.</item>
        /// </list>
        /// A list of more than 256 records is decoded from parts of up to 256 and joined. A kind with more records than
        /// one class can hold as properties has no named properties (<see cref="NamedKinds"/>, SD0022).
        /// </summary>
        internal static class Emitter
        {
            public const string CorpusHintName = "SummitData.Corpus.g.cs";

            private const string Records = "global::SummitData.";
            private const string Data = "global::SummitData.Compiled.RecordData";

            // Every helper type and member the generated code declares starts with this prefix, which no id and no
            // setting can produce, so none of them can clash with a record's property or with the root class.
            private const string Helper = Identifiers.ReservedPrefix;
            private const string SourceClass = Helper + "Source";
            private const string Source = SourceClass + ".Instance";
            private const string PacksClass = Helper + "Packs";

            // Ids are lowercase and unique, so these names are unique even ignoring case, as Roslyn requires; chunk files
            // differ from document files by their "Corpus." prefix.
            public static string DocumentHintName(DocumentSpec document) => "SummitData.Document." + document.Id + ".g.cs";

            public static string ChunkHintName(CorpusChunk chunk) => "SummitData.Corpus." + Kinds.Kinds.Of(chunk.Kind).ClassName + "." + Int(chunk.Index) + ".g.cs";

            public static string HolderName(string documentId) => Helper + "Doc_" + Identifiers.ToPascalCase(documentId);

            private static string ChunkClass(string kind, int index) => Helper + Kinds.Kinds.Of(kind).ClassName + Int(index);

            /// <summary>
            /// The part of a document the generated code needs: its own record and the records that belong to it; without
            /// the text when it is read from <paramref name="resource"/> at run time.
            /// </summary>
            public static DocumentModel Model(DocumentSpec document, string? resource = null)
            {
                RecordSpec own = document.Document;
                if (resource is not null)
                {
                    int text = Kinds.Kinds.Documents.IndexOf("text");
                    own = own with { Values = own.Values.Select((v, i) => i == text ? FieldValue.Empty : v).ToEquatableArray() };
                }

                return new DocumentModel(
                    document with { Document = own, Records = document.Records.Where(r => !Kinds.Kinds.Of(r.Kind).IsShared).ToEquatableArray() },
                    resource);
            }

            /// <summary>
            /// A document's data alone, when no named member needs a class of its own (<see cref="NamedKinds.Packed"/>): one
            /// property, which its chunk of documents decodes. A class per document costs the compiler milliseconds each; a
            /// property of data, little more than the data. The properties go out in a few files (<see cref="EmitPacks"/>).
            /// </summary>
            public static PackLine PackLine(DocumentModel model, GeneratorSettings settings) =>
                new(model.Document.Id, $"internal static global::System.ReadOnlySpan<byte> {HolderName(model.Document.Id)} => {Literals.Data(RowWriter.Pack(model.Document, model.Resource), settings.DataInStrings)};");

            public static string PacksHintName(PackFile file) => "SummitData.Packs." + Int(file.Index) + ".g.cs";

            /// <summary>
            /// The properties of many documents in one declaration of the class that holds them: a class declared in
            /// a thousand parts costs the compiler more than the same members declared in a few (0.7 s of a build at
            /// 1,000 documents, docs/benchmarks.md).
            /// </summary>
            public static string EmitPacks(PackFile file, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                var w = new SourceWriter();
                Header(w, settings);
                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");
                w.Open($"private static partial class {PacksClass}");
                foreach (PackLine line in file.Lines)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line(line.Property);
                }

                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            /// <summary>
            /// A document's file, with its named members and the class that builds its records; without named members
            /// (<see cref="NamedKinds.Packed"/>), its pack alone, which the generator puts out with others (<see cref="EmitPacks"/>).
            /// </summary>
            public static string EmitDocument(DocumentModel model, NamedKinds named, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                if (named.Packed)
                {
                    return EmitPacks(new PackFile(0, new[] { PackLine(model, settings) }.ToEquatableArray()), settings, cancellationToken);
                }

                DocumentSpec document = model.Document;
                var w = new SourceWriter();
                string holder = HolderName(document.Id);
                Header(w, settings);

                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");
                KindDescription documents = Kinds.Kinds.Documents;
                if (named.For(documents.Section))
                {
                    w.Open($"public static partial class {documents.ClassName}");
                    w.Line($"/// <summary>{Literals.Doc(document.Document.Values[documents.IndexOf("title")].Text ?? document.FileName)}</summary>");
                    w.Line($"public static {Records}{documents.Record} {Identifiers.MemberName(document.Id)} => {holder}.Document;");
                    w.Close();
                    w.Line();
                }

                List<(KindDescription Kind, EquatableArray<RecordSpec> Records)> kinds = document.Records
                    .Select(r => (Kinds.Kinds.Of(r.Kind), r.Records))
                    .ToList();
                foreach ((KindDescription kind, EquatableArray<RecordSpec> records) in kinds)
                {
                    if (!named.For(kind.Section) || records.Count == 0)
                    {
                        continue;
                    }

                    w.Open($"public static partial class {kind.ClassName}");
                    for (int i = 0; i < records.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        w.Line($"/// <summary>{Summary(kind, records[i])}</summary>");
                        w.Line($"public static {Records}{kind.Record} {Identifiers.MemberName(records[i].Id)} => {holder}.{kind.ClassName}[{Int(i)}];");
                    }

                    w.Close();
                    w.Line();
                }

                // An explicit static constructor: the document's records are built exactly when one of them is first used.
                // The document's own record is built on its own first use when its text is read from a resource, so a
                // missing resource fails there, with its own message, and never the document's other records.
                w.Open($"private static class {holder}");
                if (model.Resource is null)
                {
                    w.Line($"internal static readonly {Records}{documents.Record} Document;");
                }
                else
                {
                    w.Line($"private static {Records}{documents.Record}? _document;");
                    w.Line();
                    w.Line($"internal static {Records}{documents.Record} Document => _document ?? {Data}.Publish(ref _document, {Data}.DecodeDocument({Source}, typeof({holder}).Assembly, {Literals.String(model.Resource)}, {Literals.Data(RowWriter.Rows(documents, new[] { document.Document }), settings.DataInStrings)}));");
                }

                foreach ((KindDescription kind, _) in kinds)
                {
                    w.Line($"internal static readonly {Records}{kind.Record}[] {kind.ClassName};");
                }

                w.Line();
                w.Open($"static {holder}()");
                if (model.Resource is null)
                {
                    w.Line($"Document = {Decode(documents, new[] { document.Document }, settings.DataInStrings)}[0];");
                }

                foreach ((KindDescription kind, EquatableArray<RecordSpec> records) in kinds)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"{kind.ClassName} = {Decode(kind, records, settings.DataInStrings)};");
                }

                w.Close();
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
                KindDescription kind = Kinds.Kinds.Of(chunk.Kind);
                string chunkClass = ChunkClass(chunk.Kind, chunk.Index);
                if (kind.Scope == KindScope.Document && chunk.Named.Packed)
                {
                    PackedDocumentChunk(w, chunkClass, chunk.DocumentIds, cancellationToken);
                }
                else if (kind.Scope == KindScope.Document)
                {
                    DocumentChunk(w, chunkClass, chunk.DocumentIds, cancellationToken);
                }
                else
                {
                    if (chunk.Named.For(kind.Section))
                    {
                        w.Open($"public static partial class {kind.ClassName}");
                        for (int i = 0; i < chunk.Records.Count; i++)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            if (i > 0)
                            {
                                w.Line();
                            }

                            w.Line($"/// <summary>{Summary(kind, chunk.Records[i])}</summary>");
                            w.Line($"public static {Records}{kind.Record} {Identifiers.MemberName(chunk.Records[i].Id)} => {chunkClass}.Items[{Int(i)}];");
                        }

                        w.Close();
                        w.Line();
                    }

                    // Records refer to others by id, resolved on first use through the source: building a chunk never
                    // builds another, so it cannot cycle.
                    w.Open($"private static class {chunkClass}");
                    w.Line($"internal static readonly {Records}{kind.Record}[] Items;");
                    w.Line();
                    w.Open($"static {chunkClass}()");
                    w.Line($"Items = {Decode(kind, chunk.Records, settings.DataInStrings)};");
                    w.Close();
                    w.Close();
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
                w.Line($"public static {Records}SummitDataSet DataSet => {Source}.DataSet;");
                w.Line();

                foreach (KindDescription kind in Kinds.Kinds.All)
                {
                    KindClass(w, kind);
                    w.Line();
                }

                // Touching the data set builds every kind's chunks; touching one named record builds only its own chunk.
                w.Open($"private sealed class {SourceClass} : global::SummitData.Compiled.RecordSource");
                w.Line($"internal static readonly {SourceClass} Instance = new {SourceClass}();");
                w.Line();
                w.Open("protected override global::System.Array Load(string kind)");
                w.Open("switch (kind)");
                int documentChunks = index.ChunksOf(Kinds.Kinds.Documents.Section);
                foreach (KindDescription kind in Kinds.Kinds.All)
                {
                    string all = kind.IsShared
                        ? Concat(kind, Enumerable.Range(0, index.ChunksOf(kind.Section)).Select(i => ChunkClass(kind.Section, i) + ".Items").ToList())
                        : Concat(kind, Enumerable.Range(0, documentChunks).Select(i => ChunkClass(Kinds.Kinds.Documents.Section, i) + "." + kind.ClassName + "()").ToList());
                    w.Line($"case \"{kind.Section}\": return {all};");
                }

                w.Line("default: return global::System.Array.Empty<object>();");
                w.Close();
                w.Close();
                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            private static void PackedDocumentChunk(SourceWriter w, string chunkClass, EquatableArray<string> documentIds, CancellationToken cancellationToken)
            {
                // The chunk's documents are decoded together, once, when one of its lists is first asked for; not in a type
                // initializer, so that a missing text fails with its own exception.
                w.Open($"private static class {chunkClass}");
                w.Line("private static global::SummitData.Compiled.DocumentPack[]? _packs;");
                w.Line();
                w.Line($"private static global::SummitData.Compiled.DocumentPack[] Packs => _packs ?? {Data}.Publish(ref _packs, new global::SummitData.Compiled.DocumentPack[]");
                w.Line("{");
                foreach (string id in documentIds)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"    {Data}.DecodePack({Source}, typeof({chunkClass}).Assembly, {PacksClass}.{HolderName(id)}),");
                }

                w.Line("});");
                foreach (KindDescription kind in Kinds.Kinds.All.Where(k => !k.IsShared))
                {
                    w.Line();
                    w.Line($"internal static {Records}{kind.Record}[] {kind.ClassName}() => {Data}.Select<{Records}{kind.Record}>(Packs);");
                }

                w.Close();
            }

            private static void DocumentChunk(SourceWriter w, string chunkClass, EquatableArray<string> documentIds, CancellationToken cancellationToken)
            {
                // Methods, not fields: the source calls each once, and nothing keeps a second copy of the lists.
                w.Open($"private static class {chunkClass}");
                KindDescription documents = Kinds.Kinds.Documents;
                w.Line($"internal static {Records}{documents.Record}[] {documents.ClassName}() => new {Records}{documents.Record}[]");
                w.Line("{");
                foreach (string id in documentIds)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"    {HolderName(id)}.Document,");
                }

                w.Line("};");
                foreach (KindDescription kind in Kinds.Kinds.Lists.Where(k => !k.IsShared))
                {
                    w.Line();
                    w.Line($"internal static {Records}{kind.Record}[] {kind.ClassName}() => {Data}.Concat<{Records}{kind.Record}>(");
                    for (int i = 0; i < documentIds.Count; i++)
                    {
                        w.Line($"    {HolderName(documentIds[i])}.{kind.ClassName}{(i == documentIds.Count - 1 ? ");" : ",")}");
                    }

                    if (documentIds.Count == 0)
                    {
                        w.Line("    );");
                    }
                }

                w.Close();
            }

            private static void KindClass(SourceWriter w, KindDescription kind)
            {
                string record = Records + kind.Record;
                string lower = kind.Singular;
                w.Line($"/// <summary>The {kind.Section}, each as a named property, with <c>All</c> and lookup by id.</summary>");
                w.Open($"public static partial class {kind.ClassName}");
                w.Line($"/// <summary>All {kind.Section}.</summary>");
                w.Line($"public static global::SummitData.RecordSet<{record}> All => DataSet.{kind.ClassName};");
                w.Line();
                w.Line($"/// <summary>The {lower} with this id.</summary>");
                w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {lower} has this id.</exception>");
                w.Line($"public static {record} Get(string id) => DataSet.{kind.ClassName}.Get(id);");
                w.Line();
                w.Line($"/// <summary>Looks up {kind.WithArticle} by id.</summary>");
                w.Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {record}? value) => DataSet.{kind.ClassName}.TryGet(id, out value);");
                w.Close();
            }

            /// <summary>An expression that decodes records: one literal, or parts of up to 256 records joined.</summary>
            private static string Decode(KindDescription kind, IReadOnlyList<RecordSpec> records, bool inStrings)
            {
                string type = Records + kind.Record;
                if (records.Count <= CorpusLayout.ItemsPerChunk)
                {
                    return $"{Data}.Decode<{type}>({Source}, {Literals.Data(RowWriter.Rows(kind, records), inStrings)})";
                }

                var parts = new List<string>();
                for (int start = 0; start < records.Count; start += CorpusLayout.ItemsPerChunk)
                {
                    IEnumerable<RecordSpec> part = records.Skip(start).Take(CorpusLayout.ItemsPerChunk);
                    parts.Add($"{Data}.Decode<{type}>({Source}, {Literals.Data(RowWriter.Rows(kind, part), inStrings)})");
                }

                return $"{Data}.Concat<{type}>({string.Join(", ", parts)})";
            }

            // Beyond 256 parts (about 60,000 documents) the lists are joined in groups, so no call has more arguments.
            private static string Concat(KindDescription kind, List<string> parts)
            {
                string call = $"{Data}.Concat<{Records}{kind.Record}>(";
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

            /// <summary>The doc comment of a record's named property: its title field, shortened.</summary>
            private static string Summary(KindDescription kind, RecordSpec record)
            {
                if (kind.TitleField is not { } field)
                {
                    return Literals.Doc(record.Id);
                }

                FieldValue value = record.Values[kind.IndexOf(field)];
                string? text = value.Text ?? (value.Citations.Count > 0 ? "“" + value.Citations[0].Text + "”" : null);
                return Literals.Doc(text ?? record.Id);
            }

            private static void Header(SourceWriter w, GeneratorSettings settings)
            {
                w.Line("// <auto-generated/>");
                w.Line("#nullable enable");
                w.Line();
                w.Open($"namespace {settings.Namespace}");
            }

            private static void Footer(SourceWriter w, GeneratorSettings settings) => w.Close();

            private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
