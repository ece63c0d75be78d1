using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class StakeholderSymbol : Symbol
{
    internal StakeholderSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Stakeholder;

    /// <summary>third_party_evaluator, research_institute, government_department...</summary>
    public string? Role { get; internal set; }
}
