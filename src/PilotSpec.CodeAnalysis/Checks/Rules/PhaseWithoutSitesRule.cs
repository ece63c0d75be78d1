using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0403: a phase that does not say where it runs.</summary>
internal sealed class PhaseWithoutSitesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.PhaseWithoutSites);

    internal override void Run(RuleContext context)
    {
        foreach (var phase in context.Program.Phases)
        {
            if (!phase.RunsAtAllSites && phase.RunsIn.IsEmpty && !PropertyPresence.IsWritten(phase, "in"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.PhaseWithoutSites, phase.Declaration.Identifier, phase.Name);
            }
        }
    }
}
