using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using SummitData.Loading;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// How records look in a notebook: the formatter shows public properties as columns and ToString in a cell, so
/// records expose no public fields and every one says what it is in its own words, not the compiler's dump.
/// </summary>
public sealed class DisplayTests
{
    public static TheoryData<Type> RecordTypes => new()
    {
        typeof(Document), typeof(Person), typeof(Agreement), typeof(Figure), typeof(Quote), typeof(Citation),
        typeof(Entity), typeof(Claim), typeof(Discrepancy), typeof(PersonProfile),
        typeof(SummitDataSet), typeof(SummitDiagnostic), typeof(LoadResult),
    };

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Records_have_their_own_ToString_and_no_public_fields(Type type)
    {
        Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static), f => !f.IsLiteral);
        MethodInfo toString = type.GetMethod(nameof(ToString), Type.EmptyTypes)!;
        Assert.Equal(type, toString.DeclaringType);
        Assert.Null(toString.GetCustomAttribute<CompilerGeneratedAttribute>());
    }

    [Fact]
    public void ToString_reads_like_the_text()
    {
        Assert.Equal("USD 240 billion: bilateral trade between Russia and China (2023)", Seeds.Figures.BilateralTrade2023.ToString());
        Assert.Equal("Xi Jinping", Seeds.People.XiJinping.ToString());
        Assert.StartsWith("“the politics of force still threaten peace and security” (Xi Jinping)", Seeds.Quotes.ConvXiPoliticsOfForce.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            $"“USD 240 billion” (trade-and-cultural-exchanges, line {Seeds.Figures.BilateralTrade2023.Citation.Line}, column {Seeds.Figures.BilateralTrade2023.Citation.Column})",
            Seeds.Figures.BilateralTrade2023.Citation.ToString());
    }
}
