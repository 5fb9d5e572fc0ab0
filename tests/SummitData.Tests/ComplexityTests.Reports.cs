using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitData.Reporting;
using Xunit;

namespace SummitData.Tests;

// The reports: n people, each named in a document of their own and quoted once, counted in rows read from the data.
public sealed partial class ComplexityTests
{
    /// <summary>People (and documents) in the smaller data set; the larger one has four times as many.</summary>
    private const int ReportPeople = 500;

    [Fact(Timeout = 60_000)]
    public async Task The_Markdown_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("Markdown", MarkdownReport.Render));

    [Fact(Timeout = 60_000)]
    public async Task The_HTML_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("HTML", HtmlReport.Render));

    [Fact(Timeout = 60_000)]
    public async Task The_text_report_reads_each_row_a_bounded_number_of_times() =>
        await Task.Run(() => AssertLinearRows("text", Report.TextReport.Render));

    /// <summary>
    /// Renders the report of n and of 4n people and compares the rows read: every element the data set's lists and
    /// the records' lists hand out, to the data set's queries and to the report alike. A query that scans all quotes
    /// once per person reads n² rows, a ratio of 16.
    /// </summary>
    private static void AssertLinearRows(string report, Func<SummitDataSet, string> render)
    {
        var small = new RowCounter();
        string smallReport = render(ReportData(ReportPeople, small));
        var large = new RowCounter();
        string largeReport = render(ReportData(4 * ReportPeople, large));

        // The reports really hold every person's quote, so the rows were needed, not skipped.
        Assert.Contains($"w{ReportPeople - 1}", smallReport, StringComparison.Ordinal);
        Assert.Contains($"w{(4 * ReportPeople) - 1}", largeReport, StringComparison.Ordinal);
        Assert.True(small.Rows >= ReportPeople, $"{report}: only {small.Rows} rows read");
        Assert.True(large.Rows <= 5 * small.Rows, $"{report}: {small.Rows} rows read for {ReportPeople} people, {large.Rows} for {4 * ReportPeople}: ratio {(double)large.Rows / small.Rows:F2}");
    }

    /// <summary>
    /// n documents; document i names person i, quotes them, states a figure of a claim about them and mentions the one
    /// agreement all people are party to; documents 2k and 2k + 1 are the two sides of a discrepancy about person 2k.
    /// Every list is a <see cref="CountingList{T}"/> on <paramref name="counter"/>.
    /// </summary>
    private static SummitDataSet ReportData(int n, RowCounter counter)
    {
        CountingList<T> List<T>(IEnumerable<T> items) => new([.. items], counter);

        var documents = new List<Document>();
        var people = new List<Person>();
        var figures = new List<Figure>();
        var quotes = new List<Quote>();
        var claims = new List<Claim>();
        var accordMentions = new List<Citation>();
        var sides = new List<Citation>();
        for (int i = 0; i < n; i++)
        {
            string id = $"d{i}";
            string text = $"P{i} said “w{i}”; up 5% under the accord.";
            Citation At(string words) => new(id, text.IndexOf(words, StringComparison.Ordinal), words.Length, 1, text.IndexOf(words, StringComparison.Ordinal) + 1, words);

            documents.Add(new Document(id, id + ".summit", null, $"Document {i}", null, [], null, null, "en", [], "0", text));
            var person = new Person($"p{i}", $"P{i}", List([$"P{i}"]), List(Array.Empty<Citation>()), List([At($"P{i}")]));
            people.Add(person);
            quotes.Add(new Quote($"q{i}", id, At($"w{i}"), QuoteKind.DirectSpeech, person, null, null));
            figures.Add(new Figure($"f{i}", id, At("5%"), 5m, FigureScale.None, FigureUnit.Percent, "growth", null, false, FigureDirection.Increase, $"c{i}"));
            claims.Add(new Claim($"c{i}", $"Claim {i}", List([At("up 5%")]), List([$"p{i}"])));
            accordMentions.Add(At("the accord"));
            sides.Add(At($"w{i}"));
        }

        var accord = new Agreement("accord", "The accord", AgreementKind.Treaty, AgreementStatus.SignedDuringVisit, List(people.Cast<INamedEntity>()), List(accordMentions));
        var discrepancies = Enumerable.Range(0, n / 2)
            .Select(k => new Discrepancy($"x{k}", $"Wording {k}", DiscrepancyKind.Wording, List([sides[2 * k], sides[(2 * k) + 1]]), List([$"p{2 * k}"])))
            .ToList();
        return new SummitDataSet(List(documents), List([accord]), List(figures), List(quotes), List(people), List(Array.Empty<Entity>()), List(claims), List(discrepancies));
    }

    /// <summary>How many elements the lists of one data set handed out.</summary>
    private sealed class RowCounter
    {
        public long Rows { get; set; }
    }

    /// <summary>
    /// A read-only list that counts every element read, by index or by enumeration. It is deliberately not an
    /// <see cref="ICollection{T}"/>, so that LINQ cannot copy or count it without reading its elements.
    /// </summary>
    private sealed class CountingList<T>(T[] items, RowCounter counter) : IReadOnlyList<T>
    {
        public int Count => items.Length;

        public T this[int index]
        {
            get
            {
                counter.Rows++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (T item in items)
            {
                counter.Rows++;
                yield return item;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
