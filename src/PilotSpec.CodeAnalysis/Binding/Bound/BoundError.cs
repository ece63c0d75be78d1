using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>An expression that could not be bound; its error is already reported, so nothing above it reports again.</summary>
public sealed class BoundError : BoundExpression
{
    internal BoundError(ExpressionSyntax syntax)
        : base(syntax, PilotType.Error)
    {
    }
}
