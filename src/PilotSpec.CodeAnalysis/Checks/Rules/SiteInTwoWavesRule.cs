using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0710: a site in two waves is exposed twice — two overlapping roll-out windows, and
/// the schedule keeps only the first. Groups are plain sets and may overlap; waves may not.
/// Reported where the second wave names the site.
/// </summary>
internal sealed class SiteInTwoWavesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.SiteInTwoWaves);

    internal override void Run(RuleContext context)
    {
        var firstWave = new Dictionary<SiteSymbol, WaveSymbol>();
        foreach (var wave in context.Program.Waves)
        {
            if (wave.IsGroup)
            {
                continue;
            }

            foreach (var site in wave.Sites)
            {
                if (!firstWave.TryGetValue(site, out var earlier))
                {
                    firstWave[site] = wave;
                }
                else if (!ReferenceEquals(earlier, wave))
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.SiteInTwoWaves, SymbolSyntax.NameOf(wave, site), site.Name, earlier.Name, wave.Name);
                }
            }
        }
    }
}
