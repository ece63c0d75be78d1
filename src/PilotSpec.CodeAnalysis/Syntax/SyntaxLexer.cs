using System;
using System.Collections.Generic;
using System.IO;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Syntax.Generated;
using PilotSpec.CodeAnalysis.Syntax.Parsing;
using PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// The tokens of a text without parsing it: for an editor feature that reads only tokens
/// (completion right after a keystroke) and must not wait for a parse of the new text.
/// Lexing never fails: the hand-written lexer reads almost every text (20k lines in about
/// 20 ms); where it gives up (a character the grammar does not take, an unterminated block
/// comment, a lone surrogate, a name outside the Basic Multilingual Plane) the ANTLR lexer,
/// the reference, reads the whole text. Either way the tokens are the ones the tree holds
/// (but for a text over <c>SyntaxLimits.MaxFileLength</c>, which the parser keeps whole as
/// skipped trivia and the lexer still reads token by token).
/// </summary>
public static class SyntaxLexer
{
    public static LexicalTokenList Lex(SourceText text) => Lex((text ?? throw new ArgumentNullException(nameof(text))).ToString());

    public static LexicalTokenList Lex(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return FastLexer.TryLex(text, out var tokens, out var count)
            ? new LexicalTokenList(text, tokens, count, usedReferenceLexer: false)
            : LexWithReference(text);
    }

    /// <summary>The ANTLR lexer's tokens of <paramref name="text"/>: the fallback, and what tests compare the fast lexer with.</summary>
    internal static LexicalTokenList LexWithReference(string text)
    {
        var positions = new SourcePositions(text);
        var lexer = new PilotLexer(CharStreams.fromString(SourceParser.WithoutLoneSurrogates(text)), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();

        var tokens = new List<LexedToken>(16 + (text.Length / 3));
        for (var token = lexer.NextToken(); token.Type != TokenConstants.EOF; token = lexer.NextToken())
        {
            // Every rule's channel holds a piece of the text (BAD_CHARACTER too), so the tokens tile it.
            tokens.Add(new LexedToken(TokenKinds.FromTokenType(token.Type), positions.ToUtf16(token.StartIndex)));
        }

        tokens.Add(new LexedToken(SyntaxKind.EndOfFileToken, text.Length));
        return new LexicalTokenList(text, tokens.ToArray(), tokens.Count, usedReferenceLexer: true);
    }
}
