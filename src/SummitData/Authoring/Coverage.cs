using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SummitData.Generator.Kinds;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Authoring;

/// <summary>What a text holds that annotations should cover.</summary>
public enum CoverageItemKind
{
    /// <summary>A number to cover with a figure (<see cref="NumberRole.Figure"/>).</summary>
    Number,

    /// <summary>A quotation to cover with a quote.</summary>
    Quotation,
}

/// <summary>A number or a quotation of a text that no annotation covers.</summary>
public sealed class UncoveredItem
{
    internal UncoveredItem(CoverageItemKind kind, int offset, int length, string text, int line, int column, int? fileLine)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        Text = text;
        Line = line;
        Column = column;
        FileLine = fileLine;
    }

    /// <summary>A number or a quotation.</summary>
    public CoverageItemKind Kind { get; }

    /// <summary>Offset in the document text: of the number's words, or of the quoted words.</summary>
    public int Offset { get; }

    /// <summary>Length of the words.</summary>
    public int Length { get; }

    /// <summary>The words: "USD 240 billion", or the quoted words without their marks.</summary>
    public string Text { get; }

    /// <summary>One-based line in the document text.</summary>
    public int Line { get; }

    /// <summary>One-based column in that line.</summary>
    public int Column { get; }

    /// <summary>One-based line in the annotated file, when the coverage was computed from the file (<see cref="Coverage.OfFile"/>).</summary>
    public int? FileLine { get; }

    /// <inheritdoc/>
    public override string ToString() => $"line {FileLine ?? Line}, column {Column}: {(Kind == CoverageItemKind.Number ? "number" : "quotation")} not annotated: {Text}";
}

/// <summary>How much of one document's numbers and quotations its figures and quotes cover.</summary>
public sealed class DocumentCoverage
{
    internal DocumentCoverage(string documentId, int numbers, int numbersCovered, int quotations, int quotationsCovered, IReadOnlyList<UncoveredItem> uncovered)
    {
        DocumentId = documentId;
        Numbers = numbers;
        NumbersCovered = numbersCovered;
        Quotations = quotations;
        QuotationsCovered = quotationsCovered;
        Uncovered = uncovered;
    }

    /// <summary>The document's id.</summary>
    public string DocumentId { get; }

    /// <summary>How many numbers of the text are figures to cover.</summary>
    public int Numbers { get; }

    /// <summary>How many of them a figure covers.</summary>
    public int NumbersCovered { get; }

    /// <summary>How many quotations the text holds.</summary>
    public int Quotations { get; }

    /// <summary>How many of them a quote covers.</summary>
    public int QuotationsCovered { get; }

    /// <summary>Numbers and quotations to cover.</summary>
    public int Total => Numbers + Quotations;

    /// <summary>Numbers and quotations covered.</summary>
    public int Covered => NumbersCovered + QuotationsCovered;

    /// <summary>The share covered, from 0 to 1 (1 when there is nothing to cover).</summary>
    public double Share => Total == 0 ? 1d : (double)Covered / Total;

    /// <summary>What no annotation covers, in text order.</summary>
    public IReadOnlyList<UncoveredItem> Uncovered { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{DocumentId}: {Covered}/{Total} covered ({Share:P0})";
}

/// <summary>Coverage of every document of a data set.</summary>
public sealed class CoverageReport
{
    internal CoverageReport(IReadOnlyList<DocumentCoverage> documents) => Documents = documents;

    /// <summary>One entry per document, in the data set's order.</summary>
    public IReadOnlyList<DocumentCoverage> Documents { get; }

    /// <summary>Numbers and quotations to cover, in all documents.</summary>
    public int Total => Documents.Sum(d => d.Total);

    /// <summary>Numbers and quotations covered, in all documents.</summary>
    public int Covered => Documents.Sum(d => d.Covered);

    /// <summary>The share covered, from 0 to 1 (1 when there is nothing to cover).</summary>
    public double Share => Total == 0 ? 1d : (double)Covered / Total;
}

/// <summary>
/// The annotations' equivalent of code coverage: which numbers and quotations of a text no figure or quote covers.
/// The numbers to cover are the <see cref="TextScanner"/>'s <see cref="NumberRole.Figure"/> numbers (years used as
/// dates, days of a month, list and footnote numbers and names are not); every quotation is to cover.
/// </summary>
/// <remarks>
/// A number is covered when a figure's words contain the number itself (its digits or number words; the unit and
/// scale words may be left out of the anchor). A quotation is covered when a quote's words start where the quoted words
/// start, or, for a quotation whose opening mark is missing, end at its closing mark.
/// </remarks>
public static class Coverage
{
    /// <summary>Coverage of a text by the citations of its figures and quotes.</summary>
    /// <param name="documentId">The document's id, to name it in the result.</param>
    /// <param name="text">The document text.</param>
    /// <param name="figures">Where the document's figures are anchored.</param>
    /// <param name="quotes">Where the document's quotes are anchored.</param>
    public static DocumentCoverage Of(string documentId, string text, IEnumerable<Citation> figures, IEnumerable<Citation> quotes)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(quotes);
        return Compute(documentId, text, figures.Select(c => (c.Offset, c.Length)), quotes.Select(c => (c.Offset, c.Length)), null);
    }

    /// <summary>Coverage of one document of a data set by its figures and quotes.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="document">One of its documents.</param>
    public static DocumentCoverage Of(SummitDataSet data, Document document)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(document);
        return Of(document.Id, document.Text, data.Figures.InDocument(document.Id).Select(f => f.Citation), data.Quotes.InDocument(document.Id).Select(q => q.Citation));
    }

    /// <summary>Coverage of every document of a data set.</summary>
    /// <param name="data">The data set.</param>
    public static CoverageReport Of(SummitDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new CoverageReport(data.Documents.Select(d => Of(data, d)).ToList());
    }

    /// <summary>
    /// Coverage of one annotated file, read by the same parser as the build, with lines of the file in
    /// <see cref="UncoveredItem.FileLine"/>. Unreviewed candidates cover nothing.
    /// </summary>
    /// <param name="filePath">The file's path, for the document's name.</param>
    /// <param name="content">The file's content.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The coverage, or null when the file has errors and is left out of a build (the build's diagnostics say why).</returns>
    public static DocumentCoverage? OfFile(string filePath, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(content);
        ParseResult parsed = DocumentParser.Parse(filePath, content, cancellationToken);
        AnnotatedFile? file = AnnotatedFile.Split(filePath, content, new List<DiagnosticInfo>());
        if (parsed.Document is not { } document || file is null)
        {
            return null;
        }

        return Compute(document.Id, file.Text, Anchors(document, Kinds.Figures), Anchors(document, Kinds.Quotes), file.TextLine);
    }

    private static IEnumerable<(int Offset, int Length)> Anchors(DocumentSpec document, KindDescription kind)
    {
        int index = kind.IndexOf("citation");
        foreach (RecordSpec record in document.Of(kind.Section))
        {
            foreach (CitationSpec citation in record.Values[index].Citations)
            {
                yield return (citation.Offset, citation.Length);
            }
        }
    }

    private static DocumentCoverage Compute(string documentId, string text, IEnumerable<(int Offset, int Length)> figures, IEnumerable<(int Offset, int Length)> quotes, int? textLine)
    {
        TextScan scan = TextScanner.Scan(text);
        var figureSpans = figures.OrderBy(f => f.Offset).ToList();
        var farthest = new List<int>(figureSpans.Count);
        foreach ((int offset, int length) in figureSpans)
        {
            farthest.Add(Math.Max(farthest.Count > 0 ? farthest[^1] : 0, offset + length));
        }

        var quoteStarts = new HashSet<int>();
        var quoteEnds = new HashSet<int>();
        foreach ((int offset, int length) in quotes)
        {
            quoteStarts.Add(offset);
            quoteEnds.Add(offset + length);
        }

        var uncovered = new List<UncoveredItem>();
        int numbers = 0;
        int numbersCovered = 0;
        foreach (TextNumber number in scan.NumbersToCover)
        {
            numbers++;
            (int start, int end) = Core(text, number);
            if (Contains(figureSpans, farthest, start, end))
            {
                numbersCovered++;
            }
            else
            {
                uncovered.Add(new UncoveredItem(CoverageItemKind.Number, number.Offset, number.Length, number.Text, number.Line, number.Column, textLine + number.Line));
            }
        }

        int quotationsCovered = 0;
        foreach (TextQuotation quotation in scan.Quotations)
        {
            bool covered = quotation.IsOpened ? quoteStarts.Contains(quotation.Offset) : quoteEnds.Contains(quotation.Offset + quotation.Length);
            if (covered)
            {
                quotationsCovered++;
            }
            else
            {
                uncovered.Add(new UncoveredItem(CoverageItemKind.Quotation, quotation.Offset, quotation.Length, quotation.Text, quotation.Line, quotation.Column, textLine + quotation.Line));
            }
        }

        uncovered.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return new DocumentCoverage(documentId, numbers, numbersCovered, scan.Quotations.Count, quotationsCovered, uncovered);
    }

    /// <summary>The number itself: its digits (without an ordinal suffix such as "th"), or its number words.</summary>
    internal static (int Start, int End) Core(string text, TextNumber number)
    {
        int start = number.ValueOffset;
        int end = start + number.ValueLength;
        if (number.IsDigits)
        {
            int digits = start;
            while (digits < end && (char.IsAsciiDigit(text[digits]) || text[digits] is '.' or ','))
            {
                digits++;
            }

            end = digits;
        }

        return (start, end);
    }

    /// <summary>
    /// Whether a span contains [start, end): the spans are sorted by offset with the farthest end reached so far, so the
    /// last span starting at or before <paramref name="start"/> (a binary search) tells whether any of them reaches <paramref name="end"/>.
    /// </summary>
    private static bool Contains(List<(int Offset, int Length)> spans, List<int> farthest, int start, int end)
    {
        int low = 0;
        int high = spans.Count - 1;
        int last = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (spans[middle].Offset <= start)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return last >= 0 && farthest[last] >= end;
    }
}
