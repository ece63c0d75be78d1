using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// Both versions being compared, what is known of their matching, and the changes found so far.
/// </summary>
internal sealed class ComparisonContext
{
    private readonly Dictionary<Symbol, Symbol> _newOf = new();
    private readonly List<SpecChange> _changes = new();
    private readonly Dictionary<(string?, string?), (bool, bool)> _siteSets = new();

    public ComparisonContext(PilotCompilation old, PilotCompilation @new, DateTime asOf)
    {
        Old = old.Program;
        New = @new.Program;
        OldSchedule = old.Schedule;
        NewSchedule = @new.Schedule;
        AsOf = asOf;
    }

    public BoundProgram Old { get; }

    public BoundProgram New { get; }

    public PilotSchedule OldSchedule { get; }

    public PilotSchedule NewSchedule { get; }

    /// <summary>The day the comparison is made: whether the pilot has started decides what a moved baseline means.</summary>
    public DateTime AsOf { get; }

    public IReadOnlyList<SpecChange> Changes => _changes;

    /// <summary>Has the pilot (of the new version, else the old) started by <see cref="AsOf"/>?</summary>
    public bool PilotStarted => (New.Pilot?.Start ?? Old.Pilot?.Start) is { } start && start <= AsOf;

    /// <summary>Matches each kind's declarations and remembers the pairs, so that references compare by what they mean, not by their spelling.</summary>
    public DeclarationPairs<T> Pair<T>(IEnumerable<T> old, IEnumerable<T> @new)
        where T : Symbol
    {
        var pairs = DeclarationPairs<T>.Of(old, @new);
        foreach (var (before, after) in pairs.Matched)
        {
            _newOf[before] = after;
        }

        return pairs;
    }

    /// <summary>The name an old declaration has in the new version (its own if it has no counterpart).</summary>
    public string NewName(Symbol old) => _newOf.TryGetValue(old, out var now) ? now.Name : old.Name;

    /// <summary>
    /// Whether a quantifier's range lost sites or gained some. A range is fixed by what narrows
    /// it (a wave, a group, a site, or nothing: every pilot site), so each pair of those is
    /// compared once: a national programme's thousands of criteria over 35,000 sites each must
    /// not compare the sites again for every criterion.
    /// </summary>
    public (bool Dropped, bool Added) SitesChanged(BoundQuantified old, BoundQuantified @new)
    {
        var key = (old.Scope is null ? null : NewName(old.Scope), @new.Scope?.Name);
        if (!_siteSets.TryGetValue(key, out var found))
        {
            var before = new HashSet<string>(old.Sites.Select(s => NewName(s)), StringComparer.Ordinal);
            var after = new HashSet<string>(@new.Sites.Select(s => s.Name), StringComparer.Ordinal);
            found = (before.Any(s => !after.Contains(s)), after.Any(s => !before.Contains(s)));
            _siteSets[key] = found;
        }

        return found;
    }

    public void Add(ChangeKind kind, ChangeAspect aspect, Symbol declaration, string? oldValue, string? newValue, SourceLocation? oldLocation, SourceLocation? newLocation, string? property = null) =>
        _changes.Add(new SpecChange(kind, aspect, declaration.Kind, declaration.Name, oldValue, newValue, oldLocation, newLocation, property));

    /// <summary>Turns the parts of a condition that differ into changes: easier is <paramref name="easierIs"/>, harder its reverse.</summary>
    public void AddConditionChanges(Symbol declaration, List<ConditionChange> changes, ChangeKind easierIs)
    {
        var harderIs = easierIs == ChangeKind.Weakening ? ChangeKind.Strengthening : ChangeKind.Weakening;
        foreach (var change in changes)
        {
            var kind = change.Ease switch
            {
                Ease.Easier => easierIs,
                Ease.Harder => harderIs,
                _ => ChangeKind.Scope,
            };
            Add(kind, change.Aspect, declaration, change.Old.ToString(), change.New.ToString(), change.Old.GetLocation(), change.New.GetLocation());
        }
    }

    /// <summary>A day as the schedule writes it (yyyy-MM-dd), or null.</summary>
    public static string? DateText(DateTime? date) => date is { } day ? ScheduleResolver.Format(day) : null;

    /// <summary>Where a property of a declaration is written (its first value), or the declaration's name when it has none.</summary>
    public static SourceLocation Where(Symbol symbol, string property) =>
        PropertyOf(symbol, property) is { } found ? found.GetLocation() : symbol.Location;

    /// <summary>The value of a property as written (after the colon), or null.</summary>
    public static string? Written(Symbol symbol, string property) =>
        PropertyOf(symbol, property) is { } found ? string.Join(", ", found.Values.Select(v => v.ToString())) : null;

    /// <summary>Whether a property is written with the same tokens in both (trivia aside), without writing either out.</summary>
    public static bool SameTokens(Symbol old, Symbol @new, string property)
    {
        var before = PropertyOf(old, property);
        var after = PropertyOf(@new, property);
        if (before is null || after is null)
        {
            return before is null && after is null;
        }

        return before.Values.SelectMany(v => v.DescendantTokens()).Select(t => t.Text)
            .SequenceEqual(after.Values.SelectMany(v => v.DescendantTokens()).Select(t => t.Text), StringComparer.Ordinal);
    }

    /// <summary>Every property of that name, in order (a declaration may repeat `require:` or `target:`).</summary>
    public static IEnumerable<PropertySyntax> PropertiesOf(Symbol symbol, string property) =>
        symbol.Declaration.Properties.Where(p => string.Equals(p.NameToken.Text, property, StringComparison.Ordinal));

    private static PropertySyntax? PropertyOf(Symbol symbol, string property) => PropertiesOf(symbol, property).FirstOrDefault();
}
