using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0205: a rate's baseline or (computed) target outside 0–100%: `target: +15 points` on a 90% baseline.</summary>
internal sealed class ImpossiblePercentageRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ImpossiblePercentage);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (!indicator.IsRate)
            {
                continue;
            }

            if (indicator.Baseline is { Unit.Dimension: Dimension.Percent } baseline && OutOfRange(baseline.Value))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.ImpossiblePercentage, IndicatorProperties.Location(indicator, "baseline"), new Phrase("Word_Baseline"), indicator.Name, baseline.ToString());
            }

            var comparable = indicator.Target is { Kind: not Binding.TargetKind.Absolute } || indicator.Target?.Amount.Unit.Dimension == Dimension.Percent;
            if (comparable && indicator.Target?.AbsoluteValue(indicator.Baseline) is { } goal && OutOfRange(goal))
            {
                var shown = decimal.Round(goal, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
                context.Diagnostics.Report(DiagnosticDescriptors.ImpossiblePercentage, IndicatorProperties.Location(indicator, "target"), new Phrase("Word_Target"), indicator.Name, shown);
            }
        }
    }

    private static bool OutOfRange(decimal value) => value < 0 || value > 100;
}
