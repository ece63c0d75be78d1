using System.Collections.Generic;
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
        var used = new HashSet<WaveSymbol>();
        foreach (var referenced in context.Program.ReferencedSymbols.Values)
        {
            if (referenced is WaveSymbol wave)
            {
                used.Add(wave);
            }
        }

        // Only a wave nobody refers to needs the names written elsewhere: on a large spec
        // every wave is used and the walk over every token of every file is skipped.
        HashSet<string>? written = null;
        foreach (var wave in context.Program.Waves)
        {
            // A name written where it could not be bound (under a misspelt property, say) was
            // meant as a use; the mistake there was reported already.
            if (used.Contains(wave))
            {
                continue;
            }

            written ??= NamesWrittenOutsideDeclarations(context.Program);
            if (!written.Contains(wave.Name))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.UnusedDeclaration, wave.Declaration.Identifier, SymbolFacts.KindName(wave), wave.Name);
            }
        }
    }

    private static HashSet<string> NamesWrittenOutsideDeclarations(BoundProgram program)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in program.Table.Symbols.Select(s => s.Declaration.SyntaxTree).Distinct())
        {
            foreach (var token in new TokenWalk(tree.Root))
            {
                if (token.Kind == SyntaxKind.IdentifierToken && !IsDeclaredName(token) && !IsPropertyName(token))
                {
                    names.Add(token.Text);
                }
            }
        }

        // "did you mean 'first'?" (PS0102): the misspelt name was meant as a use of `first`.
        foreach (var diagnostic in program.Diagnostics)
        {
            if (diagnostic.Descriptor == DiagnosticDescriptors.UndefinedNameWithSuggestion)
            {
                names.Add((string)diagnostic.Arguments[1]);
            }
        }

        return names;
    }

    private static bool IsDeclaredName(SyntaxToken token) =>
        token.Parent is DeclarationSyntax declaration && ReferenceEquals(declaration.Identifier, token);

    private static bool IsPropertyName(SyntaxToken token) =>
        token.Parent is PropertySyntax property && ReferenceEquals(property.NameToken, token);
}
