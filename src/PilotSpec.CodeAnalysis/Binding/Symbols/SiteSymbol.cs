using System.Collections.Immutable;
using System.Threading;
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

    private ImmutableDictionary<string, string>? _attributes;
    private bool _attributesBound;

    /// <summary>Any other property, as written (population, field...).</summary>
    /// <remarks>
    /// Read from the declaration on first use: only the emitters ask, and making one
    /// dictionary per site while binding was a large share of checking a national spec.
    /// Empty for a site that was not bound (a duplicate name).
    /// </remarks>
    public ImmutableDictionary<string, string> Attributes =>
        !_attributesBound
            ? ImmutableDictionary<string, string>.Empty
            : LazyInitializer.EnsureInitialized(ref _attributes, () => Declarations.SiteBinder.ReadAttributes(this))!;

    /// <summary>Called by the binder: the site is bound, so its attributes are read when asked for.</summary>
    internal void BindAttributes() => _attributesBound = true;
}

public enum SiteRole
{
    /// <summary>The reform runs here (treatment).</summary>
    Pilot,

    /// <summary>The reform does not run here; it is the control the pilot sites are compared with.</summary>
    Comparison,
}
