using System;
using System.Diagnostics;
using SummitData.Loading;

namespace SummitData.Tool;

/// <summary>
/// A load's progress on one line of an interactive terminal's standard error (documents done, rate, time left),
/// rewritten in place and cleared when the load ends, so the lines after it are the command's own.
/// </summary>
internal sealed class ProgressLine : IProgress<LoadProgress>, IDisposable
{
    // A terminal redrawn more often than this only flickers; the last report (the stage done) is always shown.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly ToolConsole _console;
    private readonly Stopwatch _sinceShown = new();
    private int _width;

    private ProgressLine(ToolConsole console) => _console = console;

    /// <summary>A progress line on an interactive terminal; null (no progress, nothing written) otherwise.</summary>
    public static ProgressLine? For(ToolConsole console) => console.Interactive ? new ProgressLine(console) : null;

    public void Report(LoadProgress value)
    {
        bool last = value.DocumentsTotal is { } total && value.DocumentsDone >= total;
        if (_sinceShown.IsRunning && _sinceShown.Elapsed < Interval && !last)
        {
            return;
        }

        string line = value.ToString();
        _console.Error.Write("\r" + line.PadRight(_width));
        _console.Error.Flush();
        _width = line.Length;
        _sinceShown.Restart();
    }

    /// <summary>Clears the line, if one was written.</summary>
    public void Dispose()
    {
        if (_width > 0)
        {
            _console.Error.Write("\r" + new string(' ', _width) + "\r");
            _console.Error.Flush();
            _width = 0;
        }
    }
}
