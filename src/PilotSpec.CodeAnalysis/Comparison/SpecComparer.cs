using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// What changed between two versions of a spec, by meaning, not by text: declarations matched by
/// name (or by title, as a rename), and each change classified as a weakening, a strengthening,
/// a change of scope, a rename or a cosmetic change. Formatting, comments and the order of
/// declarations are not changes. Both versions are compared as bound programs, so a spec must
/// check without errors to be compared.
/// </summary>
public static class SpecComparer
{
    /// <param name="asOf">The day of the comparison: a baseline moved once the pilot has started is a weakening, before it a revision of scope.</param>
    public static ImmutableArray<SpecChange> Compare(PilotCompilation old, PilotCompilation @new, DateTime asOf)
    {
        if (old is null)
        {
            throw new ArgumentNullException(nameof(old));
        }

        if (@new is null)
        {
            throw new ArgumentNullException(nameof(@new));
        }

        var context = new ComparisonContext(old, @new, asOf);
        var (before, after) = (context.Old, context.New);

        // Pair every kind first: a later comparison follows references through renames.
        var pilots = context.Pair(Pilot(before), Pilot(after));
        var goals = context.Pair(before.Goals, after.Goals);
        var sites = context.Pair(before.Sites, after.Sites);
        var waves = context.Pair(before.Waves, after.Waves);
        var indicators = context.Pair(before.Indicators, after.Indicators);
        var phases = context.Pair(before.Phases, after.Phases);
        var alerts = context.Pair(before.Alerts, after.Alerts);
        var evaluations = context.Pair(before.Evaluations, after.Evaluations);
        var stakeholders = context.Pair(before.Stakeholders, after.Stakeholders);

        Each(context, pilots, ScopeComparer.ComparePilot, ChangeKind.Scope, ChangeKind.Scope);
        Each(context, goals, (c, o, n) => TextComparer.Compare(c, o, n, "description"), ChangeKind.Scope, ChangeKind.Scope);
        Each(context, sites, ScopeComparer.CompareSite, ChangeKind.Scope, ChangeKind.Scope);
        Each(context, waves, ScopeComparer.CompareWave, ChangeKind.Scope, ChangeKind.Scope);
        Each(context, indicators, IndicatorComparer.Compare, added: ChangeKind.Scope, removed: ChangeKind.Weakening);
        Each(context, phases, ScopeComparer.ComparePhase, ChangeKind.Scope, ChangeKind.Scope);
        Each(context, alerts, AlertComparer.Compare, added: ChangeKind.Strengthening, removed: ChangeKind.Weakening);
        Each(context, evaluations, EvaluationComparer.Compare, added: ChangeKind.Strengthening, removed: ChangeKind.Weakening);
        Each(context, stakeholders, (c, o, n) => TextComparer.Compare(c, o, n, "role"), ChangeKind.Scope, ChangeKind.Scope);

        // In the new version's order; what was removed stands where its declaration does (a
        // removed requirement with its evaluation), a removed declaration at the end.
        var declared = new Dictionary<(SymbolKind, string), Syntax.SourceLocation>();
        foreach (var symbol in Pilot(after).Cast<Symbol>().Concat(after.Goals).Concat(after.Indicators).Concat(after.Sites).Concat(after.Waves)
            .Concat(after.Phases).Concat(after.Alerts).Concat(after.Evaluations).Concat(after.Stakeholders))
        {
            declared[(symbol.Kind, symbol.Name)] = symbol.Location;
        }

        return context.Changes
            .Select((change, index) => (change, index, where: change.NewLocation ?? (declared.TryGetValue((change.DeclarationKind, change.Declaration), out var at) ? at : null)))
            .OrderBy(c => c.where is null ? 1 : 0)
            .ThenBy(c => c.where?.FilePath, StringComparer.Ordinal)
            .ThenBy(c => c.where?.Span.Start ?? 0)
            .ThenBy(c => c.index)
            .Select(c => c.change)
            .ToImmutableArray();
    }

    private static IEnumerable<PilotSymbol> Pilot(BoundProgram program) =>
        program.Pilot is { } pilot ? new[] { pilot } : Array.Empty<PilotSymbol>();

    // A removed indicator takes its target and every criterion on it with it: a weakening; an
    // added indicator is scope until a target or criterion asks something of it.
    private static void Each<T>(ComparisonContext context, DeclarationPairs<T> pairs, Action<ComparisonContext, T, T> compare, ChangeKind added, ChangeKind removed)
        where T : Symbol
    {
        foreach (var symbol in pairs.Removed)
        {
            context.Add(removed, ChangeAspect.Removed, symbol, symbol.Name, null, symbol.Location, null);
        }

        foreach (var (old, @new) in pairs.Matched)
        {
            if (!string.Equals(old.Name, @new.Name, StringComparison.Ordinal))
            {
                context.Add(ChangeKind.Rename, ChangeAspect.Renamed, @new, old.Name, @new.Name, old.Location, @new.Location);
            }

            compare(context, old, @new);
        }

        foreach (var symbol in pairs.Added)
        {
            context.Add(added, ChangeAspect.Added, symbol, null, symbol.Name, null, symbol.Location);
        }
    }
}
