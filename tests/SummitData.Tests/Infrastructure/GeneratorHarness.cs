using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SummitData.Testing;

namespace SummitData.Tests.Infrastructure;

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/> the way the compiler does.</summary>
internal static class GeneratorHarness
{
    /// <summary>Every step the generator names (<see cref="SummitData.Generator.TrackingNames"/>).</summary>
    public static readonly IReadOnlyCollection<string> Steps = typeof(SummitData.Generator.TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static CSharpCompilation Compilation(string source = "namespace App { public static class Program { } }", string assemblyName = "App") =>
        GeneratorHost.Compilation(source, assemblyName);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> documents, Dictionary<string, string>? properties = null) =>
        GeneratorHost.Driver(documents, properties);

    public static Run Run(params AdditionalText[] documents) => Run(documents, null);

    /// <summary>
    /// Runs the generator over the documents, then once more on the same input: every tracked step must then be cached,
    /// and no step's output may hold a Roslyn object (<see cref="CacheCheck"/>). Every generator test goes through here.
    /// </summary>
    public static Run Run(IEnumerable<AdditionalText> documents, Dictionary<string, string>? properties)
    {
        CSharpCompilation compilation = Compilation();
        GeneratorDriver driver = Driver(documents, properties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        var run = new Run(driver, driver.GetRunResult(), output, driverDiagnostics);
        if (run.Exception is null)
        {
            IReadOnlyList<string> problems = CacheCheck.SecondRunProblems(driver, compilation, Steps);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("The generator is not cache-clean: " + string.Join("; ", problems));
            }
        }

        return run;
    }

    public static AdditionalText Text(string path, string content) => new GeneratorHost.InMemoryText(path, content);

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}

/// <summary>The outcome of one generator run: the driver (to run again), its results and the updated compilation.</summary>
internal sealed record Run(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>Diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The exception the generator threw, which the compiler would turn into CS8785; must always be null.</summary>
    public Exception? Exception => Result.Results.Single().Exception;

    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler errors and warnings of the compilation with the generated code added.</summary>
    public IEnumerable<Diagnostic> CompileProblems() => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Emits the compilation and loads it, to read generated values through the real API.</summary>
    /// <param name="resources">Manifest resources to embed, as a build embeds the documents' files.</param>
    public Assembly Load(IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream, manifestResources: resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
        }

        return Assembly.Load(stream.ToArray());
    }
}
