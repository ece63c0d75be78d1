using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

public sealed class BoundBinary : BoundExpression
{
    internal BoundBinary(ExpressionSyntax syntax, PilotType type, BoundExpression left, BoundBinaryOperator @operator, BoundExpression right)
        : base(syntax, type)
    {
        Left = left;
        Operator = @operator;
        Right = right;
    }

    public BoundExpression Left { get; }

    public BoundBinaryOperator Operator { get; }

    public BoundExpression Right { get; }
}

public enum BoundBinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
}
