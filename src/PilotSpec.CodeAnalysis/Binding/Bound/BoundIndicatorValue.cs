using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>An indicator's value at a site: `clearance_rate` (its latest value) or `clearance_rate.change`.</summary>
public sealed class BoundIndicatorValue : BoundExpression
{
    internal BoundIndicatorValue(ExpressionSyntax syntax, PilotType type, IndicatorSymbol indicator, IndicatorMember member)
        : base(syntax, type)
    {
        Indicator = indicator;
        Member = member;
    }

    public IndicatorSymbol Indicator { get; }

    public IndicatorMember Member { get; }
}

/// <summary>What of an indicator an expression reads.</summary>
public enum IndicatorMember
{
    Latest,
    Baseline,
    Target,
    Change,
    Mean,
    Trend,

    /// <summary>`score.grade`: the rank of the band of the latest value, compared with the bands' names.</summary>
    Grade,
}
