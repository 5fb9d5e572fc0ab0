using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SummitData.Testing;
using YamlDotNet.Core;

namespace SummitData.Benchmarks.Cold;

/// <summary>
/// <c>cold DIR [bare]</c>: one generator run over the documents of DIR in this process, the first and only one, as a
/// command-line build runs it (the generator's code and YamlDotNet's are JIT-compiled during the run); with
/// <c>bare</c>, the bare YamlDotNet parse of the same annotation blocks instead, just as cold. The documents carry the
/// <c>SummitDataResource</c> metadata the package's build targets give them, so the output is what a build gets.
/// Prints the milliseconds of the run (reading the files and creating the compilation come before and are not counted)
/// and the bytes it allocated. Run it in fresh processes several times and take the median: <c>build-cost.sh</c>
/// measures the same run inside the compiler.
/// </summary>
public static class ColdRunHarness
{
    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: cold DIR [bare]");
            return 2;
        }

        string root = Path.GetFullPath(args[0]);
        bool bare = args.Length > 1 && args[1] == "bare";
        string[] paths = Directory.GetFiles(root, "*.summit", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        string[] contents = paths.Select(File.ReadAllText).ToArray();
        var texts = paths.Select((p, i) => (AdditionalText)new GeneratorHost.InMemoryText(p, contents[i])
        {
            Metadata = new Dictionary<string, string> { ["SummitDataResource"] = "SummitData.Documents/" + Path.GetRelativePath(root, p).Replace('\\', '/') },
        }).ToArray();
        string[] blocks = contents.Select(Block).ToArray();
        var compilation = GeneratorHost.Compilation();

        using JitListener? listener = Environment.GetEnvironmentVariable("SUMMITDATA_BENCH_JIT") == "1" ? new JitListener() : null;
        if (listener is not null)
        {
            listener.Enabled = true;
        }

        using AllocationListener? allocations = Environment.GetEnvironmentVariable("SUMMITDATA_BENCH_ALLOCATIONS") == "1" ? new AllocationListener { Enabled = true } : null;
        long allocated = GC.GetTotalAllocatedBytes(true);
        TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime(), pause = GC.GetTotalPauseDuration();
        long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long start = Stopwatch.GetTimestamp();
        int result;
        if (bare)
        {
            result = 0;
            foreach (string block in blocks)
            {
                var parser = new Parser(new StringReader(block));
                while (parser.MoveNext())
                {
                    result++;
                }
            }
        }
        else
        {
            GeneratorDriverRunResult run = GeneratorHost.Driver(texts, trackSteps: false).RunGenerators(compilation).GetRunResult();
            result = run.GeneratedTrees.Length;
            if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, run.Diagnostics.Take(5)));
                return 1;
            }
        }

        double milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        jit = System.Runtime.JitInfo.GetCompilationTime() - jit;
        pause = GC.GetTotalPauseDuration() - pause;
        methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
        Console.WriteLine(
            $"{(bare ? "bare parse" : "generator")}: {milliseconds:F0} ms, {allocated / 1048576.0:F1} MB allocated, {result} {(bare ? "events" : "files")}, {paths.Length} documents; " +
            $"JIT {jit.TotalMilliseconds:F0} ms ({methods} methods), GC pauses {pause.TotalMilliseconds:F0} ms " +
            $"({GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} collections of gen 0/1/2)");
        if (allocations is not null)
        {
            allocations.Enabled = false;
            Console.WriteLine("allocated during the run, by type of the sampled object (about one sample every 100 KB):");
            Console.WriteLine(allocations.Summary(30));
        }

        if (listener is not null)
        {
            listener.Enabled = false;
            Console.WriteLine("methods compiled by the JIT during the run, by namespace: " + listener.Summary());
            if (Environment.GetEnvironmentVariable("SUMMITDATA_BENCH_JIT_LIST") is { Length: > 0 } list)
            {
                File.WriteAllLines(list, listener.Methods.Order(StringComparer.Ordinal));
            }
        }

        return 0;
    }

    // The annotation block: between the first two lines that are exactly "---".
    private static string Block(string content)
    {
        string[] lines = content.Replace("\r\n", "\n").Split('\n');
        int first = Array.IndexOf(lines, "---");
        int second = Array.IndexOf(lines, "---", first + 1);
        return string.Join("\n", lines[(first + 1)..second]);
    }
}
