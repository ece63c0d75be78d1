using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Parsing;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Tokens keep only where their trivia starts and ends, and scan it again from the source
/// when asked. These tests hold the scanned trivia to a straightforward reading of the
/// lexer grammar's trivia rules (a regular expression, independent of the scanner), on both
/// parse paths, and check that the ANTLR path keeps explicit trivia exactly where a scan
/// could not give back what its lexer cut: skipped tokens and bad characters.
/// </summary>
public sealed class TriviaScanningTests
{
    // grammar/PilotLexer.g4: WHITESPACE, NEWLINE, LINE_COMMENT, BLOCK_COMMENT (which may run to the end).
    private static readonly Regex TriviaRule = new(
        @"\G(?:(?<ws>[ \t\f\u000B\u00A0\uFEFF\u3000]+)|(?<eol>\r\n|\r|\n|\u2028|\u2029)|(?<line>//[^\r\n\u2028\u2029]*)|(?<block>/\*[\s\S]*?(?:\*/|\z)))",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> TrickyTexts { get; } = new()
    {
        "",
        "   ",
        "x: 1 // note\r\n\r\n  y: 2\r",
        "x:\u00A0\u3000\uFEFF1\u2028y: 2\u2029",
        "\t\u000B\u000C x: 1\r\r\n\n",
        "/* a\r\nb */x: 1 /**/ /*/ still */ /***/\n// last",
        "x: 1 /* a\nb */ // c\n\n\n   y: \"s\" \t\r\n",
        "pilot p {\n  // inside\n  x: 1\n}\n",
        "x: 1\n/* unterminated",
        "x: 1 \u0085 y: 2",
        "x: 1 ! y: 2",
        "pilot p { x: 1 2 }",
        "x: \"abc\n y: 2",
        "x: 1 \uD800 y: 2",
        "x: 1 \U0001F600 y: 2",
        "}} x: 1 )) // after\n",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Trivia_is_what_the_trivia_rules_read_on_both_paths(string text)
    {
        foreach (var strategy in new[] { ParseStrategy.FastWithFallback, ParseStrategy.ReferenceOnly })
        {
            var tree = SyntaxTree.ParseText(text, "test.pilot", strategy);

            TreeInvariants.AssertTokensPartitionText(text, tree.Root);
            AssertTriviaFollowsTheRules(text, tree);
        }
    }

    [Theory]
    [MemberData(nameof(Examples.All), MemberType = typeof(Examples))]
    public void Examples_trivia_follows_the_rules_and_the_reference_lexer_needs_no_explicit_trivia(string example)
    {
        var text = Examples.Read(example);
        foreach (var strategy in new[] { ParseStrategy.FastWithFallback, ParseStrategy.ReferenceOnly })
        {
            var tree = SyntaxTree.ParseText(text, example, strategy);

            AssertTriviaFollowsTheRules(text, tree);
            Assert.Equal(0, tree.Root.TriviaSource.ExplicitTokenCount);
        }
    }

    [Fact]
    public void A_valid_file_keeps_no_explicit_trivia_on_the_reference_path()
    {
        // The ANTLR path checks every token's trivia against a scan: on a file without
        // errors the two lexers and the scan cut trivia at the same places.
        var text = "/* head */\r\npilot p {\u3000// c\u2028  x: 1 /* m\n */ ,\t2;\r\r\n}\n\n// tail";

        var tree = SyntaxTree.ParseText(text, "test.pilot", ParseStrategy.ReferenceOnly);

        Assert.Empty(tree.GetDiagnostics());
        Assert.Equal(0, tree.Root.TriviaSource.ExplicitTokenCount);
        AssertTriviaFollowsTheRules(text, tree);
    }

    // A skipped character scans back as itself (the rules read any other character as one
    // skipped piece); a skipped token of several characters does not, and stays explicit.
    [Theory]
    [InlineData("x: 1 ! y: 2", "!", false)]
    [InlineData("x: 1 \u0085 y: 2", "\u0085", false)]
    [InlineData("pilot p { x: 1 22 }", "22", true)]
    public void Skipped_text_prints_as_before_and_stays_explicit_where_a_scan_would_cut_it_otherwise(string text, string skipped, bool explicitTrivia)
    {
        var tree = SyntaxTree.ParseText(text);

        Assert.NotEmpty(tree.GetDiagnostics());
        Assert.Equal(explicitTrivia, tree.Root.TriviaSource.ExplicitTokenCount > 0);
        var pieces = tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).ToList();
        Assert.Contains(pieces, p => p.Kind == SyntaxKind.SkippedTokensTrivia && p.Text == skipped);
        Assert.Equal(text, tree.Root.ToFullString());
        AssertTriviaFollowsTheRules(text, tree);
    }

    [Fact]
    public void Unterminated_block_comment_runs_to_the_end_of_the_file()
    {
        var text = "x: 1\n/* open\n  still open";

        var tree = SyntaxTree.ParseText(text);

        var last = tree.Root.EndOfFileToken.LeadingTrivia.Last();
        Assert.Equal(SyntaxKind.MultiLineCommentTrivia, last.Kind);
        Assert.Equal("/* open\n  still open", last.Text);
    }

    [Fact]
    public void Each_token_writes_its_full_span()
    {
        var text = "x: 1 // a\r\n\r\n\ty: \"s\" /* b */\n";
        var tree = SyntaxTree.ParseText(text);

        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.Equal(text.Substring(token.FullSpan.Start, token.FullSpan.Length), token.ToFullString());
        }
    }

    [Fact]
    public void Any_UTF16_text_has_trivia_that_follows_the_rules_on_both_paths() =>
        Prop.ForAll(TextGenerators.AnyUtf16Text.ToTextArbitrary(), text =>
        {
            foreach (var strategy in new[] { ParseStrategy.FastWithFallback, ParseStrategy.ReferenceOnly })
            {
                AssertTriviaFollowsTheRules(text, SyntaxTree.ParseText(text, "test.pilot", strategy));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void Well_formed_text_has_trivia_that_follows_the_rules_on_both_paths() =>
        Prop.ForAll(TextGenerators.WellFormedText.ToTextArbitrary(), text =>
        {
            foreach (var strategy in new[] { ParseStrategy.FastWithFallback, ParseStrategy.ReferenceOnly })
            {
                AssertTriviaFollowsTheRules(text, SyntaxTree.ParseText(text, "test.pilot", strategy));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    /// <summary>
    /// Every token's leading and trailing trivia, between its skipped pieces (kept
    /// explicitly), is exactly what the trivia rules read from the source text, piece by
    /// piece: same kinds, positions and texts.
    /// </summary>
    private static void AssertTriviaFollowsTheRules(string text, SyntaxTree tree)
    {
        foreach (var token in tree.Root.DescendantTokens())
        {
            AssertRangeFollowsTheRules(text, token.FullSpan.Start, token.LeadingTrivia, token);
            AssertRangeFollowsTheRules(text, token.Span.End, token.TrailingTrivia, token);
        }
    }

    private static void AssertRangeFollowsTheRules(string text, int start, System.Collections.Immutable.ImmutableArray<SyntaxTrivia> trivia, SyntaxToken token)
    {
        var position = start;
        var index = 0;
        while (index < trivia.Length)
        {
            if (trivia[index].Kind == SyntaxKind.SkippedTokensTrivia)
            {
                position = trivia[index].Span.End;
                index++;
                continue;
            }

            // The run of trivia up to the next skipped piece (or the end) is read by the rules alone.
            var runEnd = index;
            while (runEnd < trivia.Length && trivia[runEnd].Kind != SyntaxKind.SkippedTokensTrivia)
            {
                runEnd++;
            }

            var end = trivia[runEnd - 1].Span.End;
            var expected = ReadByTheRules(text.Substring(position, end - position), position);
            var actual = trivia.Skip(index).Take(runEnd - index).Select(t => (t.Kind, t.Position, t.Text)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"Trivia of {token.Kind} at {token.Position}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}].");
            position = end;
            index = runEnd;
        }
    }

    private static List<(SyntaxKind Kind, int Position, string Text)> ReadByTheRules(string range, int start)
    {
        var pieces = new List<(SyntaxKind, int, string)>();
        var index = 0;
        while (index < range.Length)
        {
            var match = TriviaRule.Match(range, index);
            Assert.True(match.Success && match.Length > 0, $"No trivia rule reads {range.Substring(index)} at {start + index}.");
            var kind = match.Groups["ws"].Success ? SyntaxKind.WhitespaceTrivia
                : match.Groups["eol"].Success ? SyntaxKind.EndOfLineTrivia
                : match.Groups["line"].Success ? SyntaxKind.SingleLineCommentTrivia
                : SyntaxKind.MultiLineCommentTrivia;
            pieces.Add((kind, start + index, match.Value));
            index += match.Length;
        }

        return pieces;
    }
}
