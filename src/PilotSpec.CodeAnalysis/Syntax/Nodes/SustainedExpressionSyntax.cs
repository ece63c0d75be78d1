namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`condition for 2 consecutive months`: the condition holds over consecutive measurement periods.</summary>
public sealed class SustainedExpressionSyntax : ExpressionSyntax
{
    internal SustainedExpressionSyntax(ExpressionSyntax condition, SyntaxToken forKeyword, SyntaxToken countToken, SyntaxToken? consecutiveKeyword, SyntaxToken periodToken)
        : base(condition, forKeyword, countToken, consecutiveKeyword, periodToken)
    {
        Condition = condition;
        ForKeyword = forKeyword;
        CountToken = countToken;
        ConsecutiveKeyword = consecutiveKeyword;
        PeriodToken = periodToken;
    }

    public override SyntaxKind Kind => SyntaxKind.SustainedExpression;

    public ExpressionSyntax Condition { get; }

    public SyntaxToken ForKeyword { get; }

    public SyntaxToken CountToken { get; }

    public SyntaxToken? ConsecutiveKeyword { get; }

    public SyntaxToken PeriodToken { get; }
}
