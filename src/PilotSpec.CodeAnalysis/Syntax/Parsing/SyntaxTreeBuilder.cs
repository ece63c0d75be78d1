using System.Collections.Immutable;
using Antlr4.Runtime;
using PilotSpec.CodeAnalysis.Syntax.Generated;
using static PilotSpec.CodeAnalysis.Syntax.Generated.PilotParser;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Turns the ANTLR parse tree into our immutable syntax tree. Each rule's children are
/// read in source order, so tokens are created in source order and the token factory can
/// hand every character of the file to exactly one token or trivia.
/// </summary>
internal sealed class SyntaxTreeBuilder
{
    private readonly TokenFactory _tokens;

    public SyntaxTreeBuilder(TokenFactory tokens) => _tokens = tokens;

    public CompilationUnitSyntax BuildCompilationUnit(CompilationUnitContext? context)
    {
        var members = context is null ? ImmutableArray<MemberSyntax>.Empty : Members(new ChildReader(context, _tokens));
        var endOfFile = _tokens.CreateEndOfFile();
        return new CompilationUnitSyntax(members, endOfFile, _tokens.CreateTriviaSource());
    }

    /// <summary>The fallback when the file cannot be parsed at all (too deep): every token becomes trivia of the end of file.</summary>
    public CompilationUnitSyntax BuildEmptyCompilationUnit()
    {
        var endOfFile = _tokens.CreateEndOfFile();
        return new(ImmutableArray<MemberSyntax>.Empty, endOfFile, _tokens.CreateTriviaSource());
    }

    private ImmutableArray<MemberSyntax> Members(ChildReader reader)
    {
        var members = ImmutableArray.CreateBuilder<MemberSyntax>();
        while (reader.Node<MemberContext>() is { } member)
        {
            if (Member(member) is { } syntax)
            {
                members.Add(syntax);
            }
        }

        return members.ToImmutable();
    }

    private MemberSyntax? Member(MemberContext context)
    {
        var reader = new ChildReader(context, _tokens);
        if (reader.Node<ImportDirectiveContext>() is { } import)
        {
            return Import(import);
        }

        if (reader.Node<DeclarationContext>() is { } declaration)
        {
            return Declaration(declaration);
        }

        if (reader.Node<PropertyContext>() is { } property)
        {
            return Property(property);
        }

        return null;
    }

    private ImportDirectiveSyntax Import(ImportDirectiveContext context)
    {
        var reader = new ChildReader(context, _tokens);
        return new ImportDirectiveSyntax(
            reader.Token(IMPORT, SyntaxKind.ImportKeyword),
            reader.Token(STRING, SyntaxKind.StringLiteralToken),
            reader.OptionalToken(SEMICOLON, SyntaxKind.SemicolonToken));
    }

    private DeclarationSyntax? Declaration(DeclarationContext context)
    {
        var inner = context.children is { Count: > 0 } ? context.children[0] as ParserRuleContext : null;
        if (inner is null)
        {
            return null;
        }

        var reader = new ChildReader(inner, _tokens);
        switch (inner)
        {
            case PilotDeclarationContext:
            {
                var keyword = reader.Token(PILOT, SyntaxKind.PilotKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                var body = Block(reader) ?? MissingBlock();
                return new PilotDeclarationSyntax(keyword, name, title, body, Semicolon(reader));
            }

            case GoalDeclarationContext:
            {
                var keyword = reader.Token(GOAL, SyntaxKind.GoalKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new GoalDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            case IndicatorDeclarationContext:
            {
                var keyword = reader.Token(INDICATOR, SyntaxKind.IndicatorKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new IndicatorDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            case SiteDeclarationContext:
            {
                var keyword = reader.Token(SITE, SyntaxKind.SiteKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new SiteDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            case WaveDeclarationContext:
            {
                var keyword = reader.OptionalTokenOfAny(WAVE, GROUP) ?? _tokens.CreateMissing(SyntaxKind.WaveKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                var equals = reader.OptionalToken(EQUALS, SyntaxKind.EqualsToken);
                var value = equals is null ? null : Expression(reader.Node<ExpressionContext>());
                return new WaveDeclarationSyntax(keyword, name, title, equals, value, Block(reader), Semicolon(reader));
            }

            case PhaseDeclarationContext:
            {
                var keyword = reader.Token(PHASE, SyntaxKind.PhaseKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new PhaseDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            case AlertDeclarationContext:
            {
                var keyword = reader.Token(ALERT, SyntaxKind.AlertKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new AlertDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            case EvaluationDeclarationContext:
            {
                var keyword = reader.Token(EVALUATION, SyntaxKind.EvaluationKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                var at = reader.OptionalToken(AT, SyntaxKind.AtKeyword);
                var timing = at is null ? null : Expression(reader.Node<ExpressionContext>());
                return new EvaluationDeclarationSyntax(keyword, name, title, at, timing, Block(reader), Semicolon(reader));
            }

            case StakeholderDeclarationContext:
            {
                var keyword = reader.Token(STAKEHOLDER, SyntaxKind.StakeholderKeyword);
                var name = Name(reader, keyword);
                var title = Title(reader);
                return new StakeholderDeclarationSyntax(keyword, name, title, Block(reader), Semicolon(reader));
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// The declared name. The grammar lets a keyword stand there (`site end { }`) so that
    /// the parse goes on as the writer meant; it is reported once, here, and becomes a name.
    /// </summary>
    private SyntaxToken Name(ChildReader reader, SyntaxToken keyword)
    {
        var context = reader.Node<DeclarationNameContext>();
        if (context is null && !keyword.IsMissing)
        {
            _tokens.ReportMissingName(keyword);
        }

        return NameToken(context, keywordIsError: true);
    }

    /// <summary>
    /// A name from a `declarationName` or `propertyName` rule, always an identifier token:
    /// property names may be keywords (`start:`, `end:`), declared names may not.
    /// </summary>
    private SyntaxToken NameToken(ParserRuleContext? context, bool keywordIsError)
    {
        var terminal = context is null ? null : new ChildReader(context, _tokens).FirstTerminal();
        if (terminal is null)
        {
            return _tokens.CreateMissing(SyntaxKind.IdentifierToken);
        }

        var token = _tokens.Create(terminal, SyntaxKind.IdentifierToken);
        if (keywordIsError && terminal.Type != IDENTIFIER && !token.IsMissing)
        {
            _tokens.ReportReservedWordAsName(token);
        }

        return token;
    }

    private static SyntaxToken? Title(ChildReader reader) => reader.OptionalToken(STRING, SyntaxKind.StringLiteralToken);

    private static SyntaxToken? Semicolon(ChildReader reader) => reader.OptionalToken(SEMICOLON, SyntaxKind.SemicolonToken);

    private BlockSyntax? Block(ChildReader reader)
    {
        var context = reader.Node<BlockContext>();
        if (context is null)
        {
            return null;
        }

        var blockReader = new ChildReader(context, _tokens);
        var open = blockReader.Token(LBRACE, SyntaxKind.OpenBraceToken);
        var members = Members(blockReader);
        var close = blockReader.Token(RBRACE, SyntaxKind.CloseBraceToken);
        return new BlockSyntax(open, members, close);
    }

    private BlockSyntax MissingBlock() =>
        new(_tokens.CreateMissing(SyntaxKind.OpenBraceToken), ImmutableArray<MemberSyntax>.Empty, _tokens.CreateMissing(SyntaxKind.CloseBraceToken));

    private PropertySyntax Property(PropertyContext context)
    {
        var reader = new ChildReader(context, _tokens);
        var name = NameToken(reader.Node<PropertyNameContext>(), keywordIsError: false);
        var colon = reader.Token(COLON, SyntaxKind.ColonToken);

        var values = ImmutableArray.CreateBuilder<SyntaxNode>();
        values.Add(PropertyValue(reader.Node<PropertyValueContext>()));
        while (reader.OptionalToken(COMMA, SyntaxKind.CommaToken) is { } comma)
        {
            values.Add(comma);
            values.Add(PropertyValue(reader.Node<PropertyValueContext>()));
        }

        return new PropertySyntax(name, colon, values.ToImmutable(), Semicolon(reader));
    }

    private PropertyValueSyntax PropertyValue(PropertyValueContext? context)
    {
        if (context is null)
        {
            return new PropertyValueSyntax(MissingExpression(), ImmutableArray<ValueClauseSyntax>.Empty);
        }

        var reader = new ChildReader(context, _tokens);
        var expression = Expression(reader.Node<ExpressionContext>());
        var clauses = ImmutableArray.CreateBuilder<ValueClauseSyntax>();
        while (reader.Node<ValueClauseContext>() is { } clause)
        {
            var clauseReader = new ChildReader(clause, _tokens);
            var keyword = clauseReader.OptionalTokenOfAny(ON, BY, FROM, AGAINST, WEIGHT, WHEN) ?? _tokens.CreateMissing(SyntaxKind.OnKeyword);
            clauses.Add(new ValueClauseSyntax(keyword, Expression(clauseReader.Node<ExpressionContext>())));
        }

        return new PropertyValueSyntax(expression, clauses.ToImmutable());
    }

    private ExpressionSyntax MissingExpression() => new NameExpressionSyntax(_tokens.CreateMissing(SyntaxKind.IdentifierToken));

    private ExpressionSyntax Expression(ExpressionContext? context)
    {
        if (context is null)
        {
            return MissingExpression();
        }

        var reader = new ChildReader(context, _tokens);
        switch (context)
        {
            case PrimaryExpressionContext:
                return Primary(reader.Node<PrimaryContext>());

            case MemberAccessExpressionContext:
            {
                var target = Expression(reader.Node<ExpressionContext>());
                var dot = reader.Token(DOT, SyntaxKind.DotToken);
                return new MemberAccessExpressionSyntax(target, dot, reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken));
            }

            case UnaryExpressionContext:
            {
                var op = reader.OptionalTokenOfAny(PLUS, MINUS) ?? _tokens.CreateMissing(SyntaxKind.PlusToken);
                return new UnaryExpressionSyntax(op, Expression(reader.Node<ExpressionContext>()));
            }

            case NotExpressionContext:
            {
                var op = reader.Token(NOT, SyntaxKind.NotKeyword);
                return new UnaryExpressionSyntax(op, Expression(reader.Node<ExpressionContext>()));
            }

            case MultiplicativeExpressionContext:
                return Binary(reader, STAR, SLASH);
            case AdditiveExpressionContext:
                return Binary(reader, PLUS, MINUS);
            case ComparisonExpressionContext:
                return Binary(reader, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS_EQUALS, BANG_EQUALS);
            case AndExpressionContext:
                return Binary(reader, AND);
            case OrExpressionContext:
                return Binary(reader, OR);

            case SustainedExpressionContext:
            {
                var condition = Expression(reader.Node<ExpressionContext>());
                var @for = reader.Token(FOR, SyntaxKind.ForKeyword);
                var count = reader.Token(NUMBER, SyntaxKind.NumberLiteralToken);
                var consecutive = reader.OptionalToken(CONSECUTIVE, SyntaxKind.ConsecutiveKeyword);
                var period = reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken);
                return new SustainedExpressionSyntax(condition, @for, count, consecutive, period);
            }

            case QuantifiedExpressionContext:
            {
                var condition = Expression(reader.Node<ExpressionContext>());
                return new QuantifiedExpressionSyntax(condition, Quantifier(reader.Node<QuantifierContext>()));
            }

            default:
                return MissingExpression();
        }
    }

    private BinaryExpressionSyntax Binary(ChildReader reader, params int[] operators)
    {
        var left = Expression(reader.Node<ExpressionContext>());
        var op = reader.OptionalTokenOfAny(operators) ?? _tokens.CreateMissing(TokenKinds.FromTokenType(operators[0]));
        return new BinaryExpressionSyntax(left, op, Expression(reader.Node<ExpressionContext>()));
    }

    private ExpressionSyntax Primary(PrimaryContext? context)
    {
        if (context is null)
        {
            return MissingExpression();
        }

        var reader = new ChildReader(context, _tokens);
        switch (context)
        {
            case QuantityLiteralContext:
            {
                var number = reader.Token(NUMBER, SyntaxKind.NumberLiteralToken);
                var units = ImmutableArray.CreateBuilder<SyntaxToken>();
                while (reader.OptionalToken(IDENTIFIER, SyntaxKind.IdentifierToken) is { } unit)
                {
                    units.Add(unit);
                }

                return new QuantityLiteralExpressionSyntax(number, units.ToImmutable());
            }

            case PercentLiteralContext:
                return new PercentLiteralExpressionSyntax(reader.Token(PERCENT, SyntaxKind.PercentLiteralToken));
            case DateLiteralContext:
                return new DateLiteralExpressionSyntax(reader.Token(DATE, SyntaxKind.DateLiteralToken));
            case StringLiteralContext:
                return new StringLiteralExpressionSyntax(reader.Token(STRING, SyntaxKind.StringLiteralToken));
            case BooleanLiteralContext:
                return new BooleanLiteralExpressionSyntax(reader.OptionalTokenOfAny(TRUE, FALSE) ?? _tokens.CreateMissing(SyntaxKind.TrueKeyword));
            case NameReferenceContext:
                return new NameExpressionSyntax(reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken));
            case AllSitesReferenceContext:
            {
                var all = reader.Token(ALL, SyntaxKind.AllKeyword);
                return new AllSitesExpressionSyntax(all, reader.OptionalToken(SITES, SyntaxKind.SitesKeyword));
            }

            case PhaseBoundaryContext:
            {
                var keyword = reader.OptionalTokenOfAny(START, END) ?? _tokens.CreateMissing(SyntaxKind.EndKeyword);
                var of = reader.Token(OF, SyntaxKind.OfKeyword);
                return new PhaseBoundaryExpressionSyntax(keyword, of, reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken));
            }

            case CriteriaCountContext:
            {
                var keyword = reader.OptionalTokenOfAny(ALL, ANY, NONE) ?? _tokens.CreateMissing(SyntaxKind.AllKeyword);
                return new CriteriaCountExpressionSyntax(keyword, reader.Token(MET, SyntaxKind.MetKeyword));
            }

            case ParenthesizedContext:
            {
                var open = reader.Token(LPAREN, SyntaxKind.OpenParenToken);
                var inner = Expression(reader.Node<ExpressionContext>());
                return new ParenthesizedExpressionSyntax(open, inner, reader.Token(RPAREN, SyntaxKind.CloseParenToken));
            }

            case ListContext:
            {
                var open = reader.Token(LBRACKET, SyntaxKind.OpenBracketToken);
                var items = ImmutableArray.CreateBuilder<SyntaxNode>();
                if (reader.Node<ExpressionContext>() is { } first)
                {
                    items.Add(Expression(first));
                    while (reader.OptionalToken(COMMA, SyntaxKind.CommaToken) is { } comma)
                    {
                        items.Add(comma);
                        items.Add(Expression(reader.Node<ExpressionContext>()));
                    }
                }

                var close = reader.Token(RBRACKET, SyntaxKind.CloseBracketToken);
                return new ListExpressionSyntax(open, new SeparatedSyntaxList<ExpressionSyntax>(items.ToImmutable()), close);
            }

            default:
                return MissingExpression();
        }
    }

    private QuantifierSyntax Quantifier(QuantifierContext? context)
    {
        var reader = context is null ? null : new ChildReader(context, _tokens);
        switch (context)
        {
            case AllSitesQuantifierContext:
            {
                var at = reader!.Token(AT, SyntaxKind.AtKeyword);
                var all = reader.Token(ALL, SyntaxKind.AllKeyword);
                var sites = reader.OptionalToken(SITES, SyntaxKind.SitesKeyword);
                return new AllSitesQuantifierSyntax(at, all, sites, Filter(reader.Node<SiteFilterContext>()));
            }

            case AnySiteQuantifierContext:
            {
                var at = reader!.Token(AT, SyntaxKind.AtKeyword);
                var any = reader.Token(ANY, SyntaxKind.AnyKeyword);
                var site = reader.Token(SITE, SyntaxKind.SiteKeyword);
                return new AnySiteQuantifierSyntax(at, any, site, Filter(reader.Node<SiteFilterContext>()));
            }

            case ShareOfSitesQuantifierContext:
            {
                var at = reader!.Token(AT, SyntaxKind.AtKeyword);
                var share = reader.OptionalTokenOfAny(PERCENT, NUMBER) ?? _tokens.CreateMissing(SyntaxKind.PercentLiteralToken);
                var of = reader.Token(OF, SyntaxKind.OfKeyword);
                var sites = reader.Token(SITES, SyntaxKind.SitesKeyword);
                return new ShareOfSitesQuantifierSyntax(at, share, of, sites, Filter(reader.Node<SiteFilterContext>()));
            }

            case SingleSiteQuantifierContext:
            {
                var at = reader!.Token(AT, SyntaxKind.AtKeyword);
                return new SingleSiteQuantifierSyntax(at, reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken));
            }

            case GroupQuantifierContext:
                return new GroupQuantifierSyntax(Filter(reader!.Node<SiteFilterContext>()) ?? MissingFilter());

            default:
                return new GroupQuantifierSyntax(MissingFilter());
        }
    }

    private SiteFilterSyntax? Filter(SiteFilterContext? context)
    {
        if (context is null)
        {
            return null;
        }

        var reader = new ChildReader(context, _tokens);
        var @in = reader.Token(IN, SyntaxKind.InKeyword);
        return new SiteFilterSyntax(@in, reader.Token(IDENTIFIER, SyntaxKind.IdentifierToken));
    }

    private SiteFilterSyntax MissingFilter() =>
        new(_tokens.CreateMissing(SyntaxKind.InKeyword), _tokens.CreateMissing(SyntaxKind.IdentifierToken));
}
