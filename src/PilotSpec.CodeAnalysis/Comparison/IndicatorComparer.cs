using System;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// Two versions of an indicator: its unit and direction, its baseline, and its targets, each
/// target judged in the indicator's direction (`≤ 120` → `≤ 150` working days eases a
/// lower-is-better indicator; the same numbers strengthen a higher-is-better one).
/// </summary>
internal static class IndicatorComparer
{
    public static void Compare(ComparisonContext context, IndicatorSymbol old, IndicatorSymbol @new)
    {
        if (!Equals(old.Unit?.Name, @new.Unit?.Name))
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Unit, @new, old.Unit?.Name, @new.Unit?.Name, ComparisonContext.Where(old, "unit"), ComparisonContext.Where(@new, "unit"));
        }

        if (old.Direction != @new.Direction)
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Direction, @new, ComparisonContext.Written(old, "better"), ComparisonContext.Written(@new, "better"), ComparisonContext.Where(old, "better"), ComparisonContext.Where(@new, "better"));
        }

        if (old.Frequency != @new.Frequency)
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Frequency, @new, ComparisonContext.Written(old, "measured"), ComparisonContext.Written(@new, "measured"), ComparisonContext.Where(old, "measured"), ComparisonContext.Where(@new, "measured"));
        }

        CompareBaseline(context, old, @new);
        CompareTargets(context, old, @new);
        TextComparer.Compare(context, old, @new, "description", "source", "responsible");
    }

    // A baseline moved after the pilot started moves every `change` the pilot is judged on: a
    // weakening whatever its direction. Before the start it is a revision of the plan (scope).
    private static void CompareBaseline(ComparisonContext context, IndicatorSymbol old, IndicatorSymbol @new)
    {
        if (Equals(old.Baseline, @new.Baseline) && old.BaselineDate == @new.BaselineDate)
        {
            return;
        }

        context.Add(
            context.PilotStarted ? ChangeKind.Weakening : ChangeKind.Scope,
            ChangeAspect.Baseline,
            @new,
            ComparisonContext.Written(old, "baseline"),
            ComparisonContext.Written(@new, "baseline"),
            ComparisonContext.Where(old, "baseline"),
            ComparisonContext.Where(@new, "baseline"));
    }

    private static void CompareTargets(ComparisonContext context, IndicatorSymbol old, IndicatorSymbol @new)
    {
        var oldTargets = ComparisonContext.PropertiesOf(old, "target").ToList();
        var newTargets = ComparisonContext.PropertiesOf(@new, "target").ToList();
        var count = Math.Max(old.Targets.Length, @new.Targets.Length);
        for (var i = 0; i < count; i++)
        {
            var before = i < old.Targets.Length ? old.Targets[i] : null;
            var after = i < @new.Targets.Length ? @new.Targets[i] : null;
            var oldSyntax = i < oldTargets.Count ? oldTargets[i] : null;
            var newSyntax = i < newTargets.Count ? newTargets[i] : null;
            var oldText = oldSyntax is null ? null : string.Join(", ", oldSyntax.Values.Select(v => v.ToString()));
            var newText = newSyntax is null ? null : string.Join(", ", newSyntax.Values.Select(v => v.ToString()));
            var oldWhere = oldSyntax?.GetLocation() ?? old.Location;
            var newWhere = newSyntax?.GetLocation() ?? @new.Location;
            if (before is null && after is not null)
            {
                context.Add(ChangeKind.Strengthening, ChangeAspect.Target, @new, null, newText, null, newWhere);
                continue;
            }

            if (before is not null && after is null)
            {
                context.Add(ChangeKind.Weakening, ChangeAspect.Target, @new, oldText, null, oldWhere, null);
                continue;
            }

            if (before is null || after is null)
            {
                continue;
            }

            if (TargetEase(old, before, @new, after) is { } kind)
            {
                context.Add(kind, ChangeAspect.Target, @new, oldText, newText, oldWhere, newWhere);
            }

            if (before.Deadline != after.Deadline)
            {
                var later = before.Deadline is { } was && after.Deadline is { } now ? now > was : after.Deadline is null;
                context.Add(later ? ChangeKind.Weakening : ChangeKind.Strengthening, ChangeAspect.TargetDeadline, @new, ComparisonContext.DateText(before.Deadline), ComparisonContext.DateText(after.Deadline), oldWhere, newWhere);
            }
        }
    }

    // The target's level compared where it is known as a value (the baseline applied to a
    // change), else the amounts of two changes of one kind; in the indicator's direction. An
    // indicator without a direction has no easier side: its target changed in scope.
    private static ChangeKind? TargetEase(IndicatorSymbol old, Target before, IndicatorSymbol @new, Target after)
    {
        // The same words: a target relative to a baseline that moved moves with it, and that is
        // reported once, as the baseline's change.
        if (before.Kind == after.Kind && before.Amount.Equals(after.Amount))
        {
            return null;
        }

        decimal? was = before.AbsoluteValue(old.Baseline);
        decimal? now = after.AbsoluteValue(@new.Baseline);
        var sameUnit = Equals(old.Baseline?.Unit.Name, @new.Baseline?.Unit.Name);
        if (was is null || now is null || !sameUnit)
        {
            if (before.Kind != after.Kind || !before.Amount.Unit.Equals(after.Amount.Unit))
            {
                return ChangeKind.Scope;
            }

            (was, now) = (before.Amount.Value, after.Amount.Value);
        }

        if (was == now)
        {
            return ChangeKind.Scope;
        }

        return @new.Direction switch
        {
            Direction.HigherIsBetter when old.Direction == Direction.HigherIsBetter => now < was ? ChangeKind.Weakening : ChangeKind.Strengthening,
            Direction.LowerIsBetter when old.Direction == Direction.LowerIsBetter => now > was ? ChangeKind.Weakening : ChangeKind.Strengthening,
            _ => ChangeKind.Scope,
        };
    }
}
