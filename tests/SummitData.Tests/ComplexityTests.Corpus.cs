using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;
using Xunit;

namespace SummitData.Tests;

// The cross-document step: excluding documents down a chain of references.
public sealed partial class ComplexityTests
{
    /// <summary>Documents in the smaller exclusion chain; the larger one has four times as many.</summary>
    private const int ChainDocuments = 1_000;

    [Fact(Timeout = 60_000)]
    public async Task An_exclusion_chain_examines_each_document_a_bounded_number_of_times()
    {
        await Task.Run(() =>
        {
            // Re-running the checks after each round of exclusions examines n + (n - 1) + ... documents: n²/2, a
            // ratio of 16 between n and 4n. The worklist examines each document once, and once more when it dangles.
            int small = DocumentsExaminedInChain(ChainDocuments);
            int large = DocumentsExaminedInChain(4 * ChainDocuments);
            Assert.Equal((2 * ChainDocuments) - 1, small);
            Assert.True(large <= 5 * small, $"{small} documents examined for {ChainDocuments} documents, {large} for {4 * ChainDocuments}: ratio {(double)large / small:F2}");
        });
    }

    /// <summary>
    /// Builds a chain of n documents, each quoting the person the one before declares, the first quoting an id no
    /// document declares, and returns how many documents the corpus step examined to exclude them all.
    /// </summary>
    private static int DocumentsExaminedInChain(int n)
    {
        var documents = new List<SitedDocument>(n);
        for (int i = 0; i < n; i++)
        {
            string text = $"Person {i} heard “words {i}”.";
            string content =
                $"""
                ---
                format: summitdata/1
                id: chain-{i}
                sha256: {DocumentParser.Sha256(text)}
                people:
                  - id: person-{i}
                    name: Person {i}
                    mentions:
                      - Person {i}
                quotes:
                  - id: quote-{i}
                    exact: words {i}
                    kind: direct-speech
                    speaker: {(i == 0 ? "nobody" : $"person-{i - 1}")}
                ---
                {text}
                """;
            ParseResult parsed = DocumentParser.Parse($"/chain/{i}.summit", content.ReplaceLineEndings("\n"), default);
            Assert.Empty(parsed.Diagnostics);
            documents.Add(new SitedDocument(parsed.Document!, parsed.Sites!));
        }

        CorpusResult corpus = CorpusBuilder.Build(documents, default, out int examined);
        Assert.Equal(n, corpus.Corpus.ExcludedFiles.Count);
        Assert.Equal(n, corpus.Diagnostics.Count(d => d.Id == "SD0011"));
        return examined;
    }
}
