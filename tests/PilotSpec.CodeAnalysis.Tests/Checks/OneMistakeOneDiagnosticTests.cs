using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// A mistake the binder reports (a misspelt name or property, a missing `in:`) must not
/// come back as the checks' conclusions drawn from the gap it leaves. Each spec below holds
/// one mistake and must give exactly one diagnostic, with the code of that mistake.
/// </summary>
public sealed class OneMistakeOneDiagnosticTests
{
    private const string Indicators = """
        stakeholder Survey "Provincial Academy of Social Sciences" { role: third_party_evaluator }
        indicator approval_time "Average approval time" {
            unit: days
            better: lower
            baseline: 22 days on 2019-12-31
            target: -35% by 2020-12-31
            measured: monthly from "approval system"
        }
        """;

    public static TheoryData<string, string, string> Mistakes => new()
    {
        {
            "a goal lists a misspelt indicator: the weights are not also 'wrong'",
            "PS0102",
            """
            indicator satisfaction { unit: percent; better: higher; baseline: 62%; target: 70% by 2020-12-31; measured: quarterly from "survey" }
            goal Service { measures: approval_time weight 0.6, satisfacton weight 0.4 }
            """
        },
        {
            "a weight is misspelt: the weights are not also 'wrong'",
            "PS0108",
            """
            goal Service {
                indicator satisfaction { unit: percent; better: higher; baseline: 62%; target: 70% by 2020-12-31; measured: quarterly from "survey"; weight: 0.4 }
                indicator complaints { unit: complaints; better: lower; baseline: 80 complaints; target: 40 complaints by 2020-12-31; measured: monthly from "hotline"; wieght: 0.6 }
            }
            """
        },
        {
            "the measuring stakeholder is misspelt: the indicator is not also 'without a source'",
            "PS0102",
            """
            indicator satisfaction { unit: percent; better: higher; baseline: 62%; target: 70% by 2020-12-31; measured: annually by Survy }
            """
        },
        {
            "the comparison group lists a misspelt site: the evaluation is not also 'without comparison sites'",
            "PS0102",
            """
            site Dongcheng { level: county }
            site Xicheng { level: county; role: comparison }
            group control = [Xichen]
            phase Trial { start: 2020-01-01; duration: 12 months; in: Dongcheng }
            evaluation final at end of Trial { method: difference_in_differences against control; require: true; decide: scale_up when all met; otherwise: adjust }
            """
        },
        {
            "a phase does not say where it runs: its sites are not also 'in no phase'",
            "PS0403",
            """
            site Dongcheng { level: county }
            site Nancheng { level: county }
            phase Trial { start: 2020-01-01; duration: 12 months }
            """
        },
        {
            "a wave is named under a misspelt property: the wave is not also 'unused'",
            "PS0108",
            """
            site Dongcheng { level: county }
            wave first = [Dongcheng]
            phase Trial { start: 2020-01-01; duration: 12 months; inn: first }
            """
        },
        {
            "a wave is referred to with a typo: the wave is not also 'unused'",
            "PS0102",
            """
            site Dongcheng { level: county }
            wave first = [Dongcheng]
            phase Trial { start: 2020-01-01; duration: 12 months; in: frist }
            """
        },
        {
            "the unit is misspelt: a change in points on the indicator is not also 'not a rate'",
            "PS0108",
            """
            indicator satisfaction { unt: percent; better: higher; baseline: 62%; target: 70% by 2020-12-31; measured: quarterly from "survey" }
            evaluation final at 2020-12-31 { require: satisfaction.change >= +5 points; decide: scale_up when all met; otherwise: adjust }
            """
        },
        {
            "a formula's input is misspelt: the input meant is not also 'without a target'",
            "PS0102",
            """
            indicator admin_cost { unit: CNY; baseline: 12 million CNY; measured: annually from "accounts" }
            indicator total_spending { unit: CNY; baseline: 50 million CNY; measured: annually from "accounts" }
            indicator admin_share { unit: percent; better: lower; formula: admin_cost / total_spendin; target: -10 points by 2021-12-31 }
            """
        },
        {
            "a role is misspelt: the site is not also 'in no phase'",
            "PS0113",
            """
            site Dongcheng { level: county }
            site Xicheng { level: county; role: comparsion }
            phase Trial { start: 2020-01-01; duration: 12 months; in: Dongcheng }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void One_mistake_gives_one_diagnostic(string mistake, string id, string text)
    {
        var diagnostics = Specs.Diagnose(Indicators + "\n" + text);

        Assert.True(diagnostics.Length == 1 && diagnostics[0].Id == id, $"{mistake}: expected only {id}, got {string.Join("; ", diagnostics.Select(d => d.ToString()))}");
    }
}
