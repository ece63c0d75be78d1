using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>Literal tokens carry their value: the binder works with values, never with token text.</summary>
public sealed class TokenValueTests
{
    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"line\\nbreak\"", "line\nbreak")]
    [InlineData("\"tab\\there\"", "tab\there")]
    [InlineData("\"cr\\rhere\"", "cr\rhere")]
    [InlineData("\"\\u4E2D\\u6587\"", "中文")]
    [InlineData("\"东城区 𠀀\"", "东城区 𠀀")]
    [InlineData("\"\"", "")]
    public void String_value_has_its_escapes_resolved(string literal, string expected)
    {
        var token = SingleLiteral(literal, SyntaxKind.StringLiteralToken);

        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("820000", "820000")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("3.5", "3.5")]
    [InlineData("1_000.25", "1000.25")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Number_value_is_a_decimal_without_separators(string literal, string expected)
    {
        var token = SingleLiteral(literal, SyntaxKind.NumberLiteralToken);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(token.Value));
    }

    [Theory]
    [InlineData("62%", "62")]
    [InlineData("12.5%", "12.5")]
    [InlineData("0%", "0")]
    [InlineData("1_000%", "1000")]
    public void Percent_value_is_the_number_before_the_sign(string literal, string expected)
    {
        var token = SingleLiteral(literal, SyntaxKind.PercentLiteralToken);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(token.Value));
    }

    [Theory]
    [InlineData("2019-03-01", 2019, 3, 1)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Date_value_is_a_DateTime(string literal, int year, int month, int day)
    {
        var token = SingleLiteral(literal, SyntaxKind.DateLiteralToken);

        Assert.Equal(new DateTime(year, month, day), Assert.IsType<DateTime>(token.Value));
    }

    [Theory]
    [InlineData("2019-02-29", "PS0006")]
    [InlineData("2019-00-10", "PS0006")]
    [InlineData("2019-3-1", "PS0006")]
    [InlineData("19-03-01", "PS0006")]
    [InlineData("0000-01-01", "PS0006")]
    [InlineData("100000000000000000000000000000000", "PS0008")]
    public void Malformed_literal_has_no_value_and_one_diagnostic(string literal, string id)
    {
        var tree = SyntaxTree.ParseText("x: " + literal);

        var token = tree.Root.DescendantTokens().Single(t => t.Text == literal);
        Assert.Null(token.Value);
        Assert.Equal(id, Assert.Single(tree.GetDiagnostics()).Id);
    }

    [Fact]
    public void Invalid_escape_is_kept_verbatim_in_the_value()
    {
        var tree = SyntaxTree.ParseText("x: \"a\\qb\"");

        var token = tree.Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.StringLiteralToken);
        Assert.Equal("a\\qb", token.Value);
        Assert.Equal("PS0007", Assert.Single(tree.GetDiagnostics()).Id);
    }

    [Theory]
    [InlineData("x: name")]
    [InlineData("x: true")]
    [InlineData("x: (1)")]
    public void Other_tokens_have_no_value(string text)
    {
        var tree = SyntaxTree.ParseText(text);

        Assert.All(
            tree.Root.DescendantTokens().Where(t => !SyntaxFacts.IsLiteralToken(t.Kind)),
            token => Assert.Null(token.Value));
    }

    private static SyntaxToken SingleLiteral(string literal, SyntaxKind kind)
    {
        var tree = SyntaxTree.ParseText("x: " + literal);

        Assert.Empty(tree.GetDiagnostics());
        var token = Assert.Single(tree.Root.DescendantTokens(), t => SyntaxFacts.IsLiteralToken(t.Kind));
        Assert.Equal(kind, token.Kind);
        Assert.Equal(literal, token.Text);
        return token;
    }
}
