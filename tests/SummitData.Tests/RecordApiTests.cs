using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SummitData.Generator.Kinds;
using SummitData.Loading;
using Xunit;

namespace SummitData.Tests;

/// <summary>
/// The records as an API: collections that cannot be cast back and changed, value equality (records holding lists
/// included, references compared by id), one set per kind, and the standard exception constructors.
/// </summary>
public sealed class RecordApiTests
{
    private static string SeedsDirectory => Path.Combine(ReadmeTests.RepositoryRoot(), "seeds");

    [Fact]
    public void No_collection_of_the_data_set_or_its_records_can_be_cast_to_something_writable()
    {
        SummitDataSet data = Seeds.DataSet;
        int checkedCollections = 0;
        foreach (PropertyInfo kind in typeof(SummitDataSet).GetProperties().Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
        {
            var set = (IEnumerable)kind.GetValue(data)!;
            AssertReadOnly(set, kind.Name);
            foreach (object record in set)
            {
                foreach (PropertyInfo property in record.GetType().GetProperties().Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
                {
                    AssertReadOnly((IEnumerable)property.GetValue(record)!, $"{kind.Name}.{property.Name}");
                    checkedCollections++;
                }
            }
        }

        // The queries hand out read-only lists too.
        AssertReadOnly(data.QuotesBy("xi-jinping"), "QuotesBy");
        AssertReadOnly(data.Figures.InDocument(data.Documents[0].Id), "InDocument");
        Assert.True(checkedCollections > 400, $"only {checkedCollections} collections checked");

        static void AssertReadOnly(IEnumerable collection, string what)
        {
            Assert.False(collection is Array, $"{what} is an array");
            Assert.False(collection is IList { IsReadOnly: false }, $"{what} is a writable list");
            Assert.False(collection.GetType().IsGenericType && collection.GetType().GetGenericTypeDefinition() == typeof(List<>), $"{what} is a List<T>");
            Assert.False(collection.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>) && !(bool)i.GetProperty("IsReadOnly")!.GetValue(collection)!), $"{what} is a writable collection");
        }
    }

    [Fact]
    public void Two_loads_of_the_seeds_give_equal_records_of_every_kind()
    {
        SummitDataSet first = SummitDataLoader.LoadDirectory(SeedsDirectory).EnsureSuccess();
        SummitDataSet second = SummitDataLoader.LoadDirectory(SeedsDirectory).EnsureSuccess();
        int kinds = 0;
        foreach (PropertyInfo kind in typeof(SummitDataSet).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(RecordSet<>)))
        {
            object[] a = ((IEnumerable)kind.GetValue(first)!).Cast<object>().ToArray();
            object[] b = ((IEnumerable)kind.GetValue(second)!).Cast<object>().ToArray();
            Assert.NotEmpty(a);
            Assert.Equal(a.Length, b.Length);
            for (int i = 0; i < a.Length; i++)
            {
                Assert.NotSame(a[i], b[i]);
                Assert.True(a[i].Equals(b[i]), $"{kind.Name}[{i}] differs between two loads");
                Assert.Equal(a[i].GetHashCode(), b[i].GetHashCode());
                Assert.True((bool)a[i].GetType().GetMethod("op_Equality")!.Invoke(null, new[] { a[i], b[i] })!, $"{kind.Name}[{i}]: == is false");
            }

            kinds++;
        }

        Assert.Equal(Kinds.All.Length, kinds);

        // And the compiled-in records equal the loaded ones.
        Assert.Equal(Seeds.DataSet.Figures, first.Figures);
        Assert.Equal(Seeds.DataSet.People, first.People);
    }

    [Fact]
    public void References_compare_by_id_not_deeply()
    {
        // A quote refers to its speaker by id: two quotes equal in every field are equal however the speaker's own record
        // differs (here, loaded from a document that spells the speaker differently).
        SummitDataSet seeds = SummitDataLoader.LoadDirectory(SeedsDirectory).EnsureSuccess();
        Quote quote = seeds.Quotes.First(q => q.SpeakerId is not null);
        Assert.Equal(quote.SpeakerId, quote.Speaker!.Id);
        Assert.Same(seeds.People.Get(quote.SpeakerId!), quote.Speaker);
        Assert.Equal(quote, Seeds.DataSet.Quotes.Get(quote.Id));
        Assert.NotSame(quote.Speaker, Seeds.DataSet.Quotes.Get(quote.Id).Speaker);
    }

    [Fact]
    public void The_load_exception_has_the_standard_constructors()
    {
        Assert.Empty(new SummitDataLoadException().Errors);
        Assert.Equal("m", new SummitDataLoadException("m").Message);
        var inner = new InvalidOperationException("inner");
        var withInner = new SummitDataLoadException("m", inner);
        Assert.Same(inner, withInner.InnerException);
        Assert.Empty(withInner.Errors);

        LoadResult broken = SummitDataLoader.LoadText("b.summit", "not a document");
        SummitDataLoadException thrown = Assert.Throws<SummitDataLoadException>(() => broken.EnsureSuccess());
        Assert.Equal("SD0001", Assert.Single(thrown.Errors).Id);
        Assert.Contains("b.summit", thrown.Message, StringComparison.Ordinal);
    }
}
