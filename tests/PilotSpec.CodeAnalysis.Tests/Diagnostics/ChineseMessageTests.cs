using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// Words the compiler puts into a message (a kind of declaration, which way is better, a
/// frequency, baseline or target) are words of the message's language: the documented wrong
/// examples, rendered in Simplified Chinese, read as Chinese.
/// </summary>
public sealed class ChineseMessageTests
{
    private static readonly DiagnosticsReference Reference = DiagnosticsReference.Load();

    [Theory]
    [InlineData("PS0100", "“Dongcheng”已在第 1 行声明为地点“Dongcheng”；每个名称只能声明一次。")]
    [InlineData("PS0103", "“first”是批次，")]
    [InlineData("PS0104", "批次“first”已声明但从未使用。")]
    [InlineData("PS0107", "“owner”不是指标的属性。")]
    [InlineData("PS0108", "“duraton”不是阶段的属性；您是否指的是“duration”？")]
    [InlineData("PS0109", "此试点已经给出了属性“owner”。")]
    [InlineData("PS0110", "阶段不能在阶段内部声明。")]
    [InlineData("PS0202", "“approval_time”的目标方向错误：越低越好，")]
    [InlineData("PS0205", "“satisfaction”的目标为 107%，")]
    [InlineData("PS0206", "“satisfaction”的测量频率为每年：")]
    [InlineData("PS0210", "“key_post_officers”的基线单位为")]
    [InlineData("PS0203", "单位不匹配：以 days 计的数值 与 以 percent 计的数值。")]
    [InlineData("PS0211", "此处必须是条件（真或假），但它是以 percent 计的数值。")]
    [InlineData("PS0020", "配置文件无效：“PS0104”的严重级别必须是 \"none\"、\"info\"、\"warning\" 或 \"error\"。")]
    public void Documented_example_reads_as_Chinese(string id, string expected)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var diagnostic = DocumentedExamples.Diagnose(descriptor, Reference.Sections[id].Wrong.Single()).Single();

        Assert.StartsWith(expected, diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PS0202", "lower is better")]
    [InlineData("PS0205", "The target of 'satisfaction' is 107%")]
    [InlineData("PS0206", "is measured annually:")]
    [InlineData("PS0210", "The baseline of 'key_post_officers' is in people")]
    public void Same_words_read_as_English_in_English(string id, string expected)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var diagnostic = DocumentedExamples.Diagnose(descriptor, Reference.Sections[id].Wrong.Single()).Single();

        Assert.Contains(expected, diagnostic.GetMessage(CultureInfo.GetCultureInfo("en-US")), StringComparison.Ordinal);
    }
}
