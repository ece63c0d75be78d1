using System;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>The resolved timeline of a pilot: every phase's dates per site, and every evaluation's date.</summary>
public sealed class PilotSchedule
{
    internal PilotSchedule(ImmutableArray<PhaseSchedule> phases)
    {
        Phases = phases;
    }

    /// <summary>Phases in declaration order.</summary>
    public ImmutableArray<PhaseSchedule> Phases { get; }

    public PhaseSchedule? Of(PhaseSymbol phase) => Phases.FirstOrDefault(p => ReferenceEquals(p.Phase, phase));

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
