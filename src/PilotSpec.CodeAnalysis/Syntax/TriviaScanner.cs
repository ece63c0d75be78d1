using System;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// The trivia rules of grammar/PilotLexer.g4 (WHITESPACE, NEWLINE, LINE_COMMENT,
/// BLOCK_COMMENT) over a range of text that holds only trivia. Tokens keep where their
/// trivia starts and ends instead of an array of it, and their trivia is scanned again from
/// the source when asked for: both lexers cut trivia at the same places as these rules do
/// (the ANTLR path checks every token and keeps an explicit array where it does not, e.g.
/// for skipped tokens and bad characters).
/// </summary>
internal static class TriviaScanner
{
    /// <summary>
    /// The length of the piece of trivia at <paramref name="index"/> of <paramref name="text"/>
    /// (which ends where the trivia range ends) and its kind. A character no trivia rule takes
    /// is one piece of skipped text: never produced for a range a lexer called trivia.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int index, out SyntaxKind kind)
    {
        var c = text[index];
        if (IsWhitespace(c))
        {
            var end = index + 1;
            while (end < text.Length && IsWhitespace(text[end]))
            {
                end++;
            }

            kind = SyntaxKind.WhitespaceTrivia;
            return end - index;
        }

        switch (c)
        {
            case '\r':
                kind = SyntaxKind.EndOfLineTrivia;
                return index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
            case '\n' or '\u2028' or '\u2029':
                kind = SyntaxKind.EndOfLineTrivia;
                return 1;
            case '/' when index + 1 < text.Length && text[index + 1] == '/':
                kind = SyntaxKind.SingleLineCommentTrivia;
                var lineEnd = text.Slice(index).IndexOfAny("\r\n\u2028\u2029".AsSpan());
                return lineEnd < 0 ? text.Length - index : lineEnd;
            case '/' when index + 1 < text.Length && text[index + 1] == '*':
                // Up to the first `*/`; an unterminated comment runs to the end (of the file, for the lexers).
                kind = SyntaxKind.MultiLineCommentTrivia;
                var close = text.Slice(index + 2).IndexOf("*/".AsSpan());
                return close < 0 ? text.Length - index : close + 4;
        }

        kind = SyntaxKind.SkippedTokensTrivia;
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
    }

    /// <summary>WHITESPACE of the grammar: not .NET's notion of white space.</summary>
    public static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\f' or '\v' or '\u00A0' or '\uFEFF' or '\u3000';

    /// <summary>How many pieces of trivia <paramref name="text"/> holds.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var index = 0; index < text.Length; index += Next(text, index, out _))
        {
            count++;
        }

        return count;
    }
}
