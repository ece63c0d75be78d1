using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>
/// An expression after binding: names resolved to symbols, literals to values, every node
/// typed. The emitters translate these, never the syntax, so the JSON schedule and the C#
/// monitor mean exactly what the checks checked.
/// </summary>
public abstract class BoundExpression
{
    private protected BoundExpression(ExpressionSyntax syntax, PilotType type)
    {
        Syntax = syntax;
        Type = type;
    }

    public ExpressionSyntax Syntax { get; }

    public PilotType Type { get; }

    public bool HasErrors => Type is ErrorType;
}
