using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SummitData.Reporting;

/// <summary>
/// Writes all the data of a <see cref="SummitDataSet"/> as JSON: documents (without their texts), agreements,
/// figures, quotes, people, entities, claims (with every citation) and discrepancies (with every side). The property names are a stable contract, listed in <c>docs/report-formats.md</c>.
/// </summary>
/// <remarks>
/// Serialization goes through a source-generated <see cref="JsonSerializerContext"/>, so it needs no reflection
/// and is safe to trim and to compile ahead of time.
/// </remarks>
public static class JsonReport
{
    private static readonly JsonTypeInfo<ReportDto> ReportTypeInfo = CreateTypeInfo();

    /// <summary>
    /// The data set as indented JSON with camelCase property names, '\n' line endings and a final newline.
    /// Enum values are written as their kebab-case names (<see cref="EnumNames"/>), dates as <c>yyyy-MM-dd</c>.
    /// The same data always gives the same text.
    /// </summary>
    /// <param name="data">The data to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Render(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);

        // The writer indents with Environment.NewLine on .NET 8 (NewLine is an option only from .NET 9). Line breaks
        // inside strings are escaped, so every CR LF in the output is indentation and can be made LF safely.
        return JsonSerializer.Serialize(ToDto(data), ReportTypeInfo).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonTypeInfo<ReportDto> CreateTypeInfo()
    {
        // The context's generated options, plus an encoder that leaves typographic quotes and non-ASCII letters readable.
        var options = new JsonSerializerOptions(ReportJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return (JsonTypeInfo<ReportDto>)options.GetTypeInfo(typeof(ReportDto));
    }

    private static ReportDto ToDto(SummitDataSet data) => new(
        [.. data.Documents.Select(ToDto)],
        [.. data.Agreements.Select(ToDto)],
        [.. data.Figures.Select(ToDto)],
        [.. data.Quotes.Select(ToDto)],
        [.. data.People.Select(ToDto)],
        [.. data.Entities.Select(ToDto)],
        [.. data.Claims.Select(ToDto)],
        [.. data.Discrepancies.Select(ToDto)]);

    private static EntityDto ToDto(Entity e) => new(e.Id, e.Name, EnumNames.Of(e.Kind), [.. e.Spellings], [.. e.Mentions.Select(ToDto)]);

    private static ClaimDto ToDto(Claim c) => new(c.Id, c.Statement, c.SourceCount, [.. c.DocumentIds], [.. c.AboutIds], [.. c.Citations.Select(ToDto)]);

    private static DiscrepancyDto ToDto(Discrepancy d) => new(d.Id, d.Topic, EnumNames.Of(d.Kind), [.. d.AboutIds], [.. d.Sides.Select(ToDto)]);

    private static DocumentDto ToDto(Document d) => new(
        d.Id,
        d.SourceFile,
        d.OriginalFile,
        d.Title,
        d.Outlet,
        [.. d.Authors],
        d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        d.Url,
        d.Language,
        [.. d.InferredFields],
        d.Sha256);

    private static AgreementDto ToDto(Agreement a) => new(
        a.Id,
        a.Title,
        EnumNames.Of(a.Kind),
        EnumNames.Of(a.Status),
        [.. a.Parties.Select(p => p.Name)],
        [.. a.Parties.Select(p => p.Id)],
        [.. a.Mentions.Select(ToDto)]);

    private static FigureDto ToDto(Figure f) => new(
        f.Id,
        f.DocumentId,
        f.Citation.Text,
        f.Citation.Line,
        f.Citation.Column,
        f.Citation.Offset,
        f.Citation.Length,
        f.Value,
        EnumNames.Of(f.Scale),
        EnumNames.Of(f.Unit),
        f.Measures,
        f.Period,
        f.IsApproximate,
        f.Direction is { } direction ? EnumNames.Of(direction) : null,
        f.ClaimId);

    private static QuoteDto ToDto(Quote q) => new(
        q.Id,
        q.DocumentId,
        q.Citation.Text,
        q.Citation.Line,
        q.Citation.Column,
        q.Citation.Offset,
        q.Citation.Length,
        EnumNames.Of(q.Kind),
        q.Speaker?.Id,
        q.Source?.Id,
        q.Attribution);

    private static PersonDto ToDto(Person p) => new(
        p.Id,
        p.Name,
        [.. p.Spellings],
        [.. p.Roles.Select(ToDto)],
        [.. p.Mentions.Select(ToDto)]);

    private static CitationDto ToDto(Citation c) => new(c.DocumentId, c.Text, c.Line, c.Column, c.Offset, c.Length);
}

// The JSON shape. Property order and names are the contract in docs/report-formats.md: change them only with it.
internal sealed record ReportDto(
    IReadOnlyList<DocumentDto> Documents,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<FigureDto> Figures,
    IReadOnlyList<QuoteDto> Quotes,
    IReadOnlyList<PersonDto> People,
    IReadOnlyList<EntityDto> Entities,
    IReadOnlyList<ClaimDto> Claims,
    IReadOnlyList<DiscrepancyDto> Discrepancies);

internal sealed record DocumentDto(
    string Id,
    string SourceFile,
    string? OriginalFile,
    string? Title,
    string? Outlet,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Url,
    string? Language,
    IReadOnlyList<string> InferredFields,
    string Sha256);

internal sealed record AgreementDto(
    string Id,
    string Title,
    string Kind,
    string Status,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> PartyIds,
    IReadOnlyList<CitationDto> Mentions);

internal sealed record FigureDto(
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

internal sealed record QuoteDto(
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

internal sealed record PersonDto(
    string Id,
    string Name,
    IReadOnlyList<string> Spellings,
    IReadOnlyList<CitationDto> Roles,
    IReadOnlyList<CitationDto> Mentions);

internal sealed record EntityDto(string Id, string Name, string Kind, IReadOnlyList<string> Spellings, IReadOnlyList<CitationDto> Mentions);

internal sealed record ClaimDto(string Id, string Statement, int SourceCount, IReadOnlyList<string> DocumentIds, IReadOnlyList<string> About, IReadOnlyList<CitationDto> Citations);

internal sealed record DiscrepancyDto(string Id, string Topic, string Kind, IReadOnlyList<string> About, IReadOnlyList<CitationDto> Sides);

internal sealed record CitationDto(string DocumentId, string Text, int Line, int Column, int Offset, int Length);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReportDto))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
