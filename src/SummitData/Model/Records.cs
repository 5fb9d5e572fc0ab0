using System;
using System.Collections.Generic;

namespace SummitData;

/// <summary>An annotated source document: its metadata as the text states it, and the text itself, verbatim.</summary>
/// <param name="Id">Stable id of the document.</param>
/// <param name="SourceFile">The name of the annotated file.</param>
/// <param name="OriginalFile">The name of the file the text was taken from, where recorded.</param>
/// <param name="Title">The title, where the text states it.</param>
/// <param name="Outlet">The outlet or publisher, where the text states it.</param>
/// <param name="Authors">The authors the text names; empty when it names none.</param>
/// <param name="Published">The publication date, where known.</param>
/// <param name="Url">The address of the original, where the text states it.</param>
/// <param name="Language">The language (BCP 47), where known.</param>
/// <param name="InferredFields">Metadata fields whose values are inferred, not stated in the text.</param>
/// <param name="Sha256">SHA-256 of the text's UTF-8 bytes, lowercase hex.</param>
/// <param name="Text">The document text, verbatim.</param>
public sealed record Document(
    string Id,
    string SourceFile,
    string? OriginalFile,
    string? Title,
    string? Outlet,
    IReadOnlyList<string> Authors,
    DateOnly? Published,
    string? Url,
    string? Language,
    IReadOnlyList<string> InferredFields,
    string Sha256,
    string Text)
{
    /// <summary>Whether the value of a metadata field (<c>title</c>, <c>language</c>, ...) is inferred rather than stated.</summary>
    public bool IsInferred(string field) => ((IList<string>)InferredFields).Contains(field);

    /// <inheritdoc />
    public override string ToString() => Title is null ? $"{Id} ({SourceFile})" : $"{Id}: {Title}";
}

/// <summary>A person named in the documents, merged across every document that names them.</summary>
/// <param name="Id">Stable id of the person.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Spellings">Every distinct spelling the documents use, in order of first appearance.</param>
/// <param name="Roles">The person's roles as each document states them.</param>
/// <param name="Mentions">Every place a document names the person.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Spellings, IReadOnlyList<Citation> Roles, IReadOnlyList<Citation> Mentions) : INamedEntity
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An agreement, statement or other document the sources refer to, merged across documents.</summary>
/// <param name="Id">Stable id of the agreement.</param>
/// <param name="Title">A descriptive title.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Status">Signed during the visit, not concluded, or an earlier agreement.</param>
/// <param name="Parties">The parties: countries, organisations or people, merged across the documents that declare the agreement.</param>
/// <param name="Mentions">Every place a document refers to it.</param>
public sealed record Agreement(string Id, string Title, AgreementKind Kind, AgreementStatus Status, IReadOnlyList<INamedEntity> Parties, IReadOnlyList<Citation> Mentions)
{
    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Kind}, {Status})";
}

/// <summary>A number stated in a document, with what it measures.</summary>
/// <param name="Id">Stable id of the figure.</param>
/// <param name="DocumentId">The document that states it.</param>
/// <param name="Citation">The number as written, and where.</param>
/// <param name="Value">The number, before <paramref name="Scale"/> is applied (240 for "USD 240 billion").</param>
/// <param name="Scale">The scale word written with the number.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Measures">What the number measures.</param>
/// <param name="Period">The period it refers to, where stated.</param>
/// <param name="IsApproximate">Whether the text qualifies it ("almost", "nearly", "approximately").</param>
/// <param name="Direction">The direction of change, where stated.</param>
/// <param name="ClaimId">The claim the figure states, where annotated: other documents' words for the same fact are that claim's citations.</param>
public sealed record Figure(
    string Id,
    string DocumentId,
    Citation Citation,
    decimal Value,
    FigureScale Scale,
    FigureUnit Unit,
    string Measures,
    string? Period,
    bool IsApproximate,
    FigureDirection? Direction,
    string? ClaimId = null)
{
    /// <summary>The number as written in the text.</summary>
    public string Text => Citation.Text;

    /// <summary>The value with the scale applied (240 billion = 240,000,000,000).</summary>
    /// <exception cref="OverflowException">
    /// The scaled value is beyond what a <see cref="decimal"/> holds. A figure from an annotated document never is (the
    /// document is refused with SD0006); only one made in code can be.
    /// </exception>
    public decimal ScaledValue => Scale switch
    {
        FigureScale.Thousand => Value * 1_000m,
        FigureScale.Million => Value * 1_000_000m,
        FigureScale.Billion => Value * 1_000_000_000m,
        FigureScale.Trillion => Value * 1_000_000_000_000m,
        _ => Value,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Text}: {Measures}" + (Period is null ? string.Empty : $" ({Period})");
}

/// <summary>Words in quotation marks in a document, with who said or wrote them.</summary>
/// <param name="Id">Stable id of the quote.</param>
/// <param name="DocumentId">The document that quotes them.</param>
/// <param name="Citation">Exactly the words inside the quotation marks, and where.</param>
/// <param name="Kind">What kind of quotation it is.</param>
/// <param name="Speaker">The person quoted, where the text says who.</param>
/// <param name="Source">The agreement or statement whose words these are, where the text says so.</param>
/// <param name="Attribution">The outlet or body the text credits, where it is neither a person nor an agreement.</param>
public sealed record Quote(string Id, string DocumentId, Citation Citation, QuoteKind Kind, Person? Speaker, Agreement? Source, string? Attribution)
{
    /// <summary>The quoted words.</summary>
    public string Text => Citation.Text;

    /// <summary>The id of the quoted person, or null.</summary>
    public string? SpeakerId => Speaker?.Id;

    /// <inheritdoc />
    public override string ToString() => $"“{Text}”" + (Speaker is not null ? $" ({Speaker.Name})" : Source is not null ? $" ({Source.Title})" : Attribution is not null ? $" ({Attribution})" : string.Empty);
}
