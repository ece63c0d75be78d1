using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0104: a wave, group or phase-less stakeholder nobody refers to. Limited to kinds whose
/// only purpose is to be referred to; an unreferenced indicator is still monitored, an
/// unreferenced site still runs the reform.
/// </summary>
internal sealed class UnusedDeclarationRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnusedDeclaration);

    internal override void Run(RuleContext context)
    {
        var used = context.Program.References.Values.ToImmutableHashSet();
        foreach (var wave in context.Program.Waves)
        {
            if (!used.Contains(wave))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.UnusedDeclaration, wave.Declaration.Identifier, SymbolFacts.KindName(wave), wave.Name);
            }
        }
    }
}
