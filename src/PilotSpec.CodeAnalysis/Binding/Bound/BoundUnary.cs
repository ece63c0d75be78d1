using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

public sealed class BoundUnary : BoundExpression
{
    internal BoundUnary(ExpressionSyntax syntax, PilotType type, BoundUnaryOperator @operator, BoundExpression operand)
        : base(syntax, type)
    {
        Operator = @operator;
        Operand = operand;
    }

    public BoundUnaryOperator Operator { get; }

    public BoundExpression Operand { get; }
}

public enum BoundUnaryOperator
{
    Negate,
    Not,
}
