using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SummitData.Testing;

/// <summary>
/// What every generator run in the tests also proves (as NetEscapades.EnumGenerators' test helpers do): run again on the
/// same input, every tracked step is cached; and no step's output holds a Roslyn object (a compilation, a symbol, a
/// syntax node, a location, an additional text), found by walking the output values themselves, not their declared
/// types.
/// </summary>
public static class CacheCheck
{
    private static readonly Dictionary<Type, FieldInfo[]> Fields = new();

    /// <summary>Runs the driver a second time on <paramref name="compilation"/> and checks both runs' steps named <paramref name="steps"/>.</summary>
    /// <param name="driver">A driver that has run once.</param>
    /// <param name="compilation">The compilation it ran on.</param>
    /// <param name="steps">The generator's own tracked steps (the driver also tracks steps of its own, such as its inputs).</param>
    /// <returns>A description of each problem; empty when there is none.</returns>
    public static IReadOnlyList<string> SecondRunProblems(GeneratorDriver driver, Compilation compilation, IReadOnlyCollection<string> steps)
    {
        var problems = new List<string>();
        GeneratorRunResult first = driver.GetRunResult().Results.Single();
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        // A step that had no input (every document broken) has no entry: IncrementalTests checks each step is tracked.
        foreach ((string name, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in second.TrackedSteps.Where(s => steps.Contains(s.Key)))
        {
            foreach (IncrementalGeneratorRunStep step in runs)
            {
                foreach ((object value, IncrementalStepRunReason reason) in step.Outputs)
                {
                    if (reason != IncrementalStepRunReason.Cached)
                    {
                        problems.Add($"step {name} is {reason} on a second run with the same input");
                    }
                }
            }
        }

        foreach ((string name, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> runs) in first.TrackedSteps.Where(s => steps.Contains(s.Key)))
        {
            foreach (IncrementalGeneratorRunStep step in runs)
            {
                foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                {
                    if (RoslynObjectIn(value) is { } path)
                    {
                        problems.Add($"step {name} holds a Roslyn object: {path}");
                    }
                }
            }
        }

        return problems.Distinct().ToList();
    }

    /// <summary>The path to the first Roslyn object inside a value, or null when it holds none.</summary>
    public static string? RoslynObjectIn(object? value)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (value is not null)
        {
            pending.Push((value, value.GetType().Name));
        }

        while (pending.Count > 0)
        {
            (object current, string path) = pending.Pop();
            Type type = current.GetType();
            if (type.IsPrimitive || type.IsEnum || current is string or decimal)
            {
                continue;
            }

            if (!type.IsValueType && !seen.Add(current))
            {
                continue;
            }

            if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true && !type.IsGenericType)
            {
                return path + " (" + type.FullName + ")";
            }

            if (current is IEnumerable items)
            {
                int i = 0;
                foreach (object? item in items)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{i}]"));
                    }

                    i++;
                }

                if (type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
                {
                    continue;
                }
            }

            foreach (FieldInfo field in FieldsOf(type))
            {
                if (field.GetValue(current) is { } child)
                {
                    pending.Push((child, path + "." + field.Name));
                }
            }
        }

        return null;
    }

    private static FieldInfo[] FieldsOf(Type type)
    {
        lock (Fields)
        {
            if (!Fields.TryGetValue(type, out FieldInfo[]? fields))
            {
                var list = new List<FieldInfo>();
                for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
                {
                    list.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
                }

                Fields[type] = fields = list.ToArray();
            }

            return fields;
        }
    }
}
