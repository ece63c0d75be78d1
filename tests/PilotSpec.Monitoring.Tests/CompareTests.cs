namespace PilotSpec.Monitoring.Tests;

/// <summary>
/// The comparisons generated monitors call, in three-valued logic: each operator on numbers,
/// dates, texts and conditions, on a smaller, an equal and a greater right side, and unknown
/// (null) whenever a side is unknown. Expectations are written out by hand, one row per case.
/// </summary>
public sealed class CompareTests
{
    // Rows: left, right, then <, <=, >, >=, ==, !=.
    [Theory]
    [InlineData(1.5, 2.0, true, true, false, false, false, true)]
    [InlineData(2.0, 2.0, false, true, false, true, true, false)]
    [InlineData(-3.0, -4.0, false, false, true, true, false, true)]
    public void Numbers(double left, double right, bool less, bool lessOrEqual, bool greater, bool greaterOrEqual, bool equal, bool notEqual)
    {
        decimal? l = (decimal)left, r = (decimal)right;

        Assert.Equal([less, lessOrEqual, greater, greaterOrEqual, equal, notEqual], new[]
        {
            Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r),
            Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r),
        }.Select(b => b!.Value));
    }

    [Theory]
    [InlineData("2024-03-31", "2024-04-01", true, true, false, false, false, true)]
    [InlineData("2024-04-01", "2024-04-01", false, true, false, true, true, false)]
    [InlineData("2025-01-01", "2024-12-31", false, false, true, true, false, true)]
    public void Dates(string left, string right, bool less, bool lessOrEqual, bool greater, bool greaterOrEqual, bool equal, bool notEqual)
    {
        DateTime? l = DateTime.Parse(left, System.Globalization.CultureInfo.InvariantCulture);
        DateTime? r = DateTime.Parse(right, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([less, lessOrEqual, greater, greaterOrEqual, equal, notEqual], new[]
        {
            Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r),
            Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r),
        }.Select(b => b!.Value));
    }

    // Ordinal: "B" (U+0042) sorts before "a" (U+0061), and "东" (U+4E1C) before "西" (U+897F).
    [Theory]
    [InlineData("B", "a", true, true, false, false, false, true)]
    [InlineData("东城区", "东城区", false, true, false, true, true, false)]
    [InlineData("西城区", "东城区", false, false, true, true, false, true)]
    [InlineData("abc", "ab", false, false, true, true, false, true)]
    public void Texts_compare_ordinally(string l, string r, bool less, bool lessOrEqual, bool greater, bool greaterOrEqual, bool equal, bool notEqual)
    {
        Assert.Equal([less, lessOrEqual, greater, greaterOrEqual, equal, notEqual], new[]
        {
            Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r),
            Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r),
        }.Select(b => b!.Value));
    }

    // Conditions order false before true.
    [Theory]
    [InlineData(false, true, true, true, false, false, false, true)]
    [InlineData(true, true, false, true, false, true, true, false)]
    [InlineData(false, false, false, true, false, true, true, false)]
    [InlineData(true, false, false, false, true, true, false, true)]
    public void Conditions_order_false_before_true(bool left, bool right, bool less, bool lessOrEqual, bool greater, bool greaterOrEqual, bool equal, bool notEqual)
    {
        bool? l = left, r = right;

        Assert.Equal([less, lessOrEqual, greater, greaterOrEqual, equal, notEqual], new[]
        {
            Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r),
            Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r),
        }.Select(b => b!.Value));
    }

    [Fact]
    public void An_unknown_side_makes_every_comparison_unknown()
    {
        decimal? number = 1m;
        DateTime? date = new DateTime(2024, 1, 1);
        const string text = "a";
        bool? condition = true;

        foreach (var (l, r) in new[] { (number, (decimal?)null), (null, number), (null, null) })
        {
            Assert.All(new[] { Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r), Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r) }, b => Assert.Null(b));
        }

        foreach (var (l, r) in new[] { (date, (DateTime?)null), (null, date), (null, null) })
        {
            Assert.All(new[] { Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r), Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r) }, b => Assert.Null(b));
        }

        foreach (var (l, r) in new[] { (text, (string?)null), (null, text), (null, null) })
        {
            Assert.All(new[] { Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r), Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r) }, b => Assert.Null(b));
        }

        foreach (var (l, r) in new[] { (condition, (bool?)null), (null, condition), (null, null) })
        {
            Assert.All(new[] { Compare.Less(l, r), Compare.LessOrEqual(l, r), Compare.Greater(l, r), Compare.GreaterOrEqual(l, r), Compare.Equal(l, r), Compare.NotEqual(l, r) }, b => Assert.Null(b));
        }
    }
}
