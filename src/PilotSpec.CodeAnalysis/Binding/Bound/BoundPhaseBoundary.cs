using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>`start of Phase` or `end of Phase`: a date the schedule fixes.</summary>
public sealed class BoundPhaseBoundary : BoundExpression
{
    internal BoundPhaseBoundary(ExpressionSyntax syntax, PhaseSymbol phase, bool isEnd)
        : base(syntax, PilotType.Date)
    {
        Phase = phase;
        IsEnd = isEnd;
    }

    public PhaseSymbol Phase { get; }

    public bool IsEnd { get; }
}
