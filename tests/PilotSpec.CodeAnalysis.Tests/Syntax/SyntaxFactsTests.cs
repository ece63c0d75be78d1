using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

public sealed class SyntaxFactsTests
{
    public static TheoryData<SyntaxKind> KeywordKinds => new(Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsKeyword));

    public static TheoryData<SyntaxKind> PunctuationKinds => new(Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsPunctuation));

    [Theory]
    [MemberData(nameof(KeywordKinds))]
    public void Keyword_text_maps_back_to_its_kind(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind);

        Assert.NotNull(text);
        Assert.Equal(kind, SyntaxFacts.GetKeywordKind(text));
    }

    [Theory]
    [MemberData(nameof(KeywordKinds))]
    public void Keyword_is_reserved_as_a_declared_name(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind)!;

        var tree = SyntaxTree.ParseText("site " + text + " { level: county }");

        var diagnostic = Assert.Single(tree.GetDiagnostics());
        Assert.Equal("PS0010", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(5, text.Length), diagnostic.Location.Span);
    }

    [Theory]
    [MemberData(nameof(KeywordKinds))]
    public void Keyword_may_name_a_property(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind)!;

        var tree = SyntaxTree.ParseText("site s { " + text + ": 1 }");

        Assert.Empty(tree.GetDiagnostics());
        var property = Assert.IsType<PropertySyntax>(Assert.Single(tree.Root.DescendantNodes(), n => n.Kind == SyntaxKind.Property));
        Assert.Equal(text, property.NameToken.Text);
        Assert.Equal(SyntaxKind.IdentifierToken, property.NameToken.Kind);
    }

    [Theory]
    [MemberData(nameof(PunctuationKinds))]
    public void Punctuation_has_a_fixed_text_and_is_no_keyword(SyntaxKind kind)
    {
        var text = SyntaxFacts.GetText(kind);

        Assert.False(string.IsNullOrEmpty(text));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(text));
        Assert.True(SyntaxFacts.IsToken(kind));
    }

    [Fact]
    public void Keywords_lists_every_keyword_kind_once()
    {
        var keywords = SyntaxFacts.Keywords.ToArray();

        Assert.Equal(KeywordKinds.Count, keywords.Length);
        Assert.Equal(keywords.Length, keywords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keywords, keyword => Assert.True(SyntaxFacts.IsKeyword(SyntaxFacts.GetKeywordKind(keyword))));
    }

    [Theory]
    [InlineData("Pilot")]
    [InlineData("PILOT")]
    [InlineData("pilots")]
    [InlineData("东城区")]
    [InlineData("")]
    [InlineData("{")]
    public void Other_texts_are_no_keywords(string text) =>
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(text));

    [Theory]
    [InlineData(SyntaxKind.IdentifierToken)]
    [InlineData(SyntaxKind.StringLiteralToken)]
    [InlineData(SyntaxKind.NumberLiteralToken)]
    [InlineData(SyntaxKind.EndOfFileToken)]
    [InlineData(SyntaxKind.Property)]
    [InlineData(SyntaxKind.WhitespaceTrivia)]
    public void Kinds_with_varying_text_have_no_fixed_text(SyntaxKind kind) =>
        Assert.Null(SyntaxFacts.GetText(kind));

    [Fact]
    public void Token_trivia_and_node_kinds_do_not_overlap()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(k => k != SyntaxKind.None))
        {
            var classes = new[] { SyntaxFacts.IsToken(kind), SyntaxFacts.IsTrivia(kind) }.Count(x => x);
            Assert.True(classes <= 1, $"{kind} is both a token and trivia.");
        }

        Assert.True(SyntaxFacts.IsComment(SyntaxKind.SingleLineCommentTrivia));
        Assert.True(SyntaxFacts.IsComment(SyntaxKind.MultiLineCommentTrivia));
        Assert.False(SyntaxFacts.IsToken(SyntaxKind.CompilationUnit));
        Assert.False(SyntaxFacts.IsTrivia(SyntaxKind.CompilationUnit));
    }
}
