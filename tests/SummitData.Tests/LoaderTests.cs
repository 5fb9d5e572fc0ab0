using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using SummitData.Loading;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The runtime loader: the generator's parser and checks run at run time, so a loaded data set equals the
/// generated one and bad documents get the same diagnostics (id, message, line, column).
/// </summary>
public sealed class LoaderTests
{
    private static string SeedsDirectory => Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Fact]
    public void Loading_the_seeds_at_run_time_gives_the_generated_data()
    {
        LoadResult result = SummitDataLoader.LoadDirectory(SeedsDirectory);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.ExcludedFiles);
        SummitDataSet loaded = result.EnsureSuccess();
        SummitDataSet generated = Seeds.DataSet;
        Assert.Equal(5, loaded.Documents.Count);
        Assert.Equal(Describe(generated), Describe(loaded));
        Assert.Same(loaded.People.Get("xi-jinping"), loaded.QuotesBy("xi-jinping").First().Speaker);
        Assert.Same(loaded.Entities.Get("russia"), loaded.Agreements.Get("joint-statement-2024").Parties[0]);
    }

    [Fact]
    public void Records_merged_across_documents_load_as_generated()
    {
        (string Path, string Content)[] files = GeneratorTests.TwoDocuments();
        Run run = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Text(f.Path, f.Content)).ToArray());
        var generated = (SummitDataSet)run.Load().GetType("Fixture.Data")!.GetProperty("DataSet")!.GetValue(null)!;
        LoadResult loaded = SummitDataLoader.LoadTexts(files.Reverse());

        Assert.Empty(loaded.Diagnostics);
        Assert.Single(loaded.Data.Claims);
        Assert.Single(loaded.Data.Discrepancies);
        Assert.Equal(Describe(generated), Describe(loaded.Data));
        Assert.Same(loaded.Data.People.Get("anna-berg"), loaded.Data.Agreements.Get("customs-memorandum").Parties[1]);
    }

    [Fact]
    public void Order_of_the_files_given_does_not_matter()
    {
        string[] files = Directory.GetFiles(SeedsDirectory, "*.summit");
        Array.Sort(files, StringComparer.Ordinal);
        string forward = Describe(SummitDataLoader.LoadFiles(files).Data);
        string backward = Describe(SummitDataLoader.LoadFiles(files.Reverse()).Data);
        Assert.Equal(forward, backward);
    }

    public static TheoryData<string, string, string, string> Cases => DiagnosticTests.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gets_the_generators_diagnostics(string id, string what, string find, string replace)
    {
        const string path = "/docs/small.summit";
        string content = Fixture.Small;
        int at = content.IndexOf(find, StringComparison.Ordinal);
        content = content.Substring(0, at) + replace + content.Substring(at + find.Length);

        Run run = GeneratorHarness.Run(GeneratorHarness.Text(path, content));
        LoadResult loaded = SummitDataLoader.LoadText(path, content);

        AssertSameDiagnostics(run, loaded);
        Assert.Contains(loaded.Diagnostics, d => d.Id == id);

        // An error leaves the document out, as the generator leaves out its code; a warning keeps it.
        bool hasError = loaded.Diagnostics.Any(d => d.IsError);
        Assert.Equal(hasError ? 0 : 1, loaded.Data.Documents.Count);
        Assert.Equal(hasError, loaded.ExcludedFiles.Contains(path));
        Assert.Equal(hasError, run.Sources.All(s => !s.HintName.StartsWith("SummitData.Document.", StringComparison.Ordinal)));
        _ = what;
    }

    public static TheoryData<string, string, string, string> CrossDocumentCases => DiagnosticTests.CrossDocumentCases;

    [Theory]
    [MemberData(nameof(CrossDocumentCases))]
    public void Conflicts_between_documents_get_the_generators_diagnostics(string id, string what, string find, string replace)
    {
        (string Path, string Content)[] files = DiagnosticTests.CrossDocuments(find, replace);
        LoadResult loaded = AssertSameDiagnostics(files);
        Assert.Contains(loaded.Diagnostics, d => d.Id == id);
        Assert.Equal(new[] { "/docs/b.summit" }, loaded.ExcludedFiles);
        _ = what;
    }

    [Fact]
    public void Discrepancies_with_one_or_two_sides_in_a_document_get_the_generators_diagnostics()
    {
        // SD0024 leaves the document in and the discrepancy out, as the generated code does.
        LoadResult oneSide = AssertSameDiagnostics(DiagnosticTests.CrossDocuments("id: xyz-fixture", "id: xyz-fixture", extraInB: string.Empty));
        Assert.Equal("SD0024", Assert.Single(oneSide.Diagnostics).Id);
        Assert.Equal(2, oneSide.Data.Documents.Count);
        Assert.Empty(oneSide.Data.Discrepancies);

        string twice = DiagnosticTests.Discrepancy + DiagnosticTests.Discrepancy.Substring("discrepancies:\n".Length);
        LoadResult twoSides = AssertSameDiagnostics(DiagnosticTests.CrossDocuments("id: xyz-fixture", "id: xyz-fixture", extraInB: twice));
        Assert.Equal(new[] { ("SD0023", "/docs/b.summit"), ("SD0024", "/docs/a.summit") }, twoSides.Diagnostics.Select(d => (d.Id, d.FilePath!)).Order());
        Assert.Equal(new[] { "/docs/b.summit" }, twoSides.ExcludedFiles);
    }

    [Fact]
    public void A_broken_document_is_left_out_and_the_others_load()
    {
        string broken = Fixture.Small.Replace("id: small-fixture", "id: broken").Replace("unit: days", "unit: fortnights");
        LoadResult result = SummitDataLoader.LoadTexts(new[] { ("broken.summit", broken), ("good.summit", Fixture.Small) });

        SummitDiagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("SD0004", error.Id);
        Assert.Equal("broken.summit", error.FilePath);
        Assert.Equal(Fixture.LineOf(broken, "unit: fortnights"), error.Line);
        Assert.StartsWith($"broken.summit({error.Line},{error.Column}): error SD0004: ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "broken.summit" }, result.ExcludedFiles);
        Assert.Equal("small-fixture", Assert.Single(result.Data.Documents).Id);
        Assert.Equal(12.5m, result.Data.Figures.Get("trade-2023").Value);

        SummitDataLoadException thrown = Assert.Throws<SummitDataLoadException>(() => result.EnsureSuccess());
        Assert.Same(error, Assert.Single(thrown.Errors));
        Assert.Contains("SD0004", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_read_from_disk_with_their_paths_in_diagnostics()
    {
        string directory = Path.Combine(Path.GetTempPath(), "summitdata-loader-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "nested"));
        try
        {
            // A BOM and CRLF line endings, as an editor on another OS may save the file.
            File.WriteAllText(Path.Combine(directory, "nested", "small.summit"), Fixture.Small.Replace("\n", "\r\n"), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(directory, "notes.txt"), "not a document");

            LoadResult result = SummitDataLoader.LoadDirectory(directory);
            Assert.Empty(result.Diagnostics);
            Assert.Equal("small.summit", Assert.Single(result.Data.Documents).SourceFile);
            Assert.Empty(SummitDataLoader.LoadDirectory(directory, recursive: false).Data.Documents);

            string bad = Path.Combine(directory, "bad.summit");
            File.WriteAllText(bad, Fixture.Small.Replace("exact: road map", "exact: road maps"));
            SummitDiagnostic error = Assert.Single(SummitDataLoader.LoadFile(bad).Diagnostics);
            Assert.Equal(bad, error.FilePath);
            Assert.Equal("SD0008", error.Id);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Runs the generator and the loader over the same files; both must give the same diagnostics, to the column and the word.</summary>
    private static LoadResult AssertSameDiagnostics((string Path, string Content)[] files)
    {
        Run run = GeneratorHarness.Run(files.Select(f => GeneratorHarness.Text(f.Path, f.Content)).ToArray());
        LoadResult loaded = SummitDataLoader.LoadTexts(files);
        AssertSameDiagnostics(run, loaded);
        return loaded;
    }

    private static void AssertSameDiagnostics(Run run, LoadResult loaded)
    {
        var fromGenerator = run.Diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.Severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        var fromLoader = loaded.Diagnostics.Select(d => $"{d.FilePath}({d.Line},{d.Column}-{d.EndLine},{d.EndColumn}) {d.Severity} {d.Id}: {d.Message}");
        Assert.Equal(fromGenerator.OrderBy(s => s, StringComparer.Ordinal), fromLoader.OrderBy(s => s, StringComparer.Ordinal));
    }

    /// <summary>Every public property of every record, recursively, as text: a deep comparison of two data sets.</summary>
    private static string Describe(SummitDataSet data)
    {
        var text = new StringBuilder();
        // Every kind of the data set, found by reflection so that a new kind is compared with no change here.
        IEnumerable<object> records = typeof(SummitDataSet).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(RecordSet<>))
            .SelectMany(p => ((IEnumerable)p.GetValue(data)!).Cast<object>());
        foreach (object item in records)
        {
            Describe(item, text, depth: 0);
            text.Append('\n');
        }

        return text.ToString();
    }

    internal static void Describe(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case IFormattable f:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b);
                return;
            case IEnumerable list:
                text.Append('[');
                foreach (object? item in list)
                {
                    if (item is INamedEntity party)
                    {
                        text.Append(party.GetType().Name).Append(':').Append(party.Id).Append(',');
                        continue;
                    }

                    Describe(item, text, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
        }

        // A quote's speaker and source and an agreement's parties are whole records: describe them one level deep, by
        // their ToString (their own properties are described where they are listed).
        text.Append(value.GetType().Name).Append('{');
        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            object? v = property.GetValue(value);
            text.Append(property.Name).Append('=');
            if (depth > 0 && v is Person or Agreement or Entity)
            {
                text.Append(v.ToString());
            }
            else
            {
                Describe(v, text, depth + 1);
            }

            text.Append(';');
        }

        text.Append('}');
    }
}
