using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class PhaseSymbol : Symbol
{
    internal PhaseSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Phase;

    /// <summary>A fixed start date (`start: 2019-03-01`).</summary>
    public DateTime? StartDate { get; internal set; }

    /// <summary>The phase this one follows (`after: Launch`), and the offset after its end (`+ 9 months`).</summary>
    public PhaseSymbol? After { get; internal set; }

    public CalendarDuration? AfterOffset { get; internal set; }

    public CalendarDuration? Duration { get; internal set; }

    /// <summary>A fixed end date (`end: 2020-12-31`).</summary>
    public DateTime? EndDate { get; internal set; }

    /// <summary>The waves and sites it runs in, in the order written (staggering follows this order).</summary>
    public ImmutableArray<Symbol> RunsIn { get; internal set; } = ImmutableArray<Symbol>.Empty;

    /// <summary>`in: all sites`.</summary>
    public bool RunsAtAllSites { get; internal set; }

    /// <summary>The delay between successive waves' starts.</summary>
    public CalendarDuration? Stagger { get; internal set; }

    /// <summary>
    /// `lag:` of a stepped-wedge roll-out: how long after its start a wave still counts as in
    /// transition, left out of the effect estimate (the reform takes time to bite).
    /// </summary>
    public CalendarDuration? Lag { get; internal set; }

    public ImmutableArray<string> Activities { get; internal set; } = ImmutableArray<string>.Empty;

    /// <summary>`entry:`: what must hold before the phase may start at a site.</summary>
    public Bound.BoundExpression? Entry { get; internal set; }

    /// <summary>`exit:`: what must hold before the phase may end (`data_quality >= 95% at all sites`).</summary>
    public Bound.BoundExpression? Exit { get; internal set; }
}
