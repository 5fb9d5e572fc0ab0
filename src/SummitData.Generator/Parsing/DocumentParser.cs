using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Turns one annotated file into a <see cref="DocumentSpec"/>, where its parts are written, and its diagnostics.
    /// Everything that can be checked inside one file is checked here (YAML, fields, anchors, hash, each kind's own
    /// rules); checks across documents are in <see cref="CorpusBuilder"/>. Every list kind is read by the same code,
    /// driven by its description (<see cref="Kinds.Kinds"/>). Shared by the generator and the runtime loader: no Roslyn
    /// types here.
    /// </summary>
    internal static class DocumentParser
    {
        public const string FormatVersion = "summitdata/1";

        private static readonly string[] AnchorKeys = { "exact", "prefix", "suffix", "all" };
        private static readonly string[] SingleAnchorKeys = { "exact", "prefix", "suffix" };

        /// <summary>The keys of the annotation block: the document's fields, then one list per kind.</summary>
        public static readonly string[] DocumentKeys = BlockKeys();

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static ParseResult Parse(string path, string content, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            (DocumentSpec Document, DocumentSites Sites)? parsed = null;
            try
            {
                parsed = ParseCore(path, content, diagnostics, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A bug must never become CS8785 and silently drop every generated type: report it on the file.
                diagnostics.Add(DiagnosticCatalog.InternalError.At(new LocationInfo(path, 0, 0, 0, 0, 0, 0), ex.GetType().Name, ex.Message));
            }

            bool hasErrors = diagnostics.Exists(d => d.Level == DiagnosticLevel.Error);
            return hasErrors || parsed is null
                ? new ParseResult(null, null, diagnostics.ToEquatableArray())
                : new ParseResult(parsed.Value.Document, parsed.Value.Sites, diagnostics.ToEquatableArray());
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static (DocumentSpec, DocumentSites)? ParseCore(string path, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (DocumentEncoding.ReplacementCharacter(path, content) is { } replacement)
            {
                diagnostics.Add(replacement);
                return null;
            }

            AnnotatedFile? file = AnnotatedFile.Split(path, content, diagnostics);
            if (file is null)
            {
                return null;
            }

            SourceMap map = file.Map;
            YamlNode? root = YamlReader.Read(file.Yaml, map, diagnostics, cancellationToken);
            if (root is null)
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.FileStart(3), "the annotation block is empty; it needs at least 'format', 'id' and 'sha256'"));
                }

                return null;
            }

            if (root is not YamlMapping rootMapping)
            {
                diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(map.Map(root), "The annotation block", "a mapping of fields (format, id, sha256, ...)", root.KindName));
                return null;
            }

            if (!IsSummitDataDocument(rootMapping, map, diagnostics))
            {
                return null;
            }

            var doc = new FieldReader(rootMapping, "the document", map, diagnostics, DocumentKeys);
            YamlScalar? format = doc.Scalar("format", required: true);
            if (format is not null && format.Value != FormatVersion)
            {
                doc.Report(DiagnosticCatalog.InvalidValue, format, "format", $"'{FieldReader.Shorten(format.Value)}' is not supported; this version of SummitData reads '{FormatVersion}'");
            }

            string? id = doc.Id();
            string text = file.Text;
            var resolver = new AnchorResolver(id ?? string.Empty, text, file.TextLine, map, diagnostics, cancellationToken);
            AnchorSites.Register(rootMapping, resolver);
            resolver.Search();
            var reading = new DocumentReading(id, text);

            YamlScalar? sha = doc.Scalar("sha256", required: true);
            string actualHash = Sha256(text);
            if (sha is not null && !string.Equals(sha.Value, actualHash, StringComparison.Ordinal))
            {
                doc.Report(DiagnosticCatalog.HashMismatch, sha, actualHash, FieldReader.Shorten(sha.Value));
            }

            FieldValue[] metadata = Metadata(doc, text, actualHash, path, resolver);

            var records = new List<KindRecords>();
            var sites = new List<RecordSite>();
            var seen = new Dictionary<string, Dictionary<string, YamlNode>>(StringComparer.Ordinal);
            foreach (KindDescription kind in Kinds.Kinds.Lists)
            {
                var accepted = new List<RecordSpec>();
                foreach (YamlNode item in doc.List(kind.Section))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ReadRecord(kind, doc, item, seen, reading, resolver, map, diagnostics, path) is { } record)
                    {
                        accepted.Add(record.Spec);
                        sites.Add(record.Site);
                        reading.Accept(record.Spec);
                    }
                }

                records.Add(new KindRecords(kind.Section, accepted.ToEquatableArray()));
            }

            if (id is null || sha is null || format is null)
            {
                return null;
            }

            var document = new RecordSpec(Kinds.Kinds.Documents.Section, id, id, metadata.ToEquatableArray());
            LocationInfo idLocation = map.Map(rootMapping.Entries.Find(e => e.Key.Value == "id").Value);
            return (new DocumentSpec(id, path, document, records.ToEquatableArray()), new DocumentSites(idLocation, sites.ToEquatableArray()));
        }

        /// <summary>Reads and checks the document's metadata: stated in the text unless listed in <c>inferred</c>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static FieldValue[] Metadata(FieldReader doc, string text, string actualHash, string path, AnchorResolver resolver)
        {
            KindDescription kind = Kinds.Kinds.Documents;
            string? title = doc.String("title");
            string? outlet = doc.String("outlet");
            string? url = doc.String("url");
            string? source = doc.String("source");
            string? language = doc.String("language");
            string? published = Anchored(doc, kind.Field("published"), resolver, out YamlMapping? publishedWords);
            List<(string Value, YamlScalar Node)> authors = doc.Strings("authors");
            List<(string Value, YamlScalar Node)> inferred = doc.Strings("inferred");
            var inferredNames = new List<string>();
            foreach ((string name, YamlScalar node) in inferred)
            {
                if (Array.IndexOf(DocumentsKind.Inferable, name) < 0)
                {
                    doc.Report(DiagnosticCatalog.InvalidValue, node, "inferred", $"'{FieldReader.Shorten(name)}' is not a metadata field; use one of: {string.Join(", ", DocumentsKind.Inferable)}");
                }
                else if (name == "published" && publishedWords is not null)
                {
                    doc.Report(DiagnosticCatalog.InvalidValue, node, "inferred", "'published' is stated: its date is anchored to the words that state it, so it is not inferred; remove it from 'inferred', or write the date alone");
                }
                else
                {
                    inferredNames.Add(name);
                }
            }

            CheckStated(doc, "title", title, inferredNames, resolver);
            CheckStated(doc, "outlet", outlet, inferredNames, resolver);
            CheckStated(doc, "url", url, inferredNames, resolver);
            if (!inferredNames.Contains("authors"))
            {
                foreach ((string author, YamlScalar node) in authors)
                {
                    if (!resolver.Occurs(author))
                    {
                        doc.Report(DiagnosticCatalog.NotStated, node, $"The author '{FieldReader.Shorten(author)}'", "it does not occur in the text; write it as the text does, or list 'authors' in 'inferred'");
                    }
                }
            }

            // A date alone says nothing of where the text states it: anchored to its words it is stated, else inferred.
            // A language is read from the words, never stated by them.
            if (publishedWords is null && doc.Node("published") is YamlScalar { IsNull: false } date && !inferredNames.Contains("published"))
            {
                doc.Report(DiagnosticCatalog.NotStated, date, "'published'", $"a date alone is not checked against the text; where the text states it, give its words ('published: {{date: {FieldReader.Shorten(date.Value)}, exact: <the words of the text>}}'), otherwise list 'published' in 'inferred'");
            }

            foreach (string field in DocumentsKind.NeverStated)
            {
                if (doc.Scalar(field, required: false) is { } node && !inferredNames.Contains(field))
                {
                    doc.Report(DiagnosticCatalog.NotStated, node, $"'{field}'", $"the words of a text show its {field} but do not state it, so '{field}' must be listed in 'inferred'");
                }
            }

            var values = new FieldValue[kind.StoredFields.Count];
            values[kind.IndexOf("source")] = FieldValue.Of(source);
            values[kind.IndexOf("sha256")] = FieldValue.Of(actualHash);
            values[kind.IndexOf("title")] = FieldValue.Of(title);
            values[kind.IndexOf("outlet")] = FieldValue.Of(outlet);
            values[kind.IndexOf("url")] = FieldValue.Of(url);
            values[kind.IndexOf("authors")] = FieldValue.Of(authors.Select(a => a.Value));
            values[kind.IndexOf("published")] = FieldValue.Of(published);
            values[kind.IndexOf("language")] = FieldValue.Of(language);
            values[kind.IndexOf("inferred")] = FieldValue.Of(inferredNames);
            values[kind.IndexOf("file")] = FieldValue.Of(FileName(path));
            values[kind.IndexOf("text")] = FieldValue.Of(text);
            return values;
        }

        /// <summary>
        /// A value the text may state (<see cref="FieldDescription.AnchoredValueKey"/>): the value alone, or a mapping of
        /// the value and the words that state it, which must be found in the text and state that value. The mapping is
        /// returned in <paramref name="words"/>: the field is then stated, not inferred.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static string? Anchored(FieldReader doc, FieldDescription field, AnchorResolver resolver, out YamlMapping? words)
        {
            words = null;
            if (field.AnchoredValueKey is not { } valueKey || doc.Node(field.Key) is not YamlMapping mapping)
            {
                return doc.Date(field.Key);
            }

            words = mapping;
            var reader = new FieldReader(mapping, $"'{field.Key}'", doc.MapForChildren, doc.DiagnosticsForChildren, valueKey, "exact", "prefix", "suffix");
            string? value = reader.Date(valueKey, required: true);
            CitationSpec? citation = InlineAnchor(reader, resolver);
            if (value is not null && citation is not null && DateWords.Disagreement(citation.Text, value) is { } disagreement)
            {
                reader.Report(DiagnosticCatalog.NotStated, reader.Node("exact")!, $"The {field.Key} date {value}", disagreement + $"; make '{valueKey}' the date the words state, or anchor the words that state it");
            }

            doc.AddErrors(reader.ErrorCount);
            return reader.ErrorCount == 0 ? value : null;
        }

        /// <summary>
        /// Reads one record of a list by its kind's description: the mapping, a unique id, every declared field by its
        /// type, then the kind's own rules. The record is kept when it has an id, every required value and no error.
        /// A record marked <c>unreviewed: true</c> is a candidate (<see cref="Kinds.Kinds.UnreviewedKey"/>): it is read
        /// the same way, but what it would report is only summed up in one warning (SD0028), and it is never kept.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static (RecordSpec Spec, RecordSite Site)? ReadRecord(
            KindDescription kind,
            FieldReader doc,
            YamlNode item,
            Dictionary<string, Dictionary<string, YamlNode>> seen,
            DocumentReading document,
            AnchorResolver resolver,
            SourceMap map,
            List<DiagnosticInfo> diagnostics,
            string path)
        {
            if (item is not YamlMapping mapping)
            {
                doc.Report(DiagnosticCatalog.WrongNodeType, item, $"Each item of '{kind.Section}'", "a mapping with an 'id'", item.KindName);
                return null;
            }

            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                if (entry.Key.Value == Kinds.Kinds.UnreviewedKey && entry.Value is YamlScalar { IsPlain: true, Value: "true" })
                {
                    ReportCandidate(kind, mapping, entry.Key, document, resolver, map, diagnostics, path);
                    return null;
                }
            }

            return ReadFields(kind, new FieldReader(mapping, kind.WithArticle, map, diagnostics, RecordKeys(kind)), seen, document, resolver, map, path);
        }

        /// <summary>
        /// An unreviewed candidate: read against a list of its own, with ids of its own, so that nothing it holds is an
        /// error of the document (a wrong value, an ambiguous anchor) and nothing of it becomes a record; one warning at
        /// the marker says what to do and what the candidate would give as written.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static void ReportCandidate(KindDescription kind, YamlMapping mapping, YamlScalar marker, DocumentReading document, AnchorResolver resolver, SourceMap map, List<DiagnosticInfo> diagnostics, string path)
        {
            var problems = new List<DiagnosticInfo>();
            var reader = new FieldReader(mapping, kind.WithArticle, map, problems, RecordKeys(kind));
            ReadFields(kind, reader, new Dictionary<string, Dictionary<string, YamlNode>>(StringComparer.Ordinal), document, resolver, map, path);
            string name = reader.Node("id") is YamlScalar { IsNull: false } id ? $"{Capitalized(kind.Singular)} '{FieldReader.Shorten(id.Value)}'" : Capitalized(kind.WithArticle);
            var details = new StringBuilder();
            DiagnosticInfo? first = problems.Find(p => p.Level == DiagnosticLevel.Error) ?? (problems.Count > 0 ? problems[0] : null);
            if (first is not null)
            {
                // Only the problem: a candidate leaves nothing out, whatever the error it would give as a record.
                details.Append($"; as written it would give {first.Id} (line {first.Location?.Line}): {DiagnosticCatalog.Of(first.Id).ProblemOf(first)}");
                if (problems.Count > 1)
                {
                    details.Append($" (and {problems.Count - 1} more)");
                }
            }

            diagnostics.Add(DiagnosticCatalog.UnreviewedCandidate.At(map.Map(marker), name, Kinds.Kinds.UnreviewedKey, details.ToString()));
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static (RecordSpec Spec, RecordSite Site)? ReadFields(
            KindDescription kind,
            FieldReader reader,
            Dictionary<string, Dictionary<string, YamlNode>> seen,
            DocumentReading document,
            AnchorResolver resolver,
            SourceMap map,
            string path)
        {
            // 'unreviewed: false' is a reviewed record; anything else but true or false is an error.
            reader.Bool(Kinds.Kinds.UnreviewedKey, false);
            string? id = reader.Id();
            if (id is not null)
            {
                if (!seen.TryGetValue(kind.Section, out Dictionary<string, YamlNode>? ids))
                {
                    seen[kind.Section] = ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                }

                if (ids.TryGetValue(id, out YamlNode? first))
                {
                    int firstLine = map.Map(first).Line;
                    YamlNode idNode = reader.Node("id")!;
                    DiagnosticInfo duplicate = kind.Rules.DuplicateInDocument(id, firstLine, document.Id ?? FileName(path), map.Map(idNode))
                        ?? DiagnosticCatalog.DuplicateId.At(map.Map(idNode), kind.Singular, id, $"in '{kind.Section}' (line {firstLine})", "ids must be unique in a list");
                    reader.Report(duplicate);
                    id = null;
                }
                else
                {
                    ids[id] = reader.Node("id")!;
                }
            }

            var record = new RecordReading(kind, reader, id, document);
            var shared = new List<SharedField>();
            var references = new List<ReferenceSite>();
            bool complete = true;
            foreach (FieldDescription field in kind.Fields)
            {
                if (!field.Declared)
                {
                    continue;
                }

                FieldValue? value = ReadField(field, reader, resolver, references);
                if (value is null)
                {
                    complete &= !field.Required;
                    continue;
                }

                record.Set(field, value);
                if (field.Merge == MergeRule.Agree && value.Text is { } agreed)
                {
                    shared.Add(new SharedField(field.Name, agreed, map.Map(reader.Node(field.Key)!)));
                }
            }

            kind.Rules.Check(record);
            if (id is null || !complete || reader.ErrorCount > 0)
            {
                return null;
            }

            var values = new FieldValue[kind.StoredFields.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = record.Value(kind.StoredFields[i].Name);
            }

            return (
                new RecordSpec(kind.Section, id, kind.IsShared ? null : document.Id, values.ToEquatableArray()),
                new RecordSite(kind.Section, id, reader.Location, shared.ToEquatableArray(), references.ToEquatableArray()));
        }

        /// <summary>One declared field's value by its type, or null when it is absent, null or invalid (reported).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static FieldValue? ReadField(FieldDescription field, FieldReader reader, AnchorResolver resolver, List<ReferenceSite> references)
        {
            switch (field.Type)
            {
                case FieldType.Text:
                    return Value(reader.String(field.Key, field.Required));
                case FieldType.Enum:
                    return Value(reader.Enum(field.Key, field.Values, field.Default, field.Required));
                case FieldType.Decimal:
                    return reader.Decimal(field.Key, field.Required) is decimal number ? FieldValue.Of(number.ToString(CultureInfo.InvariantCulture)) : null;
                case FieldType.Bool:
                    return FieldValue.Of(reader.Bool(field.Key, field.Default == "true") ? "true" : "false");
                case FieldType.Date:
                    return Value(reader.Date(field.Key));
                case FieldType.Texts:
                    return FieldValue.Of(reader.Strings(field.Key).Select(s => s.Value));
                case FieldType.Reference:
                    if (reader.Reference(field.Key, field.Hint) is { } reference)
                    {
                        references.Add(new ReferenceSite(field.Name, reference));
                        return FieldValue.Of(reference.Id);
                    }

                    return null;
                case FieldType.References:
                    List<IdReference> ids = reader.References(field.Key, field.Hint);
                    references.AddRange(ids.Select(r => new ReferenceSite(field.Name, r)));
                    return FieldValue.Of(ids.Select(r => r.Id));
                case FieldType.Anchor:
                    CitationSpec? citation = field.Inline ? InlineAnchor(reader, resolver) : AnchorValue(field, reader, resolver);
                    return citation is null ? null : FieldValue.Of(new[] { citation });
                case FieldType.Anchors:
                    return FieldValue.Of(Anchors(reader, field.Key, resolver, field.AllowAll, field.AtLeastOne));
                default:
                    throw new InvalidOperationException($"Unknown field type {field.Type}.");
            }

            static FieldValue? Value(string? text) => text is null ? null : FieldValue.Of(text);
        }

        /// <summary>
        /// Whether the block says it is a SummitData document (<c>format: summitdata/...</c>). Any file named
        /// <c>*.summit</c> reaches the parser, a link to a secrets file included: when it does not say so, one
        /// diagnostic that quotes nothing of it (no value, no key) is all it gets.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool IsSummitDataDocument(YamlMapping root, SourceMap map, List<DiagnosticInfo> diagnostics)
        {
            YamlNode? format = root.Entries.Find(e => e.Key.Value == "format").Value;
            const string Fix = "; the annotations of a document start with 'format: " + FormatVersion + "', and the rest of this file is not read";
            if (format is null or YamlScalar { IsNull: true })
            {
                diagnostics.Add(DiagnosticCatalog.MissingField.At(map.Map(format ?? root), "A SummitData document", "'format'" + Fix));
                return false;
            }

            if (format is not YamlScalar scalar)
            {
                diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(map.Map(format), "The 'format' of a SummitData document", "a single value" + Fix.Replace("; ", ": "), format.KindName));
                return false;
            }

            if (!scalar.Value.StartsWith("summitdata/", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidValue.At(map.Map(format), "format", "this is not a SummitData document, which has a 'summitdata/' version there" + Fix));
                return false;
            }

            return true;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static string Sha256(string text)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static string[] BlockKeys()
        {
            var keys = new List<string> { "id" };
            foreach (FieldDescription field in Kinds.Kinds.Documents.Fields)
            {
                if (field.Declared)
                {
                    keys.Add(field.Key);
                }
            }

            foreach (KindDescription kind in Kinds.Kinds.Lists)
            {
                keys.Add(kind.Section);
            }

            return keys.ToArray();
        }

        /// <summary>The keys a record of a kind may have: its id, the unreviewed marker, its declared fields, and an inline anchor's prefix and suffix.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static string[] RecordKeys(KindDescription kind)
        {
            var keys = new List<string> { "id", Kinds.Kinds.UnreviewedKey };
            foreach (FieldDescription field in kind.Fields)
            {
                if (!field.Declared)
                {
                    continue;
                }

                keys.Add(field.Key);
                if (field.Type == FieldType.Anchor && field.Inline)
                {
                    keys.Add("prefix");
                    keys.Add("suffix");
                }
            }

            return keys.ToArray();
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static void CheckStated(FieldReader doc, string field, string? value, List<string> inferred, AnchorResolver resolver)
        {
            if (value is not null && !inferred.Contains(field) && !resolver.Occurs(value))
            {
                doc.Report(DiagnosticCatalog.NotStated, doc.Node(field)!, $"The {field} '{FieldReader.Shorten(value)}'", $"it does not occur in the text; write it exactly as the text does, or list '{field}' in 'inferred'");
            }
        }

        /// <summary>An anchor written inline in the record: its own 'exact', 'prefix' and 'suffix' keys.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static CitationSpec? InlineAnchor(FieldReader reader, AnchorResolver resolver)
        {
            YamlScalar? exact = reader.Scalar("exact", required: true);
            if (exact is null)
            {
                return null;
            }

            string? prefix = reader.String("prefix");
            string? suffix = reader.String("suffix");
            return Resolve(reader, exact, exact.Value, prefix, suffix, all: false, allowAll: false, resolver)?[0];
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static List<CitationSpec> Anchors(FieldReader reader, string key, AnchorResolver resolver, bool allowAll, bool requireOne)
        {
            var found = new List<IReadOnlyList<CitationSpec>>();
            int count = 0;
            List<YamlNode> items = reader.List(key);
            if (requireOne && items.Count == 0)
            {
                reader.Report(DiagnosticCatalog.MissingField, reader.Node(key) ?? reader.Mapping, $"'{key}'", "at least one anchor: the words of the text that name this record");
            }

            foreach (YamlNode item in items)
            {
                if (item is YamlScalar { IsNull: true } or not (YamlScalar or YamlMapping))
                {
                    reader.Report(DiagnosticCatalog.WrongNodeType, item, $"Each item of '{key}'", "words of the text or a mapping with 'exact'", item is YamlScalar ? "null" : item.KindName);
                    continue;
                }

                if (Anchor(reader, item, resolver, allowAll) is { } citations)
                {
                    found.Add(citations);
                    count += citations.Count;
                }
            }

            // Sized once: an anchor repeated with 'all: true' adds references to shared citations, nothing else.
            var result = new List<CitationSpec>(count);
            found.ForEach(result.AddRange);
            return result;
        }

        /// <summary>An anchor given as a field's value: words of the text or a mapping with 'exact' (no 'all').</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static CitationSpec? AnchorValue(FieldDescription field, FieldReader reader, AnchorResolver resolver)
        {
            YamlNode? node = reader.Node(field.Key);
            if (node is null or YamlScalar { IsNull: true })
            {
                reader.Report(DiagnosticCatalog.MissingField, node ?? reader.Mapping, Capitalized(reader.What), $"a value for '{field.Key}': {field.Doc}");
                return null;
            }

            if (node is not (YamlScalar or YamlMapping))
            {
                reader.Report(DiagnosticCatalog.WrongNodeType, node, $"'{field.Key}' in {reader.What}", "one anchor, words of the text or a mapping with 'exact'", node.KindName);
                return null;
            }

            return Anchor(reader, node, resolver, allowAll: false)?[0];
        }

        /// <summary>One anchor written as words of the text (short for <c>exact:</c>) or as a mapping with 'exact', 'prefix', 'suffix' (and 'all' where allowed).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static IReadOnlyList<CitationSpec>? Anchor(FieldReader reader, YamlNode item, AnchorResolver resolver, bool allowAll)
        {
            if (item is YamlScalar scalar)
            {
                return Resolve(reader, scalar, scalar.Value, null, null, false, allowAll, resolver);
            }

            var anchor = new FieldReader((YamlMapping)item, "an anchor", reader.MapForChildren, reader.DiagnosticsForChildren, allowAll ? AnchorKeys : SingleAnchorKeys);
            YamlScalar? exact = anchor.Scalar("exact", required: true);
            bool all = allowAll && anchor.Bool("all", false);
            IReadOnlyList<CitationSpec>? found = exact is not null && anchor.ErrorCount == 0
                ? Resolve(anchor, exact, exact.Value, anchor.String("prefix"), anchor.String("suffix"), all, allowAll, resolver)
                : null;
            reader.AddErrors(anchor.ErrorCount);
            return found;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static IReadOnlyList<CitationSpec>? Resolve(FieldReader reader, YamlScalar node, string exact, string? prefix, string? suffix, bool all, bool allowAll, AnchorResolver resolver)
        {
            if (exact.Length == 0)
            {
                reader.Report(DiagnosticCatalog.AnchorNotFound, node, string.Empty, "the anchor is empty; 'exact' must hold the words of the text it points at");
                return null;
            }

            AnchorResolver.Selection found = resolver.Find(node, exact, prefix, suffix, all);
            if (found.IsRefused)
            {
                // A limit was exceeded and reported where it was crossed.
                reader.AddErrors(1);
                return null;
            }

            if (found.Count == 0)
            {
                reader.Report(DiagnosticCatalog.AnchorNotFound, node, FieldReader.Shorten(exact), found.NotFoundHint);
                return null;
            }

            if (found.Count > 1 && !all)
            {
                reader.Report(DiagnosticCatalog.AnchorAmbiguous, node, FieldReader.Shorten(exact), DiagnosticCatalog.Int(found.Count), DiagnosticCatalog.Int(resolver.FileLine(found.First)), allowAll ? ", or 'all: true' to take every occurrence" : string.Empty);
                return null;
            }

            if (!resolver.TryCite(found, out IReadOnlyList<CitationSpec> citations, out string? limit))
            {
                if (limit is null)
                {
                    reader.AddErrors(1);
                }
                else
                {
                    reader.Report(DiagnosticCatalog.LimitExceeded, node, limit);
                }

                return null;
            }

            return citations;
        }

        private static string Capitalized(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);
    }
}
