using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Binding;

/// <summary>A spec written in Chinese decides in Chinese: 推广, 延长, 调整, 终止 are the decisions scale_up, extend, adjust, terminate.</summary>
public sealed class ChineseDecisionWordsTests
{
    [Fact]
    public void Chinese_decision_words_bind_to_the_decisions()
    {
        var spec = CheckedSpec.Compile("""
            pilot 审批改革 "审批制度改革试点" {
            owner: "省发展改革委"
            problem: "审批时间过长"
            start: 2018-01-01
            end: 2019-12-31
            indicator 审批时间 "项目审批时间" {
                unit: 工作日
                better: lower
                baseline: 200 工作日 on 2017-12-31
                target: 120 工作日 by 2019-12-31
                measured: quarterly from "审批系统"
            }
            site 杭州 "杭州市" { level: city }
            phase 试点 "试点阶段" { start: 2018-01-01; end: 2019-12-31; in: all sites }
            evaluation 终期评估 "终期评估" at 2020-01-01 {
                method: before_after
                require: 审批时间 <= 120 工作日 at all sites
                decide: 推广 when all met
                decide: 延长 when any met
                decide: 终止 when none met
                otherwise: 调整
            }
            }
            """);

        spec.AssertClean();
        var evaluation = spec.Compilation.Program.Evaluations.Single();
        Assert.Equal([Decision.ScaleUp, Decision.Extend, Decision.Terminate], evaluation.Decisions.Select(d => d.Decision));
        Assert.Equal(Decision.Adjust, evaluation.Otherwise);
    }

    [Fact]
    public void A_word_that_is_no_decision_still_lists_the_decisions()
    {
        var spec = CheckedSpec.Compile("""
            evaluation e at 2020-01-01 {
                require: 1 > 0
                decide: 推行 when all met
            }
            """);

        Assert.Contains(spec.Diagnostics, d => d.Id == "PS0113" && d.ToString().Contains("scale_up, adjust, extend, terminate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("推行", "推广")]
    [InlineData("调正", "调整")]
    [InlineData("scaleup", "scale_up")]
    [InlineData("terminat", "terminate")]
    public void A_mistyped_decision_is_offered_the_word_it_is_closest_to(string written, string meant)
    {
        var text = $$"""
            evaluation e at 2020-01-01 {
                require: 1 > 0
                decide: {{written}} when all met
                otherwise: adjust
            }
            """;
        var diagnostic = CheckedSpec.Compile(text).Diagnostics.Single(d => d.Id == "PS0113");

        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal($"Change to '{meant}'", fix.GetTitle(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(CheckedSpec.Compile(CheckedSpec.Apply(fix, text)).Diagnostics, d => d.Id == "PS0113");
    }

    [Fact]
    public void A_word_far_from_every_decision_is_offered_no_fix()
    {
        var spec = CheckedSpec.Compile("""
            evaluation e at 2020-01-01 {
                require: 1 > 0
                decide: 继续试点 when all met
            }
            """);

        Assert.Empty(spec.Diagnostics.Single(d => d.Id == "PS0113").Fixes);
    }
}
