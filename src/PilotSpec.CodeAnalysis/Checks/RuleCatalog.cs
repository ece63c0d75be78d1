using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Checks.Rules;

namespace PilotSpec.CodeAnalysis.Checks;

/// <summary>Every rule, in the order they run (the order does not change what they find).</summary>
public static class RuleCatalog
{
    public static ImmutableArray<SpecRule> All { get; } = ImmutableArray.Create<SpecRule>(
        new MissingBaselineOrTargetRule(),
        new TargetDirectionRule(),
        new PercentVersusPointsRule(),
        new ImpossiblePercentageRule(),
        new ValueUnitRule(),
        new MeasurementTooRareRule(),
        new TooManyDueDatesRule(),
        new GoalWeightsRule(),
        new ComparisonSiteInWaveRule(),
        new DifferenceInDifferencesRule(),
        new SteppedWedgeRule(),
        new SiteParentCycleRule(),
        new SiteInNoPhaseRule(),
        new EmptyWaveRule(),
        new NameTooLongRule(),
        new PhaseEndsAfterPilotRule(),
        new PhaseWithoutSitesRule(),
        new DateBeforePilotStartRule(),
        new EvaluationTimingRule(),
        new DecisionRulesRule(),
        new EvaluationWithoutCriteriaRule(),
        new AlertWithoutConditionRule(),
        new UnusedDeclarationRule(),
        new PilotHygieneRule(),
        new IndicatorSourceRule(),
        new FractionOnPercentRule(),
        new SiteShareRule(),
        new UnreachableThresholdRule(),
        new RelativeChangeInConditionRule(),
        new ExtraValueRule(),
        new DigitGroupingRule(),
        new IndicatorWeightedTwiceRule(),
        new SiteInTwoWavesRule(),
        new PilotSiteInNoWaveRule(),
        new PlaceListedTwiceRule(),
        new ComparisonSiteInRolloutRule(),
        new MixedLevelQuantifierRule(),
        new DateAfterPilotEndRule(),
        new EvaluationBeforeFinalFiguresRule(),
        new EvaluationBeforeExposureRule(),
        new EvaluationOnFirstDayRule(),
        new BaselineAfterDeadlineRule(),
        new SustainedTooShortRule(),
        new NotifyNobodyRule(),
        new FormulaWeightsRule(),
        new GradeBandsRule(),
        new EffectReadRule(),
        new OutsideRangeRule(),
        new ComparisonWithoutOwnBaselinesRule());
}
