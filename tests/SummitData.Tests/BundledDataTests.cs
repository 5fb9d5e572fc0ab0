using System;
using System.Collections.Generic;
using System.Linq;
using SummitData.Authoring;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The bundled seed data as compiled into SummitData: hashes of the original texts, counts, citations that point at
/// the right words, and completeness checks that scan the texts themselves for quotation marks and numbers.
/// </summary>
public sealed class BundledDataTests
{
    private static readonly SummitDataSet Data = Seeds.DataSet;

    [Theory]
    // SHA-256 of the original article files (sha256sum of the five files the seeds were copied from).
    [InlineData("moscow-beijing-convergences", "000_da75c1d473a978bd.txt", "d64a7b3bbf4d21cf268331a5ab7f032d1e8529e87186e6ba82a45e2d8fbab16f")]
    [InlineData("conversation-offset-us-pressure", "001_f8589da12955fe75.txt", "c0aaa38930d1766f776914808b269a09580703be3c16b35033f4a327be638767")]
    [InlineData("together-against-the-west", "002_1f9bab8d8c53efcb.txt", "bf8bf8af3284c0373c8b6545ee18f34ab0e12e66234295ca19c39e6333b1e30a")]
    [InlineData("putin-in-beijing-may-2024", "003_c4c0ccb9bb6ced48.txt", "53d69200121d352d8e94fd0238a1cd782061e16e9aa383d4f50e977d659866f1")]
    [InlineData("trade-and-cultural-exchanges", "004_f30f6f26281ac398.txt", "22847a9e10b5332f68d651dc73b0d6f82161088c2d14953cf14287e495263d4e")]
    public void Texts_are_the_original_articles_verbatim(string id, string original, string sha256)
    {
        Document document = Data.Documents.Get(id);
        Assert.Equal(original, document.OriginalFile);
        Assert.Equal(sha256, document.Sha256);
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Text))));
        Assert.Equal(System.IO.Path.ChangeExtension(original, ".summit"), document.SourceFile);
    }

    [Theory]
    [InlineData("moscow-beijing-convergences", 9, 7, 1, 6)]
    [InlineData("conversation-offset-us-pressure", 4, 6, 2, 6)]
    [InlineData("together-against-the-west", 8, 14, 15, 12)]
    [InlineData("putin-in-beijing-may-2024", 13, 12, 5, 7)]
    [InlineData("trade-and-cultural-exchanges", 2, 2, 3, 4)]
    public void Counts_per_kind_per_document(string id, int figures, int quotes, int agreements, int people)
    {
        Assert.Equal(figures, Data.Figures.InDocument(id).Count());
        Assert.Equal(quotes, Data.Quotes.InDocument(id).Count());
        Assert.Equal(agreements, Data.Agreements.InDocument(id).Count());
        Assert.Equal(people, Data.People.InDocument(id).Count());
    }

    [Fact]
    public void Every_citation_points_at_its_words()
    {
        IEnumerable<Citation> citations = Data.Figures.Select(f => f.Citation)
            .Concat(Data.Quotes.Select(q => q.Citation))
            .Concat(Data.People.SelectMany(p => p.Mentions.Concat(p.Roles)))
            .Concat(Data.Agreements.SelectMany(a => a.Mentions))
            .Concat(Data.Entities.SelectMany(e => e.Mentions))
            .Concat(Data.Claims.SelectMany(c => c.Citations))
            .Concat(Data.Discrepancies.SelectMany(d => d.Sides));
        int count = 0;
        foreach (Citation citation in citations)
        {
            string text = Data.Documents.Get(citation.DocumentId).Text;
            Assert.Equal(citation.Text, text.Substring(citation.Offset, citation.Length));
            string[] lines = text.Split('\n');
            Assert.Equal(citation.Text, lines[citation.Line - 1].Substring(citation.Column - 1, citation.Length));
            count++;
        }

        Assert.True(count > 250, $"only {count} citations");
    }

    [Fact]
    public void The_trade_figure_is_typed()
    {
        Figure trade = Seeds.Figures.BilateralTrade2023;
        Assert.Equal("USD 240 billion", trade.Text);
        Assert.Equal(240m, trade.Value);
        Assert.Equal(FigureScale.Billion, trade.Scale);
        Assert.Equal(FigureUnit.Usd, trade.Unit);
        Assert.Equal(240_000_000_000m, trade.ScaledValue);
        Assert.Equal("2023", trade.Period);
        Assert.Equal("trade-and-cultural-exchanges", trade.DocumentId);
        Assert.Same(trade, Seeds.Figures.Get("bilateral-trade-2023"));
    }

    [Fact]
    public void Approximate_and_declining_figures_say_so()
    {
        Figure march = Data.Figures.InDocument("together-against-the-west").Single(f => f.Text == "16%");
        Assert.True(march.IsApproximate);
        Assert.Equal(FigureDirection.Decline, march.Direction);
        Assert.Equal(FigureUnit.Percent, march.Unit);
        Figure yuan = Data.Figures.InDocument("conversation-offset-us-pressure").Single(f => f.Unit == FigureUnit.Percent);
        Assert.Equal(90m, yuan.Value);
        Assert.True(yuan.IsApproximate);
    }

    [Fact]
    public void Quotes_know_who_said_them()
    {
        Assert.Same(Seeds.People.XiJinping, Seeds.Quotes.ConvXiPoliticsOfForce.Speaker);
        Assert.Equal("the politics of force still threaten peace and security", Seeds.Quotes.ConvXiPoliticsOfForce.Text);
        Assert.Equal("alexander-novak", Seeds.Quotes.TawNovakImmediateFuture.SpeakerId);
        Assert.Equal("yuri-ushakov", Data.Quotes.InDocument("moscow-beijing-convergences").Single(q => q.Text == "understands the true reasons").SpeakerId);
        Assert.Contains(Data.QuotesBy("xi-jinping"), q => q.DocumentId == "conversation-offset-us-pressure");
        // Words of the joint statement are document text, or a quotation nested inside such words.
        Quote[] statement = Data.QuotesFrom("joint-statement-2024").ToArray();
        Assert.All(statement, q => Assert.True(
            q.Kind == QuoteKind.DocumentText || statement.Any(outer => outer.Kind == QuoteKind.DocumentText && outer.DocumentId == q.DocumentId
                && outer.Citation.Offset < q.Citation.Offset && q.Citation.Offset + q.Citation.Length < outer.Citation.Offset + outer.Citation.Length),
            q.ToString()));
        Assert.NotEmpty(Data.QuotesFrom("joint-statement-2024"));
    }

    [Fact]
    public void Spellings_of_one_person_resolve_to_one_person()
    {
        Person belousov = Seeds.People.AndreiBelousov;
        Assert.Contains("Andrey Belousov", belousov.Spellings);
        Assert.Contains("Andrei Belousov", belousov.Spellings);
        Assert.Contains("Andrey Belausov", belousov.Spellings);
        Assert.Equal(4, belousov.Mentions.Select(m => m.DocumentId).Distinct().Count());
        Person manturov = Seeds.People.DenisManturov;
        Assert.Contains(manturov.Roles, r => r.Text == "minister of the economy");
        Assert.Contains(manturov.Roles, r => r.Text == "First Deputy Prime Minister");
    }

    [Fact]
    public void Agreements_signed_and_not_concluded()
    {
        Agreement[] signed = Data.AgreementsWithStatus(AgreementStatus.SignedDuringVisit).Where(a => a.Kind != AgreementKind.Communique).ToArray();
        Assert.Equal(11, signed.Length);
        Assert.Contains(Seeds.Agreements.JointStatement2024, signed);
        Agreement pipeline = Seeds.Agreements.PowerOfSiberia2;
        Assert.Equal(AgreementStatus.NotConcluded, pipeline.Status);
        Assert.Equal(3, pipeline.Mentions.Select(m => m.DocumentId).Distinct().Count());
        Figure count = Data.Figures.InDocument("putin-in-beijing-may-2024").Single(f => f.Text.StartsWith("10", StringComparison.Ordinal));
        Assert.Equal(10m, count.Value);
    }

    [Fact]
    public void Agreement_parties_are_the_people_and_entities_themselves()
    {
        Assert.Equal(new INamedEntity[] { Seeds.Entities.Russia, Seeds.Entities.China }, Seeds.Agreements.JointStatement2024.Parties);
        Assert.Same(Seeds.Entities.Russia, Seeds.Agreements.JointStatement2024.Parties[0]);
        Assert.Equal(new INamedEntity[] { Seeds.People.XiJinping, Seeds.People.VladimirPutin }, Seeds.Agreements.AnnualVisitsAgreement.Parties);
        Assert.Same(Seeds.People.XiJinping, Seeds.Agreements.AnnualVisitsAgreement.Parties[0]);
        Assert.Equal(EntityKind.Country, Seeds.Entities.China.Kind);
        Assert.All(Data.Agreements.SelectMany(a => a.Parties), p => Assert.Same(p, p is Person ? Data.People.Get(p.Id) : Data.Entities.Get(p.Id)));
        Assert.Contains(Seeds.Agreements.JointStatement2024, Data.AgreementsOf("china"));
    }

    [Fact]
    public void Every_quotation_in_the_texts_is_a_quote()
    {
        // The scanner finds every quotation (opening to closing mark, typographic or straight, never closed, or closed
        // without an opening mark); coverage says which no quote starts at. The same implementation as the tool's coverage.
        int quotations = 0;
        foreach (Document document in Data.Documents)
        {
            DocumentCoverage coverage = Coverage.Of(Data, document);
            UncoveredItem? missing = coverage.Uncovered.FirstOrDefault(u => u.Kind == CoverageItemKind.Quotation);
            Assert.True(missing is null, $"{document.Id} line {missing?.Line}: quotation not annotated: {missing?.Text}");
            quotations += coverage.Quotations;
        }

        // And every quote is one of those quotations.
        Assert.Equal(Data.Quotes.Count, quotations);
    }

    [Fact]
    public void Every_number_in_the_texts_is_a_figure_or_a_date_or_a_name()
    {
        // Numbers to cover are the scanner's: every number in digits except years used as dates, days of a month, list,
        // footnote and reference numbers and numbers inside names, and number words with a unit, a scale, a fraction or
        // several words.
        int numbers = 0;
        foreach (Document document in Data.Documents)
        {
            DocumentCoverage coverage = Coverage.Of(Data, document);
            UncoveredItem? missing = coverage.Uncovered.FirstOrDefault(u => u.Kind == CoverageItemKind.Number);
            Assert.True(missing is null, $"{document.Id} line {missing?.Line}: number not annotated: {(missing is null ? null : Around(document.Text, missing.Offset))}");
            numbers += coverage.Numbers;
            TextScan scan = TextScanner.Scan(document.Text);
            Assert.All(scan.Numbers.Where(n => n.IsDigits), n => Assert.NotEqual(NumberRole.Possible, n.Role));
        }

        Assert.True(numbers >= 15, $"only {numbers} numbers to cover");
    }

    private static string Around(string text, int offset) => text.Substring(Math.Max(0, offset - 30), Math.Min(70, text.Length - Math.Max(0, offset - 30)));
}
