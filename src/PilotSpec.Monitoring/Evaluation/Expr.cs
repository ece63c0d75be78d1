using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// A condition or value of the spec as data: what a criterion, decision rule or alert reads,
/// lowered by the compiler (units converted, <c>%</c> read as relative, site sets resolved) and
/// interpreted by <see cref="ExprEvaluator"/>. The generated monitors and <c>pilotc evaluate</c>
/// both build these from the same model (<see cref="PilotModel"/>) and run the same interpreter:
/// the semantics live in one place. Immutable.
/// </summary>
public abstract class Expr
{
    private protected Expr()
    {
    }
}

/// <summary>A constant: a number (decimal), a date, a text, a truth value, or unknown (null).</summary>
public sealed class ConstantExpr : Expr
{
    /// <summary>Creates a constant.</summary>
    public ConstantExpr(object? value)
    {
        Value = value switch
        {
            null or decimal or bool or string or DateTime => value,
            _ => throw new ArgumentException("A constant is a decimal, a bool, a string, a DateTime or null.", nameof(value)),
        };
    }

    /// <summary>The value.</summary>
    public object? Value { get; }
}

/// <summary>What an expression reads of an indicator at the current site.</summary>
public enum ValueMember
{
    /// <summary>The latest value (<c>x</c>, <c>x.latest</c>).</summary>
    Latest,

    /// <summary>The mean of the recorded values.</summary>
    Mean,

    /// <summary>The fitted change per measurement period, in the indicator's unit.</summary>
    Trend,

    /// <summary>The fitted change per period, in percent of the site's baseline (compared with <c>%</c>).</summary>
    RelativeTrend,

    /// <summary>Latest minus the site's baseline, in the indicator's unit.</summary>
    Change,

    /// <summary>Latest minus the site's baseline, in percent of it (compared with <c>%</c>).</summary>
    RelativeChange,

    /// <summary>The site's baseline (the programme's outside a site quantifier).</summary>
    Baseline,

    /// <summary>The first part of the target, resolved from the site's baseline (the programme's outside a site quantifier).</summary>
    Target,

    /// <summary>The rank of the grade band of the latest value, 0 for the lowest (<see cref="GradeScale.RankOf(decimal?)"/>).</summary>
    Grade,

    /// <summary>The evaluation's difference-in-differences estimate of the effect (<see cref="EffectEstimate.Effect"/>): one number, not per site.</summary>
    Effect,

    /// <summary>The lower end of the estimate's 95% interval.</summary>
    EffectLower,

    /// <summary>The upper end of the estimate's 95% interval.</summary>
    EffectUpper,
}

/// <summary>An indicator's value: <c>clearance_rate.change</c>.</summary>
public sealed class IndicatorExpr : Expr
{
    /// <summary>Creates a read of <paramref name="indicator"/>.</summary>
    public IndicatorExpr(IndicatorDefinition indicator, ValueMember member)
    {
        Indicator = indicator ?? throw new ArgumentNullException(nameof(indicator));
        Member = member;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>What is read.</summary>
    public ValueMember Member { get; }
}

/// <summary>Unary operators.</summary>
public enum UnaryOperator
{
    /// <summary>Three-valued not.</summary>
    Not,

    /// <summary>Arithmetic minus.</summary>
    Negate,
}

/// <summary><c>not a</c>, <c>-a</c>.</summary>
public sealed class UnaryExpr : Expr
{
    /// <summary>Creates the expression.</summary>
    public UnaryExpr(UnaryOperator @operator, Expr operand)
    {
        Operator = @operator;
        Operand = operand ?? throw new ArgumentNullException(nameof(operand));
    }

    /// <summary>The operator.</summary>
    public UnaryOperator Operator { get; }

    /// <summary>The operand.</summary>
    public Expr Operand { get; }
}

/// <summary>Binary operators: arithmetic, comparison, three-valued logic.</summary>
public enum BinaryOperator
{
    /// <summary>+</summary>
    Add,

    /// <summary>-</summary>
    Subtract,

    /// <summary>*</summary>
    Multiply,

    /// <summary>/</summary>
    Divide,

    /// <summary>&lt;</summary>
    Less,

    /// <summary>&lt;=</summary>
    LessOrEqual,

    /// <summary>&gt;</summary>
    Greater,

    /// <summary>&gt;=</summary>
    GreaterOrEqual,

    /// <summary>==</summary>
    Equal,

    /// <summary>!=</summary>
    NotEqual,

    /// <summary>and</summary>
    And,

    /// <summary>or</summary>
    Or,
}

/// <summary><c>a op b</c>.</summary>
public sealed class BinaryExpr : Expr
{
    /// <summary>Creates the expression.</summary>
    public BinaryExpr(BinaryOperator @operator, Expr left, Expr right)
    {
        Operator = @operator;
        Left = left ?? throw new ArgumentNullException(nameof(left));
        Right = right ?? throw new ArgumentNullException(nameof(right));
    }

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public Expr Left { get; }

    /// <summary>The right operand.</summary>
    public Expr Right { get; }
}

/// <summary>Site quantifiers.</summary>
public enum Quantifier
{
    /// <summary><c>at all sites</c></summary>
    All,

    /// <summary><c>at any site</c></summary>
    Any,

    /// <summary><c>at 80% of sites</c></summary>
    Share,

    /// <summary><c>at 3 of sites</c></summary>
    Count,
}

/// <summary>A per-site condition folded over a set of sites: <c>... at 80% of sites in first</c>.</summary>
public sealed class QuantifiedExpr : Expr
{
    /// <summary>Creates the expression.</summary>
    /// <param name="quantifier">How the sites' outcomes fold.</param>
    /// <param name="amount">The percentage for <see cref="Quantifier.Share"/>, the number for <see cref="Quantifier.Count"/>.</param>
    /// <param name="sites">The sites, resolved.</param>
    /// <param name="scope">What the spec named (a wave, group or site); null for all pilot sites.</param>
    /// <param name="body">The condition at one site.</param>
    public QuantifiedExpr(Quantifier quantifier, decimal? amount, IEnumerable<Site> sites, string? scope, Expr body)
    {
        Quantifier = quantifier;
        Amount = amount;
        Sites = new ReadOnlyCollection<Site>((sites ?? throw new ArgumentNullException(nameof(sites))).ToArray());
        Scope = scope;
        Body = body ?? throw new ArgumentNullException(nameof(body));
        if (quantifier is Quantifier.Share or Quantifier.Count && amount is null)
        {
            throw new ArgumentException("A share or count quantifier needs its amount.", nameof(amount));
        }
    }

    /// <summary>How the sites' outcomes fold.</summary>
    public Quantifier Quantifier { get; }

    /// <summary>The percentage or number of sites.</summary>
    public decimal? Amount { get; }

    /// <summary>The sites.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>What the spec named; null for all pilot sites.</summary>
    public string? Scope { get; }

    /// <summary>The condition at one site.</summary>
    public Expr Body { get; }
}

/// <summary><c>condition for 2 consecutive months</c>.</summary>
public sealed class SustainedExpr : Expr
{
    /// <summary>Creates the expression.</summary>
    /// <param name="periods">How many consecutive periods.</param>
    /// <param name="unit">The period.</param>
    /// <param name="indicators">The indicators the condition reads (their data dates the latest period).</param>
    /// <param name="sites">The sites whose data dates the latest period; null for the current site of a per-site condition.</param>
    /// <param name="body">The condition, judged period by period.</param>
    public SustainedExpr(int periods, PeriodUnit unit, IEnumerable<IndicatorDefinition> indicators, IEnumerable<Site>? sites, Expr body)
    {
        if (periods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), "A sustained condition needs one period at least.");
        }

        Periods = periods;
        Unit = unit;
        Indicators = new ReadOnlyCollection<IndicatorDefinition>((indicators ?? throw new ArgumentNullException(nameof(indicators))).ToArray());
        Sites = sites is null ? null : new ReadOnlyCollection<Site>(sites.ToArray());
        Body = body ?? throw new ArgumentNullException(nameof(body));
    }

    /// <summary>How many consecutive periods.</summary>
    public int Periods { get; }

    /// <summary>The period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The indicators the condition reads.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The sites whose data dates the latest period; null for the current site.</summary>
    public IReadOnlyList<Site>? Sites { get; }

    /// <summary>The condition.</summary>
    public Expr Body { get; }
}

/// <summary>How many of an evaluation's criteria a decision rule asks for.</summary>
public enum CriteriaCount
{
    /// <summary><c>all met</c></summary>
    All,

    /// <summary><c>any met</c></summary>
    Any,

    /// <summary><c>none met</c></summary>
    None,
}

/// <summary><c>all met</c>, <c>any met</c>, <c>none met</c> in a decision rule.</summary>
public sealed class CriteriaCountExpr : Expr
{
    /// <summary>Creates the expression.</summary>
    public CriteriaCountExpr(CriteriaCount count) => Count = count;

    /// <summary>Which count.</summary>
    public CriteriaCount Count { get; }
}
