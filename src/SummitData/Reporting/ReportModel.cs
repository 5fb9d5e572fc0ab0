using System;
using System.Collections.Generic;
using System.IO;

namespace SummitData.Reporting;

/// <summary>
/// The report the Markdown, HTML and text renderers write, in no format yet: a summary, then sections of tables,
/// notes, charts and source texts. <see cref="ReportBuilder"/> builds it once from a data set; a section added there is
/// in every format.
/// </summary>
internal sealed class Report(string title, string summary, IReadOnlyList<ReportSection> sections)
{
    public string Title { get; } = title;

    /// <summary>The size of the data set: "5 documents, 19 agreements, ...".</summary>
    public string Summary { get; } = summary;

    public IReadOnlyList<ReportSection> Sections { get; } = sections;
}

/// <summary>A section: an id (the HTML anchor), a title, the kind it shows if any, and its blocks in order.</summary>
internal sealed class ReportSection(string id, string title, RecordKind? kind, IReadOnlyList<ReportBlock> blocks)
{
    /// <summary>Letters, digits and hyphens: the section's anchor in HTML.</summary>
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>The kind of record the section shows, or null for a section of several (charts, source texts).</summary>
    public RecordKind? Kind { get; } = kind;

    public IReadOnlyList<ReportBlock> Blocks { get; } = blocks;
}

/// <summary>A part of a section. Each kind of block is one method of <see cref="ReportRenderer"/>, so every renderer writes every kind.</summary>
internal abstract class ReportBlock
{
    public abstract void RenderWith(ReportRenderer renderer);
}

/// <summary>A sentence about what follows.</summary>
internal sealed class Note(string text) : ReportBlock
{
    public string Text { get; } = text;

    public override void RenderWith(ReportRenderer renderer) => renderer.Note(this);
}

/// <summary>The heading of a part of a section (one person's quotes).</summary>
internal sealed class Subheading(string text) : ReportBlock
{
    public string Text { get; } = text;

    public override void RenderWith(ReportRenderer renderer) => renderer.Subheading(this);
}

/// <summary>A table: its columns and its rows of cells, as many cells a row as there are columns.</summary>
internal sealed class Table : ReportBlock
{
    private readonly List<Cell[]> _rows = [];

    public Table(IReadOnlyList<TableColumn> columns) => Columns = columns;

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<Cell[]> Rows => _rows;

    public void Add(Cell[] row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {row.Length}.", nameof(row));
        }

        _rows.Add(row);
    }

    public override void RenderWith(ReportRenderer renderer) => renderer.Table(this);
}

/// <summary>A column of a <see cref="Table"/>: its header, whether it holds numbers (aligned right), and how wide the text report lets it be.</summary>
internal sealed record TableColumn(string Header, bool Numeric, int MaxWidth);

/// <summary>
/// A bar chart of figures of one unit: HTML draws it (<see cref="FigureChart"/>), with each bar linked to its words;
/// the other formats show <see cref="Bars"/>, the same figures as a table.
/// </summary>
internal sealed class Chart(string title, string caption, IReadOnlyList<Figure> figures, Func<Figure, string?> target, Table bars) : ReportBlock
{
    public string Title { get; } = title;

    public string Caption { get; } = caption;

    public IReadOnlyList<Figure> Figures { get; } = figures;

    /// <summary>The anchor of a figure's highlighted words, or null when they are not highlighted.</summary>
    public Func<Figure, string?> Target { get; } = target;

    public Table Bars { get; } = bars;

    public override void RenderWith(ReportRenderer renderer) => renderer.Chart(this);
}

/// <summary>What the highlights in the source texts mean: each class of mark with what it marks.</summary>
internal sealed class Legend(IReadOnlyList<(string Class, string Label)> items) : ReportBlock
{
    public IReadOnlyList<(string Class, string Label)> Items { get; } = items;

    public override void RenderWith(ReportRenderer renderer) => renderer.Legend(this);
}

/// <summary>
/// A document: its title and details; in HTML also its text, verbatim, with every cited span highlighted
/// (<see cref="Highlights"/>). The data formats leave texts out, and so do the Markdown and text reports.
/// </summary>
internal sealed class SourceText(Document document, string anchor, string details, Highlights highlights) : ReportBlock
{
    public Document Document { get; } = document;

    /// <summary>The document's anchor, which table cells of its id link to.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>Id, outlet, authors, date and address, joined with " · ".</summary>
    public string Details { get; } = details;

    public Highlights Highlights { get; } = highlights;

    public override void RenderWith(ReportRenderer renderer) => renderer.SourceText(this);
}

/// <summary>A table cell: runs of text, none for a value the data does not have.</summary>
internal sealed class Cell(IReadOnlyList<Run> runs)
{
    public static readonly Cell Empty = new([]);

    public IReadOnlyList<Run> Runs { get; } = runs;

    public bool IsEmpty => Runs.Count == 0;

    public static Cell Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new([new Run(RunKind.Text, text)]);
}

/// <summary>What a run is.</summary>
internal enum RunKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>An id: code.</summary>
    Code,

    /// <summary>An enum value; <see cref="Run.Hint"/> is its class (<c>status-signed-during-visit</c>).</summary>
    Value,

    /// <summary>A break between the items of a list.</summary>
    Break,
}

/// <summary>
/// A piece of a cell. <see cref="Target"/>, where set, is the anchor it links to in HTML (a highlight or a document's
/// text); <see cref="Hint"/> is a value's class, or what a link's words are.
/// </summary>
internal readonly record struct Run(RunKind Kind, string Text, string? Target = null, string? Hint = null);

/// <summary>Writes a <see cref="Report"/> in one format: one method per kind of block, so a new kind of block is written by every renderer.</summary>
internal abstract class ReportRenderer(TextWriter output)
{
    protected TextWriter Output { get; } = output;

    public void Render(Report report)
    {
        Begin(report);
        foreach (ReportSection section in report.Sections)
        {
            BeginSection(section);
            foreach (ReportBlock block in section.Blocks)
            {
                block.RenderWith(this);
            }

            EndSection(section);
        }

        End(report);
    }

    public abstract void Note(Note note);

    public abstract void Subheading(Subheading subheading);

    public abstract void Table(Table table);

    public abstract void Chart(Chart chart);

    public abstract void Legend(Legend legend);

    public abstract void SourceText(SourceText text);

    protected abstract void Begin(Report report);

    protected abstract void BeginSection(ReportSection section);

    protected virtual void EndSection(ReportSection section)
    {
    }

    protected virtual void End(Report report)
    {
    }
}

/// <summary>
/// A renderer of a format without drawings or source texts (Markdown, text): a chart is its title, its caption and the
/// table of its figures; a source text, its title and details; the legend, a sentence naming the highlights of the
/// HTML report.
/// </summary>
internal abstract class PlainReportRenderer(TextWriter output) : ReportRenderer(output)
{
    public override void Chart(Chart chart)
    {
        Subheading(new Subheading(chart.Title));
        Note(new Note(chart.Caption));
        if (chart.Figures.Count == 0)
        {
            Note(new Note("No figures to chart."));
            return;
        }

        Table(chart.Bars);
    }

    public override void Legend(Legend legend) =>
        Note(new Note("The HTML report shows each text verbatim, with every cited span highlighted: " + string.Join(", ", System.Linq.Enumerable.Select(legend.Items, i => i.Label)) + "."));

    public override void SourceText(SourceText text)
    {
        Subheading(new Subheading(text.Document.Title ?? text.Document.Id));
        Note(new Note(text.Details));
    }
}
