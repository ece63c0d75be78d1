using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// What must hold for the tree of every input, valid or not. Each check throws (an xunit
/// assertion) on the first violation, so FsCheck reports and shrinks the input.
/// </summary>
internal static class TreeInvariants
{
    /// <summary>The checks that are cheap enough to run on every generated input.</summary>
    public static void AssertHold(string text, SyntaxTree tree)
    {
        Assert.Equal(text, tree.Root.ToFullString());
        AssertTokensPartitionText(text, tree.Root);
        AssertDiagnosticsWithinText(text, tree);
        AssertParentsAndSpansConsistent(tree.Root);
    }

    /// <summary>
    /// Tokens with their trivia cover the text exactly once, in order: each token's full span
    /// starts where the previous one ended, trivia and token text are contiguous inside it,
    /// and every piece's text is the source text at its span.
    /// </summary>
    public static void AssertTokensPartitionText(string text, SyntaxNode root)
    {
        var expected = 0;
        SyntaxToken? last = null;
        foreach (var token in root.DescendantTokens())
        {
            Assert.True(token.FullSpan.Start == expected, $"{Describe(token)} starts at {token.FullSpan.Start}; the previous token ended at {expected}.");
            var position = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
            {
                position = AssertPiece(text, trivia.Span.Start, trivia.Text, position, $"leading {trivia.Kind} of {Describe(token)}");
            }

            Assert.True(token.Position == position, $"{Describe(token)} text starts at {token.Position}, after its leading trivia at {position}.");
            position = AssertPiece(text, token.Position, token.Text, position, Describe(token));
            foreach (var trivia in token.TrailingTrivia)
            {
                position = AssertPiece(text, trivia.Span.Start, trivia.Text, position, $"trailing {trivia.Kind} of {Describe(token)}");
            }

            Assert.True(token.FullSpan.End == position, $"{Describe(token)} full span ends at {token.FullSpan.End}, its pieces at {position}.");
            if (token.IsMissing)
            {
                Assert.Equal(0, token.Span.Length);
            }

            expected = token.FullSpan.End;
            last = token;
        }

        Assert.Equal(text.Length, expected);
        Assert.NotNull(last);
        Assert.Equal(SyntaxKind.EndOfFileToken, last.Kind);
    }

    public static void AssertDiagnosticsWithinText(string text, SyntaxTree tree)
    {
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            var span = diagnostic.Location.Span;
            Assert.True(span.Start >= 0 && span.End <= text.Length, $"{diagnostic.Id} at {span} lies outside the text [0..{text.Length}).");
        }
    }

    /// <summary>
    /// Every child's parent is the node that lists it; a node's full span runs from its first
    /// child's to its last child's, with no gap or overlap between children.
    /// </summary>
    public static void AssertParentsAndSpansConsistent(SyntaxNode root)
    {
        Assert.Null(root.Parent);
        foreach (var node in root.DescendantNodesAndSelf())
        {
            var children = node.ChildNodesAndTokens();
            for (var i = 0; i < children.Length; i++)
            {
                Assert.Same(node, children[i].Parent);
                if (i > 0)
                {
                    Assert.Equal(children[i - 1].FullSpan.End, children[i].FullSpan.Start);
                }
            }

            if (children.Length > 0)
            {
                Assert.Equal(children[0].FullSpan.Start, node.FullSpan.Start);
                Assert.Equal(children[^1].FullSpan.End, node.FullSpan.End);
            }

            Assert.True(node.FullSpan.Contains(node.Span) || node.Span.IsEmpty, $"{node.Kind} span {node.Span} is outside its full span {node.FullSpan}.");
        }
    }

    /// <summary>FindToken(p) for every p in [0, length]: a token whose full span holds p, or the end-of-file token at the end.</summary>
    public static void AssertFindTokenCoversEveryPosition(string text, SyntaxNode root)
    {
        for (var position = 0; position <= text.Length; position++)
        {
            var token = root.FindToken(position);
            if (position == text.Length)
            {
                Assert.Equal(SyntaxKind.EndOfFileToken, token.Kind);
                continue;
            }

            Assert.True(
                token.FullSpan.Start <= position && position < token.FullSpan.End,
                $"FindToken({position}) gave {Describe(token)} with full span {token.FullSpan}.");
        }
    }

    private static int AssertPiece(string text, int start, string pieceText, int expectedStart, string what)
    {
        Assert.True(start == expectedStart, $"{what} starts at {start}, expected {expectedStart}.");
        Assert.True(start + pieceText.Length <= text.Length, $"{what} runs past the end of the text.");
        Assert.True(string.CompareOrdinal(text, start, pieceText, 0, pieceText.Length) == 0, $"{what} is not the source text at {start}.");
        return start + pieceText.Length;
    }

    private static string Describe(SyntaxToken token) => $"{token.Kind} \"{token.Text}\"@{token.Position}";
}
