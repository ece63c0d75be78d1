using System.Reflection;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.Monitoring;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// The policing example's monitor, compiled and run: observations recorded through the
/// generated members, and the final evaluation reaching the decision the spec prescribes.
/// final: clearance +15 points at all sites in `first` (东城区 only), security at 85% or more
/// at 80% of the pilot sites (both of two), cost per case down 10% (relative) at all pilot
/// sites; scale_up when all met, extend when any met, otherwise terminate.
/// </summary>
public sealed class PolicingMonitorTests
{
    private static readonly Lazy<Assembly> Compiled = new(() =>
        MonitorBuild.Load(MonitorBuild.Emit(Examples.Read("policing-reform.pilot"), Repository.PathOf("examples", "policing-reform.pilot")).Content));

    private static readonly DateTime FinalDate = new(2021, 1, 31);
    private static readonly DateTime December = new(2020, 12, 31);

    /// <summary>The generated monitor, reached through its typed members by name.</summary>
    private sealed class Policing
    {
        public Policing()
        {
            Monitor = MonitorBuild.NewMonitor(Compiled.Value);
            var sites = MonitorBuild.Member<object>(Monitor, "Sites");
            East = MonitorBuild.Member<Site>(sites, "东城区");
            South = MonitorBuild.Member<Site>(sites, "南城区");
            West = MonitorBuild.Member<Site>(sites, "西城区");
            var indicators = MonitorBuild.Member<object>(Monitor, "Indicators");
            ClearanceRate = MonitorBuild.Member<MonitoredIndicator>(indicators, "ClearanceRate");
            SecuritySatisfaction = MonitorBuild.Member<MonitoredIndicator>(indicators, "SecuritySatisfaction");
            CostPerCase = MonitorBuild.Member<MonitoredIndicator>(indicators, "CostPerCase");
            ResponseTime = MonitorBuild.Member<MonitoredIndicator>(indicators, "ResponseTime");
            var evaluations = MonitorBuild.Member<object>(Monitor, "Evaluations");
            Final = MonitorBuild.Member<MonitoredEvaluation>(evaluations, "Final");
            Midterm = MonitorBuild.Member<MonitoredEvaluation>(evaluations, "Midterm");
            SlowResponse = MonitorBuild.Member<MonitoredAlert>(MonitorBuild.Member<object>(Monitor, "Alerts"), "SlowResponse");
        }

        public PilotMonitor Monitor { get; }
        public Site East { get; }
        public Site South { get; }
        public Site West { get; }
        public MonitoredIndicator ClearanceRate { get; }
        public MonitoredIndicator SecuritySatisfaction { get; }
        public MonitoredIndicator CostPerCase { get; }
        public MonitoredIndicator ResponseTime { get; }
        public MonitoredEvaluation Final { get; }
        public MonitoredEvaluation Midterm { get; }
        public MonitoredAlert SlowResponse { get; }

        public void Record(decimal eastClearance, decimal eastSecurity, decimal southSecurity, decimal eastCost, decimal southCost)
        {
            ClearanceRate.At(East).Record(December, eastClearance);
            ClearanceRate.At(South).Record(December, 64m); // South is not in wave `first`: never judged on clearance
            SecuritySatisfaction.At(East).Record(December, eastSecurity);
            SecuritySatisfaction.At(South).Record(December, southSecurity);
            CostPerCase.At(East).Record(December, eastCost);
            CostPerCase.At(South).Record(December, southCost);
        }
    }

    [Fact]
    public void All_criteria_met_scale_up()
    {
        var pilot = new Policing();
        pilot.Record(eastClearance: 78m, eastSecurity: 86m, southSecurity: 85m, eastCost: 4300m, southCost: 4320m);

        var result = pilot.Final.EvaluateAsScheduled();

        Assert.Equal(FinalDate, result.AsOf);
        Assert.Equal([true, true, true], result.Criteria.Select(c => c.Outcome));
        Assert.Equal(Decision.ScaleUp, result.Decision);
        Assert.Equal("all met", result.Rule?.Text);
    }

    [Fact]
    public void No_criterion_met_terminates()
    {
        var pilot = new Policing();
        pilot.Record(eastClearance: 70m, eastSecurity: 80m, southSecurity: 90m, eastCost: 4700m, southCost: 4000m);

        var result = pilot.Final.Evaluate(FinalDate);

        Assert.Equal([false, false, false], result.Criteria.Select(c => c.Outcome));
        Assert.Equal(Decision.Terminate, result.Decision);
        Assert.Null(result.Rule);
    }

    [Fact]
    public void Some_criteria_met_extend()
    {
        var pilot = new Policing();
        pilot.Record(eastClearance: 77m, eastSecurity: 80m, southSecurity: 90m, eastCost: 4700m, southCost: 4000m);

        var result = pilot.Final.Evaluate(FinalDate);

        Assert.Equal([true, false, false], result.Criteria.Select(c => c.Outcome));
        Assert.Equal(Decision.Extend, result.Decision);
    }

    [Fact]
    public void Clearance_is_judged_in_points_and_cost_relative_to_the_baseline()
    {
        var pilot = new Policing();

        // 62% x 1.15 = 71.3%: +15% relative, but only +9.3 points. 4800 - 480 = 4320: exactly -10%.
        pilot.Record(eastClearance: 71.3m, eastSecurity: 86m, southSecurity: 86m, eastCost: 4320m, southCost: 4321m);

        var result = pilot.Final.Evaluate(FinalDate);

        Assert.Equal([false, true, false], result.Criteria.Select(c => c.Outcome));
    }

    [Fact]
    public void Comparison_sites_are_not_judged_and_later_data_does_not_count()
    {
        var pilot = new Policing();
        pilot.Record(eastClearance: 78m, eastSecurity: 86m, southSecurity: 85m, eastCost: 4300m, southCost: 4320m);

        // The comparison district doing badly changes nothing; neither does data after the evaluation.
        pilot.SecuritySatisfaction.At(pilot.West).Record(December, 10m);
        pilot.CostPerCase.At(pilot.South).Record(new DateTime(2021, 6, 30), 9_000m);

        Assert.Equal(Decision.ScaleUp, pilot.Final.Evaluate(FinalDate).Decision);
    }

    [Fact]
    public void Without_data_the_criteria_are_unknown_and_the_decision_undetermined_naming_the_missing_data()
    {
        var result = new Policing().Final.Evaluate(FinalDate);

        Assert.Equal([null, null, null], result.Criteria.Select(c => c.Outcome));
        Assert.Equal(Decision.Undetermined, result.Decision);
        Assert.Equal([Decision.ScaleUp, Decision.Extend, Decision.Terminate], result.PossibleDecisions);

        // Clearance in wave `first` (东城区), satisfaction and cost at both pilot districts.
        Assert.Equal(
            ["clearance_rate@东城区", "security_satisfaction@东城区", "security_satisfaction@南城区", "cost_per_case@东城区", "cost_per_case@南城区"],
            result.Gaps.Select(g => g.Indicator.Name + "@" + g.Site.Code));
    }

    [Fact]
    public void Slow_response_for_two_consecutive_months_fires_at_that_district()
    {
        var pilot = new Policing();
        pilot.ResponseTime.At(pilot.East).Record(new DateTime(2020, 5, 31), 15m);
        pilot.ResponseTime.At(pilot.East).Record(new DateTime(2020, 6, 30), 25m);
        pilot.ResponseTime.At(pilot.South).Record(new DateTime(2020, 5, 31), 21m);
        pilot.ResponseTime.At(pilot.South).Record(new DateTime(2020, 6, 30), 22m);

        var result = pilot.SlowResponse.Check(new DateTime(2020, 7, 15));

        Assert.True(result.Fired);
        Assert.Equal([pilot.South], result.Sites);
        Assert.Equal(["owner"], result.Alert.Notify);
        Assert.Equal("response_time > 20 minutes for 2 consecutive months at any site", result.Alert.Text);
        Assert.False(pilot.SlowResponse.Check(new DateTime(2020, 5, 31)).Fired);
    }

    [Fact]
    public void The_definition_carries_the_spec()
    {
        var pilot = new Policing();
        var definition = pilot.Monitor.Definition;

        Assert.Equal("PolicingReform", definition.Name);
        Assert.Equal("A City Public Security Bureau", definition.Owner);
        Assert.Equal(["东城区", "西城区", "南城区"], definition.Sites.Select(s => s.Code));
        Assert.Equal(SiteRole.Comparison, pilot.West.Role);
        Assert.Equal(77m, pilot.ClearanceRate.Definition.Target);      // +15 points on 62%
        Assert.Equal(1560m, definition.FindIndicator("key_post_officers")!.Target);  // +30% on 1,200
        Assert.Equal(4320m, pilot.CostPerCase.Definition.Target);       // -10% on 4,800
        Assert.Equal(PeriodUnit.Quarter, pilot.ClearanceRate.Definition.Frequency);
        Assert.Equal(Monitoring.Direction.LowerIsBetter, pilot.ResponseTime.Definition.Direction);
        Assert.Equal(["midterm", "final"], definition.Evaluations.Select(e => e.Name));
    }
}
