using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Roslyn's <c>NormalizeWhitespace</c> puts each definition of the <c>Spec</c> class on one
/// very long line. This pass, run after it, puts each argument of a definition on a line of
/// its own, each criterion or rule of an array too, and each site of a site set, so that a reviewer reads the
/// generated code (and its snapshot diffs) one fact per line. It changes only whitespace.
/// <see cref="MonitorWriter"/> writes this layout itself; the tests check its text is a fixed
/// point of NormalizeWhitespace followed by this pass.
/// </summary>
internal sealed class MonitorLayout : CSharpSyntaxRewriter
{
    private const string Step = "    ";

    public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        if (node.Declaration.Variables.Count != 1)
        {
            return node;
        }

        var indent = node.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        var value = node.Declaration.Variables[0].Initializer?.Value;

        // A site set (`PilotSites = new Site[] { ... }`): one site per line, as in the definition's `sites:`.
        if (value is ArrayCreationExpressionSyntax { Initializer: { Expressions.Count: > 0 } elements } array)
        {
            var siteSet = array
                .WithType(array.Type.WithTrailingTrivia(SyntaxFactory.Space))
                .WithInitializer(LayOut(elements, indent));
            return node.ReplaceNode(array, siteSet.WithInitializer(siteSet.Initializer!.WithOpenBraceToken(siteSet.Initializer.OpenBraceToken.WithLeadingTrivia())));
        }

        if (value is not ObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: > 1 } arguments } creation)
        {
            return node;
        }

        var argumentIndent = indent + Step;
        var laidOut = OnSeparateLines(
            arguments.Arguments.GetWithSeparators(),
            argumentIndent,
            item => item is ArgumentSyntax { Expression: ArrayCreationExpressionSyntax { Initializer: { } initializer } array } argument && initializer.Expressions.Count > 0
                ? argument.WithExpression(array.WithInitializer(LayOut(initializer, argumentIndent)))
                : item);
        var newArguments = arguments
            .WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(laidOut))
            .WithOpenParenToken(arguments.OpenParenToken.WithTrailingTrivia());
        return node.ReplaceNode(creation, creation.WithArgumentList(newArguments));
    }

    private static InitializerExpressionSyntax LayOut(InitializerExpressionSyntax initializer, string indent)
    {
        var elements = OnSeparateLines(initializer.Expressions.GetWithSeparators(), indent + Step, item => item);
        return initializer
            .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia())
            .WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(elements))
            .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.Whitespace(indent)));
    }

    // Each item on a new line at `indent`; separators lose the space NormalizeWhitespace put after them.
    private static SyntaxNodeOrTokenList OnSeparateLines(SyntaxNodeOrTokenList items, string indent, System.Func<SyntaxNode, SyntaxNode> transform)
    {
        // Collected first and made into a list once: adding to the immutable list one item at a
        // time copied it each time, quadratic in an array of thousands of sites.
        var result = new System.Collections.Generic.List<SyntaxNodeOrToken>(items.Count);
        foreach (var item in items)
        {
            if (item.IsNode)
            {
                var node = transform(item.AsNode()!);
                result.Add(node.WithLeadingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.Whitespace(indent)).WithTrailingTrivia());
            }
            else
            {
                result.Add(item.AsToken().WithLeadingTrivia().WithTrailingTrivia());
            }
        }

        return SyntaxFactory.NodeOrTokenList(result);
    }
}
