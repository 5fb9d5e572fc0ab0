using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots without the Verify package (not available here): the expected text is committed as
/// <c>Snapshots/NAME.verified.EXT</c>; on a mismatch the actual text is written beside it as
/// <c>NAME.received.EXT</c> for review, and the test fails. Accepting a change is renaming received to verified.
/// Switching to Verify.Xunit later replaces only this class.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string actual, string extension = "cs")
    {
        string folder = typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SnapshotDirectory").Value!;
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified snapshot for '{name}'. Review {received} and rename it to {Path.GetFileName(verified)}."
            : $"Snapshot '{name}' differs. Compare {received} with {verified}; if the change is right, replace the verified file.");
    }
}
