using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax.Generated;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Makes <see cref="SyntaxToken"/>s from ANTLR tokens, walking the full token stream once,
/// in order. Everything between the previous token and this one becomes this token's
/// leading trivia: whitespace and comments, and any token the parser skipped while
/// recovering (as skipped-token trivia). Trailing trivia runs to the end of the line, as
/// in Roslyn. Because every token of the stream is handed out exactly once, the tree
/// prints back exactly the source text.
/// </summary>
internal sealed class TokenFactory
{
    private readonly IList<IToken> _tokens;
    private readonly string _text;
    private readonly SourceText _sourceText;
    private readonly SourcePositions _positions;
    private readonly DiagnosticSink _diagnostics;
    private readonly TokenTextCache _texts = new();
    private readonly ImeSlips _imeSlips = new();

    // Tokens whose trivia a scan of the text would not give back as ANTLR cut it, by position.
    private readonly Dictionary<int, ExplicitTrivia> _explicitTrivia = new();
    private int _next;

    public TokenFactory(IList<IToken> tokens, string text, SourceText sourceText, SourcePositions positions, DiagnosticSink diagnostics)
    {
        _tokens = tokens;
        _text = text;
        _sourceText = sourceText;
        _positions = positions;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The syntax token for <paramref name="token"/>, or a missing token when ANTLR conjured
    /// it during recovery or when it lies behind a token already handed out.
    /// </summary>
    public SyntaxToken Create(IToken token, SyntaxKind kind)
    {
        if (token.TokenIndex < _next || token.TokenIndex >= _tokens.Count)
        {
            return CreateMissing(kind);
        }

        var leading = CollectTrivia(token.TokenIndex);
        var (position, text) = TextOf(token);
        var value = LiteralParser.ParseValue(kind, text, position, _diagnostics);
        _imeSlips.Report(text, position, _text, _diagnostics);
        _next = token.TokenIndex + 1;
        var trailing = kind == SyntaxKind.EndOfFileToken ? ImmutableArray<SyntaxTrivia>.Empty : CollectTrailingTrivia();
        var fullStart = leading.IsEmpty ? position : leading[0].Position;
        var fullEnd = trailing.IsEmpty ? position + text.Length : trailing[trailing.Length - 1].Span.End;
        if (!ScansBackTo(leading, fullStart, position) || !ScansBackTo(trailing, position + text.Length, fullEnd))
        {
            _explicitTrivia.Add(position, new ExplicitTrivia(leading, trailing));
        }

        return SyntaxToken.Create(kind, position, text, value, fullStart, fullEnd);
    }

    /// <summary>Where the tokens made so far find their trivia: the text, and the explicit trivia of those whose trivia does not scan back.</summary>
    public TriviaSource CreateTriviaSource() => new(_sourceText, _explicitTrivia);

    /// <summary>
    /// True when scanning the text from <paramref name="start"/> to <paramref name="end"/>
    /// gives exactly <paramref name="trivia"/>: the same pieces at the same places, so the
    /// same texts. Skipped tokens and bad characters never do.
    /// </summary>
    private bool ScansBackTo(ImmutableArray<SyntaxTrivia> trivia, int start, int end)
    {
        var range = _text.AsSpan(start, end - start);
        var index = 0;
        foreach (var item in trivia)
        {
            if (index >= range.Length)
            {
                return false;
            }

            var length = TriviaScanner.Next(range, index, out var kind);
            if (kind != item.Kind || start + index != item.Position || length != item.Text.Length)
            {
                return false;
            }

            index += length;
        }

        return index == range.Length;
    }

    /// <summary>A zero-width token the source lacks, placed where the next token's trivia starts.</summary>
    public SyntaxToken CreateMissing(SyntaxKind kind)
    {
        var position = _next < _tokens.Count ? TextOf(_tokens[_next]).Position : _text.Length;
        return SyntaxToken.Missing(kind, position);
    }

    /// <summary>The end-of-file token, carrying everything not yet handed out as its leading trivia.</summary>
    public SyntaxToken CreateEndOfFile()
    {
        var eofIndex = _tokens.Count - 1; // the stream always ends with EOF
        return Create(_tokens[eofIndex], SyntaxKind.EndOfFileToken);
    }

    /// <summary>`pilot { ... }`: reported right after the keyword, naming what follows it.</summary>
    public void ReportMissingName(SyntaxToken keyword)
    {
        var next = _next < _tokens.Count ? NextSignificant(_next) : null;
        var found = new TokenDescription(next is null ? SyntaxKind.EndOfFileToken : TokenKinds.FromTokenType(next.Type));
        _diagnostics.Report(DiagnosticDescriptors.MissingToken, new TextSpan(keyword.Span.End, 0), new TokenDescription(SyntaxKind.IdentifierToken), found);
    }

    private IToken? NextSignificant(int index)
    {
        for (var i = index; i < _tokens.Count; i++)
        {
            if (_tokens[i].Channel == Lexer.DefaultTokenChannel)
            {
                return _tokens[i];
            }
        }

        return null;
    }

    public void ReportReservedWordAsName(SyntaxToken token) =>
        _diagnostics.Report(DiagnosticDescriptors.ReservedWordAsName, token.Span, token.Text);

    private ImmutableArray<SyntaxTrivia> CollectTrivia(int endIndex)
    {
        if (_next >= endIndex)
        {
            return ImmutableArray<SyntaxTrivia>.Empty;
        }

        var trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>(endIndex - _next);
        for (var i = _next; i < endIndex; i++)
        {
            trivia.Add(CreateTrivia(_tokens[i]));
        }

        return trivia.MoveToImmutable();
    }

    private ImmutableArray<SyntaxTrivia> CollectTrailingTrivia()
    {
        // Most tokens have no trailing trivia, or just a line end: no builder for them.
        if (_next >= _tokens.Count || _tokens[_next].Channel != Lexer.Hidden)
        {
            return ImmutableArray<SyntaxTrivia>.Empty;
        }

        var trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>(2);
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next];
            if (token.Channel != Lexer.Hidden)
            {
                break;
            }

            trivia.Add(CreateTrivia(token));
            _next++;
            if (token.Type == PilotLexer.NEWLINE)
            {
                break;
            }
        }

        return trivia.ToImmutable();
    }

    private SyntaxTrivia CreateTrivia(IToken token)
    {
        var (position, text) = TextOf(token);
        if (token.Channel == Lexer.DefaultTokenChannel)
        {
            // A real token the parser skipped during error recovery; it already reported it.
            return new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, position, text);
        }

        if (token.Type == PilotLexer.BAD_CHARACTER)
        {
            var codePoint = text.Length == 2 && char.IsSurrogatePair(text[0], text[1]) ? char.ConvertToUtf32(text[0], text[1]) : text[0];
            _diagnostics.Report(DiagnosticDescriptors.InvalidCharacter, new TextSpan(position, text.Length), text, codePoint.ToString("X4", CultureInfo.InvariantCulture));
            return new SyntaxTrivia(SyntaxKind.SkippedTokensTrivia, position, text);
        }

        var kind = TokenKinds.FromTokenType(token.Type);
        if (kind == SyntaxKind.MultiLineCommentTrivia && (text.Length < 4 || !text.EndsWith("*/", System.StringComparison.Ordinal)))
        {
            _diagnostics.Report(DiagnosticDescriptors.UnterminatedComment, new TextSpan(position, 2));
        }

        return new SyntaxTrivia(kind, position, text);
    }

    private (int Position, string Text) TextOf(IToken token)
    {
        if (token.Type == TokenConstants.EOF)
        {
            return (_text.Length, string.Empty);
        }

        var start = _positions.ToUtf16(token.StartIndex);
        var end = _positions.ToUtf16(token.StopIndex + 1);
        return (start, _texts.Substring(_text, start, end - start));
    }
}
