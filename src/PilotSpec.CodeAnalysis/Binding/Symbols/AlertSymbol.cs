using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class AlertSymbol : Symbol
{
    internal AlertSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Alert;

    public BoundExpression? Condition { get; internal set; }

    /// <summary>Who is told: `owner`, a stakeholder's name, or text.</summary>
    public ImmutableArray<string> Notify { get; internal set; } = ImmutableArray<string>.Empty;

    public string? Severity { get; internal set; }
}
