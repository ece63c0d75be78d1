using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// What a change between two versions of a spec means for the people who hold a pilot to it.
/// </summary>
public enum ChangeKind
{
    /// <summary>A promise made easier to keep: a target eased in the indicator's direction, a deadline moved later, a quantifier loosened, a requirement removed, a decision made easier to reach, a baseline moved after the pilot started.</summary>
    Weakening,

    /// <summary>The reverse of a weakening.</summary>
    Strengthening,

    /// <summary>What the pilot covers or when: sites, waves, phases and dates, units, methods.</summary>
    Scope,

    /// <summary>A name changed, the declaration otherwise the same one (matched by its title).</summary>
    Rename,

    /// <summary>Titles and descriptive text: not reported unless asked for.</summary>
    Cosmetic,
}

/// <summary>Which part of a declaration changed.</summary>
public enum ChangeAspect
{
    Added,
    Removed,
    Renamed,
    Text,
    Unit,
    Direction,
    Baseline,
    Target,
    TargetDeadline,
    Frequency,
    Dates,
    Sites,
    Role,
    Timing,
    Method,
    ComparedAgainst,
    Threshold,
    Quantifier,
    QuantifiedSites,
    Sustained,
    Connective,
    Requirement,
    DecisionRule,
    Otherwise,
    AlertCondition,
}

/// <summary>
/// One change between two versions of a spec: the declaration it belongs to, what changed, both
/// sides' values as written (or as resolved, for dates) and where they are. A side is null where
/// the change added or removed something.
/// </summary>
public sealed class SpecChange
{
    public SpecChange(ChangeKind kind, ChangeAspect aspect, SymbolKind declarationKind, string declaration, string? oldValue, string? newValue, SourceLocation? oldLocation, SourceLocation? newLocation, string? property = null)
    {
        Kind = kind;
        Aspect = aspect;
        DeclarationKind = declarationKind;
        Declaration = declaration;
        OldValue = oldValue;
        NewValue = newValue;
        OldLocation = oldLocation;
        NewLocation = newLocation;
        Property = property;
    }

    public ChangeKind Kind { get; }

    public ChangeAspect Aspect { get; }

    /// <summary>The kind of the declaration the change belongs to (indicator, evaluation...).</summary>
    public SymbolKind DeclarationKind { get; }

    /// <summary>The declaration's name in the new version (the old one where it was removed).</summary>
    public string Declaration { get; }

    /// <summary>For a <see cref="ChangeAspect.Text"/> change: the property that changed (title, owner...).</summary>
    public string? Property { get; }

    public string? OldValue { get; }

    public string? NewValue { get; }

    public SourceLocation? OldLocation { get; }

    public SourceLocation? NewLocation { get; }

    public override string ToString() => $"{Kind} {Aspect} {DeclarationKind} {Declaration}: {OldValue ?? "-"} -> {NewValue ?? "-"}";
}
