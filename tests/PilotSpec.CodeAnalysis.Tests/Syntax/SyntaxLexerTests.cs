using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// The lexer on its own (no parse) must give exactly the tokens and trivia the parsed tree
/// holds, valid text or not: same spans, same kinds, except that the tree may take a keyword
/// as a name and keeps the tokens error recovery skipped as skipped trivia. And whichever
/// lexer read the text, the hand-written one or the ANTLR reference, the tokens are the same.
/// </summary>
public sealed class SyntaxLexerTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_lexes_fast_to_the_tokens_of_its_tree(string example)
    {
        var text = TestSupport.Examples.Read(example);

        var tokens = AssertSameAsTree(text);

        Assert.False(tokens.UsedReferenceLexer);
    }

    [Theory]
    [InlineData(1_000, 1)]
    [InlineData(5_000, 7)]
    public void Generated_specs_lex_to_the_tokens_of_their_tree(int lines, int seed) =>
        AssertSameAsTree(SpecGenerator.Generate(lines, seed));

    [Theory]
    // Syntax errors: the tree skips tokens or makes missing ones; the lexer just reads.
    [InlineData("pilot { }")]
    [InlineData("site end { }")]
    [InlineData("a: 1 +")]
    [InlineData("site a: 5 } } {")]
    [InlineData("a: x\ny")]
    [InlineData("evaluation e at end of { in: rN_wav")]
    [InlineData("a: \"unterminated\nb: “also")]
    [InlineData("a：1；b：[x，y、z]（）")]
    [InlineData("")]
    [InlineData("   \n// only trivia")]
    public void Broken_text_lexes_to_the_tokens_of_its_tree(string text) => AssertSameAsTree(text);

    [Theory]
    // Where the fast lexer gives up: a character no rule takes, an unterminated block comment,
    // lone surrogates, names outside the Basic Multilingual Plane, a letter newer than ANTLR's tables.
    [InlineData("a: x @ y")]
    [InlineData("a: !x")]
    [InlineData("site a { }\n/* unterminated")]
    [InlineData("a: 𝒳 + \ud800")]
    [InlineData("site 𠀀区 { level: county }")]
    [InlineData("a: \u1C89x")]
    public void Text_the_fast_lexer_gives_up_on_is_lexed_by_the_reference(string text)
    {
        var tokens = AssertSameAsTree(text);

        Assert.True(tokens.UsedReferenceLexer);
    }

    [Fact]
    public void Lone_surrogates_are_lexed_by_the_reference()
    {
        // Built here, not in an attribute: test discovery may turn a lone surrogate into U+FFFD.
        var text = "a: \"" + '\uDC00' + "\" // " + '\uD800' + "\nb: x" + '\uD800';

        var tokens = AssertSameAsTree(text);

        Assert.True(tokens.UsedReferenceLexer);
        Assert.Equal(text, string.Concat(tokens.Select(tokens.GetText)));
    }

    [Fact]
    public void A_small_spec_lexes_to_the_snapshot()
    {
        const string text = "pilot P \"标题\" {\r\n  site 东城 { level: county } // c\n  phase p { start: 2020-01-01; in: all sites @ }\n  /* x */ indicator i { target: 62.5% by end of p }\n}";
        var tokens = SyntaxLexer.Lex(text);

        Snapshot.Match(tokens.Select(t => $"{t.Kind} {t.Start}..{t.End} {Escape(tokens.GetText(t))}").ToArray());
    }

    [Property(MaxTest = 300)]
    public Property Random_text_lexes_to_the_tokens_of_its_tree() =>
        Prop.ForAll(TextGenerators.AnyUtf16Text.ToTextArbitrary(), text => { AssertSameAsTree(text); });

    [Property(MaxTest = 300)]
    public Property Language_fragments_lex_to_the_tokens_of_their_tree() =>
        Prop.ForAll(TextGenerators.WellFormedText.ToTextArbitrary(), text => { AssertSameAsTree(text); });

    [Property(MaxTest = 200)]
    public Property Mutated_examples_lex_to_the_tokens_of_their_tree() =>
        Prop.ForAll(MutatedExamples.Arbitrary, mutated => { AssertSameAsTree(mutated.Apply()); });

    [Property(MaxTest = 300)]
    public Property Tokens_cover_the_text_and_each_position_finds_the_token_holding_it() =>
        Prop.ForAll(TextGenerators.AnyUtf16Text.ToTextArbitrary(), text =>
        {
            var tokens = SyntaxLexer.Lex(text);

            Assert.Equal(text, string.Concat(tokens.Select(tokens.GetText)));
            Assert.Equal(SyntaxKind.EndOfFileToken, tokens[^1].Kind);
            Assert.Equal(tokens.Count - 1, tokens.IndexAt(text.Length));
            for (var position = 0; position < text.Length; position++)
            {
                var token = tokens[tokens.IndexAt(position)];
                Assert.InRange(position, token.Start, token.End - 1);
            }
        });

    /// <summary>
    /// The lexer's tokens against the tree's (every token and trivia, in source order), and
    /// the hand-written lexer against the ANTLR lexer where it takes the text.
    /// </summary>
    private static LexicalTokenList AssertSameAsTree(string text)
    {
        var tokens = SyntaxLexer.Lex(text);
        var tree = SyntaxTree.ParseText(text);
        var expected = TreePieces(tree).ToList();

        Assert.Equal(expected.Select(p => (p.Start, p.End)), tokens.Select(t => (t.Start, t.End)));
        Assert.All(expected.Zip(tokens), pair => Assert.True(
            Agrees(pair.Second.Kind, pair.First.Kind),
            $"{pair.Second.Kind} at {pair.Second.Start} where the tree has {pair.First.Kind}"));

        if (!tokens.UsedReferenceLexer)
        {
            var reference = SyntaxLexer.LexWithReference(text);
            Assert.Equal(reference.ToList(), tokens.ToList());
        }

        return tokens;
    }

    /// <summary>The lexer's kind against the tree's for the same text.</summary>
    private static bool Agrees(SyntaxKind lexed, SyntaxKind inTree) =>
        lexed == inTree
        || (inTree == SyntaxKind.IdentifierToken && SyntaxFacts.IsKeyword(lexed)) // a keyword taken as a name
        || (inTree == SyntaxKind.SkippedTokensTrivia && !IsLayout(lexed));         // a token recovery skipped

    private static bool IsLayout(SyntaxKind kind) =>
        kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    /// <summary>Every token (but the zero-width ones the parser made up) and trivia of the tree, in source order.</summary>
    private static IEnumerable<(SyntaxKind Kind, int Start, int End)> TreePieces(SyntaxTree tree)
    {
        var pieces = new List<(SyntaxKind Kind, int Start, int End)>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            pieces.AddRange(token.LeadingTrivia.Select(t => (t.Kind, t.Span.Start, t.Span.End)));
            if (!token.IsMissing)
            {
                pieces.Add((token.Kind, token.Span.Start, token.Span.End));
            }

            pieces.AddRange(token.TrailingTrivia.Select(t => (t.Kind, t.Span.Start, t.Span.End)));
        }

        return pieces.OrderBy(p => p.Start).ThenBy(p => p.End);
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
