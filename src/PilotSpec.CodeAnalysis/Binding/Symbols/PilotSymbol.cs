using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class PilotSymbol : Symbol
{
    internal PilotSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Pilot;

    public string? Owner { get; internal set; }
    public string? Sponsor { get; internal set; }
    public ImmutableArray<string> Partners { get; internal set; } = ImmutableArray<string>.Empty;
    public string? Problem { get; internal set; }
    public string? Description { get; internal set; }
    public DateTime? Start { get; internal set; }
    public DateTime? PlannedEnd { get; internal set; }
}
