using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Binds and types the expressions of criteria, alerts and decision rules: names to
/// indicators and sites, literals to quantities, operators checked for matching units,
/// quantifiers resolved to concrete site sets. Reports each error once: a node whose
/// child is an error stays silent.
/// </summary>
internal sealed class ExpressionBinder
{
    private readonly BindingContext _context;
    private readonly string _propertyName;
    private readonly bool _allowCriteriaCount;

    public ExpressionBinder(BindingContext context, string propertyName, bool allowCriteriaCount = false)
    {
        _context = context;
        _propertyName = propertyName;
        _allowCriteriaCount = allowCriteriaCount;
    }

    private DiagnosticBag Diagnostics => _context.Diagnostics;

    /// <summary>
    /// Binds a condition that must hold for the pilot as a whole. A per-site condition
    /// without a quantifier ranges over every pilot site: all of them for a criterion,
    /// any of them for an alert (which fires per site).
    /// </summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, QuantifierKind implicitQuantifier)
    {
        var bound = Bind(syntax);
        if (bound.HasErrors)
        {
            return bound;
        }

        if (bound.Type is not BooleanType)
        {
            Diagnostics.Report(DiagnosticDescriptors.NotACondition, syntax, TypeDescription.Of(bound.Type));
            return new BoundError(syntax);
        }

        return bound.Type.IsPerSite
            ? new BoundQuantified(syntax, PilotType.Boolean, bound, implicitQuantifier, null, _context.PilotSites, null)
            : bound;
    }

    public BoundExpression Bind(ExpressionSyntax syntax) => syntax switch
    {
        QuantityLiteralExpressionSyntax quantity => BindQuantity(quantity),
        PercentLiteralExpressionSyntax percent => Literal(percent, percent.PercentToken, Unit.Percent),
        DateLiteralExpressionSyntax date => date.DateToken.Value is { } value ? new BoundLiteral(syntax, PilotType.Date, value) : new BoundError(syntax),
        StringLiteralExpressionSyntax text => new BoundLiteral(syntax, PilotType.String, text.StringToken.Value ?? string.Empty),
        BooleanLiteralExpressionSyntax boolean => new BoundLiteral(syntax, PilotType.Boolean, boolean.Keyword.Kind == SyntaxKind.TrueKeyword),
        NameExpressionSyntax name => BindName(name),
        AllSitesExpressionSyntax => new BoundAllSites(syntax),
        PhaseBoundaryExpressionSyntax boundary => BindPhaseBoundary(boundary),
        CriteriaCountExpressionSyntax count => BindCriteriaCount(count),
        ParenthesizedExpressionSyntax parenthesized => Bind(parenthesized.Expression),
        MemberAccessExpressionSyntax member => BindMemberAccess(member),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        SustainedExpressionSyntax sustained => BindSustained(sustained),
        QuantifiedExpressionSyntax quantified => BindQuantified(quantified),
        ListExpressionSyntax list => ReportList(list),
        _ => new BoundError(syntax),
    };

    /// <summary>The quantity a literal denotes: `18 minutes`, `3.5 million CNY`, `15 points`, `62%`.</summary>
    public static Quantity? QuantityOf(ExpressionSyntax syntax) => syntax switch
    {
        QuantityLiteralExpressionSyntax quantity when quantity.NumberToken.Value is decimal value => ScaledQuantity(value, quantity.UnitTokens),
        PercentLiteralExpressionSyntax percent when percent.PercentToken.Value is decimal value => new Quantity(value, Unit.Percent),
        ParenthesizedExpressionSyntax parenthesized => QuantityOf(parenthesized.Expression),
        UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MinusToken } unary when QuantityOf(unary.Operand) is { } q => q with { Value = -q.Value },
        UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.PlusToken } unary => QuantityOf(unary.Operand),
        _ => null,
    };

    private static Quantity ScaledQuantity(decimal value, ImmutableArray<SyntaxToken> unitTokens)
    {
        var words = unitTokens.Select(t => t.Text).ToList();
        while (words.Count > 0 && Unit.GetScale(words[0]) is { } scale)
        {
            try
            {
                value *= scale;
            }
            catch (System.OverflowException)
            {
                value = decimal.MaxValue;
            }

            words.RemoveAt(0);
        }

        var unit = words.Count == 0 ? Unit.Scalar : Unit.FromName(string.Join("_", words));
        return new Quantity(value, unit);
    }

    private BoundExpression BindQuantity(QuantityLiteralExpressionSyntax syntax) =>
        QuantityOf(syntax) is { } quantity
            ? new BoundLiteral(syntax, PilotType.Number(quantity.Unit), quantity)
            : new BoundError(syntax);

    private static BoundExpression Literal(ExpressionSyntax syntax, SyntaxToken token, Unit unit) =>
        token.Value is decimal value
            ? new BoundLiteral(syntax, PilotType.Number(unit), new Quantity(value, unit))
            : new BoundError(syntax);

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var symbol = _context.Resolve(syntax.IdentifierToken, SymbolKind.Indicator, SymbolKind.Site, SymbolKind.Wave);
        return symbol switch
        {
            IndicatorSymbol indicator => IndicatorValue(syntax, indicator, IndicatorMember.Latest),
            SiteSymbol or WaveSymbol => new BoundSymbolReference(syntax, PilotType.SiteSet, symbol),
            _ => new BoundError(syntax),
        };
    }

    private static BoundIndicatorValue IndicatorValue(ExpressionSyntax syntax, IndicatorSymbol indicator, IndicatorMember member)
    {
        var unit = indicator.Unit ?? Unit.Scalar;
        PilotType type = member switch
        {
            IndicatorMember.Baseline or IndicatorMember.Target => PilotType.Number(unit),
            IndicatorMember.Change or IndicatorMember.Trend => new ChangeType(unit, PerSite: true),

            // An effect is a change in the indicator's unit, estimated once for the evaluation, not per site.
            IndicatorMember.Effect or IndicatorMember.EffectLower or IndicatorMember.EffectUpper => new ChangeType(unit, PerSite: false),
            IndicatorMember.Grade => PilotType.Number(Unit.Scalar, perSite: true),
            _ => PilotType.Number(unit, perSite: true),
        };
        return new BoundIndicatorValue(syntax, type, indicator, member);
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax)
    {
        if (syntax.Expression is not NameExpressionSyntax target)
        {
            var inner = Bind(syntax.Expression);
            if (!inner.HasErrors)
            {
                Diagnostics.Report(DiagnosticDescriptors.WrongKindOfName, syntax.Expression, syntax.Expression.ToString(), TypeDescription.Of(inner.Type), new ExpectedKinds(new[] { SymbolKind.Indicator }));
            }

            return new BoundError(syntax);
        }

        if (_context.Resolve(target.IdentifierToken, SymbolKind.Indicator) is not IndicatorSymbol indicator)
        {
            return new BoundError(syntax);
        }

        IndicatorMember? member = syntax.NameToken.Text switch
        {
            "latest" => IndicatorMember.Latest,
            "baseline" => IndicatorMember.Baseline,
            "target" => IndicatorMember.Target,
            "change" => IndicatorMember.Change,
            "mean" => IndicatorMember.Mean,
            "trend" => IndicatorMember.Trend,
            "grade" => IndicatorMember.Grade,
            "effect" => IndicatorMember.Effect,
            "effect_lower" => IndicatorMember.EffectLower,
            "effect_upper" => IndicatorMember.EffectUpper,
            _ => null,
        };
        if (member is null)
        {
            if (!syntax.NameToken.IsMissing)
            {
                Diagnostics.Report(DiagnosticDescriptors.UnknownIndicatorMember, syntax.NameToken, syntax.NameToken.Text);
            }

            return new BoundError(syntax);
        }

        if (member == IndicatorMember.Grade && indicator.Grades.IsEmpty)
        {
            Diagnostics.Report(DiagnosticDescriptors.IndicatorHasNoGrades, syntax, indicator.Name);
            return new BoundError(syntax);
        }

        return IndicatorValue(syntax, indicator, member.Value);
    }

    private BoundExpression BindPhaseBoundary(PhaseBoundaryExpressionSyntax syntax) =>
        _context.Resolve(syntax.PhaseName, SymbolKind.Phase) is PhaseSymbol phase
            ? new BoundPhaseBoundary(syntax, phase, syntax.Keyword.Kind == SyntaxKind.EndKeyword)
            : new BoundError(syntax);

    private BoundExpression BindCriteriaCount(CriteriaCountExpressionSyntax syntax)
    {
        if (!_allowCriteriaCount)
        {
            Diagnostics.Report(DiagnosticDescriptors.CriteriaCountOutsideDecision, syntax, syntax.Keyword.Text);
            return new BoundError(syntax);
        }

        var count = syntax.Keyword.Kind switch
        {
            SyntaxKind.AllKeyword => CriteriaCount.All,
            SyntaxKind.AnyKeyword => CriteriaCount.Any,
            _ => CriteriaCount.None,
        };
        return new BoundCriteriaCount(syntax, count);
    }

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = Bind(syntax.Operand);
        if (operand.HasErrors)
        {
            return new BoundError(syntax);
        }

        switch (syntax.OperatorToken.Kind)
        {
            case SyntaxKind.NotKeyword:
                if (operand.Type is not BooleanType)
                {
                    Diagnostics.Report(DiagnosticDescriptors.NotACondition, syntax.Operand, TypeDescription.Of(operand.Type));
                    return new BoundError(syntax);
                }

                return new BoundUnary(syntax, operand.Type, BoundUnaryOperator.Not, operand);

            case SyntaxKind.PlusToken or SyntaxKind.MinusToken when operand is BoundLiteral { Value: Quantity quantity }:
                // `+15%`, `-3 minutes`: a signed literal is a change, which targets and criteria read as such.
                var value = syntax.OperatorToken.Kind == SyntaxKind.MinusToken ? quantity with { Value = -quantity.Value } : quantity;
                return new BoundLiteral(syntax, operand.Type, value) { IsSigned = true };

            case SyntaxKind.PlusToken or SyntaxKind.MinusToken when operand.Type is NumberType or ChangeType:
                return syntax.OperatorToken.Kind == SyntaxKind.MinusToken ? new BoundUnary(syntax, operand.Type, BoundUnaryOperator.Negate, operand) : operand;

            default:
                // `-"text"`, `+2020-01-01`: a sign only goes before a number.
                Diagnostics.Report(DiagnosticDescriptors.InvalidPropertyValue, syntax.Operand, _propertyName, new Phrase("Expect_NumberAfterSign", syntax.OperatorToken.Text));
                return new BoundError(syntax);
        }
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        if (IsComparison(syntax.OperatorToken.Kind) && (IsGrade(syntax.Left) || IsGrade(syntax.Right)))
        {
            return BindGradeComparison(syntax);
        }

        var left = Bind(syntax.Left);
        var right = Bind(syntax.Right);
        if (left.HasErrors || right.HasErrors)
        {
            return new BoundError(syntax);
        }

        var op = syntax.OperatorToken.Kind switch
        {
            SyntaxKind.PlusToken => BoundBinaryOperator.Add,
            SyntaxKind.MinusToken => BoundBinaryOperator.Subtract,
            SyntaxKind.StarToken => BoundBinaryOperator.Multiply,
            SyntaxKind.SlashToken => BoundBinaryOperator.Divide,
            SyntaxKind.LessToken => BoundBinaryOperator.Less,
            SyntaxKind.LessEqualsToken => BoundBinaryOperator.LessOrEqual,
            SyntaxKind.GreaterToken => BoundBinaryOperator.Greater,
            SyntaxKind.GreaterEqualsToken => BoundBinaryOperator.GreaterOrEqual,
            SyntaxKind.EqualsEqualsToken => BoundBinaryOperator.Equal,
            SyntaxKind.BangEqualsToken => BoundBinaryOperator.NotEqual,
            SyntaxKind.AndKeyword => BoundBinaryOperator.And,
            _ => BoundBinaryOperator.Or,
        };

        var type = BinaryTyping.ResultType(op, left, right, out var pointsOnNonRate);
        if (type is null)
        {
            if (pointsOnNonRate is { } indicator)
            {
                Diagnostics.Report(DiagnosticDescriptors.PointsOnNonRate, syntax.Right, indicator.Name, indicator.Unit?.ToString() ?? "number");
            }
            else if (op is BoundBinaryOperator.And or BoundBinaryOperator.Or)
            {
                var culprit = left.Type is BooleanType ? right : left;
                Diagnostics.Report(DiagnosticDescriptors.NotACondition, culprit.Syntax, TypeDescription.Of(culprit.Type));
            }
            else
            {
                Diagnostics.Report(DiagnosticDescriptors.UnitMismatch, syntax, TypeDescription.Of(left), TypeDescription.Of(right));
            }

            return new BoundError(syntax);
        }

        return new BoundBinary(syntax, type, left, op, right);
    }

    private static bool IsComparison(SyntaxKind kind) => kind is SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken
        or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsEqualsToken or SyntaxKind.BangEqualsToken;

    private static bool IsGrade(ExpressionSyntax syntax) => syntax switch
    {
        MemberAccessExpressionSyntax member => member.NameToken.Text == "grade",
        ParenthesizedExpressionSyntax parenthesized => IsGrade(parenthesized.Expression),
        _ => false,
    };

    // `score.grade == 差`, `score.grade >= 良`: a grade compares with the name of one of its bands,
    // by rank (优 above 良), so `>= 良` means 良 or better. The name is the band's, not a declaration's.
    private BoundExpression BindGradeComparison(BinaryExpressionSyntax syntax)
    {
        var gradeOnLeft = IsGrade(syntax.Left);
        var gradeSyntax = gradeOnLeft ? syntax.Left : syntax.Right;
        var otherSyntax = gradeOnLeft ? syntax.Right : syntax.Left;
        if (Bind(gradeSyntax) is not BoundIndicatorValue { Member: IndicatorMember.Grade } grade)
        {
            return new BoundError(syntax);
        }

        var indicator = grade.Indicator;
        var band = otherSyntax is NameExpressionSyntax name ? indicator.Grades.FirstOrDefault(b => b.Name == name.IdentifierToken.Text) : null;
        if (band is null)
        {
            if (!(otherSyntax is NameExpressionSyntax { IdentifierToken.IsMissing: true }))
            {
                Diagnostics.Report(DiagnosticDescriptors.NotAGrade, otherSyntax, otherSyntax.ToString().Trim(), indicator.Name, string.Join(", ", indicator.Grades.Select(b => b.Name)));
            }

            return new BoundError(syntax);
        }

        var op = syntax.OperatorToken.Kind switch
        {
            SyntaxKind.LessToken => BoundBinaryOperator.Less,
            SyntaxKind.LessEqualsToken => BoundBinaryOperator.LessOrEqual,
            SyntaxKind.GreaterToken => BoundBinaryOperator.Greater,
            SyntaxKind.GreaterEqualsToken => BoundBinaryOperator.GreaterOrEqual,
            SyntaxKind.EqualsEqualsToken => BoundBinaryOperator.Equal,
            _ => BoundBinaryOperator.NotEqual,
        };
        var rank = new BoundLiteral(otherSyntax, PilotType.Number(Unit.Scalar), new Quantity(indicator.RankOf(band), Unit.Scalar));
        return gradeOnLeft ? new BoundBinary(syntax, PilotType.SiteBoolean, grade, op, rank) : new BoundBinary(syntax, PilotType.SiteBoolean, rank, op, grade);
    }

    private BoundExpression BindSustained(SustainedExpressionSyntax syntax)
    {
        var condition = Bind(syntax.Condition);
        if (condition.HasErrors)
        {
            return new BoundError(syntax);
        }

        if (condition.Type is not BooleanType)
        {
            Diagnostics.Report(DiagnosticDescriptors.NotACondition, syntax.Condition, TypeDescription.Of(condition.Type));
            return new BoundError(syntax);
        }

        var unit = Unit.TimeUnit(syntax.PeriodToken.Text);
        if (syntax.CountToken.Value is not decimal count || count < 1 || count != decimal.Truncate(count) || count > 1000 || unit is null)
        {
            if (!syntax.CountToken.IsMissing && !syntax.PeriodToken.IsMissing)
            {
                Diagnostics.Report(DiagnosticDescriptors.InvalidPropertyValue, syntax.ForKeyword, "for", new Phrase("Expect_Periods"));
            }

            return new BoundError(syntax);
        }

        return new BoundSustained(syntax, condition.Type, condition, (int)count, unit, syntax.ConsecutiveKeyword is not null);
    }

    private BoundExpression BindQuantified(QuantifiedExpressionSyntax syntax)
    {
        var condition = Bind(syntax.Expression);
        if (condition.HasErrors)
        {
            return new BoundError(syntax);
        }

        if (condition.Type is not BooleanType)
        {
            Diagnostics.Report(DiagnosticDescriptors.NotACondition, syntax.Expression, TypeDescription.Of(condition.Type));
            return new BoundError(syntax);
        }

        var quantifier = syntax.Quantifier;
        SiteFilterSyntax? filter = quantifier switch
        {
            AllSitesQuantifierSyntax all => all.Filter,
            AnySiteQuantifierSyntax any => any.Filter,
            ShareOfSitesQuantifierSyntax shareOf => shareOf.Filter,
            GroupQuantifierSyntax group => group.Filter,
            _ => null,
        };

        Symbol? scope = null;
        var sites = _context.PilotSites;
        if (quantifier is SingleSiteQuantifierSyntax single)
        {
            if (_context.Resolve(single.SiteName, SymbolKind.Site) is not SiteSymbol site)
            {
                return new BoundError(syntax);
            }

            scope = site;
            sites = ImmutableArray.Create(site);
        }
        else if (filter is not null)
        {
            scope = _context.Resolve(filter.GroupName, SymbolKind.Wave, SymbolKind.Site);
            if (scope is null)
            {
                return new BoundError(syntax);
            }

            sites = scope is WaveSymbol wave ? wave.Sites : ImmutableArray.Create((SiteSymbol)scope);
            if (sites.IsEmpty)
            {
                // A wave whose listed names all failed to bind was reported there already.
                if (!(scope is WaveSymbol listed && Declarations.WaveBinder.ListsAnySite(listed)))
                {
                    Diagnostics.Report(DiagnosticDescriptors.QuantifierOverEmptyGroup, filter.GroupName, scope.Name);
                }

                return new BoundError(syntax);
            }
        }

        var (kind, share) = quantifier switch
        {
            AnySiteQuantifierSyntax => (QuantifierKind.Any, (decimal?)null),
            ShareOfSitesQuantifierSyntax s when s.ShareToken.Kind == SyntaxKind.PercentLiteralToken => (QuantifierKind.Share, s.ShareToken.Value as decimal?),
            ShareOfSitesQuantifierSyntax s => (QuantifierKind.Count, s.ShareToken.Value as decimal?),
            _ => (QuantifierKind.All, (decimal?)null),
        };

        return new BoundQuantified(syntax, PilotType.Boolean, condition, kind, share, sites, scope);
    }

    private BoundExpression ReportList(ListExpressionSyntax syntax)
    {
        Diagnostics.Report(DiagnosticDescriptors.InvalidPropertyValue, syntax, _propertyName, new Phrase("Expect_SingleValue"));
        return new BoundError(syntax);
    }
}
