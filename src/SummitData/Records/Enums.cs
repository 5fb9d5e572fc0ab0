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

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A country or state.</summary>
    Country,

    /// <summary>An organisation: a government body, a company, an outlet, an alliance.</summary>
    Organization,

    /// <summary>A place: a city, a building, a region.</summary>
    Place,
}

/// <summary>The kind of a <see cref="Discrepancy"/>.</summary>
public enum DiscrepancyKind
{
    /// <summary>The documents count the same things differently ("10 agreements", "11 documents").</summary>
    Count,

    /// <summary>The same name is written differently ("Andrey Belausov", "Andrei Belousov").</summary>
    Spelling,

    /// <summary>The same person is given different titles or roles.</summary>
    TitleRole,

    /// <summary>The documents report different outcomes of the same matter.</summary>
    Outcome,

    /// <summary>The documents give different numbers for the same quantity.</summary>
    Figure,

    /// <summary>The same words of a person or document are quoted differently.</summary>
    Wording,

    /// <summary>The documents state different facts about the same event (who took part, who went where).</summary>
    Fact,
}
