using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>
/// A per-site condition folded over sites: `... at all sites`, `... at 80% of sites in first`,
/// `... at any site`, `... at 东城区`, `... in second`.
/// </summary>
public sealed class BoundQuantified : BoundExpression
{
    internal BoundQuantified(ExpressionSyntax syntax, PilotType type, BoundExpression condition, QuantifierKind quantifier, decimal? share, ImmutableArray<SiteSymbol> sites, Symbol? scope)
        : base(syntax, type)
    {
        Condition = condition;
        Quantifier = quantifier;
        Share = share;
        Sites = sites;
        Scope = scope;
    }

    public BoundExpression Condition { get; }

    public QuantifierKind Quantifier { get; }

    /// <summary>For <see cref="QuantifierKind.Share"/>: the percentage of sites; for <see cref="QuantifierKind.Count"/>: how many sites.</summary>
    public decimal? Share { get; }

    /// <summary>The sites the quantifier ranges over, resolved (pilot sites by default, never comparison sites unless named).</summary>
    public ImmutableArray<SiteSymbol> Sites { get; }

    /// <summary>The wave, group or site that narrowed the range; null for all pilot sites.</summary>
    public Symbol? Scope { get; }
}

public enum QuantifierKind
{
    All,
    Any,
    Share,
    Count,
}
