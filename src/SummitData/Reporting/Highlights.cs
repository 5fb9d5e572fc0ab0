using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SummitData.Reporting;

/// <summary>
/// The highlighted spans of every document's text, and where each citation links to. A span nested in another is a
/// highlight inside it; one that crosses the end of one already highlighted is not highlighted itself (elements cannot
/// cross) and links to the nearest highlight containing it, or, when none does, to the innermost one holding its start.
/// A citation whose words are not at its offset in its document's text links nowhere.
/// </summary>
internal sealed class Highlights
{
    private readonly Dictionary<string, List<Highlight>> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _targets = new(StringComparer.Ordinal);

    /// <summary>Places the spans in their documents' texts.</summary>
    public static Highlights Place(SummitDataSet data, IEnumerable<Highlight> spans)
    {
        var highlights = new Highlights();
        foreach (IGrouping<string, Highlight> group in spans.GroupBy(s => s.Citation.DocumentId, StringComparer.Ordinal))
        {
            if (data.Documents.TryGet(group.Key, out Document? document))
            {
                highlights.Nest(document.Id, [.. group.Where(s => Fits(s.Citation, document.Text))]);
            }
        }

        return highlights;
    }

    /// <summary>
    /// An id as a fragment-safe token: ASCII letters, digits and hyphens kept, every other character as <c>_</c> and
    /// four hex digits, so that distinct ids stay distinct.
    /// </summary>
    public static string Safe(string id)
    {
        var safe = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')
            {
                safe.Append(c);
            }
            else
            {
                safe.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return safe.ToString();
    }

    /// <summary>The anchor a link to the citation with this anchor leads to, or null when its words are not highlighted.</summary>
    public string? Target(string anchor) => _targets.TryGetValue(anchor, out string? target) ? target : null;

    /// <summary>The highlights of a document's text, outermost first, each with those nested in it.</summary>
    public IReadOnlyList<Highlight> Of(Document document) => _roots.TryGetValue(document.Id, out List<Highlight>? roots) ? roots : [];

    /// <summary>Whether the citation's words stand at its offset, and highlighting them does not split a surrogate pair.</summary>
    private static bool Fits(Citation citation, string text)
    {
        int start = citation.Offset;
        if (start < 0 || citation.Length < 0 || start > text.Length - citation.Length || citation.Text.Length != citation.Length)
        {
            return false;
        }

        return string.CompareOrdinal(text, start, citation.Text, 0, citation.Length) == 0
            && !SplitsPair(text, start) && !SplitsPair(text, start + citation.Length);
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    /// <summary>The index of the last highlight that ends at or after <paramref name="end"/>, or -1; ends never increase along <paramref name="open"/>.</summary>
    private static int LastEndingAtOrAfter(List<Highlight> open, int end)
    {
        int low = 0, high = open.Count - 1, found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (open[middle].End >= end)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Builds the tree of highlights of one text. Spans are taken by start, longer first (then in the data's order), so
    /// that a span comes after every span that contains it. A span inside the innermost open highlight becomes its
    /// child; one that crosses that highlight's end is not highlighted and links to the nearest highlight containing
    /// it, or, when none does, to the innermost highlight holding its start.
    /// </summary>
    private void Nest(string documentId, List<Highlight> spans)
    {
        var roots = new List<Highlight>();

        // The open highlights, outermost first. Each is inside the one before it, so their ends never increase along
        // the list, and the innermost one holding a span's end is found by binary search: a text of many nested and
        // crossing spans costs n log n, not n times the depth.
        var open = new List<Highlight>();
        foreach (Highlight span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Citation.Length))
        {
            while (open.Count > 0 && open[^1].End <= span.Start)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0 && span.End > open[^1].End)
            {
                int holding = LastEndingAtOrAfter(open, span.End);
                _targets[span.Anchor] = (holding >= 0 ? open[holding] : open[^1]).Anchor;
                continue;
            }

            (open.Count > 0 ? open[^1].Children : roots).Add(span);
            open.Add(span);
            _targets[span.Anchor] = span.Anchor;
        }

        _roots[documentId] = roots;
    }
}

/// <summary>A cited span of a document's text and its highlight: an anchor, a class (the kind of record) and a title to hover.</summary>
internal sealed class Highlight(Citation citation, string anchor, string cssClass, string title)
{
    public Citation Citation { get; } = citation;

    public string Anchor { get; } = anchor;

    public string Class { get; } = cssClass;

    public string Title { get; } = title;

    public int Start => Citation.Offset;

    public int End => Citation.Offset + Citation.Length;

    public List<Highlight> Children { get; } = [];
}
