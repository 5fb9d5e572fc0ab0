using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SummitData.Testing;

/// <summary>The five annotated seed documents of the repository (<c>seeds/*.summit</c>), embedded in this assembly.</summary>
public static class SeedDocuments
{
    private const string Prefix = "seeds/";

    private static readonly Lazy<IReadOnlyList<CorpusFile>> Files = new(Load);

    /// <summary>The seeds in file-name order, each with the path <c>/seeds/NAME.summit</c>.</summary>
    public static IReadOnlyList<CorpusFile> All => Files.Value;

    private static IReadOnlyList<CorpusFile> Load()
    {
        Assembly assembly = typeof(SeedDocuments).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using Stream stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new CorpusFile("/seeds/" + n.Substring(Prefix.Length), reader.ReadToEnd());
            })
            .ToArray();
    }
}
