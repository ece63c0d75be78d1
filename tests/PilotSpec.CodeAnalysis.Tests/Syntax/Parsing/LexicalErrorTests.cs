using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// Mistakes inside one token (strings, comments, dates, numbers, stray characters): each is
/// one precise diagnostic on that token, and the parse of the rest goes on undisturbed.
/// </summary>
public sealed class LexicalErrorTests
{
    [Fact]
    public void Unterminated_string_is_reported_once_at_its_opening_quote()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner: \"A City\n}\n");

        var diagnostic = input.AssertSingle("PS0003", line: 2, column: 12);
        Assert.Equal("\"A City".Length, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Unterminated_block_comment_is_reported_at_its_opening()
    {
        var input = BrokenInput.Parse("pilot a { owner: \"x\" }\n/* draft: add the comparison sites\n");

        var diagnostic = input.AssertSingle("PS0004", line: 2, column: 1);
        Assert.Equal("/*".Length, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Date_with_month_13_is_malformed()
    {
        var input = BrokenInput.Parse("pilot a {\n    start: 2019-13-01\n}\n");

        var diagnostic = input.AssertSingle("PS0006", line: 2, column: 12);
        Assert.Equal("2019-13-01".Length, diagnostic.SpanLength);
        Assert.Contains("2019-13-01", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Date_without_leading_zeros_is_malformed()
    {
        var input = BrokenInput.Parse("pilot a {\n    start: 2019-3-1\n}\n");

        var diagnostic = input.AssertSingle("PS0006", line: 2, column: 12);
        Assert.Equal("2019-3-1".Length, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Unknown_escape_sequence_is_reported_on_the_escape_only()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner: \"A City\\qB\"\n}\n");

        var diagnostic = input.AssertSingle("PS0007", line: 2, column: 19);
        Assert.Equal("\\q".Length, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void At_sign_is_an_invalid_character()
    {
        var input = BrokenInput.Parse("pilot a {\n    owner: \"x\" @\n}\n");

        var diagnostic = input.AssertSingle("PS0005", line: 2, column: 16);
        Assert.Contains("U+0040", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Hash_sign_is_an_invalid_character_and_is_not_a_comment()
    {
        var input = BrokenInput.Parse("pilot a {\n    # owner: \"x\"\n}\n");

        var diagnostic = input.AssertSingle("PS0005", line: 2, column: 5);
        Assert.Contains("U+0023", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Number_beyond_the_decimal_range_is_out_of_range()
    {
        var input = BrokenInput.Parse("pilot a {\n    population: 100000000000000000000000000000000 people\n}\n");

        var diagnostic = input.AssertSingle("PS0008", line: 2, column: 17);
        Assert.Equal(33, diagnostic.SpanLength);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Full_width_punctuation_and_Chinese_quotes_mean_the_same_as_ASCII()
    {
        // What a Chinese input method types: accepted, so a designer is not stopped by it.
        var tree = SyntaxTree.ParseText("pilot a {\n    owner： “市公安局”；start: 2019-03-01\n    partners: a，b、c\n}\n");

        Assert.Empty(tree.GetDiagnostics());
        var owner = tree.Root.DescendantNodes().OfType<PropertySyntax>().First();
        Assert.Equal(SyntaxKind.ColonToken, owner.ColonToken.Kind);
        Assert.Equal("市公安局", ((StringLiteralExpressionSyntax)owner.Values[0].Expression).StringToken.Value);
        Assert.Equal(SyntaxKind.SemicolonToken, owner.SemicolonToken?.Kind);
        Assert.Equal(3, tree.Root.DescendantNodes().OfType<PropertySyntax>().Last().Values.Count);
    }

    [Fact]
    public void Invalid_escape_of_a_non_BMP_character_keeps_the_character_whole()
    {
        var input = BrokenInput.Parse("x: \"\\𠀀\"");

        var diagnostic = input.AssertSingle("PS0007", line: 1, column: 5);
        Assert.Equal("\\𠀀".Length, diagnostic.SpanLength);
        Assert.Contains("\\𠀀", diagnostic.Message, StringComparison.Ordinal);
        Snapshot.Match(input.Snapshot);
    }
}
