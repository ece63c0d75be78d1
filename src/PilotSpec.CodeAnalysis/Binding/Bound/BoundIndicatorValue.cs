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

    /// <summary>`days.effect`: the difference-in-differences estimate of the reform's effect, in the indicator's unit (one number for the evaluation).</summary>
    Effect,

    /// <summary>`days.effect_lower`: the lower end of the estimate's 95% interval.</summary>
    EffectLower,

    /// <summary>`days.effect_upper`: the upper end of the estimate's 95% interval.</summary>
    EffectUpper,
}
