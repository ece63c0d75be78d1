using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// Expressions by precedence climbing, with the precedences ANTLR gives the alternatives of
/// the left-recursive `expression` rule (the first binds tightest): member access 10,
/// unary plus/minus 9, `* /` 8, `+ -` 7, comparisons 6, `for N periods` 5, site
/// quantifiers 4, `not` 3, `and` 2, `or` 1. Binary operators are left-associative; a
/// prefix operator's operand takes everything at its own precedence or tighter.
/// </summary>
internal sealed partial class FastParser
{
    private const int MemberAccessPrecedence = 10;
    private const int UnaryPrecedence = 9;
    private const int SustainedPrecedence = 5;
    private const int QuantifierPrecedence = 4;
    private const int NotPrecedence = 3;

    private ExpressionSyntax Expression(int minPrecedence)
    {
        Enter();
        var pushes = 0;
        var left = Prefix();
        while (!_failed)
        {
            var kind = Current;
            var precedence = SuffixPrecedence(kind);
            if (precedence < minPrecedence || precedence == 0 || AtPropertyStart)
            {
                break;
            }

            pushes++;
            Enter();
            left = Suffix(left, kind, precedence);
        }

        Exit(1 + pushes);
        return left;
    }

    private ExpressionSyntax Prefix()
    {
        switch (Current)
        {
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            {
                var op = Take();
                return new UnaryExpressionSyntax(op, Expression(UnaryPrecedence));
            }

            case SyntaxKind.NotKeyword when !AtPropertyStart:
            {
                var op = Take();
                return new UnaryExpressionSyntax(op, Expression(NotPrecedence));
            }

            default:
                Enter();
                var primary = Primary();
                Exit();
                return primary;
        }
    }

    /// <summary>The precedence of the operator or suffix that <paramref name="kind"/> starts; 0 if none.</summary>
    private static int SuffixPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.DotToken => MemberAccessPrecedence,
        SyntaxKind.StarToken or SyntaxKind.SlashToken => 8,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => 7,
        SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken
            or SyntaxKind.EqualsEqualsToken or SyntaxKind.BangEqualsToken => 6,
        SyntaxKind.ForKeyword => SustainedPrecedence,
        SyntaxKind.AtKeyword or SyntaxKind.InKeyword => QuantifierPrecedence,
        SyntaxKind.AndKeyword => 2,
        SyntaxKind.OrKeyword => 1,
        _ => 0,
    };

    private ExpressionSyntax Suffix(ExpressionSyntax left, SyntaxKind kind, int precedence)
    {
        switch (kind)
        {
            case SyntaxKind.DotToken:
            {
                var dot = Take();
                return new MemberAccessExpressionSyntax(left, dot, Expect(SyntaxKind.IdentifierToken));
            }

            case SyntaxKind.ForKeyword:
            {
                var @for = Take();
                var count = Expect(SyntaxKind.NumberLiteralToken);
                var consecutive = Current == SyntaxKind.ConsecutiveKeyword ? Take() : null;
                return new SustainedExpressionSyntax(left, @for, count, consecutive, Expect(SyntaxKind.IdentifierToken));
            }

            case SyntaxKind.AtKeyword:
            case SyntaxKind.InKeyword:
            {
                Enter();
                var quantifier = Quantifier();
                Exit();
                return new QuantifiedExpressionSyntax(left, quantifier);
            }

            default:
            {
                var op = Take();
                return new BinaryExpressionSyntax(left, op, Expression(precedence + 1));
            }
        }
    }

    private ExpressionSyntax Primary()
    {
        switch (Current)
        {
            case SyntaxKind.NumberLiteralToken:
                return QuantityLiteral();
            case SyntaxKind.PercentLiteralToken:
                return new PercentLiteralExpressionSyntax(Take());
            case SyntaxKind.DateLiteralToken:
                return new DateLiteralExpressionSyntax(Take());
            case SyntaxKind.StringLiteralToken:
                return new StringLiteralExpressionSyntax(Take());
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                return new BooleanLiteralExpressionSyntax(Take());
            case SyntaxKind.IdentifierToken:
                return new NameExpressionSyntax(Take());
            // `all met: …` is `all` and then a property named `met`: a `:` never follows a value,
            // so ANTLR's prediction looks past `met` and takes `all` alone. The one decision here
            // that needs a third token.
            case SyntaxKind.AllKeyword when Next == SyntaxKind.MetKeyword && _tokens.Peek(2) != SyntaxKind.ColonToken:
            case SyntaxKind.AnyKeyword:
            case SyntaxKind.NoneKeyword:
            {
                var keyword = Take();
                return new CriteriaCountExpressionSyntax(keyword, Expect(SyntaxKind.MetKeyword));
            }

            case SyntaxKind.AllKeyword:
            {
                var all = Take();
                return new AllSitesExpressionSyntax(all, Optional(SyntaxKind.SitesKeyword));
            }

            case SyntaxKind.StartKeyword:
            case SyntaxKind.EndKeyword:
            {
                var keyword = Take();
                var of = Expect(SyntaxKind.OfKeyword);
                return new PhaseBoundaryExpressionSyntax(keyword, of, Expect(SyntaxKind.IdentifierToken));
            }

            case SyntaxKind.OpenParenToken:
            {
                var open = Take();
                var inner = Expression(0);
                return new ParenthesizedExpressionSyntax(open, inner, Expect(SyntaxKind.CloseParenToken));
            }

            case SyntaxKind.OpenBracketToken:
                return List();
            default:
                Fail(SyntaxKind.IdentifierToken);
                return new NameExpressionSyntax(Fail(SyntaxKind.IdentifierToken));
        }
    }

    /// <summary>`5`, `9 months`, `1.2 million yuan`: a unit word is any identifier not followed by `:` (that is the next property).</summary>
    private QuantityLiteralExpressionSyntax QuantityLiteral()
    {
        var number = Take();
        if (Current != SyntaxKind.IdentifierToken || Next == SyntaxKind.ColonToken)
        {
            return new QuantityLiteralExpressionSyntax(number, ImmutableArray<SyntaxToken>.Empty);
        }

        var unit = Take();
        if (Current != SyntaxKind.IdentifierToken || Next == SyntaxKind.ColonToken)
        {
            return new QuantityLiteralExpressionSyntax(number, ImmutableArray.Create(unit)); // one unit, the common case: no builder
        }

        var units = ImmutableArray.CreateBuilder<SyntaxToken>();
        units.Add(unit);
        while (Current == SyntaxKind.IdentifierToken && Next != SyntaxKind.ColonToken)
        {
            units.Add(Take());
        }

        return new QuantityLiteralExpressionSyntax(number, units.ToImmutable());
    }

    private ListExpressionSyntax List()
    {
        var open = Take();
        var items = ImmutableArray.CreateBuilder<SyntaxNode>();
        if (Current != SyntaxKind.CloseBracketToken)
        {
            items.Add(Expression(0));
            while (Current == SyntaxKind.CommaToken)
            {
                items.Add(Take());
                items.Add(Expression(0));
            }
        }

        var close = Expect(SyntaxKind.CloseBracketToken);
        return new ListExpressionSyntax(open, new SeparatedSyntaxList<ExpressionSyntax>(items.ToImmutable()), close);
    }

    /// <summary>`at all sites`, `at any site`, `at 80% of sites`, `at 东城区`, `in first`, each optionally narrowed `in wave`.</summary>
    private QuantifierSyntax Quantifier()
    {
        if (Current == SyntaxKind.InKeyword)
        {
            return new GroupQuantifierSyntax(Filter()!);
        }

        var at = Take();
        switch (Current)
        {
            case SyntaxKind.AllKeyword:
            {
                var all = Take();
                var sites = Optional(SyntaxKind.SitesKeyword);
                return new AllSitesQuantifierSyntax(at, all, sites, OptionalFilter());
            }

            case SyntaxKind.AnyKeyword:
            {
                var any = Take();
                var site = Expect(SyntaxKind.SiteKeyword);
                return new AnySiteQuantifierSyntax(at, any, site, OptionalFilter());
            }

            case SyntaxKind.PercentLiteralToken:
            case SyntaxKind.NumberLiteralToken:
            {
                var share = Take();
                var of = Expect(SyntaxKind.OfKeyword);
                var sites = Expect(SyntaxKind.SitesKeyword);
                return new ShareOfSitesQuantifierSyntax(at, share, of, sites, OptionalFilter());
            }

            default:
                return new SingleSiteQuantifierSyntax(at, Expect(SyntaxKind.IdentifierToken));
        }
    }

    private SiteFilterSyntax? OptionalFilter() =>
        Current == SyntaxKind.InKeyword && !AtPropertyStart ? Filter() : null;

    private SiteFilterSyntax? Filter()
    {
        Enter();
        var @in = Take();
        var filter = new SiteFilterSyntax(@in, Expect(SyntaxKind.IdentifierToken));
        Exit();
        return filter;
    }
}
