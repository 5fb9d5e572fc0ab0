namespace SummitData.Reporting;

/// <summary>The kinds of record in a <see cref="SummitDataSet"/>, one table each in the CSV report.</summary>
public enum RecordKind
{
    /// <summary><see cref="SummitDataSet.Documents"/>.</summary>
    Documents,

    /// <summary><see cref="SummitDataSet.Agreements"/>.</summary>
    Agreements,

    /// <summary><see cref="SummitDataSet.Figures"/>.</summary>
    Figures,

    /// <summary><see cref="SummitDataSet.Quotes"/>.</summary>
    Quotes,

    /// <summary><see cref="SummitDataSet.People"/>.</summary>
    People,
}
