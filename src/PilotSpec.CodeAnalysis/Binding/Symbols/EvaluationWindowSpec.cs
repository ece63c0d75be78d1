using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// `window:` of an evaluation — the stretch of time its means, trends and changes read: the
/// last periods (`window: 4 quarters`), from a day or a phase boundary on (`window: start of
/// Reform`), or between two days (`window: 2019-01-01, 2019-12-31`).
/// </summary>
/// <param name="Periods">For the last periods, how many; null otherwise.</param>
/// <param name="PeriodUnit">For the last periods, the calendar period (months, quarters, years).</param>
/// <param name="From">Otherwise, the first day: a date or a phase's start or end.</param>
/// <param name="To">The last day, when the window ends before the evaluation.</param>
/// <param name="Syntax">The property.</param>
public sealed record EvaluationWindowSpec(int? Periods, Unit? PeriodUnit, BoundExpression? From, BoundExpression? To, PropertySyntax Syntax);

/// <summary>
/// `consequence: "Budget -10% next year" when evaluation_score.grade == 差`: what an evaluation
/// does to each site whose own result meets the condition.
/// </summary>
/// <param name="Text">What happens to the site.</param>
/// <param name="Condition">The condition, judged at each site of its set (a quantifier over them).</param>
/// <param name="Syntax">The value in the spec.</param>
public sealed record ConsequenceRule(string Text, BoundExpression Condition, PropertyValueSyntax Syntax);
