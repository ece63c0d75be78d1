using PilotSpec.CodeAnalysis.Formatting;

namespace PilotSpec.CodeAnalysis.Tests.Formatting;

/// <summary>
/// A number written with a grouping comma (`1,200`, PS0706) is one mistake to fix by hand, not
/// two values the formatter may space apart: the formatter keeps it glued, so formatting never
/// turns a spec with an error into a different, valid one. (Found by the property that
/// formatting changes no emitted byte, on `range: 0,100`.)
/// </summary>
public sealed class GroupingCommaFormattingTests
{
    [Theory]
    [InlineData("indicator x {\n    unit: score\n    range: 0,100\n}\n")]
    [InlineData("site a { population: 120,000 people }\n")]
    public void A_grouping_comma_stays_glued(string text)
    {
        var result = SpecFormatter.Format(text);

        Assert.Contains(text.Contains("0,100", StringComparison.Ordinal) ? "0,100" : "120,000", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comma_between_values_gets_its_space()
    {
        var result = SpecFormatter.Format("indicator x {\n    unit: score\n    range: 0 ,100\n}\n");

        Assert.Contains("range: 0, 100", result.Text, StringComparison.Ordinal);
    }
}
