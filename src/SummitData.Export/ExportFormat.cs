namespace SummitData.Export;

/// <summary>What <see cref="SummitExport"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>A folder of Parquet datasets, one a kind of record and one of citations, each a folder of <c>*.parquet</c> files.</summary>
    Parquet,

    /// <summary>The same datasets as <see cref="Parquet"/>, as JSON Lines (<c>*.jsonl</c>): one JSON object a line.</summary>
    JsonLines,

    /// <summary>One SQLite database file: a table a kind of record, link tables for lists, and the citations.</summary>
    Sqlite,
}
