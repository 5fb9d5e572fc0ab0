#:package SummitData@1.0.0
using SummitData;

// The bundled data: five annotated articles on the Russia–China summit of May 2024, compiled in.
SummitDataSet data = Seeds.DataSet;
Console.WriteLine(data);

Figure trade = Seeds.Figures.BilateralTrade2023;
Console.WriteLine($"{trade.Measures}: {trade.Text} ({trade.Citation.DocumentId}, line {trade.Citation.Line})");

foreach (Agreement agreement in data.AgreementsWithStatus(AgreementStatus.NotConcluded))
{
    Console.WriteLine($"not concluded: {agreement.Title}");
}

foreach (Quote quote in data.QuotesBy(Seeds.People.XiJinping))
{
    Console.WriteLine($"Xi Jinping: “{quote.Text}”");
}

// Where do the sources disagree? Every side is one document's own words, with its place in the text.
foreach (Discrepancy disagreement in Seeds.DataSet.Discrepancies)
    Console.WriteLine(disagreement);
