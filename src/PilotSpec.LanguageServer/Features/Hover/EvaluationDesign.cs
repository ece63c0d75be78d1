using System.Globalization;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit.PilotModel;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.Monitoring;
using PilotSpec.Monitoring.Design;

namespace PilotSpec.LanguageServer.Features.Hover;

/// <summary>
/// The hover's line on a comparing evaluation's design: for each indicator its criteria read,
/// the minimum detectable effect under `pilotc power`'s default assumptions, beside the change
/// the target asks for. It lowers the spec to the pilot model and asks the runtime's design
/// diagnosis, exactly as `pilotc power` does, so the editor and the command cannot disagree.
/// </summary>
internal static class EvaluationDesign
{
    // Lowering a national programme for a hover would cost more than a hover may; the command
    // gives the same answer there.
    private const int MaxSitesInHover = 2_000;

    public static IEnumerable<string> Describe(EvaluationSymbol evaluation, BoundProgram program, PilotSchedule schedule)
    {
        if (!evaluation.EstimatesEffect || program.Pilot is not { } pilot)
        {
            return [];
        }

        if (program.Sites.Length > MaxSitesInHover)
        {
            return ["design: run `pilotc power` for the minimum detectable effect"];
        }

        if (Diagnose(evaluation, program, schedule) is not { } power)
        {
            return [];
        }

        var definition = power.Evaluation;
        var wedge = definition.EstimatedWedge is not null;
        var units = wedge
            ? $"stepped wedge of {definition.EstimatedWedge!.SitesInOrder.Count} unit(s) in {definition.EstimatedWedge.Steps.Count} wave(s)"
            : $"{definition.PilotSites.Count} pilot unit(s) against {definition.ComparisonSites.Count} comparison unit(s)";
        var lines = new List<string>
        {
            $"design: {units}; sites assumed to differ by {PowerAssumptions.DefaultVariation:P0} of the baseline (`pilotc power` to change it)".Replace(" %", "%", StringComparison.Ordinal),
        };
        lines.AddRange(power.Indicators.Select(p => Line(p, wedge)));
        return lines;
    }

    /// <summary>
    /// The design diagnosis of each indicator of a comparing evaluation under `pilotc power`'s
    /// default assumptions (what the editor's PS0690 warning reads); empty when it does not compare
    /// or the programme is too large to lower for the editor.
    /// </summary>
    public static IReadOnlyList<IndicatorPower> Powers(EvaluationSymbol evaluation, BoundProgram program, PilotSchedule schedule) =>
        evaluation.EstimatesEffect && program.Sites.Length <= MaxSitesInHover && Diagnose(evaluation, program, schedule) is { } power
            ? power.Indicators
            : [];

    private static EvaluationPower? Diagnose(EvaluationSymbol evaluation, BoundProgram program, PilotSchedule schedule)
    {
        if (program.Pilot is not { } pilot)
        {
            return null;
        }

        var definition = PilotModel.Read(PilotModelWriter.Write(pilot, program, schedule)).Evaluations.FirstOrDefault(e => e.Name == evaluation.Name);
        // Neither the hover nor PS0690 shows the sites needed: `pilotc power` searches for them.
        return definition is null ? null : EvaluationPower.Of(definition, new PowerAssumptions(), withSitesNeeded: false);
    }

    private static string Line(IndicatorPower power, bool wedge)
    {
        var name = power.Indicator.Name;
        var unit = UnitWord(power.Indicator);
        if (power.MinimumDetectableEffect is not { } mde)
        {
            return power.SpreadOfChange is null
                ? $"{name}: no baseline to assume a spread from"
                : wedge
                    ? $"{name}: fewer than three units, or no period with units both in and not yet in the reform, give no interval, so no effect can be shown"
                    : $"{name}: fewer than two units on a side give no interval, so no effect can be shown";
        }

        var target = power.TargetChange is { } change ? $"; the target asks for {Number(change, signed: true)}{unit}" : string.Empty;
        var verdict = power.Verdict switch
        {
            PowerVerdict.Enough => ": enough",
            PowerVerdict.TooFewSites => ": **too few sites**",
            _ => string.Empty,
        };
        return $"{name}: detects a change of {Number(mde, signed: false)}{unit}{target}{verdict}";
    }

    /// <summary>A change of the indicator as the editor shows it: `+5 points`, `14.36 working days`.</summary>
    public static string Quantity(IndicatorDefinition indicator, double value, bool signed) => Number(value, signed) + UnitWord(indicator);

    // Points for a percentage, the unit's words otherwise (the editor's texts are English; #21 has the rest).
    private static string UnitWord(IndicatorDefinition indicator) =>
        indicator.Unit is "percent" ? " points" : indicator.Unit is { Length: > 0 } u ? " " + u.Replace('_', ' ') : string.Empty;

    private static string Number(double value, bool signed) =>
        (signed && value > 0 ? "+" : string.Empty) + Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
