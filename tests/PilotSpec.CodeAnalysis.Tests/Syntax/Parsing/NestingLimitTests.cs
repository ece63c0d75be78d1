using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// Absurdly deep input must end in one PS0009 diagnostic, never in a stack overflow (which
/// kills the process: no catch can stop it), and the tree must still give back the text.
/// </summary>
public sealed class NestingLimitTests
{
    private const int Deep = 10_000;

    [Fact]
    public void Ten_thousand_nested_parentheses_give_one_nesting_diagnostic()
    {
        var text = "x: " + new string('(', Deep) + "1" + new string(')', Deep);

        AssertOneNestingDiagnostic(text);
    }

    [Fact]
    public void Ten_thousand_nested_blocks_give_one_nesting_diagnostic()
    {
        var text = "pilot a { " + Repeat("goal b { ", Deep) + Repeat("} ", Deep) + "}";

        AssertOneNestingDiagnostic(text);
    }

    [Fact]
    public void Ten_thousand_unary_minus_give_one_nesting_diagnostic()
    {
        var text = "x: " + Repeat("- ", Deep) + "1";

        AssertOneNestingDiagnostic(text);
    }

    [Fact]
    public void Hundred_thousand_nots_give_one_nesting_diagnostic()
    {
        var text = "x: " + Repeat("not ", 100_000) + "a";

        AssertOneNestingDiagnostic(text);
    }

    [Fact]
    public void Ten_thousand_term_sum_does_not_overflow()
    {
        var text = "x: " + string.Join(" + ", Enumerable.Repeat("1", Deep));

        var tree = SyntaxTree.ParseText(text);

        Assert.Equal(text, tree.Root.ToFullString());
        Assert.All(tree.GetDiagnostics(), d => Assert.Equal("PS0009", d.Id));
    }

    [Fact]
    public void Realistic_nesting_stays_well_below_the_limit()
    {
        // 40 nested blocks and 100 nested parentheses: deeper than any real spec, and valid.
        var blocks = "pilot a { " + Repeat("goal b { ", 40) + Repeat("} ", 40) + "}";
        var parentheses = "x: " + new string('(', 100) + "1" + new string(')', 100);

        Assert.Empty(SyntaxTree.ParseText(blocks).GetDiagnostics());
        Assert.Empty(SyntaxTree.ParseText(parentheses).GetDiagnostics());
    }

    private static void AssertOneNestingDiagnostic(string text)
    {
        var tree = SyntaxTree.ParseText(text);

        var diagnostic = Assert.Single(tree.GetDiagnostics());
        Assert.Equal("PS0009", diagnostic.Id);
        Assert.InRange(diagnostic.Location.Span.End, 0, text.Length);
        TreeInvariants.AssertTokensPartitionText(text, tree.Root);
        Assert.Equal(text, tree.Root.ToFullString());
    }

    private static string Repeat(string piece, int count) => string.Concat(Enumerable.Repeat(piece, count));
}
