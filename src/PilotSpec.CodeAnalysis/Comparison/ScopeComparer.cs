using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>What the pilot covers and when: its dates, sites and their roles, waves and groups, phases.</summary>
internal static class ScopeComparer
{
    public static void ComparePilot(ComparisonContext context, PilotSymbol old, PilotSymbol @new)
    {
        Dates(context, old, @new, "start", old.Start, @new.Start);
        Dates(context, old, @new, "end", old.PlannedEnd, @new.PlannedEnd);
        TextComparer.Compare(context, old, @new, "owner", "sponsor", "partners", "problem", "description");
    }

    public static void CompareSite(ComparisonContext context, SiteSymbol old, SiteSymbol @new)
    {
        if (old.Role != @new.Role)
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Role, @new, ComparisonContext.Written(old, "role") ?? old.Role.ToString().ToLowerInvariant(), ComparisonContext.Written(@new, "role") ?? @new.Role.ToString().ToLowerInvariant(), ComparisonContext.Where(old, "role"), ComparisonContext.Where(@new, "role"));
        }

        if (!string.Equals(old.ParentSite is null ? null : context.NewName(old.ParentSite), @new.ParentSite?.Name, StringComparison.Ordinal))
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Sites, @new, old.ParentSite?.Name, @new.ParentSite?.Name, old.Location, @new.Location);
        }

        TextComparer.Compare(context, old, @new, "level", "region");
    }

    public static void CompareWave(ComparisonContext context, WaveSymbol old, WaveSymbol @new) =>
        Members(context, old, @new, old.Sites, @new.Sites, old.Location, @new.Location);

    public static void ComparePhase(ComparisonContext context, PhaseSymbol old, PhaseSymbol @new)
    {
        var before = context.OldSchedule.Of(old);
        var after = context.NewSchedule.Of(@new);
        Dates(context, old, @new, "start", before?.Start, after?.Start);
        Dates(context, old, @new, "end", before?.End, after?.End);
        // Where it runs, as written (`in: first, second`, `in: all sites`): what the waves hold
        // is compared at the waves, so a phase over 35,000 sites costs what its `in:` does.
        var was = old.RunsAtAllSites ? "*" : string.Join(", ", old.RunsIn.Select(s => context.NewName(s)));
        var now = @new.RunsAtAllSites ? "*" : string.Join(", ", @new.RunsIn.Select(s => s.Name));
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Sites, @new, ComparisonContext.Written(old, "in"), ComparisonContext.Written(@new, "in"), ComparisonContext.Where(old, "in"), ComparisonContext.Where(@new, "in"));
        }

        TextComparer.Compare(context, old, @new, "activities");
    }

    private static void Dates(ComparisonContext context, Symbol old, Symbol @new, string property, DateTime? before, DateTime? after)
    {
        if (before != after)
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Dates, @new, ComparisonContext.DateText(before), ComparisonContext.DateText(after), ComparisonContext.Where(old, property), ComparisonContext.Where(@new, property), property);
        }
    }

    private static void Members(ComparisonContext context, Symbol old, Symbol @new, IEnumerable<SiteSymbol> before, IEnumerable<SiteSymbol> after, Syntax.SourceLocation oldWhere, Syntax.SourceLocation newWhere)
    {
        var was = before.Select(s => context.NewName(s)).ToList();
        var now = after.Select(s => s.Name).ToList();
        if (!was.OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(now.OrderBy(n => n, StringComparer.Ordinal), StringComparer.Ordinal))
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Sites, @new, string.Join(", ", was), string.Join(", ", now), oldWhere, newWhere);
        }
    }
}
