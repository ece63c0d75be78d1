using System.Xml.Linq;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.Unit;

/// <summary>Every word of an evaluation report exists in English and in Chinese.</summary>
public sealed class EvaluationTextsTests
{
    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "PilotSpec.Cli", "Evaluation", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Every_english_text_has_its_chinese_text_and_no_other()
    {
        var english = Read("EvaluationTexts.resx");
        var chinese = Read("EvaluationTexts.zh-Hans.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(chinese, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Chinese_texts_keep_the_placeholders_of_the_english_ones()
    {
        var english = Read("EvaluationTexts.resx");
        var chinese = Read("EvaluationTexts.zh-Hans.resx");

        static string[] Placeholders(string text) =>
            System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(chinese[pair.Key])));
    }

    [Fact]
    public void A_decision_reads_as_a_chinese_word_in_chinese()
    {
        var texts = new PilotSpec.Cli.Evaluation.EvaluationTexts(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.Equal(["推广", "调整", "延长", "终止", "无法确定", "无决定"],
            new PilotSpec.Monitoring.Decision?[] { PilotSpec.Monitoring.Decision.ScaleUp, PilotSpec.Monitoring.Decision.Adjust, PilotSpec.Monitoring.Decision.Extend, PilotSpec.Monitoring.Decision.Terminate, PilotSpec.Monitoring.Decision.Undetermined, null }.Select(texts.Decision));
    }
}
