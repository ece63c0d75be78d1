using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0300: a comparison (control) site in a wave, where the reform runs, would spoil the comparison. Groups may hold them.</summary>
internal sealed class ComparisonSiteInWaveRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ComparisonSiteInPilotWave);

    internal override void Run(RuleContext context)
    {
        foreach (var wave in context.Program.Waves)
        {
            if (wave.IsGroup)
            {
                continue;
            }

            foreach (var site in wave.Sites)
            {
                if (site.Role == SiteRole.Comparison)
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.ComparisonSiteInPilotWave, SymbolSyntax.NameOf(wave, site), site.Name, wave.Name);
                }
            }
        }
    }
}
