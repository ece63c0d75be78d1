using System.Xml.Linq;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.Unit;

/// <summary>Every word pilotc shows exists in English and in Chinese, with the same placeholders.</summary>
public sealed class EvaluationTextsTests
{
    /// <summary>Every English resource file of pilotc that has a Chinese one beside it.</summary>
    public static TheoryData<string> ResourceFiles => new(Files());

    private static IEnumerable<string> Files() =>
        (Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "PilotSpec.Cli"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".zh-Hans.resx", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "src", "PilotSpec.Cli"), f))
            .Order(StringComparer.Ordinal));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "PilotSpec.Cli", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Chinese(string file) => file[..^".resx".Length] + ".zh-Hans.resx";

    [Fact]
    public void The_resources_of_every_report_are_found()
    {
        Assert.Superset(new HashSet<string> { Path.Combine("Evaluation", "EvaluationTexts.resx"), Path.Combine("Power", "PowerTexts.resx"), Path.Combine("Scheduling", "ScheduleTexts.resx") }, Files().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_english_text_has_its_chinese_text_and_no_other(string file)
    {
        var english = Read(file);
        var chinese = Read(Chinese(file));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(chinese, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Chinese_texts_keep_the_placeholders_of_the_english_ones(string file)
    {
        var english = Read(file);
        var chinese = Read(Chinese(file));

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
