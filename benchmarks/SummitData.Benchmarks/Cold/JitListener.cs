using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace SummitData.Benchmarks.Cold;

/// <summary>Counts the methods the JIT compiles, by the assembly-like prefix of their type's namespace (the runtime's JIT events).</summary>
internal sealed class JitListener : EventListener
{
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly ConcurrentDictionary<string, double> _times = new();
    private readonly ConcurrentDictionary<ulong, (string Key, DateTime Start)> _started = new();

    public bool Enabled { get; set; }

    /// <summary>Every method compiled, as namespace-qualified type and name.</summary>
    public ConcurrentBag<string> Methods { get; } = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Enabled || e.Payload is null)
        {
            return;
        }

        if (e.EventName is "MethodLoadVerbose_V1" or "MethodLoadVerbose_V2" or "MethodLoadVerbose")
        {
            ulong loaded = Convert.ToUInt64(e.Payload[e.PayloadNames!.IndexOf("MethodID")]);
            if (_started.TryRemove(loaded, out var begun))
            {
                _times.AddOrUpdate(begun.Key, (e.TimeStamp - begun.Start).TotalMilliseconds, (_, t) => t + (e.TimeStamp - begun.Start).TotalMilliseconds);
            }

            return;
        }

        if (e.EventName is not "MethodJittingStarted_V1")
        {
            return;
        }

        string type = e.Payload[e.PayloadNames!.IndexOf("MethodNamespace")] as string ?? "?";
        string[] parts = type.Split('.');
        string key = parts.Length >= 2 ? parts[0] + "." + parts[1] : parts[0];
        if (key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
        {
            key = "Microsoft.CodeAnalysis";
        }

        _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        Methods.Add(type + "::" + e.Payload[e.PayloadNames!.IndexOf("MethodName")]);
        _started[Convert.ToUInt64(e.Payload[e.PayloadNames!.IndexOf("MethodID")])] = (key, e.TimeStamp);
    }

    public string Summary() => string.Join(", ", _counts.OrderByDescending(p => p.Value).Take(12).Select(p => $"{p.Key} {p.Value} ({_times.GetValueOrDefault(p.Key):F0} ms)"));
}
