using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Mistakes a policy designer really makes, one edit each, on two realistic specs that
/// check clean (DesignerMistakes/budget-execution.pilot in English, performance-reform.zh.pilot
/// in Chinese). Each row is the text to find (exactly once), what the designer wrote
/// instead, and the code and 1-based line that must be reported. The next mistake found is
/// one more row.
/// </summary>
public sealed class DesignerMistakeTests
{
    private const string En = "budget-execution.pilot";
    private const string Zh = "performance-reform.zh.pilot";

    public static TheoryData<string, string, string, string, int> Mistakes => new()
    {
        { En, "when: execution_rate < 40% for", "when: execution_rate < 0.4 for", "PS0700", 80 },
        { En, "require: execution_rate >= 80% at", "require: execution_rate >= 0.8 at", "PS0700", 98 },
        { En, "at 75% of sites in departments", "at 0.75 of sites in departments", "PS0701", 98 },
        { En, "at 2 of sites in first", "at 3 of sites in first", "PS0702", 85 },
        { En, "at 3 of sites in departments", "at 5 of sites in departments", "PS0702", 100 },
        { En, "require: execution_rate >= 80% at", "require: execution_rate >= 120% at", "PS0703", 98 },
        { En, "when: execution_rate < 40%", "when: execution_rate < 0%", "PS0703", 80 },
        { En, "execution_rate.change >= +5 points", "execution_rate.change >= +5%", "PS0704", 91 },
        { En, "owner: \"Harbor Province Finance Department\"", "owner: \"Harbor Province Finance Department\", \"Audit Office\"", "PS0705", 2 },
        { En, "duration: 3 months; in: all sites", "duration: 3 months, 1 month; in: all sites", "PS0705", 77 },
        { En, "unit: days", "unit: days, hours", "PS0705", 28 },
        { En, "population: 120_000 people", "population: 120,000 people", "PS0706", 62 },
        { En, "baseline: 1_200 projects", "baseline: 1,200 projects", "PS0706", 23 },
        { En, "overall_score weight 0.5\n", "overall_score weight 0.2, execution_rate weight 0.3\n", "PS0707", 59 },
        { En, "wave second = [Transport, Water]", "wave second = [Transport, Water, Health]", "PS0710", 71 },
        { En, "wave second = [Transport, Water]", "wave second = [Transport]", "PS0711", 66 },
        { En, "end: 2023-06-30; in: first, second;", "end: 2023-06-30; in: first, first, second;", "PS0712", 76 },
        { En, "end: 2023-06-30; in: first, second;", "end: 2023-06-30; in: first, second, Agriculture;", "PS0713", 76 },
        { En, "group departments = [Education,", "group departments = [Education, SchoolMeals,", "PS0714", 98 },
        // Without a group the share is of every pilot site: the departments and their own projects.
        { En, "at 75% of sites in departments", "at 75% of sites", "PS0714", 98 },
        // A score is a plain number: a threshold in days cannot be one.
        { En, "require: overall_score >= 80 score at 3", "require: overall_score >= 80 days at 3", "PS0203", 100 },
        { En, "require: overall_score >= 80 score at 3", "require: overall_score.change >= +5 days at 3", "PS0203", 100 },
        { En, "require: overall_score >= 80 score at 3", "require: (quality_score + openness_score) / 2 >= 80 days at 3", "PS0203", 100 },
        // The indicator is in days; `score` is no unit of its.
        { En, "require: approval_days <= 15 days", "require: approval_days <= 15 score", "PS0203", 92 },
        { En, "when: approval_days > 25 days", "when: approval_days > 25 index", "PS0203", 85 },
        { En, "target: +20 points by 2023-06-30", "target: +20 points by 2024-06-30", "PS0720", 16 },
        { En, "\"Mid-term review\" at 2022-12-31", "\"Mid-term review\" at 2024-03-31", "PS0721", 89 },
        { En, "\"Mid-term review\" at 2022-12-31", "\"Mid-term review\" at 2022-03-15", "PS0722", 92 },
        // The final evaluation on the pilot's last day: December's figures are due the day after (2024-01-01).
        { En, "phase Review { after: Rollout; duration: 3 months", "phase Review { after: Rollout; duration: 6 months", "PS0727", 96 },
        { En, "phase Review { after: Rollout; duration: 3 months", "phase Review { after: Rollout; end: 2023-12-31", "PS0727", 96 },
        // Review ends 2023-09-30: a pilot ending then has its last figures due 2023-10-01.
        { En, "    end: 2023-12-31\n", "    end: 2023-09-30\n", "PS0727", 96 },
        { En, "duration: 3 months; in: first, second; stagger: 3 months", "duration: 3 months; in: first, second; stagger: 12 months", "PS0722", 92 },
        { En, "\"Mid-term review\" at 2022-12-31", "\"Mid-term review\" at 2022-01-01", "PS0723", 89 },
        { En, "baseline: 18 days on 2021-12-31", "baseline: 18 days on 2023-12-31", "PS0724", 31 },
        { En, "when: execution_rate < 40% for", "when: stalled_projects > 1_500 projects for", "PS0725", 80 },
        { En, "end: 2023-06-30; in: first", "end: 2022-05-31; in: first", "PS0726", 76 },
        { En, "notify: Academy", "notify: Acadmy", "PS0740", 86 },
        { En, "notify: owner, AuditOffice", "notify: owner, Auditor", "PS0740", 81 },
        { En, "formula: 0.6 * quality_score", "formula: 0.5 * quality_score", "PS0760", 51 },
        { En, "when: approval_days > 25 days", "when: approval_days ≥ 25 days", "PS0752", 85 },
        { En, "wave first = [Education, Health]", "wave first = 【Education, Health】", "PS0750", 70 },
        { En, "indicator execution_rate \"Budget execution rate\"", "indicator execution_rate “Budget “execution” rate”", "PS0751", 12 },
        { En, "measures: execution_rate weight 0.7", "measures: execution_rat weight 0.7", "PS0102", 56 },
        { En, "target: +20 points by 2023-06-30", "target: +20% by 2023-06-30", "PS0204", 16 },
        { En, "target: 10 days by 2023-06-30", "target: 25 days by 2023-06-30", "PS0202", 31 },
        { En, "approval_days weight 0.3", "approval_days weight 0.2", "PS0207", 55 },
        { En, "start: 2022-01-01\n    end: 2023-12-31", "start: 2022-1-1\n    end: 2023-12-31", "PS0006", 6 },
        { En, "wave first = [Education, Health]", "wave first = [Education, Health, Culture]", "PS0300", 70 },
        { En, "duration: 3 months; in: all sites", "duration: 9 months; in: all sites", "PS0401", 77 },
        { En, "        otherwise: terminate\n", "", "PS0503", 96 },
        { En, "severity: high", "severity: high; severity: low", "PS0109", 82 },
        { En, "site Water \"Water Resources Department\"", "site Health \"Water Resources Department\"", "PS0100", 66 },
        { En, "baseline: 62% on 2021-12-31", "baseline: 82% on 2021-12-31", "PS0205", 16 },
        { En, "\"Mid-term review\" at 2022-12-31", "\"Mid-term review\" at 2021-12-31", "PS0404", 89 },
        { En, "require: approval_days <= 15 days", "require: approval_days <= 15%", "PS0203", 92 },
        { En, "better: lower\n        baseline: 18 days", "better: lowest\n        baseline: 18 days", "PS0113", 29 },
        // A decision word mistyped: the fix offers the word it is closest to.
        { En, "decide: scale_up when all met", "decide: scaleup when all met", "PS0113", 101 },
        { En, "otherwise: terminate", "otherwise: terminat", "PS0113", 103 },
        { En, "decide: extend when all met", "decide: extent when all met", "PS0113", 93 },
        { En, "measured: annually by Academy\n    }\n    indicator openness", "measured: annualy by Academy\n    }\n    indicator openness", "PS0113", 39 },
        { Zh, "when: 执行率 < 30%", "when: 执行率 < 0.3", "PS0700", 55 },
        { Zh, "require: 执行率 >= 80% at 75% of sites", "require: 执行率 >= 80% at 0.75 of sites", "PS0701", 68 },
        { Zh, "when: 执行率 < 30% for 2 consecutive months at any site", "when: 执行率 < 30% for 2 consecutive months at 0.5 of sites", "PS0701", 55 },
        { Zh, "require: 满意度 >= 85% at 3 of sites", "require: 满意度 >= 85% at 5 of sites", "PS0702", 69 },
        { Zh, "at 75% of sites", "at 120% of sites", "PS0702", 68 },
        { Zh, "require: 满意度 >= 85%", "require: 满意度 >= 105%", "PS0703", 69 },
        { Zh, "when: 执行率 < 30%", "when: 执行率 < 0%", "PS0703", 55 },
        // A threshold in a unit the indicator does not have, in a requirement and in an alert.
        { Zh, "办理时长.change <= -40%", "办理时长.change <= -5 score", "PS0203", 70 },
        { Zh, "require: 执行率 >= 80% at 75% of sites", "require: 执行率 >= 80 score at 75% of sites", "PS0203", 68 },
        { Zh, "when: 执行率 < 30%", "when: 执行率 < 30 天", "PS0203", 55 },
        { Zh, "when: 执行率 < 30%", "when: 执行率.change < -10 index", "PS0203", 55 },
        { Zh, "执行率.change >= +10 points", "执行率.change >= +10%", "PS0704", 62 },
        { Zh, "owner: \"省财政厅\"", "owner: \"省财政厅\", \"省审计厅\"", "PS0705", 2 },
        { Zh, "duration: 3 months; in: all sites", "duration: 3 months, 6 months; in: all sites", "PS0705", 52 },
        { Zh, "baseline: 20 天 on 2019-12-31", "baseline: 1,200 天 on 2019-12-31", "PS0706", 28 },
        { Zh, "measures: 满意度\n", "measures: 满意度 weight 0.5, 执行率 weight 0.5\n", "PS0707", 37 },
        { Zh, "wave 第二批 = [交通厅, 水利厅]", "wave 第二批 = [交通厅, 水利厅, 教育厅]", "PS0710", 47 },
        { Zh, "wave 第二批 = [交通厅, 水利厅]", "wave 第二批 = [交通厅]", "PS0711", 43 },
        { Zh, "in: 第一批, 第二批; stagger", "in: 第一批, 第二批, 第二批; stagger", "PS0712", 51 },
        { Zh, "in: 第一批, 第二批; stagger", "in: 第一批, 第二批, 农业厅; stagger", "PS0713", 51 },
        { Zh, "target: +25 points by 2021-09-30", "target: +25 points by 2022-06-30", "PS0720", 15 },
        { Zh, "\"中期评估\" at 2020-12-31", "\"中期评估\" at 2022-03-31", "PS0721", 60 },
        { Zh, "stagger: 6 months", "stagger: 12 months", "PS0722", 62 },
        // The pilot ends 2021-12-31; December's 执行率 is due 2022-01-01, which the base spec waits for.
        { Zh, "\"终期评估\" at 2022-01-01", "\"终期评估\" at 2021-12-31", "PS0727", 66 },
        { Zh, "\"终期评估\" at 2022-01-01", "\"终期评估\" at end of 总结阶段", "PS0727", 66 },
        // Past the last due date the evaluation judges a pilot that has stopped.
        { Zh, "\"终期评估\" at 2022-01-01", "\"终期评估\" at 2022-01-15", "PS0721", 66 },
        { Zh, "\"中期评估\" at 2020-12-31", "\"中期评估\" at 2020-09-30", "PS0722", 62 },
        { Zh, "\"中期评估\" at 2020-12-31", "\"中期评估\" at 2020-01-01", "PS0723", 60 },
        { Zh, "baseline: 70% on 2019-12-31", "baseline: 70% on 2021-12-31", "PS0724", 22 },
        { Zh, "when: 执行率 < 30%", "when: 满意度 < 60%", "PS0725", 55 },
        { Zh, "notify: owner, 工作专班", "notify: owner, 工作专", "PS0740", 56 },
        { Zh, "办理时长.change <= -40%", "办理时长.change ≤ -40%", "PS0752", 70 },
        { Zh, "require: 执行率 >= 80%", "require: 执行率 ≥ 80%", "PS0752", 68 },
        { Zh, "wave 第一批 = [教育厅, 卫健委]", "wave 第一批 = 【教育厅, 卫健委】", "PS0750", 46 },
        { Zh, "stakeholder 工作专班 \"试点工作专班\"", "stakeholder 工作专班 “试点“放管服”工作专班”", "PS0751", 8 },
        { Zh, "measures: 执行率 weight 0.6", "measures: 执行 weight 0.6", "PS0102", 34 },
        { Zh, "target: +25 points", "target: +25%", "PS0204", 15 },
        { Zh, "办理时长 weight 0.4", "办理时长 weight 0.3", "PS0207", 33 },
        { Zh, "target: 85% by 2021-09-30", "target: 65% by 2021-09-30", "PS0202", 22 },
        { Zh, "\"中期评估\" at 2020-12-31", "\"中期评估\" at 2020-12-32", "PS0006", 60 },
        { Zh, "wave 第一批 = [教育厅, 卫健委]", "wave 第一批 = [教育厅, 卫健委, 农业厅]", "PS0300", 46 },
        { Zh, "decide: extend when all met\n        otherwise: adjust\n", "decide: extend when all met\n", "PS0503", 60 },
        { Zh, "baseline: 55% on 2019-12-31", "baseline: 85% on 2019-12-31", "PS0205", 15 },
        { Zh, "severity: warning", "severity: warning; severity: high", "PS0109", 57 },
        { Zh, "\"中期评估\" at 2020-12-31", "\"中期评估\" at 2019-06-30", "PS0404", 60 },
        { Zh, "better: lower", "better: 更低", "PS0113", 27 },
        // Decisions are written in Chinese too (推广, 调整, 延长, 终止); a mistyped one is offered the word it is closest to.
        { Zh, "decide: scale_up when all met", "decide: 推行 when all met", "PS0113", 71 },
        { Zh, "otherwise: adjust\n    }\n}", "otherwise: 调正\n    }\n}", "PS0113", 72 },
        { Zh, "decide: extend when all met", "decide: 廷长 when all met", "PS0113", 63 },
        { Zh, "duration: 3 months; in: all sites", "duration: 6 months; in: all sites", "PS0401", 52 },
        { Zh, "method: difference_in_differences against 对照单位", "method: difference_in_differences against 对照", "PS0101", 67 },
        { Zh, "unit: 天", "unit: 天, 小时", "PS0705", 26 },
    };

    [Theory]
    [InlineData(En)]
    [InlineData(Zh)]
    public void Base_spec_checks_clean(string spec)
    {
        Assert.Empty(Specs.Diagnose(Base(spec)).Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_is_reported_with_its_code_on_its_line(string spec, string find, string written, string code, int line)
    {
        var diagnostics = Specs.Diagnose(Edit(spec, find, written));

        Assert.Contains((code, line), diagnostics.Select(d => (d.Id, d.Location.LineSpan.Start.Line + 1)));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Offered_fix_makes_the_spec_clean(string spec, string find, string written, string code, int line)
    {
        // Where the diagnostic offers a fix, applying it leaves nothing to report.
        var text = Edit(spec, find, written);
        var diagnostic = Specs.Diagnose(text).First(d => d.Id == code && d.Location.LineSpan.Start.Line + 1 == line);
        if (diagnostic.Fixes.IsEmpty)
        {
            return;
        }

        var fixedText = CheckedSpec.Apply(diagnostic.Fixes[0], text);

        Assert.Empty(Specs.Diagnose(fixedText).Select(d => d.ToString()));
    }

    [Fact]
    public void Table_has_at_least_sixty_rows_in_both_languages()
    {
        var rows = Mistakes.Select(r => (string)r[0]).ToList();

        Assert.True(rows.Count >= 60, $"{rows.Count} rows");
        Assert.True(rows.Count(r => r == En) >= 30 && rows.Count(r => r == Zh) >= 30);
    }

    [Fact]
    public void Every_row_reports_what_the_snapshot_shows()
    {
        // The whole table's findings in one reviewed snapshot: the wording of every message
        // (and every new code, for the catalogue's coverage) is read by a person once.
        var findings = Mistakes.Select(r => new
        {
            Edit = $"{r[0]}: {r[1]} -> {r[2]}",
            Diagnostics = DiagnosticView.All(Specs.Diagnose(Edit((string)r[0], (string)r[1], (string)r[2]))),
        });

        Snapshot.Match(findings);
    }

    private static string Base(string spec) =>
        Repository.ReadText("tests", "PilotSpec.CodeAnalysis.Tests", "Checks", "DesignerMistakes", spec).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Edit(string spec, string find, string written)
    {
        var text = Base(spec);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in {spec}");
        return text[..at] + written + text[(at + find.Length)..];
    }
}
