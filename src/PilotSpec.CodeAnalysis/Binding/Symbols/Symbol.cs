using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// A declared thing: a pilot, goal, indicator, site, wave, phase, alert, evaluation or
/// stakeholder. A symbol's bound facts are filled in once by the binder, before the
/// compilation hands it out; after that it never changes.
/// </summary>
public abstract class Symbol
{
    private protected Symbol(DeclarationSyntax declaration)
    {
        Declaration = declaration;
        Name = Names.NameText.Of(declaration.Identifier.Text);
        Title = declaration.Title?.Value as string;
    }

    public abstract SymbolKind Kind { get; }

    public string Name { get; }

    /// <summary>The human title after the name, if any.</summary>
    public string? Title { get; }

    public DeclarationSyntax Declaration { get; }

    /// <summary>The symbol whose body declares this one (a goal's indicator, a parent's site); set once by the declaration collector.</summary>
    internal Symbol? Container { get; set; }

    /// <summary>Where the name is declared.</summary>
    public SourceLocation Location => Declaration.Identifier.GetLocation();

    /// <summary>The lower-case word for the kind, as a spec writes it (`indicator`).</summary>
    public string KindWord => SymbolFacts.KindWord(Kind);

    public override string ToString() => $"{KindWord} {Name}";
}
