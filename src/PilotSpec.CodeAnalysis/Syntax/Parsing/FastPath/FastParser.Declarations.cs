namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>Declarations and blocks: `site 东城区 "Dongcheng" { ... }`.</summary>
internal sealed partial class FastParser
{
    private DeclarationSyntax Declaration()
    {
        Enter(2); // declaration and its kind's rule
        var keywordKind = Current;
        var keyword = Take();
        var name = Name();
        var title = Title();
        DeclarationSyntax declaration;
        switch (keywordKind)
        {
            case SyntaxKind.PilotKeyword:
                // A pilot without a body is reported by the ANTLR path.
                var body = Current == SyntaxKind.OpenBraceToken ? Block()! : BlockRequired();
                declaration = new PilotDeclarationSyntax(keyword, name, title, body, Semicolon());
                break;
            case SyntaxKind.GoalKeyword:
                declaration = new GoalDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
            case SyntaxKind.IndicatorKeyword:
                declaration = new IndicatorDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
            case SyntaxKind.SiteKeyword:
                declaration = new SiteDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
            case SyntaxKind.WaveKeyword:
            case SyntaxKind.GroupKeyword:
            {
                var equals = Current == SyntaxKind.EqualsToken ? Take() : null;
                var value = equals is null ? null : Expression(0);
                declaration = new WaveDeclarationSyntax(keyword, name, title, equals, value, Block(), Semicolon());
                break;
            }

            case SyntaxKind.PhaseKeyword:
                declaration = new PhaseDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
            case SyntaxKind.AlertKeyword:
                declaration = new AlertDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
            case SyntaxKind.EvaluationKeyword:
            {
                var at = Optional(SyntaxKind.AtKeyword);
                var timing = at is null ? null : Expression(0);
                declaration = new EvaluationDeclarationSyntax(keyword, name, title, at, timing, Block(), Semicolon());
                break;
            }

            default:
                declaration = new StakeholderDeclarationSyntax(keyword, name, title, Block(), Semicolon());
                break;
        }

        Exit(2);
        return declaration;
    }

    /// <summary>
    /// The declared name: an identifier not followed by `:`. A missing name or a keyword in
    /// its place is a diagnostic of the ANTLR path, so the fast path gives up on it.
    /// </summary>
    private SyntaxToken Name()
    {
        if (Current != SyntaxKind.IdentifierToken || AtPropertyStart)
        {
            return Fail(SyntaxKind.IdentifierToken);
        }

        Enter();
        var name = Take();
        Exit();
        return name;
    }

    private SyntaxToken? Title() => Current == SyntaxKind.StringLiteralToken ? Take() : null;

    private SyntaxToken? Semicolon() => Current == SyntaxKind.SemicolonToken ? Take() : null;

    private BlockSyntax? Block()
    {
        if (Current != SyntaxKind.OpenBraceToken)
        {
            return null;
        }

        Enter();
        var open = Take();
        var members = Members();
        var close = Expect(SyntaxKind.CloseBraceToken);
        Exit();
        return new BlockSyntax(open, members, close);
    }

    private BlockSyntax BlockRequired()
    {
        var missing = Fail(SyntaxKind.OpenBraceToken);
        return new BlockSyntax(missing, System.Collections.Immutable.ImmutableArray<MemberSyntax>.Empty, missing);
    }
}
