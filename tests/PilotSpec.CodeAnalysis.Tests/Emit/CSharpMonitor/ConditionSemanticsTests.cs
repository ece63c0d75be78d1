using System.Collections.Concurrent;
using System.Globalization;
using PilotSpec.Monitoring;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// What a translated criterion means, one construct at a time: each case is a small spec
/// whose monitor is compiled and run on a few observations, and the criterion's outcome
/// must be the one the language reference gives.
/// </summary>
public sealed class ConditionSemanticsTests
{
    private static readonly ConcurrentDictionary<string, PilotDefinition> Compiled = new();

    private static string Spec(string require, string decisions) => $$"""
        pilot Semantics "Semantics" {
            start: 2020-01-01
            end: 2021-12-31

            indicator rate "A rate" {
                unit: percent
                better: higher
                baseline: 60% on 2019-12-31
                target: +10 points by 2021-12-31
                measured: monthly from "register"
            }
            indicator time "A time" {
                unit: minutes
                better: lower
                baseline: 30 minutes on 2019-12-31
                target: 20 minutes by 2021-12-31
                measured: monthly from "register"
            }
            indicator cost "A cost" {
                unit: CNY
                better: lower
                baseline: 1_000 CNY on 2019-12-31
                target: -20% by 2021-12-31
                measured: quarterly from "accounts"
            }

            site A { level: county }
            site B { level: county }
            site C { level: county; role: comparison }
            wave w1 = [A]
            wave w2 = [B]
            group control = [C]

            phase Trial { start: 2020-01-01; duration: 13 months; in: w1, w2 }

            evaluation final at end of Trial {
                method: difference_in_differences against control
                require: {{require}}
                {{decisions}}
            }
        }
        """;

    private static PilotMonitor Monitor(string require, string decisions = "decide: scale_up when all met\n otherwise: terminate")
    {
        var definition = Compiled.GetOrAdd(require + "\n" + decisions, _ =>
            MonitorBuild.NewMonitor(MonitorBuild.Load(MonitorBuild.Emit(Spec(require, decisions)).Content)).Definition);
        return new PilotMonitor(definition);
    }

    // "rate@A=70; time@B@2020-11-30=25": indicator@site[@date]=value, dated 2020-12-31 unless given.
    private static void Record(PilotMonitor monitor, string observations)
    {
        foreach (var entry in observations.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (target, value) = (entry.Split('=')[0].Split('@'), decimal.Parse(entry.Split('=')[1], CultureInfo.InvariantCulture));
            var date = target.Length > 2 ? DateTime.Parse(target[2], CultureInfo.InvariantCulture) : new DateTime(2020, 12, 31);
            monitor.Record(monitor.Definition.FindIndicator(target[0])!, monitor.Definition.FindSite(target[1])!, date, value);
        }
    }

    private static EvaluationResult Evaluate(PilotMonitor monitor) =>
        monitor.Evaluate(Assert.Single(monitor.Definition.Evaluations), new DateTime(2021, 1, 31));

    [Theory]
    // A change compared with points is a difference; with % it is relative to the baseline (60%).
    [InlineData("rate.change >= +10 points at all sites", "rate@A=70; rate@B=70", true)]
    [InlineData("rate.change >= +10 points at all sites", "rate@A=69.9; rate@B=70", false)]
    [InlineData("rate.change >= +10% at all sites", "rate@A=66; rate@B=66", true)]
    [InlineData("rate.change >= +10% at all sites", "rate@A=65.9; rate@B=70", false)]
    [InlineData("cost.change <= -20% at all sites", "cost@A=800; cost@B=790", true)]
    [InlineData("cost.change <= -20% at all sites", "cost@A=801; cost@B=790", false)]
    [InlineData("-cost.change >= 20% at all sites", "cost@A=800; cost@B=790", true)]
    // Units convert: 0.5 hours is 30 minutes; a change in minutes is a difference.
    [InlineData("time <= 0.5 hours at all sites", "time@A=30; time@B=29", true)]
    [InlineData("time <= 0.5 hours at all sites", "time@A=31; time@B=29", false)]
    [InlineData("time.change <= -5 minutes at all sites", "time@A=25; time@B=24", true)]
    [InlineData("time.change <= -0.1 hours at all sites", "time@A=24; time@B=23", true)]
    [InlineData("time.change <= -0.1 hours at all sites", "time@A=24.5; time@B=23", false)]
    // Quantifiers range over the pilot sites (A and B), or exactly the sites named.
    [InlineData("rate >= 70% at 2 of sites", "rate@A=70; rate@B=50; rate@C=90", false)]
    [InlineData("rate >= 70% at 1 of sites", "rate@A=70; rate@B=50", true)]
    [InlineData("rate >= 70% at 50% of sites", "rate@A=70; rate@B=50", true)]
    [InlineData("rate >= 70% at 51% of sites", "rate@A=70; rate@B=50", false)]
    [InlineData("rate >= 70% at B", "rate@A=0; rate@B=70", true)]
    [InlineData("rate >= 70% in w1", "rate@A=70; rate@B=0", true)]
    [InlineData("rate >= 70% at all sites in w2", "rate@A=0; rate@B=70", true)]
    [InlineData("rate >= 70% at any site", "rate@A=50; rate@B=50; rate@C=90", false)]
    [InlineData("rate >= 70% at C", "rate@C=70", true)]
    [InlineData("rate >= 70%", "rate@A=70; rate@B=69", false)]
    // Logic.
    [InlineData("not rate >= 70% at any site", "rate@A=50; rate@B=50", true)]
    [InlineData("(rate >= 70% or time <= 20 minutes) at all sites", "rate@A=70; time@A=40; rate@B=50; time@B=20", true)]
    [InlineData("rate >= 70% at all sites and time <= 20 minutes at all sites", "rate@A=70; time@A=20; rate@B=70; time@B=21", false)]
    // Members and arithmetic.
    [InlineData("rate.mean >= 65% at all sites", "rate@A@2020-11-30=60; rate@A=70; rate@B=65", true)]
    [InlineData("rate.trend > 0 at all sites", "rate@A@2020-11-30=60; rate@A=62; rate@B@2020-11-30=61; rate@B=60.5", false)]
    [InlineData("rate.trend > 0 at all sites", "rate@A@2020-11-30=60; rate@A=62; rate@B@2020-11-30=60; rate@B=60.5", true)]
    [InlineData("rate >= rate.target at all sites", "rate@A=70; rate@B=70", true)]
    [InlineData("rate - rate.baseline >= 10 at all sites", "rate@A=70; rate@B=70", true)]
    [InlineData("rate * 2 >= 140 at all sites", "rate@A=70; rate@B=69", false)]
    [InlineData("rate / 2 >= 35 at all sites", "rate@A=70; rate@B=70", true)]
    // Sustained: each of the last two months, at each site.
    [InlineData("time < time.baseline for 2 consecutive months at all sites", "time@A@2020-11-30=29; time@A=28; time@B@2020-11-30=25; time@B=20", true)]
    [InlineData("time < time.baseline for 2 consecutive months at all sites", "time@A@2020-11-30=31; time@A=28; time@B@2020-11-30=25; time@B=20", false)]
    [InlineData("(rate >= 70% at all sites) for 2 consecutive months", "rate@A@2020-11-30=70; rate@A=71; rate@B@2020-11-30=72; rate@B=70", true)]
    [InlineData("(rate >= 70% at all sites) for 2 consecutive months", "rate@A@2020-11-30=69; rate@A=71; rate@B@2020-11-30=72; rate@B=70", false)]
    // A sustained condition over two waves: the periods are dated by the sites of both.
    [InlineData("(rate >= 70% at all sites in w1 and time <= 20 minutes at all sites in w2) for 2 consecutive months", "rate@A@2020-11-30=70; rate@A=71; time@B@2020-11-30=20; time@B=19", true)]
    [InlineData("(rate >= 70% at all sites in w1 and time <= 20 minutes at all sites in w2) for 2 consecutive months", "rate@A@2020-11-30=70; rate@A=71; time@B@2020-11-30=21; time@B=19", false)]
    // Sustained over other periods. Weeks or days of a monthly indicator can never be observed
    // (a monthly series holds one value per month), so such a spec is an error (PS0725) and has
    // no monitor. Years: 2021-01-15 and 2020-12-31 lie in two years in a row (the evaluation is
    // on 2021-01-31).
    [InlineData("time < time.baseline for 2 consecutive years at all sites", "time@A@2021-01-15=29; time@A=28; time@B@2021-01-15=25; time@B=20", true)]
    [InlineData("time < time.baseline for 2 consecutive years at all sites", "time@A@2021-01-15=29; time@A=30; time@B@2021-01-15=25; time@B=20", false)]
    // Equality, and a sign in front of a value (-70 <= -70 and -75 <= -70).
    [InlineData("rate == 70% at all sites", "rate@A=70; rate@B=70.0", true)]
    [InlineData("rate == 70% at all sites", "rate@A=70; rate@B=70.1", false)]
    [InlineData("time + 0.5 hours <= 60 minutes at all sites", "time@A=30; time@B=29", true)] // 30 + 30 <= 60
    [InlineData("time + 0.5 hours <= 60 minutes at all sites", "time@A=31; time@B=29", false)]
    [InlineData("rate != 70% at all sites", "rate@A=69; rate@B=71", true)]
    [InlineData("rate != 70% at all sites", "rate@A=70; rate@B=71", false)]
    [InlineData("-rate <= -70% at all sites", "rate@A=70; rate@B=75", true)]
    [InlineData("-rate <= -70% at all sites", "rate@A=69; rate@B=75", false)]
    // Dates are constants: Trial runs from 2020-01-01 for 13 months, its last day 2021-01-31.
    [InlineData("rate >= 70% at all sites and end of Trial == 2021-01-31", "rate@A=70; rate@B=70", true)]
    [InlineData("rate >= 70% at all sites and end of Trial - 1 month == 2020-12-31", "rate@A=70; rate@B=70", true)]
    [InlineData("rate >= 70% at all sites and start of Trial + 1 month > 2020-02-01", "rate@A=70; rate@B=70", false)]
    [InlineData("rate >= 70% at all sites and 2021-01-31 >= 2020-12-31", "rate@A=70; rate@B=70", true)]
    // Boolean and text literals (texts compare ordinally: 东 U+4E1C before 西 U+897F).
    [InlineData("rate >= 70% at all sites and true", "rate@A=70; rate@B=70", true)]
    [InlineData("rate >= 70% at all sites or false", "rate@A=69; rate@B=70", false)]
    [InlineData("rate >= 70% at all sites and \"东城\" < \"西城\"", "rate@A=70; rate@B=70", true)]
    // 7e28 hours in minutes (x 60) is past decimal's range: the runtime multiplies, overflows, and
    // an overflow is unknown, never a wrong number.
    [InlineData("time <= 70_000_000_000_000_000_000_000_000_000 hours at all sites", "time@A=1; time@B=1", null)]
    // Missing data: unknown, not met.
    [InlineData("rate >= 70% at all sites", "rate@A=70", null)]
    public void Criterion_means_what_the_spec_says(string require, string observations, bool? expected)
    {
        var monitor = Monitor(require);
        Record(monitor, observations);

        Assert.Equal(expected, Assert.Single(Evaluate(monitor).Criteria).Outcome);
    }

    [Theory]
    [InlineData("rate@A=70; rate@B=70", Decision.ScaleUp)]
    [InlineData("rate@A=50; rate@B=66", Decision.Extend)]
    [InlineData("rate@A=50; rate@B=50", Decision.Adjust)]
    [InlineData("", Decision.Undetermined)]           // nothing known: any rule could still hold, so nothing is decided by default
    public void The_first_rule_that_holds_decides(string observations, Decision expected)
    {
        var monitor = Monitor(
            "rate >= 70% at all sites",
            """
            decide: scale_up when all met
            decide: extend when rate >= 65% at any site
            decide: adjust when none met
            otherwise: terminate
            """);
        Record(monitor, observations);

        Assert.Equal(expected, Evaluate(monitor).Decision);
    }
}
