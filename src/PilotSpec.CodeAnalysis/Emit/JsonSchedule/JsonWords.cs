using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// The words the schedule uses for the compiler's enums. Spelled out here, not taken from
/// enum names, so renaming a C# member can never change the output format; each list is an
/// `enum` in docs/schemas/schedule.schema.json.
/// </summary>
internal static class JsonWords
{
    public static string? Of(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "higher",
        Direction.LowerIsBetter => "lower",
        _ => null,
    };

    /// <summary>`+15%` is relative, `+15 points` a change in percentage points, `-3 minutes` a change in the indicator's unit.</summary>
    public static string Of(Target target) => target.Kind switch
    {
        TargetKind.Absolute => "absolute",
        TargetKind.RelativeChange => "relative",
        _ when target.Amount.Unit.Dimension == Dimension.Points => "points",
        _ => "change",
    };

    public static string Of(MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Weekly => "weekly",
        MeasurementFrequency.Monthly => "monthly",
        MeasurementFrequency.Quarterly => "quarterly",
        MeasurementFrequency.SemiAnnually => "semiannually",
        _ => "annually",
    };

    public static string Of(SiteRole role) => role == SiteRole.Comparison ? "comparison" : "pilot";

    public static string Of(Dimension dimension) => dimension switch
    {
        Dimension.Scalar => "scalar",
        Dimension.Percent => "percent",
        Dimension.Points => "points",
        Dimension.Time => "time",
        Dimension.Currency => "currency",
        _ => "count",
    };

    /// <summary>A unit's name as a spec writes it; a plain number is "number".</summary>
    public static string Of(Unit unit) => unit.ToString();

    public static string Of(BoundBinaryOperator op) => op switch
    {
        BoundBinaryOperator.Add => "+",
        BoundBinaryOperator.Subtract => "-",
        BoundBinaryOperator.Multiply => "*",
        BoundBinaryOperator.Divide => "/",
        BoundBinaryOperator.Less => "<",
        BoundBinaryOperator.LessOrEqual => "<=",
        BoundBinaryOperator.Greater => ">",
        BoundBinaryOperator.GreaterOrEqual => ">=",
        BoundBinaryOperator.Equal => "==",
        BoundBinaryOperator.NotEqual => "!=",
        BoundBinaryOperator.And => "and",
        _ => "or",
    };

    public static string Of(BoundUnaryOperator op) => op == BoundUnaryOperator.Not ? "not" : "-";

    public static string Of(IndicatorMember member) => member switch
    {
        IndicatorMember.Latest => "latest",
        IndicatorMember.Baseline => "baseline",
        IndicatorMember.Target => "target",
        IndicatorMember.Change => "change",
        IndicatorMember.Mean => "mean",
        IndicatorMember.Grade => "grade",
        IndicatorMember.Effect => "effect",
        IndicatorMember.EffectLower => "effect_lower",
        IndicatorMember.EffectUpper => "effect_upper",
        _ => "trend",
    };

    public static string Of(QuantifierKind quantifier) => quantifier switch
    {
        QuantifierKind.All => "all",
        QuantifierKind.Any => "any",
        QuantifierKind.Share => "share",
        _ => "count",
    };

    public static string Of(CriteriaCount count) => count switch
    {
        CriteriaCount.All => "all",
        CriteriaCount.Any => "any",
        _ => "none",
    };
}
