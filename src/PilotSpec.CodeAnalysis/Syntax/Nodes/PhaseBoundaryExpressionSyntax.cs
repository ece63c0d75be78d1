namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`start of Phase` or `end of Phase`: a date fixed by the schedule.</summary>
public sealed class PhaseBoundaryExpressionSyntax : ExpressionSyntax
{
    internal PhaseBoundaryExpressionSyntax(SyntaxToken keyword, SyntaxToken ofKeyword, SyntaxToken phaseName)
        : base(keyword, ofKeyword, phaseName)
    {
        Keyword = keyword;
        OfKeyword = ofKeyword;
        PhaseName = phaseName;
    }

    public override SyntaxKind Kind => SyntaxKind.PhaseBoundaryExpression;

    public SyntaxToken Keyword { get; }

    public SyntaxToken OfKeyword { get; }

    public SyntaxToken PhaseName { get; }
}
