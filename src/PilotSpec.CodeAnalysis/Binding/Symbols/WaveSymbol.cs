using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>A wave or group: a named set of sites.</summary>
public sealed class WaveSymbol : Symbol
{
    internal WaveSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Wave;

    /// <summary>`wave` (a step of a staged rollout) or `group` (any named set).</summary>
    public bool IsGroup => Declaration.Keyword.Kind == SyntaxKind.GroupKeyword;

    public ImmutableArray<SiteSymbol> Sites { get; internal set; } = ImmutableArray<SiteSymbol>.Empty;
}
