using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SummitData.Generator.Model;
using SummitData.Generator.Parsing;

namespace SummitData.Generator
{
    /// <summary>
    /// The Roslyn descriptors of every SummitData diagnostic, made from <see cref="DiagnosticCatalog"/>, the one list
    /// of ids (the parser, shared with the runtime loader, cannot use Roslyn types): each with its message format,
    /// description and a help link to its section of docs/diagnostics.md. Releases/AnalyzerReleases.*.md track the ids.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "SummitData";

        public static readonly DiagnosticDescriptor[] All = DiagnosticCatalog.All.Select(Create).ToArray();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor Get(string id) => ById[id];

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            Location location = info.Location is { } l
                ? Location.Create(
                    l.FilePath,
                    new TextSpan(l.Start, l.Length),
                    new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(l.EndLine, l.EndColumn)))
                : Location.None;
            return Diagnostic.Create(Get(info.Id), location, info.Arguments.Cast<object>().ToArray());
        }

        private static DiagnosticDescriptor Create(DiagnosticKind kind) => new(
            kind.Id,
            kind.Title,
            kind.MessageFormat,
            Category,
            kind.Level switch
            {
                DiagnosticLevel.Error => DiagnosticSeverity.Error,
                DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            },
            isEnabledByDefault: true,
            description: kind.Description,
            helpLinkUri: kind.HelpLink);
    }
}
