using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0902: an indicator whose data source is unknown cannot be verified — a classic weakness of pilot evaluations.</summary>
internal sealed class IndicatorSourceRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.IndicatorWithoutSource);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Source is null && !PropertyPresence.IsWritten(indicator, "formula")
                && !ReportedAlready.InProperty(context, indicator, "measured") && !ReportedAlready.InProperty(context, indicator, "source"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.IndicatorWithoutSource, indicator.Declaration.Identifier, indicator.Name);
            }
        }
    }
}
