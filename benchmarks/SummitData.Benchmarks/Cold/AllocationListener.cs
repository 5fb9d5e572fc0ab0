using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;

namespace SummitData.Benchmarks.Cold;

/// <summary>
/// Sums the runtime's allocation samples (one event about every 100 KB allocated, naming the type of the object that
/// crossed the threshold) by type: a sampled picture of what a run allocates, not an exact count.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public bool Enabled { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick at verbose level
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.Payload is null || !(e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) ?? false))
        {
            return;
        }

        string type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        _bytes.AddOrUpdate(type, amount, (_, n) => n + amount);
    }

    public string Summary(int top) => string.Join(Environment.NewLine, _bytes.OrderByDescending(p => p.Value).Take(top).Select(p => $"  {p.Value / 1048576.0,8:F1} MB  {p.Key}"));
}
