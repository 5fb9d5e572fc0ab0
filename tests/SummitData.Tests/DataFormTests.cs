using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SummitData.Generator;
using SummitData.Generator.Emitting;
using SummitData.Testing;
using SummitData.Tests.Infrastructure;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// Compressed record data goes in string literals, two bytes a character, while the corpus's data fits in half the
/// user-string heap by an estimate from above (<see cref="DataForm"/>); past it, in base64 UTF-8 literals (the
/// 10,000-document corpus of <see cref="ScaleTests"/>, whose user-string heap stays under 1 %).
/// </summary>
public sealed class DataFormTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(131_072)] // every pair of bytes: every UTF-16 code unit once, surrogates, quotes and line separators included
    [InlineData(131_073)]
    public void A_packed_literal_is_one_line_of_CSharp_whose_characters_are_the_bytes(int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i + 1 < length; i += 2)
        {
            bytes[i] = (byte)(i / 2);
            bytes[i + 1] = (byte)(i / 512);
        }

        if (length % 2 == 1)
        {
            bytes[^1] = 0xD8;
        }

        string literal = Literals.Packed(bytes, length);
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\r', literal);
        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        Assert.Equal(literal.Length, expression.FullSpan.Length);

        // What the runtime reads (RecordData.Packed, the string's own bytes): the first character says whether the last byte is padding.
        byte[] read = SummitData.Compiled.RecordData.Packed((string)expression.Token.Value!).ToArray();
        Assert.Equal(length % 2, read[0] | read[1]);
        Assert.Equal(bytes, read.AsSpan(2, length).ToArray());
    }

    [Fact]
    public void A_corpus_within_the_budget_has_its_data_in_strings_and_the_same_records_as_the_runtime_loader()
    {
        // Texts compiled in (no resource metadata), so the data is large for its 100 documents.
        IReadOnlyList<CorpusFile> files = SyntheticCorpus.Create(100);
        Run run = GeneratorHarness.Run(GeneratorHost.Texts(files), null);
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        long estimate = (long)run.Result.Results.Single().TrackedSteps[TrackingNames.DataSize].Single().Outputs.Single().Value;
        Assert.True(DataForm.InStrings(estimate));

        string all = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("RecordData.Packed(\"", all, StringComparison.Ordinal);
        Assert.DoesNotMatch("\"[A-Za-z0-9+/=]{200,}\"u8", all);

        // The estimate is from above: the heap the data takes (two bytes a character, one character per two bytes of
        // deflated data) is less than the estimated deflated size.
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success);
        using var pe = new PEReader(new MemoryStream(image.ToArray()));
        int heap = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        Assert.InRange(heap, estimate / 20, estimate);

        var data = (SummitDataSet)Assembly.Load(image.ToArray()).GetType("Fixture.Data")!.GetProperty("DataSet")!.GetValue(null)!;
        SummitDataSet loaded = Loading.SummitDataLoader.LoadTexts(files.Select(f => (f.Path, f.Content))).EnsureSuccess();
        Assert.Equal(Reporting.JsonReport.Render(loaded), Reporting.JsonReport.Render(data));
    }

    [Fact]
    public void The_budget_is_half_the_user_string_heap()
    {
        Assert.Equal(GeneratedCodeMetrics.UserStringHeapLimit / 2, DataForm.StringBudget);
        Assert.True(DataForm.InStrings(DataForm.StringBudget));
        Assert.False(DataForm.InStrings(DataForm.StringBudget + 1));
    }

    [Fact]
    public void The_parsers_hot_methods_skip_tier_0_in_the_generator_only()
    {
        // The generator runs once in a fresh compiler process; the library's loader shares the same source files.
        static MethodImplAttributes Flags(Assembly assembly) =>
            assembly.GetType("SummitData.Generator.Parsing.YamlReader", throwOnError: true)!
                .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).First(m => m.Name == "Read").MethodImplementationFlags;

        Assert.Equal(MethodImplAttributes.AggressiveOptimization, Flags(typeof(SummitDataGenerator).Assembly) & MethodImplAttributes.AggressiveOptimization);
        Assert.Equal((MethodImplAttributes)0, Flags(typeof(SummitDataSet).Assembly) & MethodImplAttributes.AggressiveOptimization);
    }
}
