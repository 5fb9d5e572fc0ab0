using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Generator.Emitting;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator
{
    public sealed partial class SummitDataGenerator
    {
        /// <summary>
        /// Writes C# from specs; never reads YAML. Shape: one file per document holding that document's records in a
        /// private holder class (initialized on first access to that document only), named properties in
        /// <c>Root.Figures</c>, <c>Root.Quotes</c>, ...; one corpus file with the shared people and agreements, the
        /// data set and the lookups.
        /// </summary>
        internal static class Emitter
        {
            public const string CorpusHintName = "SummitData.Corpus.g.cs";

            private const string Records = "global::SummitData.";

            // Ids are lowercase and unique, so these names are unique even ignoring case, as Roslyn requires.
            public static string DocumentHintName(DocumentSpec document) => "SummitData.Document." + document.Id + ".g.cs";

            public static string HolderName(string documentId) => "__Doc_" + Identifiers.ToPascalCase(documentId);

            public static string EmitDocument(DocumentSpec document, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                var w = new SourceWriter();
                string holder = HolderName(document.Id);
                string root = Root(settings);
                Header(w, settings);

                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");

                w.Open("public static partial class Documents");
                w.Line($"/// <summary>{Literals.Doc(document.Title ?? document.FileName)}</summary>");
                w.Line($"public static {Records}Document {Identifiers.MemberName(document.Id)} => {holder}.Document;");
                w.Close();

                if (document.Figures.Count > 0)
                {
                    w.Line();
                    w.Open("public static partial class Figures");
                    for (int i = 0; i < document.Figures.Count; i++)
                    {
                        FigureSpec f = document.Figures[i];
                        w.Line($"/// <summary>“{Literals.Doc(f.Citation.Text)}”: {Literals.Doc(f.Measures)}{(f.Period is null ? string.Empty : " (" + Literals.Doc(f.Period) + ")")}.</summary>");
                        w.Line($"public static {Records}Figure {Identifiers.MemberName(f.Id)} => {holder}.Figures[{i}];");
                    }

                    w.Close();
                }

                if (document.Quotes.Count > 0)
                {
                    w.Line();
                    w.Open("public static partial class Quotes");
                    for (int i = 0; i < document.Quotes.Count; i++)
                    {
                        QuoteSpec q = document.Quotes[i];
                        w.Line($"/// <summary>“{Literals.Doc(q.Citation.Text)}”</summary>");
                        w.Line($"public static {Records}Quote {Identifiers.MemberName(q.Id)} => {holder}.Quotes[{i}];");
                    }

                    w.Close();
                }

                w.Line();
                w.Open($"private static class {holder}");
                string docId = Literals.String(document.Id);
                w.Line($"internal static readonly {Records}Document Document = new {Records}Document(");
                w.Line($"    {docId},");
                w.Line($"    {Literals.String(document.FileName)},");
                w.Line($"    {Literals.String(document.Source)},");
                w.Line($"    {Literals.String(document.Title)},");
                w.Line($"    {Literals.String(document.Outlet)},");
                w.Line($"    {StringArray(document.Authors)},");
                w.Line($"    {Date(document.Published)},");
                w.Line($"    {Literals.String(document.Url)},");
                w.Line($"    {Literals.String(document.Language)},");
                w.Line($"    {StringArray(document.Inferred)},");
                w.Line($"    {Literals.String(document.Sha256)},");
                w.Line($"    global::System.Text.Encoding.UTF8.GetString({Literals.Utf8(document.Text)}));");

                w.Line();
                w.Line($"internal static readonly {Records}Figure[] Figures = new {Records}Figure[]");
                w.Line("{");
                foreach (FigureSpec f in document.Figures)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"    new {Records}Figure({Literals.String(f.Id)}, {docId}, {Citation(docId, f.Citation)}, {Literals.Decimal(f.Value)}, {Enum("FigureScale", f.Scale)}, {Enum("FigureUnit", f.Unit)}, {Literals.String(f.Measures)}, {Literals.String(f.Period)}, {Literals.Bool(f.Approximate)}, {(f.Direction is null ? "null" : Enum("FigureDirection", f.Direction))}),");
                }

                w.Line("};");
                w.Line();
                w.Line($"internal static readonly {Records}Quote[] Quotes = new {Records}Quote[]");
                w.Line("{");
                foreach (QuoteSpec q in document.Quotes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string speaker = q.Speaker is null ? "null" : $"{root}.People.{Identifiers.MemberName(q.Speaker)}";
                    string source = q.Source is null ? "null" : $"{root}.Agreements.{Identifiers.MemberName(q.Source)}";
                    w.Line($"    new {Records}Quote({Literals.String(q.Id)}, {docId}, {Citation(docId, q.Citation)}, {Enum("QuoteKind", q.Kind)}, {speaker}, {source}, {Literals.String(q.Attribution)}),");
                }

                w.Line("};");
                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            public static string EmitCorpus(CorpusSpec corpus, GeneratorSettings settings, CancellationToken cancellationToken)
            {
                var w = new SourceWriter();
                Header(w, settings);
                w.Line($"/// <summary>The records generated from {corpus.DocumentIds.Count} annotated document{(corpus.DocumentIds.Count == 1 ? string.Empty : "s")}.</summary>");
                w.Open($"{settings.Visibility} static partial class {settings.RootClass}");
                w.Line("/// <summary>All documents and their records, with lookups and queries.</summary>");
                w.Line($"public static {Records}SummitDataSet DataSet => __DataSet.Value;");
                w.Line();

                KindClass(w, "Documents", "Document", "documents", "Document");
                w.Line();
                KindClass(w, "Figures", "Figure", "figures", "Figure");
                w.Line();
                KindClass(w, "Quotes", "Quote", "quotes", "Quote");
                w.Line();

                KindClass(w, "People", "Person", "people", "Person", open: true);
                for (int i = 0; i < corpus.People.Count; i++)
                {
                    MergedPerson p = corpus.People[i];
                    w.Line();
                    w.Line($"/// <summary>{Literals.Doc(p.Name)}.</summary>");
                    w.Line($"public static {Records}Person {Identifiers.MemberName(p.Id)} => __Shared.People[{i}];");
                }

                w.Close();
                w.Line();
                KindClass(w, "Agreements", "Agreement", "agreements", "Agreement", open: true);
                for (int i = 0; i < corpus.Agreements.Count; i++)
                {
                    MergedAgreement a = corpus.Agreements[i];
                    w.Line();
                    w.Line($"/// <summary>{Literals.Doc(a.Title)}.</summary>");
                    w.Line($"public static {Records}Agreement {Identifiers.MemberName(a.Id)} => __Shared.Agreements[{i}];");
                }

                w.Close();
                w.Line();

                // Shared records never reach into documents' holders, so initializing them cannot cycle.
                w.Open("private static class __Shared");
                w.Line($"internal static readonly {Records}Person[] People = new {Records}Person[]");
                w.Line("{");
                foreach (MergedPerson p in corpus.People)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"    new {Records}Person({Literals.String(p.Id)}, {Literals.String(p.Name)}, {StringArray(p.Spellings)}, {Citations(p.Roles)}, {Citations(p.Mentions)}),");
                }

                w.Line("};");
                w.Line();
                w.Line($"internal static readonly {Records}Agreement[] Agreements = new {Records}Agreement[]");
                w.Line("{");
                foreach (MergedAgreement a in corpus.Agreements)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Line($"    new {Records}Agreement({Literals.String(a.Id)}, {Literals.String(a.Title)}, {Enum("AgreementKind", a.Kind)}, {Enum("AgreementStatus", a.Status)}, {StringArray(a.Parties)}, {Citations(a.Mentions)}),");
                }

                w.Line("};");
                w.Close();
                w.Line();

                w.Open("private static class __DataSet");
                w.Line($"internal static readonly {Records}SummitDataSet Value = new {Records}SummitDataSet(");
                w.Line($"    new {Records}Document[] {{ {string.Join(", ", corpus.DocumentIds.Select(id => HolderName(id) + ".Document"))} }},");
                w.Line("    __Shared.Agreements,");
                w.Line($"    __Concat<{Records}Figure>({string.Join(", ", corpus.DocumentIds.Select(id => HolderName(id) + ".Figures"))}),");
                w.Line($"    __Concat<{Records}Quote>({string.Join(", ", corpus.DocumentIds.Select(id => HolderName(id) + ".Quotes"))}),");
                w.Line("    __Shared.People);");
                w.Close();
                w.Line();
                w.Open("private static T[] __Concat<T>(params T[][] parts)");
                w.Line("int count = 0;");
                w.Line("foreach (T[] part in parts) { count += part.Length; }");
                w.Line("T[] result = new T[count];");
                w.Line("int index = 0;");
                w.Line("foreach (T[] part in parts) { part.CopyTo(result, index); index += part.Length; }");
                w.Line("return result;");
                w.Close();
                w.Close();
                Footer(w, settings);
                return w.ToString();
            }

            private static void KindClass(SourceWriter w, string className, string record, string plural, string getter, bool open = false)
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
                w.Line($"/// <summary>Looks up {(record == "Agreement" ? "an" : "a")} {record.ToLowerInvariant()} by id.</summary>");
                w.Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Records}{record}? value) => DataSet.TryGet{getter}(id, out value);");
                if (!open)
                {
                    w.Close();
                }
            }

            private static void Header(SourceWriter w, GeneratorSettings settings)
            {
                w.Line("// <auto-generated/>");
                w.Line("#nullable enable");
                w.Line();
                w.Open($"namespace {settings.Namespace}");
            }

            private static void Footer(SourceWriter w, GeneratorSettings settings) => w.Close();

            private static string Root(GeneratorSettings settings) => $"global::{settings.Namespace}.{settings.RootClass}";

            private static string Enum(string type, string value) => $"{Records}{type}.{Identifiers.ToPascalCase(value)}";

            private static string Date(string? iso) => iso is null
                ? "null"
                : $"new global::System.DateOnly({int.Parse(iso.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(iso.Substring(5, 2), System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(iso.Substring(8, 2), System.Globalization.CultureInfo.InvariantCulture)})";

            private static string StringArray(EquatableArray<string> values) => values.Count == 0
                ? "global::System.Array.Empty<string>()"
                : "new string[] { " + string.Join(", ", values.Select(Literals.String)) + " }";

            private static string Citation(string documentIdLiteral, CitationSpec c) =>
                $"new {Records}Citation({documentIdLiteral}, {Literals.Int(c.Offset)}, {Literals.Int(c.Length)}, {Literals.Int(c.Line)}, {Literals.Int(c.Column)}, {Literals.String(c.Text)})";

            private static string Citations(EquatableArray<DocumentCitation> citations) => citations.Count == 0
                ? $"global::System.Array.Empty<{Records}Citation>()"
                : $"new {Records}Citation[] {{ " + string.Join(", ", citations.Select(c => Citation(Literals.String(c.DocumentId), c.Citation))) + " }";
        }
    }
}
