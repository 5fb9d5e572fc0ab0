using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace SummitData.NotebookRunner;

/// <summary>
/// Runs every C# cell of a notebook in order, as the .NET Interactive C# kernel does (one script state that each
/// cell continues), and prints what each cell displays. <c>#r "nuget: NAME, VERSION"</c> lines are replaced by
/// <c>#r</c> of the assemblies given with <c>--nuget NAME=DLL;DLL</c>, so the notebook runs against a packed package.
/// Exit code 0 when every cell ran, 1 when a cell failed, 2 on bad usage.
/// </summary>
public static class Program
{
    private static readonly Regex NugetReference = new(@"^\s*#r\s+""nuget:\s*(?<name>[^,""]+?)\s*(,\s*(?<version>[^""]+?)\s*)?""\s*$", RegexOptions.Multiline);

    private static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: SummitData.NotebookRunner NOTEBOOK [--nuget NAME=DLL;DLL]...");
            return 2;
        }

        var packages = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < args.Length; i += 2)
        {
            if (args[i] != "--nuget" || i + 1 >= args.Length || !args[i + 1].Contains('=', StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"bad argument '{args[i]}'");
                return 2;
            }

            string[] parts = args[i + 1].Split('=', 2);
            packages[parts[0]] = parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries);
        }

        List<string> cells = Cells(args[0]);
        var globals = new Globals();
        ScriptOptions options = ScriptOptions.Default
            .AddReferences(typeof(Enumerable).Assembly, typeof(Globals).Assembly)
            .AddImports("System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Text");
        ScriptState<object>? state = null;

        for (int index = 0; index < cells.Count; index++)
        {
            string code = NugetReference.Replace(cells[index], m =>
            {
                string name = m.Groups["name"].Value;
                return packages.TryGetValue(name, out string[]? dlls)
                    ? string.Join("\n", dlls.Select(d => $"#r \"{d}\""))
                    : throw new InvalidOperationException($"cell {index + 1}: no assemblies given for the package '{name}' (pass --nuget {name}=DLL)");
            });

            Console.WriteLine($"--- cell {index + 1}");
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, options, globals, typeof(Globals))
                    : await state.ContinueWithAsync(code, options);
                foreach (object? shown in globals.TakeDisplayed())
                {
                    Console.WriteLine(Render(shown));
                }

                if (state.ReturnValue is not null)
                {
                    Console.WriteLine(Render(state.ReturnValue));
                }
            }
            catch (Exception e)
            {
                Console.WriteLine($"cell {index + 1} failed: {e.GetType().Name}: {e.Message}");
                return 1;
            }
        }

        Console.WriteLine($"--- {cells.Count} cells ran");
        return 0;
    }

    /// <summary>The C# cells: from an .ipynb, code cells whose language is C#; from a .dib, the <c>#!csharp</c> sections.</summary>
    public static List<string> Cells(string path)
    {
        string text = File.ReadAllText(path);
        if (path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
        {
            var cells = new List<string>();
            string? language = null;
            var current = new List<string>();
            foreach (string line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.StartsWith("#!", StringComparison.Ordinal) && !line.StartsWith("#!import", StringComparison.Ordinal))
                {
                    Flush();
                    language = line.Substring(2).Trim();
                    continue;
                }

                current.Add(line);
            }

            Flush();
            return cells;

            void Flush()
            {
                string cell = string.Join("\n", current).Trim('\n');
                if (language is "csharp" or "c#" && cell.Length > 0)
                {
                    cells.Add(cell);
                }

                current.Clear();
            }
        }

        using JsonDocument notebook = JsonDocument.Parse(text);
        string defaultLanguage = notebook.RootElement.TryGetProperty("metadata", out JsonElement m)
            && m.TryGetProperty("polyglot_notebook", out JsonElement p)
            && p.TryGetProperty("defaultKernelName", out JsonElement k) ? k.GetString() ?? "csharp" : "csharp";
        return notebook.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Where(c => (c.TryGetProperty("metadata", out JsonElement cm)
                && cm.TryGetProperty("polyglot_notebook", out JsonElement pn)
                && pn.TryGetProperty("kernelName", out JsonElement kn) ? kn.GetString() : defaultLanguage) == "csharp")
            .Select(c => c.GetProperty("source").ValueKind == JsonValueKind.Array
                ? string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))
                : c.GetProperty("source").GetString() ?? string.Empty)
            .ToList();
    }

    /// <summary>
    /// What the kernel's formatter would show: HTML as is, a sequence as a table of its items' public properties
    /// (so a throwing getter fails the run, as it would break the notebook), anything else by ToString.
    /// </summary>
    private static string Render(object? value)
    {
        switch (value)
        {
            case null:
                return "<null>";
            case HtmlString html:
                return $"[html, {html.Content.Length} characters]";
            case string s:
                return s;
            case IEnumerable sequence:
                var rows = sequence.Cast<object?>().ToList();
                PropertyInfo[] columns = rows.FirstOrDefault(r => r is not null)?.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance) ?? [];
                if (columns.Length == 0 || rows.All(r => r is string or IFormattable))
                {
                    return $"[{rows.Count} items] " + string.Join(" | ", rows.Take(5).Select(r => r?.ToString()));
                }

                var lines = new List<string> { string.Join(" | ", columns.Select(c => c.Name)) };
                lines.AddRange(rows.Select(r => string.Join(" | ", columns.Select(c => Cell(c.GetValue(r))))));
                return $"[table, {rows.Count} rows]\n" + string.Join("\n", lines);
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(x => x?.ToString())),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>
/// The kernel helpers a C# notebook cell can call (<c>display</c>, <c>HTML</c>), as script globals. In .NET
/// Interactive they come from <c>Microsoft.DotNet.Interactive.Kernel</c>, which is not available here.
/// </summary>
public sealed class Globals
{
    private readonly List<object?> _displayed = new();

    /// <summary>Shows a value below the cell.</summary>
#pragma warning disable IDE1006, CA1822 // The kernel's names are lower case.
    public object? display(object? value)
    {
        _displayed.Add(value);
        return value;
    }

    /// <summary>Marks a string as HTML to show as is.</summary>
    public HtmlString HTML(string content) => new(content);
#pragma warning restore IDE1006, CA1822

    internal List<object?> TakeDisplayed()
    {
        var taken = new List<object?>(_displayed);
        _displayed.Clear();
        return taken;
    }
}

/// <summary>HTML content, shown as is.</summary>
/// <param name="Content">The HTML.</param>
public sealed record HtmlString(string Content)
{
    /// <inheritdoc />
    public override string ToString() => Content;
}
