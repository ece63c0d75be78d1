using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0304: a wave or group without sites (names that failed to resolve were reported already and do not count here).</summary>
internal sealed class EmptyWaveRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EmptyWave);

    internal override void Run(RuleContext context)
    {
        if (context.HasBindingErrors)
        {
            return;
        }

        foreach (var wave in context.Program.Waves)
        {
            var declaration = (Syntax.WaveDeclarationSyntax)wave.Declaration;
            var written = declaration.Value is not null || IndicatorProperties.Value(wave, "sites") is not null;
            if (wave.Sites.IsEmpty && !written)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EmptyWave, wave.Declaration.Identifier, wave.Name);
            }
        }
    }
}
