using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding.Declarations;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0304: a wave or group without sites. Not reported when names were listed but failed to
/// resolve (reported already), nor when a condition ranges over the wave (`in first`): the
/// binder reports that as PS0502 where it matters, and one mistake gets one diagnostic.
/// </summary>
internal sealed class EmptyWaveRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EmptyWave);

    internal override void Run(RuleContext context)
    {
        var quantifiedOver = new HashSet<Binding.Symbol>();
        foreach (var reference in context.Program.ReferencedSymbols)
        {
            if (reference.Key.Parent is SiteFilterSyntax)
            {
                quantifiedOver.Add(reference.Value);
            }
        }

        foreach (var wave in context.Program.Waves)
        {
            if (wave.Sites.IsEmpty && !WaveBinder.ListsAnySite(wave) && !quantifiedOver.Contains(wave))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EmptyWave, wave.Declaration.Identifier, wave.Name);
            }
        }
    }
}
