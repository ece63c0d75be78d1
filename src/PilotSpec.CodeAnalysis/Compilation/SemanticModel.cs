using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// Questions about one file of a compilation: which symbol a name or position means, the
/// type of an expression, where a symbol is referenced, what is wrong in this file. The
/// language server answers hover, go-to-definition, references and rename from here.
/// </summary>
public sealed class SemanticModel
{
    private readonly PilotCompilation _compilation;
    private ImmutableDictionary<ExpressionSyntax, BoundExpression>? _boundBySyntax;

    internal SemanticModel(PilotCompilation compilation, SyntaxTree tree)
    {
        _compilation = compilation;
        SyntaxTree = tree;
    }

    public SyntaxTree SyntaxTree { get; }

    public Symbol? GetDeclaredSymbol(DeclarationSyntax declaration) =>
        _compilation.Program.Declarations.TryGetValue(declaration, out var symbol) ? symbol : null;

    /// <summary>The symbol a name token declares or refers to.</summary>
    public Symbol? GetSymbol(SyntaxToken token)
    {
        if (_compilation.Program.References.TryGetValue(token, out var referenced))
        {
            return referenced;
        }

        return token.Parent is DeclarationSyntax declaration && ReferenceEquals(declaration.Identifier, token)
            ? GetDeclaredSymbol(declaration)
            : null;
    }

    /// <summary>The symbol named at <paramref name="position"/> (also just after the name, where an editor's caret sits).</summary>
    public Symbol? GetSymbolAt(int position)
    {
        var token = SyntaxTree.Root.FindToken(position);
        if (token.Kind != SyntaxKind.IdentifierToken && position > 0)
        {
            var before = SyntaxTree.Root.FindToken(position - 1);
            if (before.Span.End == position)
            {
                token = before;
            }
        }

        return token.Span.Contains(position) || token.Span.End == position ? GetSymbol(token) : null;
    }

    /// <summary>The type of a bound expression in a criterion, alert, decision or evaluation date; null elsewhere.</summary>
    public PilotType? GetType(ExpressionSyntax expression)
    {
        _boundBySyntax ??= BuildBoundIndex();
        return _boundBySyntax.TryGetValue(expression, out var bound) ? bound.Type : null;
    }

    /// <summary>Where a symbol is declared and every name that refers to it, across the compilation's files.</summary>
    public ImmutableArray<SourceLocation> FindReferences(Symbol symbol, bool includeDeclaration = true)
    {
        var references = _compilation.Program.References
            .Where(r => ReferenceEquals(r.Value, symbol))
            .Select(r => r.Key.GetLocation());
        if (includeDeclaration)
        {
            references = references.Prepend(symbol.Location);
        }

        return references
            .OrderBy(l => l.FilePath, System.StringComparer.Ordinal)
            .ThenBy(l => l.Span.Start)
            .ToImmutableArray();
    }

    /// <summary>This file's diagnostics (all stages).</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() =>
        _compilation.GetDiagnostics().Where(d => d.Location.FilePath == SyntaxTree.FilePath).ToImmutableArray();

    private ImmutableDictionary<ExpressionSyntax, BoundExpression> BuildBoundIndex()
    {
        var program = _compilation.Program;
        var roots = new List<BoundExpression>();
        roots.AddRange(program.Alerts.Select(a => a.Condition).Where(c => c is not null)!);
        roots.AddRange(program.Phases.SelectMany(p => new[] { p.Entry, p.Exit }).Where(c => c is not null)!);
        roots.AddRange(program.Indicators.Select(i => i.Formula).Where(c => c is not null)!);
        foreach (var evaluation in program.Evaluations)
        {
            roots.AddRange(evaluation.Criteria);
            roots.AddRange(evaluation.Decisions.Select(d => d.Condition));
            if (evaluation.Timing is not null)
            {
                roots.Add(evaluation.Timing);
            }
        }

        var index = new Dictionary<ExpressionSyntax, BoundExpression>();
        foreach (var node in roots.SelectMany(BoundTreeWalker.DescendantsAndSelf))
        {
            // An implicit quantifier shares its syntax with its condition: keep the outermost.
            if (!index.ContainsKey(node.Syntax))
            {
                index[node.Syntax] = node;
            }
        }

        return index.ToImmutableDictionary();
    }
}
