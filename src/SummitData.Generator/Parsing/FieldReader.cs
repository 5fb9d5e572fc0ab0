using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Reads the typed fields of one YAML mapping with the format's YAML 1.2 core-schema rules, reporting a
    /// diagnostic at the offending node for anything missing, mistyped or unknown.
    /// </summary>
    internal sealed class FieldReader
    {
        /// <summary>What an id is: lowercase ASCII letters and digits in words joined by single hyphens, starting with a letter.</summary>
        public const string IdRegex = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

        private static readonly Regex IdPattern = new(IdRegex, RegexOptions.CultureInvariant);
        private static readonly Regex NumberPattern = new(@"^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant);
        private static readonly Regex DatePattern = new(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant);

        private readonly YamlMapping _mapping;
        private readonly string _what;
        private readonly SourceMap _map;
        private readonly List<DiagnosticInfo> _diagnostics;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public FieldReader(YamlMapping mapping, string what, SourceMap map, List<DiagnosticInfo> diagnostics, params string[] knownKeys)
        {
            _mapping = mapping;
            _what = what;
            _map = map;
            _diagnostics = diagnostics;
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in mapping.Entries)
            {
                if (Array.IndexOf(knownKeys, entry.Key.Value) < 0)
                {
                    ErrorCount++;
                    _diagnostics.Add(DiagnosticCatalog.UnknownField.At(_map.Map(entry.Key), entry.Key.Value, _what, string.Join(", ", knownKeys)));
                }
            }
        }

        public YamlMapping Mapping => _mapping;

        /// <summary>What the mapping is, in words ("a figure"), for messages.</summary>
        public string What => _what;

        public LocationInfo Location => _map.Map(_mapping);

        public int ErrorCount { get; private set; }

        public SourceMap MapForChildren => _map;

        public List<DiagnosticInfo> DiagnosticsForChildren => _diagnostics;

        /// <summary>Counts errors a nested reader reported, so this record is dropped too.</summary>
        public void AddErrors(int count) => ErrorCount += count;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public YamlNode? Node(string key)
        {
            foreach (KeyValuePair<YamlScalar, YamlNode> entry in _mapping.Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void Report(DiagnosticKind kind, YamlNode node, params string[] arguments)
        {
            if (kind.Level == DiagnosticLevel.Error)
            {
                ErrorCount++;
            }

            _diagnostics.Add(kind.At(_map.Map(node), arguments));
        }

        /// <summary>Reports a diagnostic built elsewhere (a kind's own rule), counting it against this record when it is an error.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public void Report(DiagnosticInfo diagnostic)
        {
            if (diagnostic.Level == DiagnosticLevel.Error)
            {
                ErrorCount++;
            }

            _diagnostics.Add(diagnostic);
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public YamlScalar? Scalar(string key, bool required)
        {
            YamlNode? node = Node(key);
            if (node is null || (node is YamlScalar { IsNull: true }))
            {
                if (required)
                {
                    Report(DiagnosticCatalog.MissingField, node ?? _mapping, Capitalized(_what), $"a value for '{key}'");
                }

                return null;
            }

            if (node is YamlScalar scalar)
            {
                return scalar;
            }

            Report(DiagnosticCatalog.WrongNodeType, node, $"'{key}' in {_what}", "a single value", node.KindName);
            return null;
        }

        /// <summary>A string keeps exactly the text written: <c>NO</c>, <c>1.10</c> and <c>2024-05-16</c> stay strings.</summary>
        public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public string? Id(string key = "id")
        {
            YamlScalar? scalar = Scalar(key, required: true);
            if (scalar is null)
            {
                return null;
            }

            if (!IsValidId(scalar.Value))
            {
                Report(DiagnosticCatalog.InvalidId, scalar, Shorten(scalar.Value), ": use lowercase ASCII letters, digits and single hyphens, starting with a letter (e.g. 'bilateral-trade-2023')");
                return null;
            }

            return scalar.Value;
        }

        /// <summary>An id that refers to another record: checked to be an id (SD0013), resolved across the corpus later (SD0011).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public IdReference? Reference(string key, string? hint = null)
        {
            YamlScalar? scalar = Scalar(key, required: false);
            return scalar is null ? null : ReferenceTo(scalar, hint);
        }

        /// <summary>A list of ids that refer to other records; see <see cref="Reference"/>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public List<IdReference> References(string key, string? hint = null)
        {
            var result = new List<IdReference>();
            foreach ((string _, YamlScalar node) in Strings(key))
            {
                if (ReferenceTo(node, hint) is { } reference)
                {
                    result.Add(reference);
                }
            }

            return result;
        }

        public static bool IsValidId(string value) => value.Length <= Limits.MaxIdLength && IdPattern.IsMatch(value);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public bool Bool(string key, bool defaultValue)
        {
            YamlScalar? scalar = Scalar(key, required: false);
            if (scalar is null)
            {
                return defaultValue;
            }

            if (scalar.IsPlain && scalar.Value == "true")
            {
                return true;
            }

            if (scalar.IsPlain && scalar.Value == "false")
            {
                return false;
            }

            Report(DiagnosticCatalog.InvalidValue, scalar, key, $"it must be true or false (YAML 1.2), not '{Shorten(scalar.Value)}'");
            return defaultValue;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public decimal? Decimal(string key, bool required)
        {
            YamlScalar? scalar = Scalar(key, required);
            if (scalar is null)
            {
                return null;
            }

            if (!scalar.IsPlain)
            {
                Report(DiagnosticCatalog.InvalidNumber, scalar, key, $"'{Shorten(scalar.Value)}' is quoted, which makes it a string; remove the quotes");
                return null;
            }

            if (!NumberPattern.IsMatch(scalar.Value)
                || !decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                Report(DiagnosticCatalog.InvalidNumber, scalar, key, $"it must be a decimal number such as 240 or 13.5, not '{Shorten(scalar.Value)}'");
                return null;
            }

            // decimal.TryParse rounds what does not fit (29 significant digits, 28 decimal places) without a word: the
            // value must be exactly the number written.
            string written = scalar.Value.TrimStart('+');
            string read = value.ToString(CultureInfo.InvariantCulture);
            if (value == 0m)
            {
                written = written.TrimStart('-');
                read = read.TrimStart('-');
            }

            if (!string.Equals(written, read, StringComparison.Ordinal))
            {
                Report(DiagnosticCatalog.InvalidNumber, scalar, key, $"it has more digits than a decimal holds (28 decimal places, 29 significant digits): '{Shorten(scalar.Value)}' would be read as {read}");
                return null;
            }

            return value;
        }

        /// <summary>An ISO 8601 calendar date, returned as <c>yyyy-MM-dd</c>.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public string? Date(string key, bool required = false)
        {
            YamlScalar? scalar = Scalar(key, required);
            if (scalar is null)
            {
                return null;
            }

            Match match = DatePattern.Match(scalar.Value);
            if (!match.Success || !IsCalendarDate(match))
            {
                Report(DiagnosticCatalog.InvalidDate, scalar, key, Shorten(scalar.Value));
                return null;
            }

            return scalar.Value;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public string? Enum(string key, string[] allowed, string? defaultValue, bool required)
        {
            YamlScalar? scalar = Scalar(key, required && defaultValue is null);
            if (scalar is null)
            {
                return defaultValue;
            }

            if (Array.IndexOf(allowed, scalar.Value) < 0)
            {
                Report(DiagnosticCatalog.InvalidValue, scalar, key, $"'{Shorten(scalar.Value)}' is not a {key} of {_what}; use one of: {string.Join(", ", allowed)}");
                return defaultValue is null && required ? null : defaultValue;
            }

            return scalar.Value;
        }

        /// <summary>The items of a list field; a missing or null field is an empty list.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public List<YamlNode> List(string key)
        {
            YamlNode? node = Node(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return new List<YamlNode>();
            }

            if (node is YamlSequence sequence)
            {
                return sequence.Items;
            }

            Report(DiagnosticCatalog.WrongNodeType, node, $"'{key}' in {_what}", "a list", node.KindName);
            return new List<YamlNode>();
        }

        /// <summary>A list of strings (each item a scalar).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public List<(string Value, YamlScalar Node)> Strings(string key)
        {
            var result = new List<(string, YamlScalar)>();
            foreach (YamlNode item in List(key))
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    result.Add((scalar.Value, scalar));
                }
                else
                {
                    Report(DiagnosticCatalog.WrongNodeType, item, $"Each item of '{key}' in {_what}", "a string", item is YamlScalar ? "null" : item.KindName);
                }
            }

            return result;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private IdReference? ReferenceTo(YamlScalar scalar, string? hint)
        {
            if (IsValidId(scalar.Value))
            {
                return new IdReference(scalar.Value, _map.Map(scalar));
            }

            Report(DiagnosticCatalog.InvalidId, scalar, Shorten(scalar.Value), " to refer to" + (hint is null ? string.Empty : "; " + hint));
            return null;
        }

        internal static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 77) + "...";

        private static string Capitalized(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        private static bool IsCalendarDate(Match match)
        {
            int year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }
    }
}
