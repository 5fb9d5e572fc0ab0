using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SummitData.Testing;

/// <summary>
/// The sizes that decide whether generated code compiles and JIT-compiles in time linear in the corpus: the largest
/// file, the largest array or collection initializer, the longest argument list (a <c>params</c> call builds an
/// array of that many elements), the largest method body in IL, and the share of the 2^24-byte user-string heap
/// (CS8103) the string literals take.
/// </summary>
public sealed record GeneratedCodeMetrics(
    int Files,
    int LargestFileLines,
    string LargestFile,
    int LargestInitializer,
    string LargestInitializerFile,
    int LargestArgumentList,
    string LargestArgumentListFile,
    int LargestMethodIL,
    string LargestMethod,
    int UserStringHeapBytes)
{
    /// <summary>What the compiler allows for the user-string heap (all ordinary string literals of an assembly).</summary>
    public const int UserStringHeapLimit = 1 << 24;

    /// <summary>Measures the syntax of generated sources and the IL of the assembly compiled from them.</summary>
    public static GeneratedCodeMetrics Measure(IEnumerable<SyntaxTree> trees, byte[] peImage)
    {
        int files = 0, largestLines = 0, largestInitializer = 0, largestArguments = 0;
        string largestFile = string.Empty, initializerFile = string.Empty, argumentsFile = string.Empty;
        foreach (SyntaxTree tree in trees)
        {
            files++;
            int lines = tree.GetText().Lines.Count;
            if (lines > largestLines)
            {
                (largestLines, largestFile) = (lines, tree.FilePath);
            }

            var walker = new SizeWalker();
            walker.Visit(tree.GetRoot());
            if (walker.LargestInitializer > largestInitializer)
            {
                (largestInitializer, initializerFile) = (walker.LargestInitializer, tree.FilePath);
            }

            if (walker.LargestArgumentList > largestArguments)
            {
                (largestArguments, argumentsFile) = (walker.LargestArgumentList, tree.FilePath);
            }
        }

        (int il, string method, int userStrings) = MeasureIL(peImage);
        return new GeneratedCodeMetrics(files, largestLines, largestFile, largestInitializer, initializerFile, largestArguments, argumentsFile, il, method, userStrings);
    }

    /// <summary>The IL size of every method body in an assembly, largest first, as <c>Type::Method</c>.</summary>
    public static IReadOnlyList<(string Method, int Size)> MethodSizes(byte[] peImage)
    {
        using var pe = new PEReader(ImmutableArray.Create(peImage));
        MetadataReader metadata = pe.GetMetadataReader();
        var sizes = new List<(string, int)>();
        foreach (MethodDefinitionHandle handle in metadata.MethodDefinitions)
        {
            MethodDefinition method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            int size = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!.Length;
            sizes.Add((TypeName(metadata, method.GetDeclaringType()) + "::" + metadata.GetString(method.Name), size));
        }

        return sizes.OrderByDescending(s => s.Item2).ThenBy(s => s.Item1, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Compiles a compilation to a PE image, or throws with its errors.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:" + Environment.NewLine
                + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        return stream.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Files} files; largest file {LargestFileLines} lines ({Path.GetFileName(LargestFile)}); " +
        $"largest initializer {LargestInitializer} elements ({Path.GetFileName(LargestInitializerFile)}); " +
        $"longest argument list {LargestArgumentList} ({Path.GetFileName(LargestArgumentListFile)}); " +
        $"largest method {LargestMethodIL} bytes of IL ({LargestMethod}); " +
        $"user-string heap {UserStringHeapBytes} bytes ({100.0 * UserStringHeapBytes / UserStringHeapLimit:0.0}% of the limit)";

    private static (int Size, string Method, int UserStrings) MeasureIL(byte[] peImage)
    {
        (string method, int size) = MethodSizes(peImage).FirstOrDefault();
        using var pe = new PEReader(ImmutableArray.Create(peImage));
        return (size, method ?? string.Empty, pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString));
    }

    private static string TypeName(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        TypeDefinition type = metadata.GetTypeDefinition(handle);
        string name = metadata.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? (type.Namespace.IsNil ? name : metadata.GetString(type.Namespace) + "." + name)
            : TypeName(metadata, declaring) + "+" + name;
    }

    private sealed class SizeWalker : CSharpSyntaxWalker
    {
        public int LargestInitializer { get; private set; }

        public int LargestArgumentList { get; private set; }

        public override void VisitInitializerExpression(InitializerExpressionSyntax node)
        {
            LargestInitializer = Math.Max(LargestInitializer, node.Expressions.Count);
            base.VisitInitializerExpression(node);
        }

        public override void VisitCollectionExpression(CollectionExpressionSyntax node)
        {
            LargestInitializer = Math.Max(LargestInitializer, node.Elements.Count);
            base.VisitCollectionExpression(node);
        }

        public override void VisitArgumentList(ArgumentListSyntax node)
        {
            LargestArgumentList = Math.Max(LargestArgumentList, node.Arguments.Count);
            base.VisitArgumentList(node);
        }
    }
}
