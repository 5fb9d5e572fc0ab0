using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace SummitData.Tests.Package;

/// <summary>
/// What a package gallery shows of a packed package, checked the same way for the library and the tool: the version,
/// the license, the release notes, the icon, and a README of the package's own whose links work where the repository
/// is not beside it (absolute, and naming files and headings that exist in the repository).
/// </summary>
internal static class PackageMetadata
{
    /// <summary>The repository's address, which every link of a package README starts with.</summary>
    public const string Repository = "https://github.com/summitdata/summitdata";

    /// <summary>Where a gallery fetches the repository's files from (images).</summary>
    private const string RawFiles = "https://raw.githubusercontent.com/summitdata/summitdata/main/";

    private const string Files = Repository + "/blob/main/";

    /// <summary>Checks the nuspec and the README of the package at <paramref name="package"/>.</summary>
    public static void Check(string package, string id, string version, string root)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        XElement metadata;
        XNamespace ns;
        using (Stream nuspec = zip.GetEntry(id + ".nuspec")!.Open())
        {
            // A tool package's nuspec has a schema version of its own (its package types): take the file's namespace.
            XElement document = XDocument.Load(nuspec).Root!;
            ns = document.Name.Namespace;
            metadata = document.Element(ns + "metadata")!;
        }

        string Value(string name) => metadata.Element(ns + name)?.Value ?? throw new Xunit.Sdk.XunitException($"{id}.nuspec has no <{name}>");

        Assert.Equal(version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal(Repository, Value("projectUrl"));
        Assert.Equal(Repository, metadata.Element(ns + "repository")!.Attribute("url")!.Value);

        // The release notes name the version of the newest CHANGELOG section and link to the whole file.
        string changelog = File.ReadAllText(Path.Combine(root, "CHANGELOG.md"));
        string newest = Regex.Match(changelog, @"^## (\S+)", RegexOptions.Multiline).Groups[1].Value;
        Assert.StartsWith(newest, version, StringComparison.Ordinal);
        string notes = Value("releaseNotes");
        Assert.StartsWith(newest + ": ", notes, StringComparison.Ordinal);
        Assert.Contains(Files + "CHANGELOG.md", notes, StringComparison.Ordinal);

        // The icon: a PNG at the path the nuspec names, of a size galleries show (at least 64 pixels, square).
        string icon = Value("icon");
        byte[] png = Read(zip, icon);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        int height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(width, height);
        Assert.InRange(width, 64, 1024);

        // The README: the package's own, not the repository's (whose links are relative).
        string readme = Encoding.UTF8.GetString(Read(zip, Value("readme")));
        Assert.NotEqual(File.ReadAllText(Path.Combine(root, "README.md")), readme);
        CheckLinks(readme, root);
    }

    /// <summary>
    /// Every link and image of a package README is absolute, into the repository (a file that exists, and a heading
    /// that exists when the link names one) or a well-known site; the images come from the raw file host.
    /// </summary>
    public static void CheckLinks(string readme, string root)
    {
        var targets = new List<string>();
        targets.AddRange(Regex.Matches(readme, @"\]\(([^)\s]+)(?:\s+""[^""]*"")?\)").Select(m => m.Groups[1].Value));
        targets.AddRange(Regex.Matches(readme, @"^\[[^\]]+\]:\s*(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        targets.AddRange(Regex.Matches(readme, @"(?:src|href)\s*=\s*""([^""]+)""", RegexOptions.IgnoreCase).Select(m => m.Groups[1].Value));
        Assert.NotEmpty(targets);

        foreach (string target in targets)
        {
            Assert.True(target.StartsWith("https://", StringComparison.Ordinal), $"'{target}' is not an absolute https address: a gallery has no repository beside the README");
            if (target.StartsWith(Files, StringComparison.Ordinal) || target.StartsWith(RawFiles, StringComparison.Ordinal))
            {
                string relative = target.Substring(target.StartsWith(Files, StringComparison.Ordinal) ? Files.Length : RawFiles.Length);
                string[] parts = relative.Split('#', 2);
                string file = Path.Combine(root, parts[0]);
                Assert.True(File.Exists(file), $"'{target}' names {parts[0]}, which is not in the repository");
                if (parts.Length == 2)
                {
                    Assert.Contains(parts[1], Headings(File.ReadAllText(file)));
                }
            }
            else
            {
                Assert.True(
                    target == Repository || target.StartsWith("https://keepachangelog.com/", StringComparison.Ordinal),
                    $"'{target}' leaves the repository");
            }
        }

        // Images are served by the raw file host (a github.com/.../blob/ address is a page, not an image).
        foreach (Match image in Regex.Matches(readme, @"!\[[^\]]*\]\(([^)\s]+)"))
        {
            Assert.StartsWith(RawFiles, image.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    /// <summary>The anchors a Markdown renderer gives the headings of a file (GitHub's rule: lower case, spaces to hyphens, punctuation out).</summary>
    private static HashSet<string> Headings(string markdown) => Regex.Matches(markdown, @"^#{1,6}\s+(.+?)\s*$", RegexOptions.Multiline)
        .Select(m => Regex.Replace(m.Groups[1].Value.ToLowerInvariant(), @"[^\p{L}\p{Nd}\s_-]", string.Empty).Replace(' ', '-'))
        .ToHashSet(StringComparer.Ordinal);

    private static byte[] Read(ZipArchive zip, string path)
    {
        ZipArchiveEntry entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"the package has no {path}");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
