using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Across the five seed documents: entities merged by id with every spelling, claims with all their sources, and the
/// points on which the sources disagree. The expected values are read off the articles' texts (quoted in the
/// tests), not off the generated data.
/// </summary>
public sealed class CrossDocumentTests
{
    private const string Convergences = "moscow-beijing-convergences";
    private const string Conversation = "conversation-offset-us-pressure";
    private const string Osw = "together-against-the-west";
    private const string Beijing = "putin-in-beijing-may-2024";
    private const string Trade = "trade-and-cultural-exchanges";

    private static readonly SummitDataSet Data = Seeds.DataSet;

    [Fact]
    public void More_than_ten_disagreements_each_between_documents_and_anchored()
    {
        Assert.True(Data.Discrepancies.Count > 10, $"{Data.Discrepancies.Count} discrepancies");
        foreach (Discrepancy discrepancy in Data.Discrepancies)
        {
            Assert.True(discrepancy.Sides.Count >= 2, discrepancy.Id);
            Assert.Equal(discrepancy.Sides.Count, discrepancy.DocumentIds.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(discrepancy.DocumentIds.Order(StringComparer.Ordinal), discrepancy.DocumentIds);
            foreach (Citation side in discrepancy.Sides)
            {
                AssertAnchored(side);
            }

            foreach (string id in discrepancy.AboutIds)
            {
                Assert.True(Data.People.TryGet(id, out _) || Data.Entities.TryGet(id, out _) || Data.Agreements.TryGet(id, out _), $"{discrepancy.Id}: about '{id}'");
            }
        }
    }

    [Fact]
    public void Ten_agreements_in_one_source_against_a_list_of_eleven_documents_in_another()
    {
        Discrepancy count = Data.Discrepancies.Get("agreements-count");
        Assert.Equal(DiscrepancyKind.Count, count.Kind);
        Assert.Equal([(Beijing, "10 jointly signed agreements"), (Osw, "11")], count.Sides.Select(s => (s.DocumentId, s.Text)));

        // The second side is the last number of the numbered list of signed documents in Appendix 1.
        string osw = Data.Documents.Get(Osw).Text;
        string appendix = osw[osw.IndexOf("Appendix 1.", StringComparison.Ordinal)..osw.IndexOf("Appendix 2.", StringComparison.Ordinal)];
        Assert.Equal(11, Regex.Matches(appendix, @"^\s+\d+\. ", RegexOptions.Multiline).Count);
        Assert.StartsWith("11. A memorandum", osw[count.Sides[1].Offset..], StringComparison.Ordinal);
        Assert.Equal(10, Data.Figures.Get("pib-signed-agreements-count").Value);
    }

    [Fact]
    public void Every_spelling_of_Belousov_is_one_person()
    {
        Person belousov = Seeds.People.AndreiBelousov;
        Assert.Equal("Andrei Belousov", belousov.Name);
        // Spellings in order of first appearance, documents by id.
        Assert.Equal(["Andrei Belousov", "Andrey Belousov", "Andrey Belausov"], belousov.Spellings);
        Assert.Equal([Conversation, Convergences, Beijing, Osw], belousov.Mentions.Select(m => m.DocumentId).Distinct().Order(StringComparer.Ordinal));

        foreach (string spelling in new[] { "Andrey Belausov", "Andrey Belousov", "Andrei Belousov" })
        {
            Assert.True(Data.TryFindPerson(spelling, out Person? found), spelling);
            Assert.Same(belousov, found);
        }

        Assert.False(Data.TryFindPerson("Belousov", out _));
        Discrepancy spelling_ = Data.Discrepancies.Get("belousov-spelling");
        Assert.Equal(DiscrepancyKind.Spelling, spelling_.Kind);
        Assert.Equal(["Andrei Belousov", "Andrey Belousov", "Andrey Belausov", "Andrei Belousov"], spelling_.Sides.Select(s => s.Text));
        Assert.Contains(spelling_, Data.About(belousov).Discrepancies);
    }

    [Fact]
    public void Manturov_has_a_different_post_in_two_sources()
    {
        Discrepancy titles = Data.Discrepancies.Get("manturov-title");
        Assert.Equal(DiscrepancyKind.TitleRole, titles.Kind);
        Assert.Equal([Beijing, Osw], titles.DocumentIds);
        Assert.StartsWith("First Deputy Prime Minister", titles.Sides[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("minister of the economy", titles.Sides[1].Text, StringComparison.Ordinal);

        Person manturov = Seeds.People.DenisManturov;
        Assert.Contains(manturov.Roles, r => r.DocumentId == Osw && r.Text == "minister of the economy");
        Assert.Contains(manturov.Roles, r => r.DocumentId == Beijing && r.Text == "First Deputy Prime Minister");
        Assert.Equal(["denis-manturov"], titles.AboutIds);
    }

    [Fact]
    public void Power_of_Siberia_2_not_reached_in_two_sources_and_soon_to_be_signed_in_a_third()
    {
        Discrepancy outcome = Data.Discrepancies.Get("power-of-siberia-2-outcome");
        Assert.Equal(DiscrepancyKind.Outcome, outcome.Kind);
        Assert.Equal([Conversation, Beijing, Osw], outcome.DocumentIds);
        Assert.StartsWith("There was no agreement", outcome.Sides[0].Text, StringComparison.Ordinal);
        Assert.Contains("in the immediate future", outcome.Sides[2].Text, StringComparison.Ordinal);
        Assert.Contains(outcome, Data.DiscrepanciesAbout("power-of-siberia-2"));

        // Novak's words are also a quote of his, inside the side.
        Quote novak = Data.Quotes.Get("taw-novak-immediate-future");
        Assert.Same(Seeds.People.AlexanderNovak, novak.Speaker);
        Assert.InRange(novak.Citation.Offset, outcome.Sides[2].Offset, outcome.Sides[2].Offset + outcome.Sides[2].Length - novak.Citation.Length);
    }

    [Fact]
    public void Everything_about_a_person()
    {
        PersonProfile novak = Data.About("alexander-novak");
        Assert.Equal([Beijing, Osw], novak.DocumentIds);
        Assert.Equal(["novak-in-delegation", "novak-spelling", "novak-title"], novak.Discrepancies.Select(d => d.Id));
        Assert.Equal(["taw-novak-immediate-future"], novak.Quotes.Select(q => q.Id));
        Assert.Equal(["Aleksandr Novak", "Alexander Novak"], novak.Person.Spellings.Order(StringComparer.Ordinal));

        PersonProfile putin = Data.About(Seeds.People.VladimirPutin);
        Assert.Equal(5, putin.DocumentIds.Count);
        Assert.Contains(putin.Agreements, a => a.Id == "annual-visits-agreement");
        Assert.Contains(putin.Claims, c => c.Id == "harbin-on-day-two");
    }

    [Fact]
    public void Claims_count_their_independent_sources()
    {
        Claim years = Data.Claims.Get("relations-75-years");
        Assert.Equal([Convergences, Osw, Trade], years.DocumentIds);
        Assert.Equal(3, years.SourceCount);
        Assert.Equal(["75 years", "75th anniversary", "75 years"], years.Citations.Select(c => c.Text));

        Claim statement = Data.Claims.Get("joint-statement-issued");
        Assert.Equal(5, statement.SourceCount);

        // A claim only one document makes, and one several make.
        List<Claim> single = [.. Data.ClaimsWithFewerSourcesThan(2)];
        Assert.Contains(single, c => c.Id == "bilateral-trade-2023");
        Assert.DoesNotContain(single, c => c.Id == "relations-75-years");
        Assert.All(single, c => Assert.Equal(1, c.SourceCount));

        foreach (Claim claim in Data.Claims)
        {
            Assert.NotEmpty(claim.Citations);
            Assert.All(claim.Citations, AssertAnchored);
            Assert.Equal(claim.Citations.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => c.Offset), claim.Citations);
        }
    }

    [Fact]
    public void A_figure_knows_where_else_its_fact_is_stated()
    {
        Figure years = Data.Figures.Get("tce-years-of-diplomatic-relations");
        Assert.Equal("relations-75-years", years.ClaimId);
        IReadOnlyList<Citation> others = Data.OtherMentions(years);
        Assert.Equal([(Convergences, "75 years"), (Osw, "75th anniversary")], others.Select(c => (c.DocumentId, c.Text)));

        // The Chinese exports' fall in March and April 2024: two figures in one article, words in another.
        IReadOnlyList<Citation> fall = Data.OtherMentions(Data.Figures.Get("taw-china-exports-russia-march-2024"));
        Assert.Contains(fall, c => c.DocumentId == Beijing && c.Text == "Chinese exports to Russia declined compared to the same months the year before");
        Assert.Contains(fall, c => c.DocumentId == Osw && c.Text == "13.5%");

        Assert.Empty(Data.OtherMentions(Data.Figures.Get("pib-joint-statement-length")));
        Assert.Empty(Data.OtherMentions(Data.Figures.Get("mbc-eighth-russian-chinese-expo")));
    }

    [Fact]
    public void Discrepancies_of_a_document()
    {
        Assert.Equal(["harbin-expo-name"], Data.Discrepancies.InDocument(Trade).Select(d => d.Id));
        Assert.Equal(
            ["belousov-spelling", "harbin-expo-name", "trade-outlook", "ukraine-crisis-wording"],
            Data.Discrepancies.InDocument(Convergences).Select(d => d.Id));
        Assert.All(Data.Documents, d => Assert.NotEmpty(Data.Discrepancies.InDocument(d.Id)));
    }

    [Fact]
    public void Parties_are_entities_merged_across_spellings()
    {
        // One source names the joint statement's parties "Russian Federation" and "People’s Republic of China",
        // the others "Russia" and "China": one pair of countries.
        Agreement statement = Seeds.Agreements.JointStatement2024;
        Assert.Equal(["russia", "china"], statement.Parties.Select(p => p.Id));
        Entity russia = Data.Entities.Get("russia");
        Assert.Same(russia, statement.Parties[0]);
        Assert.Equal(EntityKind.Country, russia.Kind);
        Assert.Contains("Russian Federation", russia.Spellings);
        Assert.Equal(5, russia.Mentions.Select(m => m.DocumentId).Distinct().Count());

        // "Xi and Putin have a longstanding agreement to visit each other’s countries annually": people as parties.
        Assert.Equal([Seeds.People.XiJinping, Seeds.People.VladimirPutin], Data.Agreements.Get("annual-visits-agreement").Parties.Cast<Person>());

        Assert.Equal(EntityKind.Place, Data.Entities.Get("zhongnanhai").Kind);
        Assert.Equal([Osw, Trade], Data.Entities.Get("zhongnanhai").Mentions.Select(m => m.DocumentId));
        Assert.All(Data.Entities.SelectMany(e => e.Mentions), AssertAnchored);
    }

    private static void AssertAnchored(Citation citation)
    {
        string text = Data.Documents.Get(citation.DocumentId).Text;
        Assert.Equal(citation.Text, text.Substring(citation.Offset, citation.Length));
        Assert.Equal(citation.Text, text.Split('\n')[citation.Line - 1].Substring(citation.Column - 1, citation.Length));
    }
}
