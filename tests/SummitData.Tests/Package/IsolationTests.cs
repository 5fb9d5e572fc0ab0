using System;
using System.IO;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests.Package;

/// <summary>
/// Dependency isolation: SummitData's generator carries YamlDotNet 18; another analyzer in the same project may
/// carry an older YamlDotNet. The compiler must load both, and both generators must work.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class IsolationTests
{
    private const string OtherYamlDotNet = "13.7.1";

    private readonly PackageFixture _package;

    public IsolationTests(PackageFixture package) => _package = package;

    [Fact]
    public void Another_analyzer_with_another_YamlDotNet_does_not_break_the_generator()
    {
        string analyzer = Path.Combine(_package.Work, "other-analyzer");
        Directory.CreateDirectory(analyzer);
        File.WriteAllText(Path.Combine(analyzer, "OtherAnalyzer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>latest</LangVersion>
                <IsRoslynComponent>true</IsRoslynComponent>
                <IncludeBuildOutput>false</IncludeBuildOutput>
                <Version>1.0.0</Version>
                <NoWarn>$(NoWarn);NU5128;RS2008;RS1036</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" />
                <PackageReference Include="YamlDotNet" Version="{OtherYamlDotNet}" PrivateAssets="all" GeneratePathProperty="true" />
              </ItemGroup>
              <ItemGroup>
                <None Include="$(OutputPath)/$(AssemblyName).dll" Pack="true" PackagePath="analyzers/dotnet/cs" Visible="false" />
                <None Include="$(PKGYamlDotNet)/lib/netstandard2.0/YamlDotNet.dll" Pack="true" PackagePath="analyzers/dotnet/cs" Visible="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(analyzer, "OtherGenerator.cs"), """
            using System.IO;
            using Microsoft.CodeAnalysis;
            using YamlDotNet.RepresentationModel;

            [Generator]
            public sealed class OtherGenerator : IIncrementalGenerator
            {
                public void Initialize(IncrementalGeneratorInitializationContext context) =>
                    context.RegisterPostInitializationOutput(static output =>
                    {
                        // Uses YamlDotNet for real, so the compiler must load this analyzer's own copy.
                        var stream = new YamlStream();
                        stream.Load(new StringReader("answer: 42"));
                        string answer = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("answer")]).Value!;
                        string version = typeof(YamlStream).Assembly.GetName().Version!.ToString();
                        output.AddSource("Other.g.cs", $"namespace Other {{ public static class Marker {{ public const string Yaml = \"{version}\"; public const string Answer = \"{answer}\"; }} }}");
                    });
            }
            """);
        DotNet.Result pack = _package.Dotnet(analyzer, "pack", "-c", "Release", "-o", _package.Feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        string folder = _package.NewConsumer(
            "isolation",
            "Console.WriteLine($\"{Other.Marker.Yaml} {Other.Marker.Answer} {MyApp.Corpus.Figures.BooksSold2023.Value} {SummitData.Seeds.Figures.BilateralTrade2023.Value}\");\n",
            ("docs/my-bookshop.summit", ReadmeSnippets.Get("consumer-document")));
        File.WriteAllText(
            Path.Combine(folder, "MyApp.csproj"),
            File.ReadAllText(Path.Combine(folder, "MyApp.csproj")).Replace(
                "</ItemGroup>",
                "  <PackageReference Include=\"OtherAnalyzer\" Version=\"1.0.0\" />\n  </ItemGroup>",
                StringComparison.Ordinal));

        DotNet.Result run = _package.Dotnet(folder, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        // Both generators ran: the other one parsed its YAML, SummitData generated the consumer's records. Which
        // YamlDotNet the other one got is the compiler's choice (this SDK's loader gives the highest version it
        // knows to a request for a lower one, so both run on 18 here); SummitData must get one it can run on.
        Assert.Matches(@"^(13|18)\.0\.0\.0 42 1200 240$", run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        foreach (string id in new[] { "CS8785", "CS8032", "CS9057", "FileNotFoundException" })
        {
            Assert.DoesNotContain(id, run.Output, StringComparison.Ordinal);
        }
    }
}
