using System.IO;
using SummitData.Tests.Package;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The package READMEs, without packing: a gallery shows them with no repository beside them, so every link is
/// absolute and names a file (and heading) that exists; the repository's own README, with its relative links, would
/// not do, which is why the packages carry their own.
/// </summary>
public sealed class PackageReadmeTests
{
    private static readonly string Root = ReadmeTests.RepositoryRoot();

    [Theory]
    [InlineData("src/SummitData/Package/README.md")]
    [InlineData("src/SummitData.Tool/Package/README.md")]
    public void A_package_readme_links_only_to_absolute_addresses_that_exist(string path) =>
        PackageMetadata.CheckLinks(File.ReadAllText(Path.Combine(Root, path)), Root);

    [Fact]
    public void The_repository_readme_would_not_do_as_a_package_readme() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PackageMetadata.CheckLinks(File.ReadAllText(Path.Combine(Root, "README.md")), Root));

    [Theory]
    [InlineData("[format](docs/annotation-format.md)")]
    [InlineData("![report](docs/images/report.png)")]
    [InlineData("![report](https://github.com/summitdata/summitdata/blob/main/docs/images/report.png)")]
    [InlineData("[missing](https://github.com/summitdata/summitdata/blob/main/docs/no-such-file.md)")]
    [InlineData("[heading](https://github.com/summitdata/summitdata/blob/main/README.md#no-such-heading)")]
    [InlineData("[elsewhere](https://example.com/)")]
    [InlineData("<img src=\"docs/images/report.png\">")]
    public void A_relative_broken_or_outside_link_fails_the_check(string readme) =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PackageMetadata.CheckLinks(readme, Root));
}
