using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Reflection;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests.Package;

/// <summary>
/// Packs SummitData once (the assemblies this test run was built with, <c>--no-build</c>) into a local folder feed,
/// with a version unique to the run, and prepares a work folder with a nuget.config for that feed and a private package folder, so consumers restore
/// the package just packed and nothing cached from before.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _once = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _elsewhere = new();

    public PackageFixture()
    {
        Root = ReadmeTests.RepositoryRoot();
        Configuration = typeof(PackageFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        BaseVersion = typeof(SummitDataSet).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        // A version no earlier run packed: whatever a package folder or the notebook kernel cached, this run restores
        // the package it just packed.
        Version = $"{BaseVersion}-test{Guid.NewGuid():N}";
        Work = Path.Combine(Path.GetTempPath(), "summitdata-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Work, "feed");
        Packages = Path.Combine(Work, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        PackResult = DotNet.Run(Root, Packages, "pack", Path.Combine(Root, "src", "SummitData", "SummitData.csproj"), "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={Version}");
        Assert.True(PackResult.ExitCode == 0, PackResult.ToString());
    }

    public string Root { get; }

    public string Configuration { get; }

    /// <summary>The version the assemblies were built with, and that the README and the samples name (1.0.0).</summary>
    public string BaseVersion { get; }

    /// <summary>The version of the package packed for this run: <see cref="BaseVersion"/> with a prerelease label of its own.</summary>
    public string Version { get; }

    /// <summary>A temporary folder holding the feed, the package folder, nuget.config and the consumers.</summary>
    public string Work { get; }

    public string Feed { get; }

    public string Packages { get; }

    public DotNet.Result PackResult { get; }

    public string Package => Path.Combine(Feed, $"SummitData.{Version}.nupkg");

    public string SymbolPackage => Path.Combine(Feed, $"SummitData.{Version}.snupkg");

    /// <summary>A new consumer project folder under the work folder: MyApp.csproj referencing the package.</summary>
    public string NewConsumer(string name, string program, params (string Path, string Content)[] files)
    {
        string folder = Path.Combine(Work, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "MyApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RootNamespace>MyApp</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SummitData" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        foreach ((string path, string content) in files)
        {
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return folder;
    }

    public DotNet.Result Dotnet(string folder, params string[] arguments) => DotNet.Run(folder, Packages, arguments);

    /// <summary>A folder outside <see cref="Work"/> (where no nuget.config names the feed) to remove with it.</summary>
    public void RemoveAfterRun(string folder) => _elsewhere.Add(folder);

    /// <summary>A value computed once for all the collection's tests that ask for it by <paramref name="key"/> (the notebooks' run in the kernel).</summary>
    public T Once<T>(string key, Func<T> compute)
        where T : class => (T)_once.GetOrAdd(key, _ => new Lazy<object>(compute)).Value;

    public void Dispose()
    {
        foreach (string folder in _elsewhere.Append(Work))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing the run for it is not.
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed package";
}
