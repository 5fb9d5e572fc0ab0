using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SummitData.Tests.Infrastructure;

/// <summary>
/// The annotation block of a <c>.summit</c> file as the JSON an editor's YAML language server validates against a
/// schema: read with YamlDotNet, each plain scalar typed by YAML 1.2's core schema (<c>null</c>, <c>~</c> and empty are
/// null, <c>true</c>/<c>True</c>/<c>TRUE</c> booleans, <c>240</c>, <c>0x1F</c>, <c>0o17</c>, <c>1e3</c>, <c>.inf</c>
/// numbers), quoted ones strings. Written independently of the SummitData parser, which is what the schema is compared with. Each JSON
/// node's file lines are kept by its JSON pointer, so a schema error can be compared with a diagnostic's line.
/// </summary>
internal sealed class YamlJson
{
    private static readonly Regex CoreInteger = new("^[-+]?[0-9]+$");
    private static readonly Regex CoreOctal = new("^0o[0-7]+$");
    private static readonly Regex CoreHex = new("^0x[0-9a-fA-F]+$");
    private static readonly Regex CoreFloat = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static readonly Regex CoreSpecialFloat = new(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$");

    private readonly Dictionary<string, List<int>> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<YamlNode> _seen = new(ReferenceEqualityComparer.Instance);

    private YamlJson(JsonNode? root) => Root = root;

    /// <summary>The block as JSON (null for an empty block).</summary>
    public JsonNode? Root { get; private set; }

    /// <summary>The file lines (one-based) of the node at a JSON pointer: its key's line and its value's.</summary>
    public IReadOnlyList<int> LinesOf(string pointer) => _lines.TryGetValue(pointer, out List<int>? lines) ? lines : Array.Empty<int>();

    /// <summary>
    /// The block of an annotated file by the format's rules (a leading BOM dropped, CRLF and CR read as LF, line 1
    /// <c>---</c>, the next line that is exactly <c>---</c> closes it), as JSON; a <see cref="NotSupportedException"/>
    /// says why it has none (no block, YAML that does not parse, an alias, a key that is no string).
    /// </summary>
    public static YamlJson FromFile(string content)
    {
        string normalized = content.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        string[] lines = normalized.Split('\n');
        int close = Array.IndexOf(lines, "---", 1);
        if (lines[0] != "---" || close < 0)
        {
            throw new NotSupportedException("the file has no annotation block between two '---' lines");
        }

        return FromBlock(string.Join("\n", lines[1..close]), firstLine: 2);
    }

    /// <summary>YAML (one document) as JSON; <paramref name="firstLine"/> is the file line of the YAML's first line.</summary>
    public static YamlJson FromBlock(string yaml, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws InvalidOperationException for some broken plain scalars, ArgumentException for a
            // duplicate key.
            throw new NotSupportedException("the YAML does not parse: " + e.Message, e);
        }

        if (stream.Documents.Count != 1)
        {
            throw new NotSupportedException($"the block holds {stream.Documents.Count} YAML documents");
        }

        var json = new YamlJson(null);
        json.Root = json.Convert(stream.Documents[0].RootNode, string.Empty, firstLine - 1, null);
        return json;
    }

    private JsonNode? Convert(YamlNode node, string pointer, int offset, int? keyLine)
    {
        // The representation model shares one node among its aliases: a node met twice is an alias (an alias bomb is
        // nodes met exponentially often), which JSON has no form for.
        if (!_seen.Add(node))
        {
            throw new NotSupportedException("the YAML uses an alias, which JSON has no form for");
        }

        var lines = new List<int>();
        if (keyLine is int key)
        {
            lines.Add(key);
        }

        lines.Add((int)node.Start.Line + offset);
        _lines[pointer] = lines;
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
                {
                    if (entry.Key is not YamlScalarNode { Value: { } name })
                    {
                        throw new NotSupportedException("a key that is not a string, which JSON has no form for");
                    }

                    obj[name] = Convert(entry.Value, pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), offset, (int)entry.Key.Start.Line + offset);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), offset, null));
                }

                return array;
            default:
                return Scalar((YamlScalarNode)node);
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? string.Empty;
        string tag = scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value;
        if (tag == "tag:yaml.org,2002:str" || (tag.Length == 0 && scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)))
        {
            return JsonValue.Create(value);
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(value[0] is 't' or 'T');
        }

        if (CoreOctal.IsMatch(value))
        {
            return JsonValue.Create(System.Convert.ToInt64(value[2..], 8));
        }

        if (CoreHex.IsMatch(value))
        {
            return JsonValue.Create(long.Parse(value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        if (CoreInteger.IsMatch(value) || CoreFloat.IsMatch(value))
        {
            const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
            return decimal.TryParse(value, Number, CultureInfo.InvariantCulture, out decimal exact)
                ? JsonValue.Create(exact)
                : JsonValue.Create(double.Parse(value, Number, CultureInfo.InvariantCulture));
        }

        if (CoreSpecialFloat.IsMatch(value))
        {
            // Infinity and NaN are numbers to an editor, which JSON text cannot write: a number literal stands for them,
            // which is all a schema without numeric bounds can see of them.
            return JsonNode.Parse(value.StartsWith('-') ? "-1e999" : "1e999");
        }

        return JsonValue.Create(value);
    }
}
