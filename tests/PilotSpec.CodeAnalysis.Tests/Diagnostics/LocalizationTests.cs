using System.Globalization;
using System.Text.RegularExpressions;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// Every text exists in English and Simplified Chinese, with the same placeholders: a
/// missing translation would silently fall back to English, a lost placeholder would drop
/// the very word (the token, the date) the message is about.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResxFile.Read("DiagnosticMessages.resx");
    private static readonly IReadOnlyDictionary<string, string> Chinese = ResxFile.Read("DiagnosticMessages.zh-Hans.resx");
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-Hans");

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    public static TheoryData<string> EnglishKeys => new(English.Keys);

    [Fact]
    public void Both_resource_files_have_the_same_keys()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Chinese.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnglishKeys))]
    public void Translation_is_not_empty_and_keeps_the_placeholders(string key)
    {
        Assert.True(Chinese.TryGetValue(key, out var chinese), $"{key} has no zh-Hans translation.");
        Assert.False(string.IsNullOrWhiteSpace(English[key]));
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.Equal(Placeholders(English[key]), Placeholders(chinese));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_title_and_message_in_both_resource_files(string id)
    {
        foreach (var key in new[] { id + "_Title", id + "_Message" })
        {
            Assert.True(English.ContainsKey(key), $"DiagnosticMessages.resx lacks {key}.");
            Assert.True(Chinese.ContainsKey(key), $"DiagnosticMessages.zh-Hans.resx lacks {key}.");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_texts_differ_between_English_and_Chinese(string id)
    {
        // Through the public API: proves the satellite assembly is built and found at run time.
        var descriptor = DiagnosticDescriptors.Find(id)!;

        Assert.NotEqual(descriptor.GetTitle(CultureInfo.InvariantCulture), descriptor.GetTitle(ChineseCulture));
        Assert.NotEqual(descriptor.GetMessageFormat(CultureInfo.InvariantCulture), descriptor.GetMessageFormat(ChineseCulture));
        Assert.Equal(English[id + "_Title"], descriptor.GetTitle(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(Chinese[id + "_Title"], descriptor.GetTitle(ChineseCulture));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-SG")]
    public void Simplified_Chinese_regions_get_the_Chinese_texts(string culture)
    {
        var descriptor = DiagnosticDescriptors.UnexpectedToken;

        Assert.Equal(descriptor.GetTitle(ChineseCulture), descriptor.GetTitle(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Descriptor_ids_are_unique_and_ordered()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();

        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches("^PS[0-9]{4}$", id));
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
