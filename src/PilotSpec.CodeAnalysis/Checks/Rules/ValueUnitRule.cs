using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0210: a baseline or absolute target in another unit than the indicator's (`unit: minutes`, `baseline: 18%`).</summary>
internal sealed class ValueUnitRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ValueUnitMismatch);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Unit is not { } unit)
            {
                continue;
            }

            Check(context, indicator, "baseline", indicator.Baseline?.Unit, unit);

            // Relative changes are in percent and point changes are PS0208's business.
            if (indicator.Target is { Kind: not TargetKind.RelativeChange } target && target.Amount.Unit.Dimension != Dimension.Points)
            {
                Check(context, indicator, "target", target.Amount.Unit, unit);
            }
        }
    }

    private static void Check(RuleContext context, IndicatorSymbol indicator, string property, Unit? valueUnit, Unit unit)
    {
        if (valueUnit is null || valueUnit.Dimension == Dimension.Scalar || valueUnit.IsCompatibleWith(unit))
        {
            return;
        }

        context.Diagnostics.Report(DiagnosticDescriptors.ValueUnitMismatch, IndicatorProperties.Location(indicator, property), new Phrase(property == "baseline" ? "Word_Baseline" : "Word_Target"), indicator.Name, valueUnit.ToString(), unit.ToString());
    }
}
