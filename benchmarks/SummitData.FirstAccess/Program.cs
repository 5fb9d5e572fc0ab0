using System;
using System.Diagnostics;
using System.IO;
using SummitData;
using SummitData.Loading;

// One measurement per process, so each one pays for a cold start: type loading, JIT, static constructors.
//   SummitData.FirstAccess generated     the compiled-in data (Seeds.DataSet)
//   SummitData.FirstAccess yaml DIR      the *.summit files in DIR, parsed and checked by the runtime loader
// Prints the elapsed time in ticks of 100 ns, from the start of Main to a data set ready for lookups.
if (args.Length == 0 || (args[0] != "generated" && args.Length < 2))
{
    Console.Error.WriteLine("usage: SummitData.FirstAccess generated | yaml DIR");
    return 2;
}

long start = Stopwatch.GetTimestamp();
SummitDataSet data = args[0] switch
{
    "generated" => Seeds.DataSet,
    "yaml" => SummitDataLoader.LoadDirectory(args[1]).EnsureSuccess(),
    _ => throw new ArgumentException($"Unknown mode '{args[0]}'.", nameof(args)),
};
Figure figure = data.Figures.Get("bilateral-trade-2023");
TimeSpan elapsed = Stopwatch.GetElapsedTime(start);

if (figure.Value != 240m)
{
    Console.Error.WriteLine($"unexpected data: {figure}");
    return 1;
}

Console.WriteLine(elapsed.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));

// With SUMMITDATA_FIRSTACCESS_JIT=1, what the JIT did up to here, on standard error (the harness reads standard output).
if (Environment.GetEnvironmentVariable("SUMMITDATA_FIRSTACCESS_JIT") == "1")
{
    Console.Error.WriteLine($"JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; GC: {GC.CollectionCount(0)} collections");
}
return 0;
