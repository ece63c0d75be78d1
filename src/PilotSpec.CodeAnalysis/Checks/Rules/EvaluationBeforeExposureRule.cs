using System;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0722: a criterion about a wave (`at all sites in wave3`) in an evaluation held before
/// any phase that names that wave has started there: the wave has not been exposed to the
/// reform, so the evaluation judges a reform that has not happened. A wave's exposure
/// starts with the earliest window, at its sites, of the phases that list it.
/// </summary>
internal sealed class EvaluationBeforeExposureRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EvaluationBeforeExposure);

    internal override void Run(RuleContext context)
    {
        // Each wave's exposure once, from the phases that list it: a programme's thousands of
        // criteria over thousands of waves would otherwise scan every phase for every criterion
        // (1.1 s of a 100k-line spec's check), or for every wave (0.5 s).
        var exposures = new System.Collections.Generic.Dictionary<WaveSymbol, DateTime?>();
        System.Collections.Generic.Dictionary<WaveSymbol, System.Collections.Generic.List<PhaseSchedule>>? phasesOf = null;
        foreach (var evaluation in context.Program.Evaluations)
        {
            // On or before the pilot's first day, PS0404 or PS0723 names the problem: the date.
            if (context.Schedule.DateOf(evaluation) is not { } date || date <= context.Program.Pilot?.Start)
            {
                continue;
            }

            foreach (var quantified in evaluation.Criteria.SelectMany(BoundTreeWalker.DescendantsAndSelf).OfType<BoundQuantified>())
            {
                if (quantified.Scope is not WaveSymbol { IsGroup: false } wave || ExposureOf(wave) is not { } exposed || date >= exposed)
                {
                    continue;
                }

                var at = quantified.Syntax is QuantifiedExpressionSyntax syntax
                    ? (SyntaxNode?)syntax.Quantifier.DescendantTokens().FirstOrDefault(t => t.Text == wave.Name) ?? syntax.Quantifier
                    : quantified.Syntax;
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationBeforeExposure, at, evaluation.Name, ScheduleResolver.Format(date), wave.Name, ScheduleResolver.Format(exposed));
            }
        }

        DateTime? ExposureOf(WaveSymbol wave)
        {
            if (!exposures.TryGetValue(wave, out var exposed))
            {
                phasesOf ??= PhasesByWave(context.Schedule);
                exposed = phasesOf.TryGetValue(wave, out var phases) ? Exposure(phases, wave) : null;
                exposures[wave] = exposed;
            }

            return exposed;
        }
    }

    private static System.Collections.Generic.Dictionary<WaveSymbol, System.Collections.Generic.List<PhaseSchedule>> PhasesByWave(PilotSchedule schedule)
    {
        var byWave = new System.Collections.Generic.Dictionary<WaveSymbol, System.Collections.Generic.List<PhaseSchedule>>();
        foreach (var phase in schedule.Phases)
        {
            foreach (var wave in phase.Phase.RunsIn.OfType<WaveSymbol>().Distinct())
            {
                if (!byWave.TryGetValue(wave, out var phases))
                {
                    byWave[wave] = phases = new System.Collections.Generic.List<PhaseSchedule>();
                }

                phases.Add(phase);
            }
        }

        return byWave;
    }

    private static DateTime? Exposure(System.Collections.Generic.List<PhaseSchedule> phases, WaveSymbol wave)
    {
        DateTime? first = null;
        foreach (var phase in phases)
        {
            foreach (var site in wave.Sites)
            {
                if (phase.At(site) is { } window && (first is null || window.Start < first))
                {
                    first = window.Start;
                }
            }
        }

        return first;
    }
}
