using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0900, PS0901, PS0903: a pilot should say who owns it, which problem it answers, and when it starts.</summary>
internal sealed class PilotHygieneRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PilotWithoutOwner, DiagnosticDescriptors.PilotWithoutProblem, DiagnosticDescriptors.PilotWithoutStart);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot is not { } pilot)
        {
            return;
        }

        var name = pilot.Declaration.Identifier;
        if (!PropertyPresence.IsWritten(pilot, "owner"))
        {
            context.Diagnostics.Report(DiagnosticDescriptors.PilotWithoutOwner, name, pilot.Name);
        }

        if (!PropertyPresence.IsWritten(pilot, "problem"))
        {
            context.Diagnostics.Report(DiagnosticDescriptors.PilotWithoutProblem, name, pilot.Name);
        }

        if (!PropertyPresence.IsWritten(pilot, "start"))
        {
            context.Diagnostics.Report(DiagnosticDescriptors.PilotWithoutStart, name, pilot.Name);
        }
    }
}
