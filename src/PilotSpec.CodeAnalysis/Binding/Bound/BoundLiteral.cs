using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>
/// A literal: a <see cref="Quantity"/> (numbers, percentages, points, durations), a date, a
/// string, a boolean, or a vocabulary word (`quarterly`, `scale_up`).
/// </summary>
public sealed class BoundLiteral : BoundExpression
{
    internal BoundLiteral(ExpressionSyntax syntax, PilotType type, object value)
        : base(syntax, type)
    {
        Value = value;
    }

    public object Value { get; }

    /// <summary>A leading `+` or `-`: the writer wrote a change, not a level (`+15%`).</summary>
    public bool IsSigned { get; internal init; }
}
