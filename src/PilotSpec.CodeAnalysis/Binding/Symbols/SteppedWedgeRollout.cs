using System.Collections.Generic;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Which phase a `method: stepped_wedge` evaluation judges: the roll-out written as a staggered
/// phase over several waves (`in:` the waves in the order they enter, `stagger:` the step,
/// `lag:` the transition, `end:` the common end). With several staggered phases (a preparation
/// phase, then the roll-out), the one with `lag:` is the roll-out; a spec that leaves it open gets
/// PS0302 rather than a guess, because the estimate would compare the wrong months.
/// </summary>
public static class SteppedWedgeRollout
{
    /// <summary>The roll-out among <paramref name="phases"/>, and how many phases could have been it.</summary>
    public static (PhaseSymbol? Rollout, int Candidates) Of(IEnumerable<PhaseSymbol> phases)
    {
        var staggered = phases.Where(IsStaggeredOverSeveralPlaces).ToList();
        var lagged = staggered.Where(p => p.Lag is not null).ToList();
        var candidates = lagged.Count > 0 ? lagged : staggered;
        return (candidates.Count == 1 ? candidates[0] : null, candidates.Count);
    }

    /// <summary>A phase that starts several waves (or sites) one `stagger:` apart.</summary>
    public static bool IsStaggeredOverSeveralPlaces(PhaseSymbol phase) =>
        phase.Stagger is not null && !phase.RunsAtAllSites && phase.RunsIn.Length >= 2;
}
