using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Error recovery's two tools, visible in the tree: a token the source lacks is inserted as a
/// zero-width missing token; a token the parser could not use is kept as skipped trivia.
/// </summary>
public sealed class MissingAndSkippedTokenTests
{
    [Fact]
    public void Missing_colon_is_a_zero_width_missing_token()
    {
        var tree = SyntaxTree.ParseText("pilot a { owner \"x\" }");

        var property = Assert.IsType<PropertySyntax>(Assert.Single(tree.Root.DescendantNodes(), n => n.Kind == SyntaxKind.Property));
        var colon = property.ColonToken;
        Assert.True(colon.IsMissing);
        Assert.Equal(SyntaxKind.ColonToken, colon.Kind);
        Assert.Equal(string.Empty, colon.Text);
        Assert.Equal(0, colon.Span.Length);
        Assert.Equal(0, colon.FullSpan.Length);
        Assert.True(property.ContainsMissing);
        Assert.Equal("\"x\"", property.Values[0].ToString());
    }

    [Fact]
    public void Missing_close_parenthesis_is_a_missing_token_of_the_parenthesized_expression()
    {
        var tree = SyntaxTree.ParseText("x: (a > 1\ny: 2");

        var parenthesized = Assert.IsType<ParenthesizedExpressionSyntax>(
            Assert.Single(tree.Root.DescendantNodes(), n => n.Kind == SyntaxKind.ParenthesizedExpression));
        Assert.True(parenthesized.CloseParenToken.IsMissing);
        Assert.Equal(0, parenthesized.CloseParenToken.FullSpan.Length);
        Assert.Equal(2, tree.Root.Members.Length);
    }

    [Fact]
    public void Valid_text_has_no_missing_tokens()
    {
        var tree = SyntaxTree.ParseText("pilot a { owner: \"x\"; start: 2019-03-01 }");

        Assert.False(tree.Root.ContainsMissing);
        Assert.DoesNotContain(tree.Root.DescendantTokens(), t => t.IsMissing);
    }

    [Fact]
    public void Unusable_token_is_kept_as_skipped_trivia_of_the_next_token()
    {
        var tree = SyntaxTree.ParseText("pilot a { x: 1 2 }");

        var close = Assert.Single(tree.Root.DescendantTokens(), t => t.Kind == SyntaxKind.CloseBraceToken);
        Assert.Contains(close.LeadingTrivia, t => t.Kind == SyntaxKind.SkippedTokensTrivia && t.Text == "2");
        Assert.DoesNotContain(tree.Root.DescendantTokens(), t => t.Text == "2");
        Assert.Equal("PS0001", Assert.Single(tree.GetDiagnostics()).Id);
    }

    [Fact]
    public void Invalid_character_is_kept_as_skipped_trivia()
    {
        var tree = SyntaxTree.ParseText("x: @ 1");

        var one = Assert.Single(tree.Root.DescendantTokens(), t => t.Text == "1");
        Assert.Contains(one.LeadingTrivia, t => t.Kind == SyntaxKind.SkippedTokensTrivia && t.Text == "@");
        Assert.Equal("PS0005", Assert.Single(tree.GetDiagnostics()).Id);
    }

    [Fact]
    public void Skipped_text_at_the_end_of_the_file_belongs_to_the_end_of_file_token()
    {
        var tree = SyntaxTree.ParseText("x: 1\n}");

        Assert.Contains(tree.Root.EndOfFileToken.LeadingTrivia, t => t.Kind == SyntaxKind.SkippedTokensTrivia && t.Text == "}");
        Assert.Equal("x: 1\n}", tree.Root.ToFullString());
    }
}
