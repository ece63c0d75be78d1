using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0104: a wave, group or phase-less stakeholder nobody refers to. Limited to kinds whose
/// only purpose is to be referred to; an unreferenced indicator is still monitored, an
/// unreferenced site still runs the reform.
/// </summary>
internal sealed class UnusedDeclarationRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnusedDeclaration);

    internal override void Run(RuleContext context)
    {
        var used = context.Program.References.Values.ToImmutableHashSet();
        var written = NamesWrittenOutsideDeclarations(context.Program);
        // "did you mean 'first'?" (PS0102): the misspelt name was meant as a use of `first`.
        var suggested = context.Program.Diagnostics
            .Where(d => d.Descriptor == DiagnosticDescriptors.UndefinedNameWithSuggestion)
            .Select(d => (string)d.Arguments[1]);
        written = written.Union(suggested);
        foreach (var wave in context.Program.Waves)
        {
            // A name written where it could not be bound (under a misspelt property, say) was
            // meant as a use; the mistake there was reported already.
            if (!used.Contains(wave) && !written.Contains(wave.Name))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.UnusedDeclaration, wave.Declaration.Identifier, SymbolFacts.KindName(wave), wave.Name);
            }
        }
    }

    private static ImmutableHashSet<string> NamesWrittenOutsideDeclarations(BoundProgram program) =>
        program.Declarations.Keys.Select(d => d.SyntaxTree).Distinct()
            .SelectMany(tree => tree.Root.DescendantTokens())
            .Where(t => t.Kind == SyntaxKind.IdentifierToken && !IsDeclaredName(t) && !IsPropertyName(t))
            .Select(t => t.Text)
            .ToImmutableHashSet();

    private static bool IsDeclaredName(SyntaxToken token) =>
        token.Parent is DeclarationSyntax declaration && ReferenceEquals(declaration.Identifier, token);

    private static bool IsPropertyName(SyntaxToken token) =>
        token.Parent is PropertySyntax property && ReferenceEquals(property.NameToken, token);
}
