using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>`condition for 2 consecutive months`: true once the condition held in that many consecutive periods.</summary>
public sealed class BoundSustained : BoundExpression
{
    internal BoundSustained(ExpressionSyntax syntax, PilotType type, BoundExpression condition, int periods, Unit periodUnit, bool consecutive)
        : base(syntax, type)
    {
        Condition = condition;
        Periods = periods;
        PeriodUnit = periodUnit;
        Consecutive = consecutive;
    }

    public BoundExpression Condition { get; }

    public int Periods { get; }

    public Unit PeriodUnit { get; }

    public bool Consecutive { get; }
}
