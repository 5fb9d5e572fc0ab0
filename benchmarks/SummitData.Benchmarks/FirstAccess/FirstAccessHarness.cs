using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SummitData.Testing;

namespace SummitData.Benchmarks.FirstAccess;

/// <summary>
/// Time to first access of the seed data in a fresh process, three ways: compiled in (<c>Seeds.DataSet</c>), parsed
/// from the annotated YAML by the runtime loader, and deserialized from equivalent JSON. Each run is a new process of
/// <c>SummitData.FirstAccess</c>, which prints the time from the start of its Main to a data set ready for lookups;
/// the harness also records each process's wall-clock time (runtime start-up included). The three ways take turns, so
/// a burst of noise on the machine hits all of them alike. Prints median and 90th percentile.
/// </summary>
internal static class FirstAccessHarness
{
    private const string Console_ = "SummitData.FirstAccess";

    public static int Run(ReadOnlySpan<string> args)
    {
        int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        if (runs < 1)
        {
            Console.Error.WriteLine("usage: firstaccess [RUNS]");
            return 2;
        }

        string work = Path.Combine(Path.GetTempPath(), "summitdata-firstaccess-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        string seeds = Path.Combine(work, "seeds");
        Directory.CreateDirectory(seeds);
        try
        {
            foreach (CorpusFile seed in SeedDocuments.All)
            {
                File.WriteAllText(Path.Combine(seeds, Path.GetFileName(seed.Path)), seed.Content);
            }

            var modes = new (string Name, string[] Arguments)[]
            {
                ("compiled in (Seeds.DataSet)", new[] { "generated" }),
                ("YAML, runtime loader", new[] { "yaml", seeds }),
            };

            // One unmeasured run of each warms the disk cache and the runtime's files.
            foreach ((string _, string[] arguments) in modes)
            {
                Measure(arguments);
            }

            var inProcess = modes.Select(_ => new List<double>()).ToArray();
            var wallClock = modes.Select(_ => new List<double>()).ToArray();
            for (int run = 0; run < runs; run++)
            {
                for (int m = 0; m < modes.Length; m++)
                {
                    (double inside, double wall) = Measure(modes[m].Arguments);
                    inProcess[m].Add(inside);
                    wallClock[m].Add(wall);
                }
            }

            Console.WriteLine($"First access to the seed data in a fresh process, {runs} runs each ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription})");
            Console.WriteLine();
            Console.WriteLine("| way | first access, median | first access, p90 | whole process, median | whole process, p90 |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            for (int m = 0; m < modes.Length; m++)
            {
                Console.WriteLine($"| {modes[m].Name} | {Milliseconds(Percentile(inProcess[m], 0.5))} | {Milliseconds(Percentile(inProcess[m], 0.9))} | {Milliseconds(Percentile(wallClock[m], 0.5))} | {Milliseconds(Percentile(wallClock[m], 0.9))} |");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs the console once: the time it reports (ms) and the process's wall-clock time (ms).</summary>
    private static (double InProcess, double WallClock) Measure(string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, Console_ + ".dll");
        var start = new ProcessStartInfo(DotNetHost(), new[] { "exec", dll }.Concat(arguments))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        long begin = Stopwatch.GetTimestamp();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + dll);
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        double wall = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Console_} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output}");
        }

        return (TimeSpan.FromTicks(long.Parse(output.Trim(), CultureInfo.InvariantCulture)).TotalMilliseconds, wall);
    }

    // The muxer that runs this program (dotnet run and dotnet exec set DOTNET_HOST_PATH), else the one on PATH.
    private static string DotNetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    private static double Percentile(List<double> values, double p)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        double rank = p * (sorted.Length - 1);
        int low = (int)Math.Floor(rank);
        int high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static string Milliseconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
