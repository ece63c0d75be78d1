using System.Collections.Generic;
using System.Linq;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// ANTLR's default recovery (single-token insertion and deletion, then resynchronising on
/// the follow set), with its reports turned into our coded, localizable diagnostics. ANTLR
/// stays silent while recovering, so one mistake gives one diagnostic.
/// </summary>
internal sealed class SyntaxErrorStrategy : DefaultErrorStrategy
{
    private readonly DiagnosticSink _diagnostics;
    private readonly SourcePositions _positions;
    private readonly int _textLength;

    public SyntaxErrorStrategy(DiagnosticSink diagnostics, SourcePositions positions, int textLength)
    {
        _diagnostics = diagnostics;
        _positions = positions;
        _textLength = textLength;
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(e.OffendingToken, Expected(recognizer, e));

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(e.OffendingToken, Expected(recognizer, e));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(e.OffendingToken, Expected(recognizer, e));

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var expected = new ExpectedTokens(Kinds(GetExpectedTokens(recognizer)));
        var current = recognizer.CurrentToken;
        var found = new TokenDescription(TokenKinds.FromTokenType(current.Type));

        // Like Roslyn's "; expected": the caret goes right after the previous token, on the
        // line where the missing token belongs, not on the next line's first token.
        var previous = ((ITokenStream)recognizer.InputStream).LT(-1);
        var position = previous is null ? Start(current) : End(previous);
        _diagnostics.Report(DiagnosticDescriptors.MissingToken, new TextSpan(position, 0), expected, found);
    }

    private void ReportUnexpected(IToken offending, IntervalSet expectedSet)
    {
        var expected = Kinds(expectedSet).ToList();
        var kind = TokenKinds.FromTokenType(offending.Type);
        var span = TextSpan.FromBounds(Start(offending), End(offending));
        if (SyntaxFacts.IsKeyword(kind) && expected.Contains(SyntaxKind.IdentifierToken))
        {
            _diagnostics.Report(DiagnosticDescriptors.ReservedWordAsName, span, SyntaxFacts.GetText(kind)!);
            return;
        }

        _diagnostics.Report(DiagnosticDescriptors.UnexpectedToken, span, new TokenDescription(kind), new ExpectedTokens(expected));
    }

    private static IntervalSet Expected(Parser recognizer, RecognitionException e) =>
        e.GetExpectedTokens() ?? recognizer.GetExpectedTokens();

    private static IEnumerable<SyntaxKind> Kinds(IntervalSet set) =>
        set.ToList().Select(TokenKinds.FromTokenType).Where(k => SyntaxFacts.IsToken(k));

    private int Start(IToken token) =>
        token.Type == TokenConstants.EOF ? _textLength : _positions.ToUtf16(token.StartIndex);

    private int End(IToken token) =>
        token.Type == TokenConstants.EOF ? _textLength : _positions.ToUtf16(token.StopIndex + 1);
}
