using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>The resolved timeline of a pilot: every phase's dates per site, and every evaluation's date.</summary>
public sealed class PilotSchedule
{
    private Dictionary<PhaseSymbol, PhaseSchedule>? _byPhase;

    internal PilotSchedule(ImmutableArray<PhaseSchedule> phases)
    {
        Phases = phases;
    }

    /// <summary>Phases in declaration order.</summary>
    public ImmutableArray<PhaseSchedule> Phases { get; }

    public PhaseSchedule? Of(PhaseSymbol phase)
    {
        // Indexed on first use: every evaluation and criterion asks, and a scan per question was quadratic.
        var byPhase = LazyInitializer.EnsureInitialized(ref _byPhase, () =>
        {
            var index = new Dictionary<PhaseSymbol, PhaseSchedule>(Phases.Length);
            foreach (var schedule in Phases)
            {
                if (!index.ContainsKey(schedule.Phase))
                {
                    index.Add(schedule.Phase, schedule); // the first, as a scan would find
                }
            }

            return index;
        })!;
        return byPhase.TryGetValue(phase, out var found) ? found : null;
    }

    /// <summary>The date an evaluation takes place, when the spec fixes one.</summary>
    public DateTime? DateOf(EvaluationSymbol evaluation) => DateOf(evaluation.Timing);

    /// <summary>The date a timing expression (a date, or the start or end of a phase) resolves to.</summary>
    public DateTime? DateOf(BoundExpression? timing) => timing switch
    {
        BoundLiteral { Value: DateTime date } => date,
        BoundPhaseBoundary boundary => boundary.IsEnd ? Of(boundary.Phase)?.End : Of(boundary.Phase)?.Start,
        _ => null,
    };
}
