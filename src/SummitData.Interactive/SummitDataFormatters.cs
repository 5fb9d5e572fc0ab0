using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.DotNet.Interactive.Formatting;
using SummitData.Loading;

namespace SummitData.Interactive;

/// <summary>
/// Registers how SummitData's values look in a .NET Interactive notebook, as HTML and as plain text: records, record
/// sets and lists of records as tables with a column per property (references by name, citations as "document, line"),
/// a citation and every record that holds one with the sentence it sits in and the cited words highlighted, the sides
/// of a discrepancy side by side, a data set as a summary with a table per kind, and a load result's diagnostics as a
/// table with severity, id, file, line, column and message. The kernel extension calls <see cref="Register"/> when
/// <c>#r "nuget: SummitData"</c> loads the package.
/// </summary>
public static class SummitDataFormatters
{
    private static readonly object Gate = new();
    private static int _maxRows = 100;

    /// <summary>The most rows a table shows (100 unless set); the count of all rows is shown below it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int MaxRows
    {
        get => Volatile.Read(ref _maxRows);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref _maxRows, value);
        }
    }

    /// <summary>
    /// Registers the formatters with <see cref="Formatter"/>; while they are registered, registering again does nothing
    /// (after <see cref="Formatter.ResetToDefault"/> it registers them anew).
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!Formatter.RegisteredFormatters(includeDefaults: false).Any(f => f.Type == typeof(SummitDataSet) && f.MimeType == HtmlFormatter.MimeType))
            {
                RegisterAll();
            }
        }
    }

    private static void RegisterAll()
    {
        // The formatter picks the most specific registered type, and registered ones before its own: a list of records
        // is a table, not the kernel's list of each record's ToString in an index column.
        Both<IEnumerable<IRecord>>(NotebookHtml.Table, NotebookText.Table);
        Both<IEnumerable<Citation>>(NotebookHtml.Table, NotebookText.Table);
        Both<IEnumerable<SummitDiagnostic>>(NotebookHtml.Table, NotebookText.Table);
        Both<IRecord>(NotebookHtml.Record, NotebookText.Record);
        Both<SummitDiagnostic>(NotebookHtml.Record, NotebookText.Record);
        Both<Citation>(NotebookHtml.Citation, NotebookText.Citation);
        Both<PersonProfile>(NotebookHtml.Profile, p => p.ToString());
        Both<SummitDataSet>(NotebookHtml.DataSet, NotebookText.DataSet);
        Both<LoadResult>(NotebookHtml.LoadResult, NotebookText.LoadResult);

        // The timeline of events (a later kind) registers here, beside the other kinds' layouts.
    }

    private static void Both<T>(Func<T, string> html, Func<T, string> text)
    {
        Formatter.Register<T>((value, writer) => writer.Write(html(value)), HtmlFormatter.MimeType);
        Formatter.Register<T>((value, writer) => writer.Write(text(value)), PlainTextFormatter.MimeType);
    }
}
