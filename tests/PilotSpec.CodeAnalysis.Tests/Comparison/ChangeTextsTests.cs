using System.Globalization;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.CodeAnalysis.Tests.Comparison;

/// <summary>Every kind and aspect of a change has its words in English and Chinese, and the added and removed forms read as such.</summary>
public sealed class ChangeTextsTests
{
    public static TheoryData<string> Cultures => ["en", "zh-Hans"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_kind_and_aspect_has_words(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ChangeTexts.Kind(kind, culture)));
            foreach (var aspect in Enum.GetValues<ChangeAspect>())
            {
                foreach (var (old, @new) in new[] { ("a", "b"), ((string?)null, "b"), ("a", (string?)null) })
                {
                    var change = new SpecChange(kind, aspect, SymbolKind.Indicator, "x", old, @new, null, null, "title");
                    var words = ChangeTexts.Aspect(change, culture);
                    Assert.False(string.IsNullOrWhiteSpace(words), $"{kind} {aspect}");
                    Assert.DoesNotContain("{", words, StringComparison.Ordinal);
                    Assert.Contains("x", change.ToString(), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Added_and_removed_requirements_and_a_started_baseline_read_as_such()
    {
        var en = CultureInfo.GetCultureInfo("en");
        var zh = CultureInfo.GetCultureInfo("zh-Hans");

        Assert.Equal("requirement added", ChangeTexts.Aspect(Change(ChangeKind.Strengthening, ChangeAspect.Requirement, null, "x >= 1"), en));
        Assert.Equal("删除要求", ChangeTexts.Aspect(Change(ChangeKind.Weakening, ChangeAspect.Requirement, "x >= 1", null), zh));
        Assert.Equal("target removed", ChangeTexts.Aspect(Change(ChangeKind.Weakening, ChangeAspect.Target, "60 days", null), en));
        Assert.StartsWith("baseline changed after the pilot started", ChangeTexts.Aspect(Change(ChangeKind.Weakening, ChangeAspect.Baseline, "70%", "65%"), en), StringComparison.Ordinal);
        Assert.Equal("baseline changed", ChangeTexts.Aspect(Change(ChangeKind.Scope, ChangeAspect.Baseline, "70%", "65%"), en));
        Assert.Equal("weakened since HEAD: target changed (+15 points → +10 points)", ChangeTexts.WeakenedSince("HEAD", Change(ChangeKind.Weakening, ChangeAspect.Target, "+15 points", "+10 points"), en));
        Assert.Throws<ArgumentNullException>(() => ChangeTexts.Aspect(null!, en));
    }

    private static SpecChange Change(ChangeKind kind, ChangeAspect aspect, string? old, string? @new) =>
        new(kind, aspect, SymbolKind.Indicator, "x", old, @new, null, null);
}
