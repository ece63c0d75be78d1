using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0507: an alert with no `when:` can never fire.</summary>
internal sealed class AlertWithoutConditionRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.AlertWithoutCondition);

    internal override void Run(RuleContext context)
    {
        foreach (var alert in context.Program.Alerts)
        {
            if (!PropertyPresence.IsWritten(alert, "when"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.AlertWithoutCondition, alert.Declaration.Identifier, alert.Name);
            }
        }
    }
}
