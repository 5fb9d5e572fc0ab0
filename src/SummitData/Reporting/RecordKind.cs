using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SummitData.Reporting;

/// <summary>
/// A kind of record of a <see cref="SummitDataSet"/> (documents, agreements, figures, ...), with the columns every report
/// writes for it. The kinds are those the data set holds, in its order: <see cref="All"/> is built from the records'
/// own descriptions, so a kind the data set gains is here, and in every report, with no change to this type.
/// </summary>
public sealed class RecordKind
{
    private static readonly RecordKind[] Kinds = Build();
    private static readonly RecordList<RecordKind> AllKinds = RecordList.Of(Kinds);
    private static readonly Dictionary<string, RecordKind> ByName = Kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    private RecordKind(SummitData.RecordType type)
    {
        Type = type;
        Columns = RecordList.Of(type.Columns.All.ToArray());
    }

    /// <summary>Every kind, in the order of the data set and of every report.</summary>
    public static IReadOnlyList<RecordKind> All => AllKinds;

    /// <summary>The name of the kind's records in the reports and the annotation format: <c>figures</c>, <c>people</c>.</summary>
    public string Name => Type.Kind.Section;

    /// <summary>One record in words: <c>figure</c>, <c>person</c>.</summary>
    public string Singular => Type.Kind.Singular;

    /// <summary>The record type: <see cref="Figure"/>.</summary>
    public Type RecordType => Type.ClrType;

    /// <summary>The columns the reports write for the kind, in order (see <see cref="ReportColumn"/>).</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    internal SummitData.RecordType Type { get; }

    internal RecordColumns Report => Type.Columns;

    /// <summary>The kind of the records of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The record type, <see cref="Figure"/> for figures.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the record type of a kind (an interface such as <see cref="INamedEntity"/>).</exception>
    public static RecordKind Of<T>()
        where T : class, IRecord =>
        Kinds.FirstOrDefault(k => k.RecordType == typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not the record type of a kind of record.", nameof(T));

    /// <summary>The kind with this name (<c>figures</c>).</summary>
    /// <param name="name">The kind's name, as <see cref="Name"/> gives it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No kind has this name.</exception>
    public static RecordKind Of(string name) =>
        TryGet(name, out RecordKind? kind) ? kind : throw new ArgumentException($"No kind of record is named '{name}' (the kinds are {Names()}).", nameof(name));

    /// <summary>Looks up a kind by name (<c>figures</c>); names are compared ordinally.</summary>
    /// <param name="name">The kind's name.</param>
    /// <param name="kind">The kind, when there is one by this name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [NotNullWhen(true)] out RecordKind? kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name, out kind);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The kinds' names, for messages: "documents, agreements, ... or discrepancies".</summary>
    internal static string Names(string last = "or") =>
        string.Join(", ", Kinds.Take(Kinds.Length - 1).Select(k => k.Name)) + $" {last} " + Kinds[^1].Name;

    /// <summary>The kind's records in a data set, in its order.</summary>
    internal IReadOnlyList<IRecord> Records(SummitDataSet data) => (IReadOnlyList<IRecord>)data.SetOf(Type);

    /// <summary>The kind's records that come from a document, from the set's index.</summary>
    internal IReadOnlyList<IRecord> InDocument(SummitDataSet data, string documentId) => Report.InDocument(data.SetOf(Type), documentId);

    /// <summary>The record of one of <paramref name="kinds"/> with this id, looked up in that order, or null.</summary>
    internal static IRecord? Find(SummitDataSet data, string[] kinds, string id)
    {
        foreach (string name in kinds)
        {
            if (data.SetOf(ByName[name].Type).TryGetRecord(id, out IRecord? record))
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>
    /// The kinds of the data set's registry, with their columns checked once: a column a format could not write
    /// would otherwise fail only when some report met it.
    /// </summary>
    private static RecordKind[] Build()
    {
        RecordKind[] kinds = [.. SummitDataSet.Types.Select(t => new RecordKind(t))];
        var names = new HashSet<string>(SummitDataSet.Types.Select(t => t.Kind.Section), StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (RecordKind kind in kinds)
        {
            string Problem(ReportColumn column, string problem) => $"The column '{column.Name}' of {kind.Name} {problem}.";
            var json = new HashSet<string>(StringComparer.Ordinal);
            foreach (ReportColumn column in kind.Columns)
            {
                if (column.Type is ColumnType.Reference or ColumnType.References && (column.Targets.Length == 0 || column.Targets.Any(t => !names.Contains(t))))
                {
                    throw new InvalidOperationException(Problem(column, "refers to no kind of record the data set has"));
                }

                if (column.Anchor is { } anchor && !anchors.Add(anchor))
                {
                    throw new InvalidOperationException(Problem(column, $"has the highlight prefix '{anchor}' of another column"));
                }

                if (column.Type is ColumnType.Citation && column.InTable && column.Anchor is null)
                {
                    throw new InvalidOperationException(Problem(column, "is a citation in tables without a highlight prefix"));
                }

                // A citation's position stands beside its words in JSON, under fixed names.
                string[] written = !column.InJson ? [] : column.Type == ColumnType.Citation ? [column.Name, .. JsonReport.PositionNames] : [column.Name];
                if (written.Any(n => !json.Add(n)))
                {
                    throw new InvalidOperationException(Problem(column, "writes a JSON property that another column writes"));
                }
            }

            if (kind.Columns.FirstOrDefault() is not { Name: "id", Type: ColumnType.Id, InJson: true, InCsv: true })
            {
                throw new InvalidOperationException($"The first column of {kind.Name} is not its id in JSON and CSV.");
            }
        }

        return kinds;
    }
}
