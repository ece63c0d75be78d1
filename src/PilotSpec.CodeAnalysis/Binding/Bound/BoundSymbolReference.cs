using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>A name that resolved to a declaration: a site, a wave, a phase, a stakeholder.</summary>
public sealed class BoundSymbolReference : BoundExpression
{
    internal BoundSymbolReference(ExpressionSyntax syntax, PilotType type, Symbol symbol)
        : base(syntax, type)
    {
        Symbol = symbol;
    }

    public Symbol Symbol { get; }
}
