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

        var definition = PilotModel.Read(PilotModelWriter.Write(pilot, program, schedule)).Evaluations.FirstOrDefault(e => e.Name == evaluation.Name);
        if (definition is null)
        {
            return [];
        }

        var power = EvaluationPower.Of(definition, new PowerAssumptions());
        var lines = new List<string>
        {
            $"design: {definition.PilotSites.Count} pilot unit(s) against {definition.ComparisonSites.Count} comparison unit(s); sites assumed to differ by {PowerAssumptions.DefaultVariation:P0} of the baseline (`pilotc power` to change it)".Replace(" %", "%", StringComparison.Ordinal),
        };
        lines.AddRange(power.Indicators.Select(Line));
        return lines;
    }

    private static string Line(IndicatorPower power)
    {
        var name = power.Indicator.Name;
        var unit = power.Indicator.Unit is "percent" ? " points" : power.Indicator.Unit is { Length: > 0 } u ? " " + u.Replace('_', ' ') : string.Empty;
        if (power.MinimumDetectableEffect is not { } mde)
        {
            return power.SpreadOfChange is null
                ? $"{name}: no baseline to assume a spread from"
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

    private static string Number(double value, bool signed) =>
        (signed && value > 0 ? "+" : string.Empty) + Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
