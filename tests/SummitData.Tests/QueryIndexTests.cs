using System;
using System.Collections.Generic;
using System.Linq;
using SummitData.Loading;
using SummitData.Testing;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The data set's queries answer from indexes; each must give exactly what its definition, a scan of the records in
/// the data set's order, gives, for every id the data has and for ids it does not.
/// </summary>
public sealed class QueryIndexTests
{
    /// <summary>Synthetic documents that share people and entities across documents, loaded at run time.</summary>
    private static readonly Lazy<SummitDataSet> Synthetic = new(() =>
    {
        LoadResult result = SummitDataLoader.LoadTexts(SyntheticCorpus.Create(40).Select(f => (f.Path, f.Content)));
        Assert.Empty(result.Diagnostics);
        return result.Data;
    });

    public static TheoryData<string> DataSets => new() { "seeds", "synthetic" };

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Every_query_gives_what_a_scan_in_the_data_sets_order_gives(string name)
    {
        SummitDataSet data = name == "seeds" ? Seeds.DataSet : Synthetic.Value;
        string[] documentIds = [.. data.Documents.Select(d => d.Id), "no-such-document"];
        string[] subjectIds = [.. data.People.Select(p => p.Id), .. data.Entities.Select(e => e.Id), .. data.Agreements.Select(a => a.Id), "no-such-id"];
        Assert.True(data.Documents.Count > 3 && data.People.Count > 3, $"{name}: too small to tell");

        foreach (string id in documentIds)
        {
            Assert.Equal(data.Figures.Where(f => f.DocumentId == id), data.Figures.InDocument(id));
            Assert.Equal(data.Quotes.Where(q => q.DocumentId == id), data.Quotes.InDocument(id));
            Assert.Equal(data.Agreements.Where(a => a.Mentions.Any(m => m.DocumentId == id)), data.Agreements.InDocument(id));
            Assert.Equal(data.People.Where(p => p.Mentions.Any(m => m.DocumentId == id)), data.People.InDocument(id));
            Assert.Equal(data.Claims.Where(c => c.Citations.Any(x => x.DocumentId == id)), data.Claims.InDocument(id));
            Assert.Equal(data.Discrepancies.Where(d => d.Sides.Any(s => s.DocumentId == id)), data.Discrepancies.InDocument(id));
        }

        foreach (string id in subjectIds)
        {
            Assert.Equal(data.Quotes.Where(q => q.Speaker?.Id == id), data.QuotesBy(id));
            Assert.Equal(data.Quotes.Where(q => q.Source?.Id == id), data.QuotesFrom(id));
            Assert.Equal(data.Agreements.Where(a => a.Parties.Any(p => p.Id == id)), data.AgreementsOf(id));
            Assert.Equal(data.Claims.Where(c => c.AboutIds.Contains(id, StringComparer.Ordinal)), data.ClaimsAbout(id));
            Assert.Equal(data.Discrepancies.Where(d => d.AboutIds.Contains(id, StringComparer.Ordinal)), data.DiscrepanciesAbout(id));
        }

        foreach (string text in data.People.SelectMany(p => p.Spellings.Prepend(p.Name)).Append("Nobody at all"))
        {
            Person? expected = data.People.FirstOrDefault(p => p.Name == text) ?? data.People.FirstOrDefault(p => p.Spellings.Contains(text, StringComparer.Ordinal));
            Assert.Equal(expected is not null, data.TryFindPerson(text, out Person? found));
            Assert.Same(expected, found);
        }
    }

    [Fact]
    public void Quotes_without_a_speaker_are_not_anyones()
    {
        Assert.Contains(Seeds.DataSet.Quotes, q => q.Speaker is null);
        Assert.All(Seeds.DataSet.People, p => Assert.DoesNotContain(Seeds.DataSet.QuotesBy(p), q => q.Speaker is null));
    }

    [Fact]
    public void Query_results_cannot_be_changed_through_a_cast()
    {
        Person person = Seeds.DataSet.People.First(p => Seeds.DataSet.QuotesBy(p).Any());
        IEnumerable<Quote> quotes = Seeds.DataSet.QuotesBy(person);
        Assert.False(quotes is Quote[]);
        if (quotes is IList<Quote> list)
        {
            Assert.True(list.IsReadOnly);
        }
    }

    [Fact]
    public void A_lookup_by_id_and_a_scan_allocate_nothing_once_the_index_is_built()
    {
        SummitDataSet data = Seeds.DataSet;
        Figure first = data.Figures.Get("bilateral-trade-2023");
        Assert.Same(first, Seeds.DataSet.Figures.Get("bilateral-trade-2023"));

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal sum = 0;
        for (int i = 0; i < 100; i++)
        {
            sum += Seeds.DataSet.Figures.Get("bilateral-trade-2023").Value;
            IReadOnlyList<Figure> figures = Seeds.DataSet.Figures;
            for (int f = 0; f < figures.Count; f++)
            {
                sum += figures[f].Value;
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }
}
