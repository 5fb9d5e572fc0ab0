using System.Collections.Generic;

namespace SummitData.Generator.Parsing
{
    /// <summary>A position in the annotation block as YamlDotNet reports it: char index, one-based line and column.</summary>
    internal readonly struct YamlMark
    {
        public YamlMark(long index, long line, long column)
        {
            Index = (int)index;
            Line = (int)line;
            Column = (int)column;
        }

        public int Index { get; }

        public int Line { get; }

        public int Column { get; }
    }

    /// <summary>A node of the annotation block with where it starts and ends. Only what the format uses.</summary>
    internal abstract class YamlNode
    {
        protected YamlNode(YamlMark start, YamlMark end)
        {
            Start = start;
            End = end;
        }

        public YamlMark Start { get; }

        public YamlMark End { get; }

        public abstract string KindName { get; }
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(string value, bool isPlain, YamlMark start, YamlMark end)
            : base(start, end)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>Plain (unquoted) scalars are the only ones the core schema resolves to null, booleans and numbers.</summary>
        public bool IsPlain { get; }

        /// <summary>YAML 1.2 core schema null: an empty plain scalar, <c>null</c>, <c>Null</c>, <c>NULL</c> or <c>~</c>.</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string KindName => "a scalar";
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(List<KeyValuePair<YamlScalar, YamlNode>> entries, YamlMark start, YamlMark end)
            : base(start, end) => Entries = entries;

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

        public override string KindName => "a mapping";
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(List<YamlNode> items, YamlMark start, YamlMark end)
            : base(start, end) => Items = items;

        public List<YamlNode> Items { get; }

        public override string KindName => "a list";
    }
}
