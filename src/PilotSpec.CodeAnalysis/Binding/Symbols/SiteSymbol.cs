using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class SiteSymbol : Symbol
{
    internal SiteSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Site;

    /// <summary>Administrative level: province, city, county, department...</summary>
    public string? Level { get; internal set; }

    public string? Region { get; internal set; }

    public SiteRole Role { get; internal set; } = SiteRole.Pilot;

    public SiteSymbol? ParentSite { get; internal set; }

    /// <summary>Any other property, as written (population, field...).</summary>
    public ImmutableDictionary<string, string> Attributes { get; internal set; } = ImmutableDictionary<string, string>.Empty;
}

public enum SiteRole
{
    /// <summary>The reform runs here (treatment).</summary>
    Pilot,

    /// <summary>The reform does not run here; it is the control the pilot sites are compared with.</summary>
    Comparison,
}
