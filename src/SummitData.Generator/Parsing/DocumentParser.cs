using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Turns one annotated file into a <see cref="DocumentSpec"/> and its diagnostics. Everything that can be
    /// checked inside one file is checked here (YAML, fields, anchors, hash, figures against their words); checks
    /// across documents are in <see cref="CorpusBuilder"/>. Shared by the generator and the runtime loader: no
    /// Roslyn types here.
    /// </summary>
    internal static class DocumentParser
    {
        public const string FormatVersion = "summitdata/1";

        public static readonly string[] AgreementKinds = { "joint-statement", "agreement", "protocol", "memorandum", "concept", "action-plan", "treaty", "communique", "other" };
        public static readonly string[] AgreementStatuses = { "signed-during-visit", "not-concluded", "earlier" };
        public static readonly string[] Scales = { "none", "thousand", "million", "billion", "trillion" };
        public static readonly string[] Units = { "usd", "percent", "years", "months", "weeks", "days", "hours", "count", "words", "times", "ordinal" };
        public static readonly string[] Directions = { "increase", "decline" };
        public static readonly string[] QuoteKinds = { "direct-speech", "document-text", "scare-quote", "title", "media-text" };
        public static readonly string[] EntityKinds = { "country", "organization", "place" };
        public static readonly string[] DiscrepancyKinds = { "count", "spelling", "title-role", "outcome", "figure", "wording", "fact" };

        private static readonly string[] DocumentKeys = { "format", "id", "source", "sha256", "title", "outlet", "authors", "published", "url", "language", "inferred", "people", "entities", "agreements", "figures", "quotes", "claims", "discrepancies" };
        private static readonly string[] InferableFields = { "title", "outlet", "authors", "published", "url", "language" };
        private static readonly string[] PersonKeys = { "id", "name", "mentions", "roles" };
        private static readonly string[] EntityKeys = { "id", "name", "kind", "mentions" };
        private static readonly string[] AgreementKeys = { "id", "title", "kind", "status", "parties", "mentions" };
        private static readonly string[] FigureKeys = { "id", "exact", "prefix", "suffix", "value", "scale", "unit", "measures", "period", "approximate", "direction", "claim" };
        private static readonly string[] QuoteKeys = { "id", "exact", "prefix", "suffix", "kind", "speaker", "source", "attribution", "closed" };
        private static readonly string[] ClaimKeys = { "id", "statement", "about", "citations" };
        private static readonly string[] DiscrepancyKeys = { "id", "topic", "kind", "about", "side" };
        private static readonly string[] AnchorKeys = { "exact", "prefix", "suffix", "all" };
        private static readonly string[] SingleAnchorKeys = { "exact", "prefix", "suffix" };

        private const string PartyIds = "'parties' lists ids of people or entities (e.g. 'russia'), declared under 'people' or 'entities'";
        private const string AboutIds = "'about' lists ids of people, entities or agreements (e.g. 'russia')";

        private const string OpeningMarks = "“\"‘'«„‚";
        private const string ClosingMarks = "”\"’'»“‘";

        public static ParseResult Parse(string path, string content, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            DocumentSpec? spec = null;
            try
            {
                spec = ParseCore(path, content, diagnostics, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A bug must never become CS8785 and silently drop every generated type: report it on the file.
                diagnostics.Add(DiagnosticCatalog.InternalError.At(new LocationInfo(path, 0, 0, 0, 0, 0, 0), $"SummitData could not process this file ({ex.GetType().Name}: {ex.Message}); please report it"));
            }

            bool hasErrors = diagnostics.Exists(d => d.Level == DiagnosticLevel.Error);
            return new ParseResult(hasErrors ? null : spec, diagnostics.ToEquatableArray());
        }

        private static DocumentSpec? ParseCore(string path, string content, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
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
                    diagnostics.Add(DiagnosticCatalog.MalformedDocument.At(map.FileStart(3), "The annotation block is empty; it needs at least 'format', 'id' and 'sha256'"));
                }

                return null;
            }

            if (root is not YamlMapping rootMapping)
            {
                diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(map.Map(root), $"The annotation block must be a mapping of fields (format, id, sha256, ...), not {root.KindName}"));
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
                doc.Report(DiagnosticCatalog.InvalidValue, format, $"Unsupported format '{FieldReader.Shorten(format.Value)}'; this version of SummitData reads '{FormatVersion}'");
            }

            string? id = doc.Id();
            string text = file.Text;
            var resolver = new AnchorResolver(text, file.TextLine, map, diagnostics, cancellationToken);
            AnchorSites.Register(rootMapping, resolver);
            resolver.Search();

            YamlScalar? sha = doc.Scalar("sha256", required: true);
            string actualHash = Sha256(text);
            if (sha is not null && !string.Equals(sha.Value, actualHash, StringComparison.Ordinal))
            {
                doc.Report(DiagnosticCatalog.HashMismatch, sha, $"The text's SHA-256 is {actualHash}, not {FieldReader.Shorten(sha.Value)}: the text was changed after it was annotated (restore the original text, or re-check every annotation and update sha256)");
            }

            string? title = doc.String("title");
            string? outlet = doc.String("outlet");
            string? url = doc.String("url");
            string? source = doc.String("source");
            string? language = doc.String("language");
            string? published = doc.Date("published");
            List<(string Value, YamlScalar Node)> authors = doc.Strings("authors");
            List<(string Value, YamlScalar Node)> inferred = doc.Strings("inferred");
            var inferredNames = new List<string>();
            foreach ((string name, YamlScalar node) in inferred)
            {
                if (Array.IndexOf(InferableFields, name) < 0)
                {
                    doc.Report(DiagnosticCatalog.InvalidValue, node, $"'{FieldReader.Shorten(name)}' in 'inferred' is not a metadata field; use one of: {string.Join(", ", InferableFields)}");
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
                        doc.Report(DiagnosticCatalog.NotStated, node, $"The author '{FieldReader.Shorten(author)}' does not occur in the text; write it as the text does, or list 'authors' in 'inferred'");
                    }
                }
            }

            foreach (string field in new[] { "published", "language" })
            {
                YamlScalar? node = doc.Scalar(field, required: false);
                if (node is not null && !inferredNames.Contains(field))
                {
                    doc.Report(DiagnosticCatalog.NotStated, node, $"'{field}' is never checked against the text, so it must be listed in 'inferred' (the format cannot tell where the text states it)");
                }
            }

            var people = new List<PersonSpec>();
            var entities = new List<EntitySpec>();
            var agreements = new List<AgreementSpec>();
            var figures = new List<FigureSpec>();
            var quotes = new List<QuoteSpec>();
            var claims = new List<ClaimSpec>();
            var discrepancies = new List<DiscrepancySpec>();
            var seen = new Dictionary<string, Dictionary<string, YamlNode>>(StringComparer.Ordinal);

            foreach (YamlNode item in doc.List("people"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "a person", PersonKeys, seen, "people", map, diagnostics) is { } r)
                {
                    string? name = r.Reader.String("name", required: true);
                    List<CitationSpec> mentions = Anchors(r.Reader, "mentions", resolver, allowAll: true, requireOne: true);
                    List<CitationSpec> roles = Anchors(r.Reader, "roles", resolver, allowAll: false, requireOne: false);
                    if (r.Id is not null && name is not null && r.Reader.ErrorCount == 0)
                    {
                        people.Add(new PersonSpec(r.Id, name, mentions.ToEquatableArray(), roles.ToEquatableArray(), r.Reader.Location, Shared(r.Reader, ("name", name))));
                    }
                }
            }

            foreach (YamlNode item in doc.List("entities"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "an entity", EntityKeys, seen, "entities", map, diagnostics) is { } r)
                {
                    string? name = r.Reader.String("name", required: true);
                    string? kind = r.Reader.Enum("kind", EntityKinds, null, required: true);
                    List<CitationSpec> mentions = Anchors(r.Reader, "mentions", resolver, allowAll: true, requireOne: true);
                    if (r.Id is not null && name is not null && kind is not null && r.Reader.ErrorCount == 0)
                    {
                        entities.Add(new EntitySpec(r.Id, name, kind, mentions.ToEquatableArray(), r.Reader.Location, Shared(r.Reader, ("name", name), ("kind", kind))));
                    }
                }
            }

            foreach (YamlNode item in doc.List("agreements"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "an agreement", AgreementKeys, seen, "agreements", map, diagnostics) is { } r)
                {
                    string? agreementTitle = r.Reader.String("title", required: true);
                    string? kind = r.Reader.Enum("kind", AgreementKinds, null, required: true);
                    string? status = r.Reader.Enum("status", AgreementStatuses, null, required: true);
                    List<IdReference> parties = r.Reader.References("parties", PartyIds);
                    List<CitationSpec> mentions = Anchors(r.Reader, "mentions", resolver, allowAll: true, requireOne: true);
                    if (r.Id is not null && agreementTitle is not null && kind is not null && status is not null && r.Reader.ErrorCount == 0)
                    {
                        agreements.Add(new AgreementSpec(
                            r.Id, agreementTitle, kind, status, parties.ToEquatableArray(), mentions.ToEquatableArray(), r.Reader.Location,
                            Shared(r.Reader, ("title", agreementTitle), ("kind", kind), ("status", status))));
                    }
                }
            }

            foreach (YamlNode item in doc.List("figures"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "a figure", FigureKeys, seen, "figures", map, diagnostics) is { } r)
                {
                    CitationSpec? citation = SingleAnchor(r.Reader, resolver);
                    decimal? value = r.Reader.Decimal("value", required: true);
                    string scale = r.Reader.Enum("scale", Scales, "none", required: false)!;
                    if (value is decimal raw && FigureCheck.ScaledOverflow(raw, scale) is { } overflow)
                    {
                        r.Reader.Report(DiagnosticCatalog.InvalidNumber, r.Reader.Node("value")!, $"Figure '{r.Id}': {overflow}");
                    }

                    string? unit = r.Reader.Enum("unit", Units, null, required: true);
                    string? measures = r.Reader.String("measures", required: true);
                    string? period = r.Reader.String("period");
                    bool approximate = r.Reader.Bool("approximate", false);
                    string? direction = r.Reader.Enum("direction", Directions, null, required: false);
                    IdReference? claim = r.Reader.Reference("claim", "'claim' is the id of a claim, declared under 'claims' in this or another document");
                    if (citation is not null && value is decimal v && unit is not null && r.Reader.ErrorCount == 0
                        && FigureCheck.Check(citation.Text, v, scale, unit) is { } problem)
                    {
                        r.Reader.Report(DiagnosticCatalog.FigureMismatch, r.Reader.Node(problem.Field) ?? r.Reader.Node("value")!, $"Figure '{r.Id}': {problem.Problem}");
                    }

                    if (r.Id is not null && citation is not null && value is not null && unit is not null && measures is not null && r.Reader.ErrorCount == 0)
                    {
                        figures.Add(new FigureSpec(r.Id, citation, value.Value, scale, unit, measures, period, approximate, direction, claim, r.Reader.Location));
                    }
                }
            }

            foreach (YamlNode item in doc.List("quotes"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "a quote", QuoteKeys, seen, "quotes", map, diagnostics) is { } r)
                {
                    CitationSpec? citation = SingleAnchor(r.Reader, resolver);
                    string? kind = r.Reader.Enum("kind", QuoteKinds, null, required: true);
                    IdReference? speaker = r.Reader.Reference("speaker");
                    IdReference? quoteSource = r.Reader.Reference("source");
                    string? attribution = r.Reader.String("attribution");
                    bool closed = r.Reader.Bool("closed", true);

                    if (citation is not null)
                    {
                        int before = citation.Offset - 1;
                        int after = citation.Offset + citation.Length;
                        bool opened = before >= 0 && OpeningMarks.IndexOf(text[before]) >= 0;
                        bool isClosed = !closed || (after < text.Length && ClosingMarks.IndexOf(text[after]) >= 0);
                        if (!opened || !isClosed)
                        {
                            r.Reader.Report(DiagnosticCatalog.QuoteNotEnclosed, r.Reader.Node("exact")!, $"Quote '{r.Id}' is not enclosed in quotation marks in the text; 'exact' should be exactly the words between the marks (use 'closed: false' where the text never closes the quotation)");
                        }
                    }

                    if (r.Id is not null && citation is not null && kind is not null && r.Reader.ErrorCount == 0)
                    {
                        quotes.Add(new QuoteSpec(
                            r.Id, citation, kind, speaker?.Id, quoteSource?.Id, attribution, r.Reader.Location, speaker?.Location, quoteSource?.Location));
                    }
                }
            }

            // A figure may state a claim of this document: its words are then the claim's citation here.
            var statedByFigures = new HashSet<string>(figures.Where(f => f.Claim is not null).Select(f => f.Claim!.Id), StringComparer.Ordinal);
            foreach (YamlNode item in doc.List("claims"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "a claim", ClaimKeys, seen, "claims", map, diagnostics) is { } r)
                {
                    string? statement = r.Reader.String("statement", required: true);
                    List<IdReference> about = r.Reader.References("about", AboutIds);
                    bool byFigure = r.Id is not null && statedByFigures.Contains(r.Id);
                    List<CitationSpec> citations = Anchors(r.Reader, "citations", resolver, allowAll: false, requireOne: false);
                    if (r.Id is not null && !byFigure && r.Reader.ErrorCount == 0 && citations.Count == 0)
                    {
                        r.Reader.Report(DiagnosticCatalog.MissingField, r.Reader.Node("citations") ?? r.Reader.Mapping, $"Claim '{r.Id}' needs at least one anchor in 'citations': the words of this document that state it (or a figure of this document with 'claim: {r.Id}')");
                    }

                    if (r.Id is not null && statement is not null && r.Reader.ErrorCount == 0)
                    {
                        claims.Add(new ClaimSpec(r.Id, statement, about.ToEquatableArray(), citations.ToEquatableArray(), r.Reader.Location, Shared(r.Reader, ("statement", statement))));
                    }
                }
            }

            // Each document takes one side of a discrepancy: the same id twice here is SD0023, not a duplicate id.
            string documentName = id ?? FileName(path);
            (DiagnosticKind, string) TwoSides(string discrepancy, int firstLine) =>
                (DiagnosticCatalog.DiscrepancyTwoSides, $"Discrepancy '{discrepancy}' has two sides in document '{documentName}' (first at line {firstLine}); a discrepancy is between documents: give each document's words in that document, once");
            foreach (YamlNode item in doc.List("discrepancies"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Record(doc, item, "a discrepancy", DiscrepancyKeys, seen, "discrepancies", map, diagnostics, TwoSides) is { } r)
                {
                    string? topic = r.Reader.String("topic", required: true);
                    string? kind = r.Reader.Enum("kind", DiscrepancyKinds, null, required: true);
                    List<IdReference> about = r.Reader.References("about", AboutIds);
                    CitationSpec? side = Side(r.Reader, resolver);
                    if (r.Id is not null && topic is not null && kind is not null && side is not null && r.Reader.ErrorCount == 0)
                    {
                        discrepancies.Add(new DiscrepancySpec(r.Id, topic, kind, about.ToEquatableArray(), side, r.Reader.Location, Shared(r.Reader, ("topic", topic), ("kind", kind))));
                    }
                }
            }

            if (id is null || sha is null || format is null)
            {
                return null;
            }

            string fileName = FileName(path);
            return new DocumentSpec(
                id, path, fileName, source, title, outlet, authors.ConvertAll(a => a.Value).ToEquatableArray(), published, url, language,
                inferredNames.ToEquatableArray(), actualHash, text, people.ToEquatableArray(), agreements.ToEquatableArray(),
                figures.ToEquatableArray(), quotes.ToEquatableArray(), entities.ToEquatableArray(), claims.ToEquatableArray(),
                discrepancies.ToEquatableArray(), map.Map(rootMapping.Entries.Find(e => e.Key.Value == "id").Value));
        }

        /// <summary>
        /// Whether the block says it is a SummitData document (<c>format: summitdata/...</c>). Any file named
        /// <c>*.summit</c> reaches the parser, a link to a secrets file included: when it does not say so, one
        /// diagnostic that quotes nothing of it (no value, no key) is all it gets.
        /// </summary>
        private static bool IsSummitDataDocument(YamlMapping root, SourceMap map, List<DiagnosticInfo> diagnostics)
        {
            YamlNode? format = root.Entries.Find(e => e.Key.Value == "format").Value;
            const string Fix = "; the annotations of a document start with 'format: " + FormatVersion + "', and the rest of this file is not read";
            if (format is null or YamlScalar { IsNull: true })
            {
                diagnostics.Add(DiagnosticCatalog.MissingField.At(map.Map(format ?? root), "This is not a SummitData document: it has no 'format'" + Fix));
                return false;
            }

            if (format is not YamlScalar scalar)
            {
                diagnostics.Add(DiagnosticCatalog.WrongNodeType.At(map.Map(format), $"This is not a SummitData document: its 'format' is {format.KindName}, not a single value" + Fix));
                return false;
            }

            if (!scalar.Value.StartsWith("summitdata/", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidValue.At(map.Map(format), "This is not a SummitData document: its 'format' is not a 'summitdata/' version" + Fix));
                return false;
            }

            return true;
        }

        public static string Sha256(string text)
        {
            using SHA256 sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }

        public static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        private static void CheckStated(FieldReader doc, string field, string? value, List<string> inferred, AnchorResolver resolver)
        {
            if (value is not null && !inferred.Contains(field) && !resolver.Occurs(value))
            {
                doc.Report(DiagnosticCatalog.NotStated, doc.Node(field)!, $"The {field} '{FieldReader.Shorten(value)}' does not occur in the text; write it exactly as the text does, or list '{field}' in 'inferred'");
            }
        }

        /// <summary>
        /// Starts reading one record of a list: its mapping and its id, unique in the list (SD0010, or what
        /// <paramref name="duplicate"/> says for a kind with its own rule). A duplicate's fields are still checked.
        /// </summary>
        private static (FieldReader Reader, string? Id)? Record(
            FieldReader doc,
            YamlNode item,
            string what,
            string[] keys,
            Dictionary<string, Dictionary<string, YamlNode>> seen,
            string kind,
            SourceMap map,
            List<DiagnosticInfo> diagnostics,
            Func<string, int, (DiagnosticKind Kind, string Message)>? duplicate = null)
        {
            if (item is not YamlMapping mapping)
            {
                doc.Report(DiagnosticCatalog.WrongNodeType, item, $"Each item of '{kind}' must be a mapping with an 'id', not {item.KindName}");
                return null;
            }

            var reader = new FieldReader(mapping, what, map, diagnostics, keys);
            string? id = reader.Id();
            if (id is not null)
            {
                if (!seen.TryGetValue(kind, out Dictionary<string, YamlNode>? ids))
                {
                    seen[kind] = ids = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                }

                if (ids.TryGetValue(id, out YamlNode? first))
                {
                    int firstLine = map.Map(first).Line;
                    (DiagnosticKind duplicateKind, string message) = duplicate?.Invoke(id, firstLine)
                        ?? (DiagnosticCatalog.DuplicateId, $"The id '{id}' is used twice in '{kind}' (first at line {firstLine}); ids must be unique");
                    reader.Report(duplicateKind, reader.Node("id")!, message);
                    return (reader, null);
                }

                ids[id] = reader.Node("id")!;
            }

            return (reader, id);
        }

        private static CitationSpec? SingleAnchor(FieldReader reader, AnchorResolver resolver)
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

        private static List<CitationSpec> Anchors(FieldReader reader, string key, AnchorResolver resolver, bool allowAll, bool requireOne)
        {
            var found = new List<IReadOnlyList<CitationSpec>>();
            int count = 0;
            List<YamlNode> items = reader.List(key);
            if (requireOne && items.Count == 0)
            {
                reader.Report(DiagnosticCatalog.MissingField, reader.Node(key) ?? reader.Mapping, $"'{key}' needs at least one anchor: the words of the text that name this record");
            }

            foreach (YamlNode item in items)
            {
                if (item is YamlScalar { IsNull: true } or not (YamlScalar or YamlMapping))
                {
                    reader.Report(DiagnosticCatalog.WrongNodeType, item, $"Each item of '{key}' must be words of the text or a mapping with 'exact', not {(item is YamlScalar ? "null" : item.KindName)}");
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

        /// <summary>A discrepancy's side: one anchor, words of the text or a mapping with 'exact' (no 'all').</summary>
        private static CitationSpec? Side(FieldReader reader, AnchorResolver resolver)
        {
            YamlNode? node = reader.Node("side");
            if (node is null or YamlScalar { IsNull: true })
            {
                reader.Report(DiagnosticCatalog.MissingField, node ?? reader.Mapping, "A discrepancy needs a value for 'side': the words of this document that take its side");
                return null;
            }

            if (node is not (YamlScalar or YamlMapping))
            {
                reader.Report(DiagnosticCatalog.WrongNodeType, node, $"'side' in a discrepancy must be one anchor, words of the text or a mapping with 'exact', not {node.KindName}; each document gives one side");
                return null;
            }

            return Anchor(reader, node, resolver, allowAll: false)?[0];
        }

        /// <summary>One anchor written as words of the text (short for <c>exact:</c>) or as a mapping with 'exact', 'prefix', 'suffix' (and 'all' where allowed).</summary>
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

        /// <summary>The values every declaration of a shared record must give alike, with where each is written.</summary>
        private static EquatableArray<SharedField> Shared(FieldReader reader, params (string Name, string Value)[] fields) =>
            fields.Select(f => new SharedField(f.Name, f.Value, reader.MapForChildren.Map(reader.Node(f.Name)!))).ToEquatableArray();

        private static IReadOnlyList<CitationSpec>? Resolve(FieldReader reader, YamlScalar node, string exact, string? prefix, string? suffix, bool all, bool allowAll, AnchorResolver resolver)
        {
            if (exact.Length == 0)
            {
                reader.Report(DiagnosticCatalog.AnchorNotFound, node, "The anchor is empty; 'exact' must hold the words of the text it points at");
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
                reader.Report(DiagnosticCatalog.AnchorNotFound, node, $"'{FieldReader.Shorten(exact)}' is not in the text ({found.NotFoundHint})");
                return null;
            }

            if (found.Count > 1 && !all)
            {
                reader.Report(DiagnosticCatalog.AnchorAmbiguous, node, $"'{FieldReader.Shorten(exact)}' occurs {found.Count} times in the text (first at line {resolver.FileLine(found.First)} of the file); add a 'prefix' or 'suffix' to pick one" + (allowAll ? ", or 'all: true' to take every occurrence" : string.Empty));
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
    }
}
