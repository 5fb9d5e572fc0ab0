using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SummitData.Testing;

/// <summary>
/// Builds corpora of any size in the shape of the five seeds: the same texts, the same annotations, the same mix of
/// figures, quotes, people and agreements per document. Document <c>i</c> is copy <c>i / 5</c> of seed <c>i % 5</c>.
/// Copy 0 is the seed itself; copy <c>k</c> renames every id (document, people, entities, agreements, figures,
/// quotes, claims, discrepancies, events, and the references: <c>speaker:</c>, <c>source:</c>, <c>claim:</c>,
/// <c>where:</c>, and the lists <c>parties:</c>, <c>about:</c> and <c>who:</c>) by appending <c>-c{k}</c>, so all
/// ids stay unique and valid and their C# names stay distinct (<c>xi-jinping-c12</c> is <c>XiJinpingC12</c>). Shared
/// records stay shared within a copy, as in the seeds: the five documents of copy <c>k</c> all name
/// <c>xi-jinping-c{k}</c>.
/// </summary>
/// <remarks>
/// Discrepancies need a side in two documents, and a claim or discrepancy may be <c>about</c> a record another seed
/// declares. A copy that is cut short (the last one, when the count is not a multiple of the number of seeds) would
/// leave those dangling, so its documents are made standalone (<see cref="Standalone"/>): without their
/// <c>discrepancies</c> and <c>about</c> lists. Everything else a seed references it declares itself. The texts and
/// their hashes are untouched.
/// </remarks>
public static class SyntheticCorpus
{
    /// <summary>The default seed of the order shuffle.</summary>
    public const int DefaultSeed = 20240516;

    // Ids are plain scalars in the seeds; `source:` at the top level is the original file name, not an id, so only
    // indented `source:` (a quote's) is a reference. Lists of ids are written in flow style (`parties: [a, b]`) or as
    // block lists of plain ids right below their key.
    private static readonly Regex IdLine = new(@"^(?<lead> *(?:- +)?id: *)(?<id>[a-z][a-z0-9-]*)(?<trail> *)$", RegexOptions.CultureInvariant);
    private static readonly Regex ReferenceLine = new(@"^(?<lead> +(?:- +)?(?:speaker|source|claim|where): *)(?<id>[a-z][a-z0-9-]*)(?<trail> *)$", RegexOptions.CultureInvariant);
    private static readonly Regex FlowListLine = new(@"^(?<lead> +(?:- +)?(?:parties|about|who): *\[)(?<ids>[a-z0-9, -]*)(?<trail>\] *)$", RegexOptions.CultureInvariant);
    private static readonly Regex AboutLine = new(@"^ +about: *\[[a-z0-9, -]*\] *$", RegexOptions.CultureInvariant);
    private static readonly Regex BlockListKey = new(@"^(?<indent> +)(?:- +)?(?:parties|about|who): *$", RegexOptions.CultureInvariant);
    private static readonly Regex BlockListItem = new(@"^(?<lead>(?<indent> *)- +)(?<id>[a-z][a-z0-9-]*)(?<trail> *)$", RegexOptions.CultureInvariant);

    /// <summary>
    /// <paramref name="count"/> documents built from the seeds, in an order shuffled with <paramref name="seed"/>
    /// (the generator sorts them; a shuffled order is what a file system gives). Same arguments, same corpus.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Create(int count, int seed = DefaultSeed) => Create(SeedDocuments.All, count, seed);

    /// <inheritdoc cref="Create(int, int)"/>
    public static IReadOnlyList<CorpusFile> Create(IReadOnlyList<CorpusFile> seeds, int count, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("At least one seed document is needed.", nameof(seeds));
        }

        var files = new CorpusFile[count];
        int complete = count / seeds.Count * seeds.Count;
        for (int i = 0; i < count; i++)
        {
            CorpusFile file = Copy(seeds[i % seeds.Count], i / seeds.Count);
            files[i] = i < complete ? file : file with { Content = Standalone(file.Content) };
        }

        // Fisher–Yates with a seeded System.Random: the same sequence on every run and platform.
        var random = new Random(seed);
        for (int i = files.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (files[i], files[j]) = (files[j], files[i]);
        }

        return files;
    }

    /// <summary>
    /// Writes document <c>0</c> to <c>count - 1</c> of the corpus <see cref="Create(int, int)"/> builds (the same files,
    /// named after their seeds with the copy's suffix) to <paramref name="folder"/>, one at a time: only the seeds and
    /// the document being written are ever held, so a corpus of any size can be written. With
    /// <paramref name="danglingEvery"/> = k, every k-th document (the k-th, the 2k-th, ...) has its first reference
    /// (<c>speaker:</c>, <c>source:</c>, <c>claim:</c> or <c>where:</c>) point at an id nobody declares
    /// (<c>nobody-{i}</c>), which leaves that document out (SD0011) and may leave out others whose references it alone
    /// satisfied. With <paramref name="oneSidedEvery"/> = k, every k-th document has its first discrepancy renamed
    /// (<c>-alone</c>), so it has one side only (SD0024) and so may the discrepancy it was a side of.
    /// </summary>
    /// <returns>The paths written, in the order written.</returns>
    public static IEnumerable<string> Write(string folder, int count, int danglingEvery = 0, int oneSidedEvery = 0) =>
        Write(SeedDocuments.All, folder, count, danglingEvery, oneSidedEvery);

    /// <inheritdoc cref="Write(string, int, int, int)"/>
    public static IEnumerable<string> Write(IReadOnlyList<CorpusFile> seeds, string folder, int count, int danglingEvery = 0, int oneSidedEvery = 0)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(danglingEvery);
        ArgumentOutOfRangeException.ThrowIfNegative(oneSidedEvery);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("At least one seed document is needed.", nameof(seeds));
        }

        System.IO.Directory.CreateDirectory(folder);
        return Files();

        // Lazily, so a caller that stops early writes no more, and nothing but the current document is held.
        IEnumerable<string> Files()
        {
            int complete = count / seeds.Count * seeds.Count;
            for (int i = 0; i < count; i++)
            {
                CorpusFile file = Copy(seeds[i % seeds.Count], i / seeds.Count);
                string content = i < complete ? file.Content : Standalone(file.Content);
                if (danglingEvery > 0 && (i + 1) % danglingEvery == 0)
                {
                    content = DanglingReference(content, "nobody-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (oneSidedEvery > 0 && (i + 1) % oneSidedEvery == 0)
                {
                    content = OneSidedDiscrepancy(content);
                }

                string path = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file.Path));
                System.IO.File.WriteAllText(path, content);
                yield return path;
            }
        }
    }

    /// <summary>The document with its first reference (<c>speaker:</c>, <c>source:</c>, <c>claim:</c>, <c>where:</c>) pointing at <paramref name="id"/>.</summary>
    public static string DanglingReference(string content, string id)
    {
        ArgumentNullException.ThrowIfNull(content);
        return EditFirstLine(content, line => ReferenceLine.Match(line) is { Success: true } m && m.Groups["id"].Value != "null"
            ? m.Groups["lead"].Value + id + m.Groups["trail"].Value
            : null);
    }

    /// <summary>The document with its first discrepancy's id suffixed with <c>-alone</c>, an id no other document declares.</summary>
    public static string OneSidedDiscrepancy(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        bool inDiscrepancies = false;
        return EditFirstLine(content, line =>
        {
            if (line.Length > 0 && line[0] != ' ' && line[0] != '-')
            {
                inDiscrepancies = line.StartsWith("discrepancies:", StringComparison.Ordinal);
            }

            return inDiscrepancies && IdLine.Match(line) is { Success: true } m
                ? m.Groups["lead"].Value + m.Groups["id"].Value + "-alone" + m.Groups["trail"].Value
                : null;
        });
    }

    /// <summary>The first line of the annotation block that <paramref name="edit"/> changes (non-null), changed; the text untouched.</summary>
    private static string EditFirstLine(string content, Func<string, string?> edit)
    {
        (int start, int end) = CorpusFile.BlockBounds(content);
        for (int at = start; at < end;)
        {
            int next = content.IndexOf('\n', at);
            int lineEnd = next < 0 || next > end ? end : next;
            if (edit(content.Substring(at, lineEnd - at)) is { } changed)
            {
                return content.Substring(0, at) + changed + content.Substring(lineEnd);
            }

            at = lineEnd + 1;
        }

        return content;
    }

    /// <summary>Copy <paramref name="copy"/> of a seed: the seed itself for 0, otherwise every id suffixed with <c>-c{copy}</c>.</summary>
    public static CorpusFile Copy(CorpusFile seed, int copy)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfNegative(copy);
        if (copy == 0)
        {
            return seed;
        }

        string suffix = "-c" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string path = seed.Path.EndsWith(".summit", StringComparison.Ordinal)
            ? seed.Path.Substring(0, seed.Path.Length - ".summit".Length) + suffix + ".summit"
            : seed.Path + suffix;
        return new CorpusFile(path, RenameIds(seed.Content, suffix));
    }

    /// <summary>
    /// The document without what needs other documents: its <c>discrepancies</c> section (a discrepancy has sides in
    /// two documents at least) and every <c>about</c> list (which may name records other documents declare).
    /// </summary>
    public static string Standalone(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        (int start, int end) = CorpusFile.BlockBounds(content);
        var kept = new List<string>();
        bool inDiscrepancies = false;
        foreach (string line in content.Substring(start, end - start).Split('\n'))
        {
            bool topLevel = line.Length > 0 && line[0] != ' ' && line[0] != '-';
            if (topLevel)
            {
                inDiscrepancies = line.StartsWith("discrepancies:", StringComparison.Ordinal);
            }

            if (line.Length > 0 && (inDiscrepancies || AboutLine.IsMatch(line)))
            {
                continue;
            }

            kept.Add(line);
        }

        return content.Substring(0, start) + string.Join('\n', kept) + content.Substring(end);
    }

    /// <summary>Appends <paramref name="suffix"/> to every id and id reference in the annotation block; the text is kept byte for byte.</summary>
    public static string RenameIds(string content, string suffix)
    {
        ArgumentNullException.ThrowIfNull(content);
        (int start, int end) = CorpusFile.BlockBounds(content);
        var builder = new StringBuilder(content.Length + 2048);
        builder.Append(content, 0, start);
        int listIndent = -1;
        foreach (string line in content.Substring(start, end - start).Split('\n'))
        {
            // The items of a block list of ids: as deep as their key or deeper, until the first line that is not one.
            Match item = BlockListItem.Match(line);
            if (listIndent >= 0 && item.Success && item.Groups["indent"].Length >= listIndent)
            {
                builder.Append(item.Groups["lead"].Value).Append(item.Groups["id"].Value).Append(suffix).Append(item.Groups["trail"].Value).Append('\n');
                continue;
            }

            Match key = BlockListKey.Match(line);
            listIndent = key.Success ? key.Groups["indent"].Length : -1;
            builder.Append(Rename(line, suffix)).Append('\n');
        }

        // Split leaves one empty entry after the block's last line break: drop its extra '\n'.
        builder.Length--;
        builder.Append(content, end, content.Length - end);
        return builder.ToString();
    }

    private static string Rename(string line, string suffix)
    {
        Match list = FlowListLine.Match(line);
        if (list.Success)
        {
            IEnumerable<string> ids = list.Groups["ids"].Value.Split(',').Select(id => id.Trim()).Where(id => id.Length > 0).Select(id => id + suffix);
            return list.Groups["lead"].Value + string.Join(", ", ids) + list.Groups["trail"].Value;
        }

        Match match = IdLine.Match(line);
        if (!match.Success)
        {
            match = ReferenceLine.Match(line);
            if (!match.Success || match.Groups["id"].Value == "null")
            {
                return line;
            }
        }

        return match.Groups["lead"].Value + match.Groups["id"].Value + suffix + match.Groups["trail"].Value;
    }
}
