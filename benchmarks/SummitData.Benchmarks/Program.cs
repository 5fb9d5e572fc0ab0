using System;
using BenchmarkDotNet.Running;
using SummitData.Benchmarks.FirstAccess;

namespace SummitData.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SummitData.Benchmarks -- --filter '*'</c> runs every suite;
/// <c>-- firstaccess 50</c> runs the first-access harness (50 fresh processes per way of loading the data).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "firstaccess")
        {
            return FirstAccessHarness.Run(args.AsSpan(1));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
