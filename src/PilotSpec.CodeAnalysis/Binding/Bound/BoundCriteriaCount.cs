using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>`all met`, `any met`, `none met`: over the evaluation's `require:` criteria.</summary>
public sealed class BoundCriteriaCount : BoundExpression
{
    internal BoundCriteriaCount(ExpressionSyntax syntax, CriteriaCount count)
        : base(syntax, PilotType.Boolean)
    {
        Count = count;
    }

    public CriteriaCount Count { get; }
}

public enum CriteriaCount
{
    All,
    Any,
    None,
}
