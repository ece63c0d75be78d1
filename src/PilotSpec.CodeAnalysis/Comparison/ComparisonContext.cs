using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
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

    public void Add(ChangeKind kind, ChangeAspect aspect, Symbol declaration, string? oldValue, string? newValue, SourceLocation? oldLocation, SourceLocation? newLocation, string? property = null) =>
        _changes.Add(new SpecChange(kind, aspect, declaration.Kind, declaration.Name, oldValue, newValue, oldLocation, newLocation, property));

    /// <summary>Where a property of a declaration is written (its first value), or the declaration's name when it has none.</summary>
    public static SourceLocation Where(Symbol symbol, string property) =>
        PropertyOf(symbol, property) is { } found ? found.GetLocation() : symbol.Location;

    /// <summary>The value of a property as written (after the colon), or null.</summary>
    public static string? Written(Symbol symbol, string property) =>
        PropertyOf(symbol, property) is { } found ? string.Join(", ", found.Values.Select(v => v.ToString())) : null;

    /// <summary>Every property of that name, in order (a declaration may repeat `require:` or `target:`).</summary>
    public static IEnumerable<PropertySyntax> PropertiesOf(Symbol symbol, string property) =>
        symbol.Declaration.Properties.Where(p => string.Equals(p.NameToken.Text, property, StringComparison.Ordinal));

    private static PropertySyntax? PropertyOf(Symbol symbol, string property) => PropertiesOf(symbol, property).FirstOrDefault();
}
