using System.Collections.Immutable;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Generator.Tests;

/// <summary>
/// The values the incremental pipeline compares between runs: equal when a later step would do
/// the same work, different otherwise. A wrong equality either rebuilds every monitor on every
/// keystroke or, worse, keeps a stale one.
/// </summary>
public sealed class CacheEqualityTests
{
    [Fact]
    public void Arrays_are_equal_by_their_elements_and_a_default_array_is_empty()
    {
        var one = new EquatableArray<string>(["a", "b"]);
        var same = new EquatableArray<string>(ImmutableArray.Create("a", "b"));
        var other = new EquatableArray<string>(["a", "c"]);
        var @default = new EquatableArray<string>(default);

        Assert.True(one.Equals(same));
        Assert.True(one.Equals((object)same));
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.False(one.Equals(other));
        Assert.False(one.Equals("not an array"));
        Assert.True(@default.Equals(EquatableArray<string>.Empty));
        Assert.Empty(@default);
        Assert.Equal(["a", "b"], one);
        Assert.Equal("b", one[1]);
        Assert.Equal(2, ((System.Collections.IEnumerable)one).Cast<string>().Count());
    }

    [Fact]
    public void Diagnostics_are_equal_when_they_would_read_the_same()
    {
        var first = Diagnose("site 东城区 {}\nwave w = [东城]\n");
        var again = Diagnose("site 东城区 {}\nwave w = [东城]\n");
        var moved = Diagnose("\nsite 东城区 {}\nwave w = [东城]\n");

        Assert.Equal(first, again);
        Assert.True(first[0].Equals((object)again[0]));
        Assert.Equal(first[0].GetHashCode(), again[0].GetHashCode());
        Assert.NotEqual(first[0], moved[0]);
        Assert.False(first[0].Equals(null));
        Assert.False(first[0].Equals("PS0102"));
        Assert.Contains("PS0102", first[0].ToString(), StringComparison.Ordinal);
    }

    private static List<ReportedDiagnostic> Diagnose(string text) =>
        [.. PilotCompilation.Create([SyntaxTree.ParseText(text, "spec.pilot")]).GetDiagnostics().Where(d => d.Id == "PS0102").Select(ReportedDiagnostic.From)];
}
