using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using SummitData.Loading;

namespace SummitData.Interactive;

/// <summary>A column of a table: a name and how to read its value from a row's item.</summary>
/// <param name="Name">The header.</param>
/// <param name="Read">Reads the cell's value from an item.</param>
internal sealed record Column(string Name, Func<object, object?> Read);

/// <summary>
/// The columns a type is shown with: one per public property, in declaration order, so a property a kind gains is a
/// column with no change here. A reference is one column showing the record by name (a quote's <c>Speaker</c>), not two:
/// the id beside it (<c>SpeakerId</c>) is left out, as is <c>DocumentIds</c> where a single <c>DocumentId</c> says it.
/// Diagnostics have the compiler's order: severity, id, file, line, column, message.
/// </summary>
internal static class Columns
{
    /// <summary>An id property and the reference property it is the id of.</summary>
    internal static readonly IReadOnlyDictionary<string, string> IdTwins = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SpeakerId"] = "Speaker",
        ["SourceId"] = "Source",
        ["ClaimId"] = "Claim",
        ["PartyIds"] = "Parties",
        ["AboutIds"] = "About",
    };

    private static readonly ConcurrentDictionary<Type, Column[]> Cache = new();

    private static readonly Column[] DiagnosticColumns =
    {
        new("Severity", d => ((SummitDiagnostic)d).Severity),
        new("Id", d => ((SummitDiagnostic)d).Id),
        new("File", d => ((SummitDiagnostic)d).FilePath),
        new("Line", d => ((SummitDiagnostic)d).Line),
        new("Column", d => ((SummitDiagnostic)d).Column),
        new("Message", d => ((SummitDiagnostic)d).Message),
    };

    /// <summary>The columns of <paramref name="type"/>; for an interface, its properties and those of the interfaces it extends.</summary>
    public static IReadOnlyList<Column> Of(Type type) => Cache.GetOrAdd(type, Build);

    /// <summary>The columns for items of mixed types: those of the declared element type, with the item's kind first.</summary>
    public static IReadOnlyList<Column> OfMixed(Type elementType) =>
        new[] { new Column("Kind", o => o.GetType().Name) }.Concat(Of(elementType)).ToArray();

    private static Column[] Build(Type type)
    {
        if (type == typeof(SummitDiagnostic))
        {
            return DiagnosticColumns;
        }

        IEnumerable<PropertyInfo> declared = type.IsInterface
            ? type.GetInterfaces().Reverse().SelectMany(i => i.GetProperties()).Concat(type.GetProperties())
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken);
        PropertyInfo[] properties = declared
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToArray();
        var names = new HashSet<string>(properties.Select(p => p.Name), StringComparer.Ordinal);
        return properties
            .Where(p => !IsShownElsewhere(type, p.Name, names))
            .Select(p => new Column(p.Name, p.GetValue))
            .ToArray();
    }

    private static bool IsShownElsewhere(Type type, string name, HashSet<string> names) => name switch
    {
        "DocumentIds" => names.Contains("DocumentId") || type == typeof(Document),
        _ => IdTwins.TryGetValue(name, out string? reference) && names.Contains(reference),
    };
}

/// <summary>How a value reads in a cell: as text, or as the value a table of data (CSV, table schema) holds.</summary>
internal static class Cells
{
    /// <summary>Between the items of a list in one cell; names and citations contain commas.</summary>
    public const string ListSeparator = "; ";

    /// <summary>The value as text: a record by its name, a citation as "document, line N", a list joined by "; ".</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        Citation c => Where(c),
        IRecord r => NameOf(r),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(ListSeparator, list.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The value for a table of data: numbers and booleans as they are, everything else as <see cref="Text"/>.</summary>
    public static object? Data(object? value) => value switch
    {
        null => null,
        int or long or decimal or double or bool => value,
        _ => Text(value),
    };

    /// <summary>What a reference shows: a person's or entity's name, an agreement's title, a claim's statement, a document's title.</summary>
    public static string NameOf(IRecord record) => record switch
    {
        INamedEntity named => named.Name,
        Agreement agreement => agreement.Title,
        Claim claim => claim.Statement,
        Document document => document.Title ?? document.Id,
        _ => record.ToString() ?? record.Id,
    };

    /// <summary>A citation's place: "document, line N".</summary>
    public static string Where(Citation citation) => $"{citation.DocumentId}, line {citation.Line.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whether a value is a list shown in one cell (not a string).</summary>
    public static bool IsList(object? value) => value is IEnumerable and not string;
}
