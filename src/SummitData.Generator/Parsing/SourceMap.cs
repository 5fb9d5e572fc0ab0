using System;
using System.Collections.Generic;
using SummitData.Generator.Model;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// Turns positions in the annotation block (YamlDotNet marks) and in the document text into locations in the
    /// annotated file, so every diagnostic names the file's own line and column.
    /// </summary>
    internal sealed class SourceMap
    {
        private readonly string _path;
        private readonly int _yamlOffset;
        private readonly int _yamlLine;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public SourceMap(string path, int yamlOffset, int yamlLine)
        {
            _path = path;
            _yamlOffset = yamlOffset;
            _yamlLine = yamlLine;
        }

        public string Path => _path;

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public LocationInfo Map(YamlMark start, YamlMark end)
        {
            int startLine = _yamlLine + Math.Max(start.Line, 1) - 1;
            int endLine = _yamlLine + Math.Max(end.Line, 1) - 1;
            int startOffset = _yamlOffset + Math.Max(start.Index, 0);
            int endOffset = Math.Max(startOffset, _yamlOffset + Math.Max(end.Index, 0));
            return new LocationInfo(_path, startOffset, endOffset - startOffset, startLine, Math.Max(start.Column, 1) - 1, endLine, Math.Max(end.Column, 1) - 1);
        }

        public LocationInfo Map(YamlNode node) => Map(node.Start, node.End);

        /// <summary>A location of the whole file's first line, for problems that have no better place.</summary>
        public LocationInfo FileStart(int length = 0) => new(_path, 0, length, 0, 0, 0, length);

        public LocationInfo Line(int offset, int line0, int length) => new(_path, offset, length, line0, 0, line0, length);
    }

    /// <summary>Zero-based line starts of a text, for turning offsets into line and column.</summary>
    internal sealed class LineIndex
    {
        private readonly List<int> _starts = new() { 0 };

        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public LineIndex(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>One-based line and column of an offset.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(Hot.Optimized)]
        public (int Line, int Column) Position(int offset)
        {
            int index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - _starts[index] + 1);
        }
    }
}
