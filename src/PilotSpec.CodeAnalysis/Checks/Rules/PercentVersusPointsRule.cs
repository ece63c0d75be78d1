using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0204: `+15%` on a rate is a relative change (62% → 71.3%), which is rarely what a
/// policy means by "+15% satisfaction" — usually percentage points (62% → 77%). Warned,
/// with the points version offered as a fix. PS0208: points on an indicator that is not a rate.
/// </summary>
internal sealed class PercentVersusPointsRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.RelativeChangeOnRate, DiagnosticDescriptors.PointsOnNonRate);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Target is not { } target || IndicatorProperties.Value(indicator, "target") is not { } value)
            {
                continue;
            }

            if (target.Kind == TargetKind.RelativeChange && indicator.IsRate && indicator.Baseline is { Unit.Dimension: Dimension.Percent } baseline)
            {
                var relative = baseline.Value * (1 + target.Amount.Value / 100m);
                var points = baseline.Value + target.Amount.Value;
                var written = value.Expression.ToString();
                var pointsText = (target.Amount.Value >= 0 ? "+" : "-") + Number(System.Math.Abs(target.Amount.Value)) + " points";
                var fix = CodeFix.Replace("Fix_UsePoints", value.Expression.Span, pointsText, pointsText);
                context.Diagnostics.Report(
                    DiagnosticDescriptors.RelativeChangeOnRate, value.Expression, fix,
                    written, Number(baseline.Value) + "%", Number(relative) + "%", Number(points) + "%", pointsText);
            }

            if (target.Amount.Unit.Dimension == Dimension.Points && indicator.Unit is { } unit && unit.Dimension is not (Dimension.Percent or Dimension.Points))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.PointsOnNonRate, value.Expression, indicator.Name, unit.ToString());
            }
        }
    }

    private static string Number(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
