using System;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// One wave of a stepped-wedge roll-out resolved to dates: its sites; its control periods (those
/// that end before <paramref name="Start"/>); its transition, from <paramref name="Start"/> to the
/// day before <paramref name="ExposedFrom"/> (the `lag:`, none when it is zero); and its exposed
/// time, from <paramref name="ExposedFrom"/> to <paramref name="End"/> (the common end; null when
/// the roll-out runs on).
/// </summary>
public sealed record WedgeStep(int Wave, ImmutableArray<SiteSymbol> Sites, DateTime Start, DateTime ExposedFrom, DateTime? End)
{
    /// <summary>The last day of its transition; null without a lag.</summary>
    public DateTime? TransitionEnd => ExposedFrom > Start ? ExposedFrom.AddDays(-1) : null;

    /// <summary>Whether the lag leaves it no exposed time before the common end.</summary>
    public bool NeverExposed => End is { } end && ExposedFrom > end;
}

/// <summary>The waves of a resolved roll-out in the order they enter, as the schedule and the evaluations read them.</summary>
public static class WedgeSteps
{
    /// <summary>The waves of <paramref name="rollout"/>; empty when it is not resolved.</summary>
    public static ImmutableArray<WedgeStep> Of(PhaseSchedule rollout)
    {
        if (rollout is null)
        {
            throw new ArgumentNullException(nameof(rollout));
        }

        var lag = rollout.Phase.Lag;
        return rollout.Sites
            .GroupBy(w => w.WaveIndex)
            .Select(wave =>
            {
                var first = wave.First();
                return new WedgeStep(wave.Key, wave.Select(w => w.Site).ToImmutableArray(), first.Start, lag is null ? first.Start : lag.AddTo(first.Start), first.End);
            })
            .OrderBy(s => s.Start)
            .ThenBy(s => s.Wave)
            .ToImmutableArray();
    }
}
