using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0624: `method: stepped_wedge` with no roll-out to judge, or several it could judge.
/// PS0625: `lag:` on a phase that staggers nothing (the transition it describes does not exist).
/// PS0626: a lag that runs past the roll-out's common end, so a wave is never exposed and the
/// estimate silently treats it as a control throughout.
/// </summary>
internal sealed class SteppedWedgeRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SteppedWedgeWithoutRollout,
        DiagnosticDescriptors.LagWithoutStaggeredRollout,
        DiagnosticDescriptors.WaveNeverExposed);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (evaluation.Methods.Contains("stepped_wedge") && evaluation.Rollout is null && !ReportedAlready.InProperty(context, evaluation, "method"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.SteppedWedgeWithoutRollout, IndicatorProperties.Location(evaluation, "method"), evaluation.Name, evaluation.RolloutCandidates);
            }
        }

        foreach (var phase in context.Program.Phases)
        {
            if (phase.Lag is null)
            {
                continue;
            }

            if (!SteppedWedgeRollout.IsStaggeredOverSeveralPlaces(phase))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.LagWithoutStaggeredRollout, IndicatorProperties.Location(phase, "lag"), phase.Name);
                continue;
            }

            if (context.Schedule.Of(phase) is { IsResolved: true } resolved
                && WedgeSteps.Of(resolved).FirstOrDefault(s => s.NeverExposed) is { } late)
            {
                var wave = late.Wave < phase.RunsIn.Length ? phase.RunsIn[late.Wave].Name : late.Sites[0].Name;
                context.Diagnostics.Report(DiagnosticDescriptors.WaveNeverExposed, IndicatorProperties.Location(phase, "lag"), phase.Name, wave, ScheduleResolver.Format(late.Start), ScheduleResolver.Format(late.End!.Value));
            }
        }
    }
}
