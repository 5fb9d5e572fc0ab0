using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using SummitData.Tests.Infrastructure;
using SummitData.Tests.Package;
using Xunit;

namespace SummitData.Tests.Tool;

/// <summary>
/// Packs the tool once (the assemblies this test run was built with, <c>--no-build</c>) into a local folder feed, with a
/// version unique to the run, and installs it with <c>dotnet tool install --tool-path</c> from that feed alone into a
/// private package folder: the tool tested is the one just packed, never one a package folder kept from before.
/// </summary>
public sealed class ToolFixture : IDisposable
{
    public ToolFixture()
    {
        var clock = Stopwatch.StartNew();
        Root = ReadmeTests.RepositoryRoot();
        string configuration = typeof(ToolFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string baseVersion = typeof(SummitDataSet).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Version = $"{baseVersion}-tooltest{Guid.NewGuid():N}";
        Work = Path.Combine(Path.GetTempPath(), "summitdata-tool-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(Work, "feed");
        Packages = Path.Combine(Work, "packages");
        string tools = Path.Combine(Work, "tools");
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(Packages);

        // The local feed only: the tool carries its dependencies, so installing it needs no other source.
        string config = Path.Combine(Work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        PackResult = DotNet.Run(Root, Packages, "pack", Path.Combine(Root, "src", "SummitData.Tool", "SummitData.Tool.csproj"), "-c", configuration, "--no-build", "-o", feed, $"-p:Version={Version}");
        Assert.True(PackResult.ExitCode == 0, PackResult.ToString());
        Package = Path.Combine(feed, $"SummitData.Tool.{Version}.nupkg");

        InstallResult = DotNet.Run(Work, Packages, "tool", "install", "SummitData.Tool", "--tool-path", tools, "--version", Version, "--configfile", config);
        Assert.True(InstallResult.ExitCode == 0, InstallResult.ToString());
        Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "summitdata.exe" : "summitdata");
        Assert.True(File.Exists(Command), $"{Command} was not installed:\n{InstallResult}");
        SetUpTime = clock.Elapsed;
    }

    public string Root { get; }

    public string Version { get; }

    /// <summary>A temporary folder holding the feed, the package folder, the installed tool and the tests' files.</summary>
    public string Work { get; }

    public string Packages { get; }

    public string Package { get; }

    /// <summary>The installed <c>summitdata</c> command.</summary>
    public string Command { get; }

    public DotNet.Result PackResult { get; }

    public DotNet.Result InstallResult { get; }

    /// <summary>How long packing and installing took.</summary>
    public TimeSpan SetUpTime { get; }

    /// <summary>Runs the installed command in <paramref name="folder"/>; standard output and error together.</summary>
    public DotNet.Result Run(string folder, params string[] arguments) =>
        DotNet.Program(Command, folder, Packages, TimeSpan.FromMinutes(2), arguments);

    /// <summary>A new folder under the work folder.</summary>
    public string NewFolder(string name)
    {
        string folder = Path.Combine(Work, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run for it is not.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ToolCollection : ICollectionFixture<ToolFixture>
{
    public const string Name = "Packed tool";
}
