using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring.Design;

/// <summary>Whether a design can see the effect its target asks for.</summary>
public enum PowerVerdict
{
    /// <summary>The minimum detectable effect is no larger than the change the target asks for.</summary>
    Enough,

    /// <summary>The target asks for less than the design can see: more sites are needed.</summary>
    TooFewSites,

    /// <summary>The indicator has no target to set the MDE beside.</summary>
    NoTarget,

    /// <summary>No MDE: fewer than two sites on a side, or no spread known (no baseline and none given).</summary>
    NotEstimable,
}

/// <summary>
/// A design diagnosis of one indicator of a comparing evaluation, before the pilot starts:
/// how many sites it compares, what spread it assumes, the minimum detectable effect (MDE),
/// the change the target asks for, and the verdict. Immutable.
/// </summary>
public sealed class IndicatorPower
{
    internal IndicatorPower(IndicatorDefinition indicator, int pilotSites, int comparisonSites, double? spread, bool spreadGiven, double? spreadOfChange, double? mde, double? targetChange, PowerVerdict verdict, (int Pilot, int Comparison)? sitesNeeded, bool simulated)
    {
        Simulated = mde is not null && simulated;
        Indicator = indicator;
        PilotSites = pilotSites;
        ComparisonSites = comparisonSites;
        Spread = spread;
        SpreadGiven = spreadGiven;
        SpreadOfChange = spreadOfChange;
        MinimumDetectableEffect = mde;
        TargetChange = targetChange;
        Verdict = verdict;
        SitesNeeded = sitesNeeded;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>Pilot sites compared; for a stepped wedge, every site of the roll-out.</summary>
    public int PilotSites { get; }

    /// <summary>Comparison sites compared.</summary>
    public int ComparisonSites { get; }

    /// <summary>σ_b, the between-site standard deviation assumed, in the indicator's unit; null when unknown.</summary>
    public double? Spread { get; }

    /// <summary>Whether σ_b was given (else derived from the baseline and the coefficient of variation).</summary>
    public bool SpreadGiven { get; }

    /// <summary>σ_Δ, the spread of a site's change.</summary>
    public double? SpreadOfChange { get; }

    /// <summary>The MDE in the indicator's unit, at 5% significance and 80% power; null when not estimable.</summary>
    public double? MinimumDetectableEffect { get; }

    /// <summary>The change from the programme's baseline the first part of the target asks for (signed); null without a target.</summary>
    public double? TargetChange { get; }

    /// <summary>Whether the MDE was simulated (few sites) rather than computed by the formula.</summary>
    public bool Simulated { get; }

    /// <summary>The verdict.</summary>
    public PowerVerdict Verdict { get; }

    /// <summary>When there are too few sites (or too few to estimate), the fewest that would do, keeping the design's ratio.</summary>
    public (int Pilot, int Comparison)? SitesNeeded { get; }
}

/// <summary>The design diagnosis of one evaluation: its method and, when it compares, each indicator its criteria read.</summary>
public sealed class EvaluationPower
{
    internal EvaluationPower(EvaluationDefinition evaluation, bool compares, IEnumerable<IndicatorPower> indicators)
    {
        Evaluation = evaluation;
        Compares = compares;
        Indicators = new ReadOnlyCollection<IndicatorPower>(indicators.ToArray());
    }

    /// <summary>The evaluation.</summary>
    public EvaluationDefinition Evaluation { get; }

    /// <summary>Whether its method compares pilot with comparison sites (difference-in-differences against a group).</summary>
    public bool Compares { get; }

    /// <summary>Each indicator its criteria read, when it compares; empty otherwise.</summary>
    public IReadOnlyList<IndicatorPower> Indicators { get; }

    /// <summary>Diagnoses every evaluation of <paramref name="pilot"/> under <paramref name="assumptions"/>.</summary>
    public static IReadOnlyList<EvaluationPower> Of(PilotDefinition pilot, PowerAssumptions assumptions)
    {
        if (pilot is null)
        {
            throw new ArgumentNullException(nameof(pilot));
        }

        if (assumptions is null)
        {
            throw new ArgumentNullException(nameof(assumptions));
        }

        return pilot.Evaluations.Select(e => Of(e, assumptions)).ToArray();
    }

    /// <summary>Diagnoses one evaluation under <paramref name="assumptions"/>.</summary>
    public static EvaluationPower Of(EvaluationDefinition evaluation, PowerAssumptions assumptions) => Of(evaluation, assumptions, withSitesNeeded: true);

    /// <summary>
    /// Diagnoses one evaluation; without <paramref name="withSitesNeeded"/> the search for the
    /// sites that would do is left out (<see cref="IndicatorPower.SitesNeeded"/> null): with few
    /// sites it simulates a design per candidate, more than an editor's hover or warning may spend.
    /// </summary>
    public static EvaluationPower Of(EvaluationDefinition evaluation, PowerAssumptions assumptions, bool withSitesNeeded)
    {
        if (evaluation is null)
        {
            throw new ArgumentNullException(nameof(evaluation));
        }


        if (evaluation.EstimatedWedge is not null)
        {
            return new EvaluationPower(evaluation, true, evaluation.Indicators().Select(indicator => DiagnoseWedge(indicator, evaluation, assumptions, withSitesNeeded)));
        }

        var compares = evaluation.Methods.Contains("difference_in_differences") && evaluation.ComparisonSites.Count > 0;
        if (!compares)
        {
            return new EvaluationPower(evaluation, false, Array.Empty<IndicatorPower>());
        }

        int pilot = evaluation.PilotSites.Count, comparison = evaluation.ComparisonSites.Count;
        return new EvaluationPower(evaluation, true, evaluation.Indicators().Select(indicator => Diagnose(indicator, pilot, comparison, assumptions, withSitesNeeded)));
    }

    private static IndicatorPower Diagnose(IndicatorDefinition indicator, int pilot, int comparison, PowerAssumptions assumptions, bool withSitesNeeded)
    {
        var target = TargetChange(indicator);
        if (assumptions.SpreadOf(indicator) is not var (spread, given))
        {
            return new IndicatorPower(indicator, pilot, comparison, null, false, null, null, target, PowerVerdict.NotEstimable, null, false);
        }

        var spreadOfChange = assumptions.SpreadOfChange(spread);
        var mde = MinimumDetectableEffect.DifferenceInDifferences(pilot, comparison, spreadOfChange);
        var verdict = Verdict(mde, target);
        var needed = withSitesNeeded && verdict != PowerVerdict.Enough && target is { } t ? MinimumDetectableEffect.SitesNeeded(pilot, comparison, spreadOfChange, t) : null;
        return new IndicatorPower(indicator, pilot, comparison, spread, given, spreadOfChange, mde, target, verdict, needed, MinimumDetectableEffect.IsSimulated(pilot, comparison));
    }

    // A stepped wedge: every site is its own control before its wave, so there are no comparison
    // sites; the spread that matters is a site's from period to period, σ_Δ / √2 = σ_b·√(1 − ρ).
    private static IndicatorPower DiagnoseWedge(IndicatorDefinition indicator, EvaluationDefinition evaluation, PowerAssumptions assumptions, bool withSitesNeeded)
    {
        var target = TargetChange(indicator);
        var layout = WedgeLayout.Of(evaluation.EstimatedWedge!, indicator.Frequency ?? PeriodUnit.Month, evaluation.ScheduledDate);
        if (assumptions.SpreadOf(indicator) is not var (spread, given))
        {
            return new IndicatorPower(indicator, layout.Sites, 0, null, false, null, null, target, PowerVerdict.NotEstimable, null, false);
        }

        var spreadOfChange = assumptions.SpreadOfChange(spread);
        var withinSite = spreadOfChange / Math.Sqrt(2);
        var mde = SteppedWedgeMinimumDetectableEffect.Of(layout, withinSite);
        var verdict = Verdict(mde, target);
        var needed = withSitesNeeded && verdict != PowerVerdict.Enough && target is { } t ? SteppedWedgeMinimumDetectableEffect.SitesNeeded(layout, withinSite, t) : null;
        return new IndicatorPower(indicator, layout.Sites, 0, spread, given, spreadOfChange, mde, target, verdict, needed is { } n ? (n, 0) : null, SteppedWedgeMinimumDetectableEffect.IsSimulated(layout));
    }

    private static PowerVerdict Verdict(double? mde, double? target) =>
        mde is null ? PowerVerdict.NotEstimable
        : target is null ? PowerVerdict.NoTarget
        : mde <= Math.Abs(target.Value) ? PowerVerdict.Enough
        : PowerVerdict.TooFewSites;

    // The change the first part of the target asks for, from the programme's baseline: `+15 points` is 15;
    // `-50%` of 200 is -100; a level of 85 from 75 is 10.
    private static double? TargetChange(IndicatorDefinition indicator)
    {
        if (indicator.Targets.Count == 0)
        {
            return null;
        }

        var part = indicator.Targets[0];
        return part.Kind == TargetKind.Change
            ? (double)part.Amount
            : part.LevelFrom(indicator.Baseline) is { } level && indicator.Baseline is { } baseline ? (double)(level - baseline) : null;
    }
}
