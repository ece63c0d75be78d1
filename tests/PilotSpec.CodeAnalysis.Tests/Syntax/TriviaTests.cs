using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Where trivia goes, as in Roslyn: a token's trailing trivia runs up to and including the
/// end of its line; everything after belongs to the next token as leading trivia.
/// </summary>
public sealed class TriviaTests
{
    [Fact]
    public void Trailing_trivia_stops_after_the_line_break()
    {
        var tree = SyntaxTree.ParseText("x: 1 // note\n\n  y: 2");

        var one = Token(tree, "1");
        Assert.Equal(
            [(SyntaxKind.WhitespaceTrivia, " "), (SyntaxKind.SingleLineCommentTrivia, "// note"), (SyntaxKind.EndOfLineTrivia, "\n")],
            Pieces(one.TrailingTrivia));

        var y = Token(tree, "y");
        Assert.Equal([(SyntaxKind.EndOfLineTrivia, "\n"), (SyntaxKind.WhitespaceTrivia, "  ")], Pieces(y.LeadingTrivia));
    }

    [Fact]
    public void CRLF_is_one_end_of_line_trivia()
    {
        var tree = SyntaxTree.ParseText("x: 1\r\ny: 2");

        Assert.Equal([(SyntaxKind.EndOfLineTrivia, "\r\n")], Pieces(Token(tree, "1").TrailingTrivia));
        Assert.Empty(Token(tree, "y").LeadingTrivia);
    }

    [Fact]
    public void Comments_are_trivia_not_tokens()
    {
        var tree = SyntaxTree.ParseText("/* head */ x: /* inline */ 1 // tail");

        Assert.DoesNotContain(tree.Root.DescendantTokens(), t => t.Text.Contains("/*", StringComparison.Ordinal) || t.Text.Contains("//", StringComparison.Ordinal));
        Assert.Equal([(SyntaxKind.MultiLineCommentTrivia, "/* head */"), (SyntaxKind.WhitespaceTrivia, " ")], Pieces(Token(tree, "x").LeadingTrivia));
        Assert.Contains((SyntaxKind.MultiLineCommentTrivia, "/* inline */"), Pieces(Token(tree, ":").TrailingTrivia));
        Assert.Contains((SyntaxKind.SingleLineCommentTrivia, "// tail"), Pieces(Token(tree, "1").TrailingTrivia));
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void Multi_line_block_comment_stays_trailing_trivia_of_its_line()
    {
        // The comment starts on the token's line: the whole comment trails, then the line break.
        var tree = SyntaxTree.ParseText("x: 1 /* a\nb */\ny: 2");

        Assert.Equal(
            [(SyntaxKind.WhitespaceTrivia, " "), (SyntaxKind.MultiLineCommentTrivia, "/* a\nb */"), (SyntaxKind.EndOfLineTrivia, "\n")],
            Pieces(Token(tree, "1").TrailingTrivia));
    }

    [Fact]
    public void Text_after_the_last_token_is_leading_trivia_of_end_of_file()
    {
        var tree = SyntaxTree.ParseText("x: 1\n\n// the end\n");

        var end = tree.Root.EndOfFileToken;
        Assert.Equal(
            [(SyntaxKind.EndOfLineTrivia, "\n"), (SyntaxKind.SingleLineCommentTrivia, "// the end"), (SyntaxKind.EndOfLineTrivia, "\n")],
            Pieces(end.LeadingTrivia));
        Assert.Empty(end.TrailingTrivia);
        Assert.Equal(0, end.Span.Length);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\u00A0")]
    [InlineData("\u3000")]
    [InlineData("\uFEFF")]
    public void Unusual_spaces_are_whitespace_trivia(string space)
    {
        var tree = SyntaxTree.ParseText("x:" + space + "1");

        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal([(SyntaxKind.WhitespaceTrivia, space)], Pieces(Token(tree, ":").TrailingTrivia));
    }

    [Fact]
    public void Node_span_excludes_outer_trivia_and_full_span_includes_it()
    {
        var tree = SyntaxTree.ParseText("  x: 1  \n");

        var property = Assert.Single(tree.Root.Members);
        Assert.Equal("x: 1", property.ToString());
        Assert.Equal("  x: 1  \n", property.ToFullString());
    }

    private static SyntaxToken Token(SyntaxTree tree, string text) =>
        Assert.Single(tree.Root.DescendantTokens(), t => t.Text == text);

    private static (SyntaxKind, string)[] Pieces(IEnumerable<SyntaxTrivia> trivia) =>
        trivia.Select(t => (t.Kind, t.Text)).ToArray();
}
