using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>A number stated in a document, with what it measures.</summary>
public sealed record Figure : IRecord
{
    internal static readonly RecordType<Figure> Type = new(Kinds.Figures, static r => new Figure(r))
    {
        // JSON writes the citation's line and column with its words; CSV, whose columns only grow at the end, after the
        // values, and the claim after them.
        Columns = new ColumnList<Figure>(static f => f.Measures)
            .Id("id", "Id", f => f.Id)
            .Reference("documentId", "Document", f => f.DocumentId, [Kinds.Documents.Section])
            .Citation("text", "As written", f => f.Citation, anchor: "fig")
            .Number("value", "Value", f => f.Value, shown: f => Formatting.FigureValue(f))
            .Enum("scale", "Scale", f => (FigureScale?)f.Scale, ColumnUse.Data)
            .Enum("unit", "Unit", f => (FigureUnit?)f.Unit, ColumnUse.Data)
            .Text("measures", "Measures", f => f.Measures)
            .Text("period", "Period", f => f.Period, nullable: true)
            .Boolean("approximate", "Approximate", f => f.IsApproximate, ColumnUse.Data)
            .Enum("direction", "Direction", f => f.Direction, nullable: true)
            .Number("line", "Line", f => f.Citation.Line, ColumnUse.Csv | ColumnUse.Table)
            .Number("column", "Column", f => f.Citation.Column, ColumnUse.Csv)
            .Reference("claimId", "Claim", f => f.ClaimId, Kinds.Figures.Field("claim").Targets, ColumnUse.Data, nullable: true)
            .Number("offset", "Offset", f => f.Citation.Offset, ColumnUse.Csv)
            .Number("length", "Length", f => f.Citation.Length, ColumnUse.Csv),
    };

    private readonly RecordRef<Claim>? _claim;

    private Figure(RecordReader r)
    {
        Id = r.Id;
        DocumentId = r.DocumentId;
        Citation = r.Citation("citation");
        Value = r.Decimal("value");
        Scale = r.Enum<FigureScale>("scale");
        Unit = r.Enum<FigureUnit>("unit");
        Measures = r.Text("measures");
        Period = r.OptionalText("period");
        IsApproximate = r.Bool("approximate");
        Direction = r.OptionalEnum<FigureDirection>("direction");
        _claim = r.Ref<Claim>("claim");
        DocumentIds = RecordList.Of(new[] { DocumentId });
    }

    /// <summary>Stable id of the figure.</summary>
    public string Id { get; }

    /// <summary>The document that states it.</summary>
    public string DocumentId { get; }

    /// <summary>The number as written, and where.</summary>
    public Citation Citation { get; }

    /// <summary>The number, before <see cref="Scale"/> is applied (240 for "USD 240 billion").</summary>
    public decimal Value { get; }

    /// <summary>The scale word written with the number.</summary>
    public FigureScale Scale { get; }

    /// <summary>The unit.</summary>
    public FigureUnit Unit { get; }

    /// <summary>What the number measures.</summary>
    public string Measures { get; }

    /// <summary>The period it refers to, where stated.</summary>
    public string? Period { get; }

    /// <summary>Whether the text qualifies it ("almost", "nearly", "approximately").</summary>
    public bool IsApproximate { get; }

    /// <summary>The direction of change, where stated.</summary>
    public FigureDirection? Direction { get; }

    /// <summary>The id of the claim the figure states, where annotated: other documents' words for the same fact are that claim's citations.</summary>
    public string? ClaimId => _claim?.Id;

    /// <summary>The claim the figure states, where annotated.</summary>
    public Claim? Claim => _claim?.Value;

    /// <summary>The figure's document: a list holding <see cref="DocumentId"/>.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>The number as written in the text.</summary>
    public string Text => Citation.Text;

    /// <summary>
    /// The value with the scale applied (240 billion = 240,000,000,000). Every figure the generator or the loader accepts
    /// has a scaled value that fits in a <see cref="decimal"/>.
    /// </summary>
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
