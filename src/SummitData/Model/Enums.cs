namespace SummitData;

/// <summary>What kind of document an agreement is.</summary>
public enum AgreementKind
{
    /// <summary>A joint statement of the parties.</summary>
    JointStatement,

    /// <summary>An agreement.</summary>
    Agreement,

    /// <summary>A protocol.</summary>
    Protocol,

    /// <summary>A memorandum (of understanding, of cooperation).</summary>
    Memorandum,

    /// <summary>A concept (a plan of development).</summary>
    Concept,

    /// <summary>An action plan.</summary>
    ActionPlan,

    /// <summary>A treaty or pact.</summary>
    Treaty,

    /// <summary>A communiqué.</summary>
    Communique,

    /// <summary>Any other kind of document.</summary>
    Other,
}

/// <summary>Where an agreement stands as the documents describe it.</summary>
public enum AgreementStatus
{
    /// <summary>Signed during the event the documents describe.</summary>
    SignedDuringVisit,

    /// <summary>Sought or discussed, but not concluded.</summary>
    NotConcluded,

    /// <summary>An earlier agreement the documents refer to.</summary>
    Earlier,
}

/// <summary>The scale word of a figure ("240 billion": <see cref="Billion"/>).</summary>
public enum FigureScale
{
    /// <summary>No scale word: the value is the number itself.</summary>
    None,

    /// <summary>Thousands (10^3).</summary>
    Thousand,

    /// <summary>Millions (10^6).</summary>
    Million,

    /// <summary>Billions (10^9).</summary>
    Billion,

    /// <summary>Trillions (10^12).</summary>
    Trillion,
}

/// <summary>The unit of a figure.</summary>
public enum FigureUnit
{
    /// <summary>US dollars.</summary>
    Usd,

    /// <summary>Percent.</summary>
    Percent,

    /// <summary>Years (a duration or an age).</summary>
    Years,

    /// <summary>Months.</summary>
    Months,

    /// <summary>Weeks.</summary>
    Weeks,

    /// <summary>Days.</summary>
    Days,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>A count of things.</summary>
    Count,

    /// <summary>A number of words.</summary>
    Words,

    /// <summary>A multiple ("six times larger").</summary>
    Times,

    /// <summary>A rank in a series ("fifth term", "75th anniversary").</summary>
    Ordinal,
}

/// <summary>The direction of change a figure states.</summary>
public enum FigureDirection
{
    /// <summary>The quantity grew.</summary>
    Increase,

    /// <summary>The quantity fell.</summary>
    Decline,
}

/// <summary>What kind of quotation a quote is.</summary>
public enum QuoteKind
{
    /// <summary>A person's words, spoken or written.</summary>
    DirectSpeech,

    /// <summary>Words of a document (a statement, an agreement).</summary>
    DocumentText,

    /// <summary>Words held at a distance; nobody is quoted.</summary>
    ScareQuote,

    /// <summary>A title or name in quotation marks.</summary>
    Title,

    /// <summary>Words of an outlet or a body.</summary>
    MediaText,
}
