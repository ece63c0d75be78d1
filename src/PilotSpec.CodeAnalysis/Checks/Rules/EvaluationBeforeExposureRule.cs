using System;
using System.Collections.Generic;
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
        Dictionary<WaveSymbol, DateTime>? exposures = null; // made on the first wave criterion only
        foreach (var evaluation in context.Program.Evaluations)
        {
            // On or before the pilot's first day, PS0404 or PS0723 names the problem: the date.
            if (context.Schedule.DateOf(evaluation) is not { } date || date <= context.Program.Pilot?.Start)
            {
                continue;
            }

            foreach (var quantified in evaluation.Criteria.SelectMany(BoundTreeWalker.DescendantsAndSelf).OfType<BoundQuantified>())
            {
                if (quantified.Scope is not WaveSymbol { IsGroup: false } wave)
                {
                    continue;
                }

                exposures ??= Exposures(context);
                if (!exposures.TryGetValue(wave, out var exposed) || date >= exposed)
                {
                    continue;
                }

                var at = quantified.Syntax is QuantifiedExpressionSyntax syntax
                    ? (SyntaxNode?)syntax.Quantifier.DescendantTokens().FirstOrDefault(t => t.Text == wave.Name) ?? syntax.Quantifier
                    : quantified.Syntax;
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationBeforeExposure, at, evaluation.Name, ScheduleResolver.Format(date), wave.Name, ScheduleResolver.Format(exposed));
            }
        }
    }

    // Every wave's exposure in one pass over the phases: asked per criterion, a scan of all
    // phases each was evaluations x phases (a quarter of a 100k-line build's CPU).
    private static Dictionary<WaveSymbol, DateTime> Exposures(RuleContext context)
    {
        var first = new Dictionary<WaveSymbol, DateTime>();
        foreach (var phase in context.Schedule.Phases)
        {
            foreach (var wave in phase.Phase.RunsIn.OfType<WaveSymbol>())
            {
                foreach (var site in wave.Sites)
                {
                    if (phase.At(site) is { } window && (!first.TryGetValue(wave, out var earliest) || window.Start < earliest))
                    {
                        first[wave] = window.Start;
                    }
                }
            }
        }

        return first;
    }
}
