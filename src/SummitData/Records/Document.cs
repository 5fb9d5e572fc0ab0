using System.Collections.Generic;
using SummitData.Generator.Kinds;
using SummitData.Reporting;

namespace SummitData;

/// <summary>An annotated source document: its metadata as the text states it, and the text itself, verbatim.</summary>
public sealed record Document : IRecord
{
    internal static readonly RecordType<Document> Type = new(Kinds.Documents, static r => new Document(r))
    {
        // The text itself is in no table and no data format: the HTML report shows it, with every cited span marked.
        Columns = new ColumnList<Document>(static d => d.Id)
            .Id("id", "Document", d => d.Id, ColumnUse.All)
            .Text("sourceFile", "File", d => d.SourceFile, ColumnUse.Data)
            .Text("originalFile", "Original file", d => d.OriginalFile, ColumnUse.Data, nullable: true)
            .Text("title", "Title", d => d.Title, nullable: true)
            .Text("outlet", "Outlet", d => d.Outlet, nullable: true)
            .Texts("authors", "Authors", d => d.Authors)
            .Date("published", "Published", d => d.Published, nullable: true)
            .Text("url", "Address", d => d.Url, ColumnUse.Data, nullable: true)
            .Text("language", "Language", d => d.Language, ColumnUse.Data, nullable: true)
            .Texts("inferredFields", "Inferred", d => d.InferredFields, ColumnUse.Data)
            .Text("sha256", "SHA-256", d => d.Sha256, ColumnUse.Data),
    };

    private Document(RecordReader r)
    {
        Id = r.Id;
        SourceFile = r.Text("file");
        OriginalFile = r.OptionalText("source");
        Title = r.OptionalText("title");
        Outlet = r.OptionalText("outlet");
        Authors = r.Texts("authors");
        Published = r.Date("published");
        Url = r.OptionalText("url");
        Language = r.OptionalText("language");
        InferredFields = r.Texts("inferred");
        Sha256 = r.Text("sha256");
        Text = r.Text("text");
        DocumentIds = RecordList.Of(new[] { Id });
    }

    /// <summary>Stable id of the document.</summary>
    public string Id { get; }

    /// <summary>The name of the annotated file.</summary>
    public string SourceFile { get; }

    /// <summary>The name of the file the text was taken from, where recorded.</summary>
    public string? OriginalFile { get; }

    /// <summary>The title, where the text states it.</summary>
    public string? Title { get; }

    /// <summary>The outlet or publisher, where the text states it.</summary>
    public string? Outlet { get; }

    /// <summary>The authors the text names; empty when it names none.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The publication date, where known.</summary>
    public System.DateOnly? Published { get; }

    /// <summary>The address of the original, where the text states it.</summary>
    public string? Url { get; }

    /// <summary>The language (BCP 47), where known.</summary>
    public string? Language { get; }

    /// <summary>Metadata fields whose values are inferred, not stated in the text.</summary>
    public IReadOnlyList<string> InferredFields { get; }

    /// <summary>SHA-256 of the text's UTF-8 bytes, lowercase hex.</summary>
    public string Sha256 { get; }

    /// <summary>The document text, verbatim.</summary>
    public string Text { get; }

    /// <summary>The document itself: a list holding its own id.</summary>
    public IReadOnlyList<string> DocumentIds { get; }

    /// <summary>Whether the value of a metadata field (<c>title</c>, <c>language</c>, ...) is inferred rather than stated.</summary>
    public bool IsInferred(string field) => ((RecordList<string>)InferredFields).Contains(field);

    /// <inheritdoc />
    public override string ToString() => Title is null ? $"{Id} ({SourceFile})" : $"{Id}: {Title}";
}
