using System;
using System.Collections.Generic;
using System.Linq;

namespace SummitData.Loading;

/// <summary>
/// What loading annotated documents gives: the records of every document that is valid, and the diagnostics of
/// all of them. A document with an error is left out of <see cref="Data"/>, exactly as the generator leaves it
/// out of the generated code, so the rest stays usable.
/// </summary>
public sealed class LoadResult
{
    internal LoadResult(SummitDataSet data, IReadOnlyList<SummitDiagnostic> diagnostics, IReadOnlyList<string> excludedFiles)
    {
        Data = data;
        Diagnostics = diagnostics;
        ExcludedFiles = excludedFiles;
    }

    /// <summary>The records of the documents that loaded without errors.</summary>
    public SummitDataSet Data { get; }

    /// <summary>Every diagnostic, in file order and then in the order found.</summary>
    public IReadOnlyList<SummitDiagnostic> Diagnostics { get; }

    /// <summary>The files left out because of errors.</summary>
    public IReadOnlyList<string> ExcludedFiles { get; }

    /// <summary>Whether any diagnostic is an error (some document was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The data, or an exception listing every error when there is one.</summary>
    /// <exception cref="SummitDataLoadException">A document has errors.</exception>
    public SummitDataSet EnsureSuccess() => HasErrors ? throw new SummitDataLoadException(Diagnostics.Where(d => d.IsError).ToArray()) : Data;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Data}; {Diagnostics.Count(d => d.IsError)} errors, {Diagnostics.Count(d => d.Severity == SummitDiagnosticSeverity.Warning)} warnings";
}

/// <summary>Thrown by <see cref="LoadResult.EnsureSuccess"/> when a document has errors.</summary>
public sealed class SummitDataLoadException : Exception
{
    /// <summary>Creates the exception with no errors and a general message.</summary>
    public SummitDataLoadException()
        : this("The annotated documents have errors.")
    {
    }

    /// <summary>Creates the exception with a message and no errors.</summary>
    /// <param name="message">What went wrong.</param>
    public SummitDataLoadException(string message)
        : base(message)
    {
        Errors = RecordList<SummitDiagnostic>.Empty;
    }

    /// <summary>Creates the exception with a message, the exception that caused it, and no errors.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SummitDataLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = RecordList<SummitDiagnostic>.Empty;
    }

    /// <summary>Creates the exception from the errors.</summary>
    /// <param name="errors">The error diagnostics; the message lists them.</param>
    public SummitDataLoadException(IReadOnlyList<SummitDiagnostic> errors)
        : base("The annotated documents have errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        Errors = RecordList.Of(errors);
    }

    /// <summary>The errors (empty when the exception was made from a message alone).</summary>
    public IReadOnlyList<SummitDiagnostic> Errors { get; }
}
