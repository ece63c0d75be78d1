using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class EvaluationSymbol : Symbol
{
    internal EvaluationSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Evaluation;

    /// <summary>When it happens: a date, or the start or end of a phase.</summary>
    public BoundExpression? Timing { get; internal set; }

    /// <summary>before_after, difference_in_differences, third_party_survey... in the order written.</summary>
    public ImmutableArray<string> Methods { get; internal set; } = ImmutableArray<string>.Empty;

    /// <summary>The comparison sites of a difference-in-differences (`against comparison_group`).</summary>
    public Symbol? ComparedAgainst { get; internal set; }

    /// <summary>
    /// Whether it estimates the reform's effect: `method: difference_in_differences against` a group
    /// or a site. Only then do its criteria have `.effect` to read and its design an MDE.
    /// </summary>
    public bool EstimatesEffect => EstimatesDifferenceInDifferences || EstimatesSteppedWedge;

    /// <summary>`method: difference_in_differences against` a group or a site.</summary>
    public bool EstimatesDifferenceInDifferences => Methods.Contains("difference_in_differences") && ComparedAgainst is WaveSymbol or SiteSymbol;

    /// <summary>`method: stepped_wedge` with a roll-out to judge (<see cref="Rollout"/>).</summary>
    public bool EstimatesSteppedWedge => Methods.Contains("stepped_wedge") && Rollout is not null;

    /// <summary>For `method: stepped_wedge`: the staggered phase it judges (<see cref="SteppedWedgeRollout"/>); null when none or several could be.</summary>
    public PhaseSymbol? Rollout { get; internal set; }

    /// <summary>For `method: stepped_wedge`: how many phases could be its roll-out (1 when <see cref="Rollout"/> is found).</summary>
    public int RolloutCandidates { get; internal set; }

    /// <summary>The sites named after `against`: the group's, or the one site; empty when none is named.</summary>
    public System.Collections.Immutable.ImmutableArray<SiteSymbol> SitesComparedAgainst => ComparedAgainst switch
    {
        WaveSymbol group => group.Sites,
        SiteSymbol site => System.Collections.Immutable.ImmutableArray.Create(site),
        _ => System.Collections.Immutable.ImmutableArray<SiteSymbol>.Empty,
    };

    public ImmutableArray<BoundExpression> Criteria { get; internal set; } = ImmutableArray<BoundExpression>.Empty;

    public ImmutableArray<DecisionRule> Decisions { get; internal set; } = ImmutableArray<DecisionRule>.Empty;

    /// <summary>The decision when no rule applies; null when the spec gives none.</summary>
    public Decision? Otherwise { get; internal set; }

    /// <summary>`window:`: the stretch of time its means, trends and changes read; null for everything up to its date.</summary>
    public EvaluationWindowSpec? Window { get; internal set; }

    /// <summary>`consequence:` lines: what it does to each site on the site's own result, in order.</summary>
    public ImmutableArray<ConsequenceRule> Consequences { get; internal set; } = ImmutableArray<ConsequenceRule>.Empty;
}

/// <summary>`decide: scale_up when all met`.</summary>
public sealed record DecisionRule(Decision Decision, BoundExpression Condition, PropertySyntax Syntax);

public enum Decision
{
    ScaleUp,
    Adjust,
    Extend,
    Terminate,
}

public static class DecisionFacts
{
    public static Decision? Parse(string word) => word switch
    {
        "scale_up" or "推广" => Decision.ScaleUp,
        "adjust" or "调整" => Decision.Adjust,
        "extend" or "延长" => Decision.Extend,
        "terminate" or "终止" => Decision.Terminate,
        _ => null,
    };

    public static string[] Words { get; } = { "scale_up", "adjust", "extend", "terminate" };

    /// <summary>The Chinese words for the decisions, accepted wherever the English ones are (the model and reports use the English).</summary>
    public static string[] ChineseWords { get; } = { "推广", "调整", "延长", "终止" };

    public static string Word(this Decision decision) => decision switch
    {
        Decision.ScaleUp => "scale_up",
        Decision.Adjust => "adjust",
        Decision.Extend => "extend",
        _ => "terminate",
    };
}
