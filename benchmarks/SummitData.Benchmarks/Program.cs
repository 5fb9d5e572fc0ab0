using System;
using BenchmarkDotNet.Running;
using SummitData.Benchmarks.FirstAccess;

namespace SummitData.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SummitData.Benchmarks -- --filter '*'</c> runs every suite;
/// <c>-- firstaccess 50</c> runs the first-access harness (50 fresh processes per way of loading the data);
/// <c>-- corpus 1000 DIR</c> writes the synthetic corpus of 1,000 documents to DIR (for <c>build-cost.sh</c>);
/// <c>-- stream DIR [BATCH]</c> streams the documents of DIR and prints documents per second and peak memory;
/// <c>-- profile 1000 [3]</c> prints where a generator run over 1,000 documents spends its time and allocations, stage by stage.
/// <c>-- cold DIR [bare]</c> runs the generator once over the documents of DIR in this fresh process, as a build does (or the bare YAML parse).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "firstaccess")
        {
            return FirstAccessHarness.Run(args.AsSpan(1));
        }

        if (args.Length > 0 && args[0] == "stream")
        {
            return Streaming.StreamHarness.Run(args.AsSpan(1));
        }

        if (args.Length > 0 && args[0] == "cold")
        {
            return Cold.ColdRunHarness.Run(args.AsSpan(1));
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            return Profile.ProfileHarness.Run(args.AsSpan(1));
        }

        if (args.Length == 3 && args[0] == "corpus")
        {
            int count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);

            // One document at a time: the corpus is never held whole, so 100,000 documents write in little memory.
            foreach (string _ in SummitData.Testing.SyntheticCorpus.Write(args[2], count))
            {
            }

            Console.WriteLine($"{count} documents written to {args[2]}");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
