using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0200, PS0201: an indicator without a baseline or a target cannot show progress.</summary>
internal sealed class MissingBaselineOrTargetRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MissingBaseline, DiagnosticDescriptors.MissingTarget);

    internal override void Run(RuleContext context)
    {
        // An indicator that only feeds another's formula (a numerator) is tracked, not targeted.
        var inputs = context.Program.Indicators
            .Where(i => i.Formula is not null)
            .SelectMany(i => Binding.Bound.BoundTreeWalker.DescendantsAndSelf(i.Formula!))
            .OfType<Binding.Bound.BoundIndicatorValue>()
            .Select(v => v.Indicator)
            .ToImmutableHashSet();

        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Baseline is null && !PropertyPresence.IsWritten(indicator, "baseline") && !PropertyPresence.IsWritten(indicator, "formula"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.MissingBaseline, indicator.Declaration.Identifier, indicator.Name);
            }

            if (indicator.Target is null && !PropertyPresence.IsWritten(indicator, "target") && !inputs.Contains(indicator))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.MissingTarget, indicator.Declaration.Identifier, indicator.Name);
            }
        }
    }
}
