using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SummitData.Reporting;

namespace SummitData.FirstAccess;

/// <summary>
/// The JSON path to the same data: <see cref="JsonReport"/>'s format with each document's text, the agreements' party
/// ids, the figures' claims, the entities, claims and discrepancies added, so it holds everything the compiled-in data
/// does, and a reader through a source-generated <see cref="JsonSerializerContext"/>
/// that builds a <see cref="SummitDataSet"/> ready for lookups, as the generated code and the YAML loader do.
/// </summary>
public static class SeedJson
{
    /// <summary>
    /// <see cref="JsonReport.Render"/> of the data, plus <c>text</c> on every document, <c>partyIds</c> on every
    /// agreement, <c>claimId</c> on every figure, and <c>entities</c>, <c>claims</c> and <c>discrepancies</c>.
    /// </summary>
    public static string Write(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        JsonNode report = JsonNode.Parse(JsonReport.Render(data))!;
        foreach (JsonNode? document in report["documents"]!.AsArray())
        {
            document!["text"] = data.GetDocument((string)document["id"]!).Text;
        }

        foreach (JsonNode? agreement in report["agreements"]!.AsArray())
        {
            List<string> ids = [.. data.GetAgreement((string)agreement!["id"]!).Parties.Select(p => p.Id)];
            agreement["partyIds"] = JsonSerializer.SerializeToNode(ids, SeedJsonContext.Default.ListString);
        }

        foreach (JsonNode? figure in report["figures"]!.AsArray())
        {
            figure!["claimId"] = data.GetFigure((string)figure["id"]!).ClaimId;
        }

        report["entities"] = JsonSerializer.SerializeToNode(
            data.Entities.Select(e => new EntityJson(e.Id, e.Name, e.Kind.ToString(), [.. e.Spellings], ToJson(e.Mentions))).ToList(),
            SeedJsonContext.Default.ListEntityJson);
        report["claims"] = JsonSerializer.SerializeToNode(
            data.Claims.Select(c => new ClaimJson(c.Id, c.Statement, ToJson(c.Citations), [.. c.About])).ToList(),
            SeedJsonContext.Default.ListClaimJson);
        report["discrepancies"] = JsonSerializer.SerializeToNode(
            data.Discrepancies.Select(d => new DiscrepancyJson(d.Id, d.Topic, d.Kind.ToString(), ToJson(d.Sides), [.. d.About])).ToList(),
            SeedJsonContext.Default.ListDiscrepancyJson);

        return report.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Deserializes the JSON and links quotes to their speakers and sources, agreements to their parties.</summary>
    public static SummitDataSet Read(string json)
    {
        ReportJson report = JsonSerializer.Deserialize(json, SeedJsonContext.Default.ReportJson)
            ?? throw new JsonException("The JSON is null.");
        Person[] people = report.People.Select(p => new Person(p.Id, p.Name, p.Spellings, Citations(p.Roles), Citations(p.Mentions))).ToArray();
        Entity[] entities = report.Entities.Select(e => new Entity(e.Id, e.Name, Parse<EntityKind>(e.Kind), e.Spellings, Citations(e.Mentions))).ToArray();
        var peopleById = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var partiesById = people.Cast<INamedEntity>().Concat(entities).ToDictionary(p => p.Id, StringComparer.Ordinal);
        Agreement[] agreements = report.Agreements
            .Select(a => new Agreement(a.Id, a.Title, Parse<AgreementKind>(a.Kind), Parse<AgreementStatus>(a.Status), [.. a.PartyIds.Select(id => partiesById[id])], Citations(a.Mentions)))
            .ToArray();
        var agreementsById = agreements.ToDictionary(a => a.Id, StringComparer.Ordinal);

        Document[] documents = report.Documents
            .Select(d => new Document(
                d.Id,
                d.SourceFile,
                d.OriginalFile,
                d.Title,
                d.Outlet,
                d.Authors,
                d.Published is null ? null : DateOnly.ParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.Url,
                d.Language,
                d.InferredFields,
                d.Sha256,
                d.Text ?? throw new JsonException($"Document '{d.Id}' has no text.")))
            .ToArray();
        Figure[] figures = report.Figures
            .Select(f => new Figure(
                f.Id,
                f.DocumentId,
                new Citation(f.DocumentId, f.Offset, f.Length, f.Line, f.Column, f.Text),
                f.Value,
                Parse<FigureScale>(f.Scale),
                Parse<FigureUnit>(f.Unit),
                f.Measures,
                f.Period,
                f.Approximate,
                f.Direction is null ? null : Parse<FigureDirection>(f.Direction),
                f.ClaimId))
            .ToArray();
        Quote[] quotes = report.Quotes
            .Select(q => new Quote(
                q.Id,
                q.DocumentId,
                new Citation(q.DocumentId, q.Offset, q.Length, q.Line, q.Column, q.Text),
                Parse<QuoteKind>(q.Kind),
                q.SpeakerId is null ? null : peopleById[q.SpeakerId],
                q.SourceId is null ? null : agreementsById[q.SourceId],
                q.Attribution))
            .ToArray();
        Claim[] claims = report.Claims.Select(c => new Claim(c.Id, c.Statement, Citations(c.Citations), c.About)).ToArray();
        Discrepancy[] discrepancies = report.Discrepancies
            .Select(d => new Discrepancy(d.Id, d.Topic, Parse<DiscrepancyKind>(d.Kind), Citations(d.Sides), d.About))
            .ToArray();
        return new SummitDataSet(documents, agreements, figures, quotes, people, entities, claims, discrepancies);
    }

    private static List<CitationJson> ToJson(IEnumerable<Citation> citations) =>
        [.. citations.Select(c => new CitationJson(c.DocumentId, c.Text, c.Line, c.Column, c.Offset, c.Length))];

    private static Citation[] Citations(List<CitationJson> citations) =>
        citations.Select(c => new Citation(c.DocumentId, c.Offset, c.Length, c.Line, c.Column, c.Text)).ToArray();

    // The report writes enum members in kebab-case (SignedDuringVisit is signed-during-visit).
    private static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}

// The shape of JsonReport's output (docs/report-formats.md), plus what Write adds.
internal sealed record ReportJson(
    List<DocumentJson> Documents,
    List<AgreementJson> Agreements,
    List<FigureJson> Figures,
    List<QuoteJson> Quotes,
    List<PersonJson> People,
    List<EntityJson> Entities,
    List<ClaimJson> Claims,
    List<DiscrepancyJson> Discrepancies);

internal sealed record DocumentJson(
    string Id,
    string SourceFile,
    string? OriginalFile,
    string? Title,
    string? Outlet,
    List<string> Authors,
    string? Published,
    string? Url,
    string? Language,
    List<string> InferredFields,
    string Sha256,
    string? Text);

internal sealed record AgreementJson(string Id, string Title, string Kind, string Status, List<string> Parties, List<string> PartyIds, List<CitationJson> Mentions);

internal sealed record FigureJson(
    string Id,
    string DocumentId,
    string Text,
    int Line,
    int Column,
    int Offset,
    int Length,
    decimal Value,
    string Scale,
    string Unit,
    string Measures,
    string? Period,
    bool Approximate,
    string? Direction,
    string? ClaimId);

internal sealed record QuoteJson(
    string Id,
    string DocumentId,
    string Text,
    int Line,
    int Column,
    int Offset,
    int Length,
    string Kind,
    string? SpeakerId,
    string? SourceId,
    string? Attribution);

internal sealed record PersonJson(string Id, string Name, List<string> Spellings, List<CitationJson> Roles, List<CitationJson> Mentions);

internal sealed record EntityJson(string Id, string Name, string Kind, List<string> Spellings, List<CitationJson> Mentions);

internal sealed record ClaimJson(string Id, string Statement, List<CitationJson> Citations, List<string> About);

internal sealed record DiscrepancyJson(string Id, string Topic, string Kind, List<CitationJson> Sides, List<string> About);

internal sealed record CitationJson(string DocumentId, string Text, int Line, int Column, int Offset, int Length);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReportJson))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<EntityJson>))]
[JsonSerializable(typeof(List<ClaimJson>))]
[JsonSerializable(typeof(List<DiscrepancyJson>))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
