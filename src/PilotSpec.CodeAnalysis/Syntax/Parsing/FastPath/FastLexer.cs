using System;
using System.Buffers;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// A hand-written lexer with exactly the tokens of grammar/PilotLexer.g4 (longest match,
/// ties to the earlier rule), over UTF-16 code units so that no code-point stream is built.
/// It only handles what it can be sure of: on a character the grammar calls BAD_CHARACTER,
/// an unterminated block comment, a lone surrogate, or an identifier character outside the
/// Basic Multilingual Plane it gives up (returns false), and the file goes to the ANTLR
/// lexer, which is the reference and reports the problem. Tests compare the two lexers.
/// </summary>
internal sealed class FastLexer
{
    private readonly string _text;
    private readonly bool _pooled;
    private LexedToken[] _tokens;
    private int _count;
    private int _position;

    private FastLexer(string text, bool pooled)
    {
        _text = text;
        _pooled = pooled;
        // About one token or trivia per three and a half characters in real specs: rarely resized.
        _tokens = NewArray(16 + (text.Length / 3));
    }

    /// <summary>Every token and trivia of <paramref name="text"/> in order, ending with end-of-file (each ends where the next starts); false if the fast path cannot lex it.</summary>
    public static bool TryLex(string text, out LexedToken[] tokens, out int count) => TryLex(text, pooled: false, out tokens, out count);

    /// <summary>
    /// As <see cref="TryLex(string, out LexedToken[], out int)"/>, into an array rented from
    /// <see cref="ArrayPool{T}.Shared"/> that the caller returns (also when lexing fails).
    /// The array lives only while the parser runs, and at 100k lines it is 15 MiB: allocated
    /// anew for every parse, it lands on the large object heap, whose budget then triggers
    /// full collections of everything the language server or a benchmark holds.
    /// </summary>
    internal static bool TryLexPooled(string text, out LexedToken[] tokens, out int count) => TryLex(text, pooled: true, out tokens, out count);

    private static bool TryLex(string text, bool pooled, out LexedToken[] tokens, out int count)
    {
        var lexer = new FastLexer(text, pooled);
        var ok = lexer.LexAll();
        tokens = lexer._tokens;
        count = lexer._count;
        return ok;
    }

    private LexedToken[] NewArray(int length) => _pooled ? ArrayPool<LexedToken>.Shared.Rent(length) : new LexedToken[length];

    private bool LexAll()
    {
        while (_position < _text.Length)
        {
            var start = _position;
            var kind = Next();
            if (kind == SyntaxKind.None)
            {
                return false;
            }

            Add(kind, start);
        }

        Add(SyntaxKind.EndOfFileToken, _text.Length);
        return true;
    }

    private void Add(SyntaxKind kind, int start)
    {
        if (_count == _tokens.Length)
        {
            var bigger = NewArray(_tokens.Length * 2);
            Array.Copy(_tokens, bigger, _count);
            if (_pooled)
            {
                ArrayPool<LexedToken>.Shared.Return(_tokens);
            }

            _tokens = bigger;
        }

        _tokens[_count++] = new LexedToken(kind, start);
    }

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private bool IsAt(int index, char c) => index < _text.Length && _text[index] == c;

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Lexes one token starting at the current position; <see cref="SyntaxKind.None"/> to give up.</summary>
    private SyntaxKind Next()
    {
        var c = _text[_position];
        switch (c)
        {
            case ' ': case '\t': case '\f': case '\v': case '\u00A0': case '\uFEFF': case '\u3000':
                _position++;
                while (_position < _text.Length && TriviaScanner.IsWhitespace(_text[_position]))
                {
                    _position++;
                }

                return SyntaxKind.WhitespaceTrivia;
            case '\r':
                _position += IsAt(_position + 1, '\n') ? 2 : 1;
                return SyntaxKind.EndOfLineTrivia;
            case '\n': case '\u2028': case '\u2029':
                _position++;
                return SyntaxKind.EndOfLineTrivia;
            case '/':
                return Slash();
            case '"':
                return String();
            case '“':
                return ChineseString();
            case '{': return Single(SyntaxKind.OpenBraceToken);
            case '}': return Single(SyntaxKind.CloseBraceToken);
            case '(': case '（': return Single(SyntaxKind.OpenParenToken);
            case ')': case '）': return Single(SyntaxKind.CloseParenToken);
            case '[': return Single(SyntaxKind.OpenBracketToken);
            case ']': return Single(SyntaxKind.CloseBracketToken);
            case ':': case '：': return Single(SyntaxKind.ColonToken);
            case ';': case '；': return Single(SyntaxKind.SemicolonToken);
            case ',': case '，': case '、': return Single(SyntaxKind.CommaToken);
            case '.': return Single(SyntaxKind.DotToken);
            case '+': return Single(SyntaxKind.PlusToken);
            case '-': return Single(SyntaxKind.MinusToken);
            case '*': return Single(SyntaxKind.StarToken);
            case '=': return WithEquals(SyntaxKind.EqualsToken, SyntaxKind.EqualsEqualsToken);
            case '<': return WithEquals(SyntaxKind.LessToken, SyntaxKind.LessEqualsToken);
            case '>': return WithEquals(SyntaxKind.GreaterToken, SyntaxKind.GreaterEqualsToken);
            case '!':
                // A lone `!` is a BAD_CHARACTER: left to the reference lexer.
                return IsAt(_position + 1, '=') ? Advance(2, SyntaxKind.BangEqualsToken) : SyntaxKind.None;
        }

        if (IsDigit(c))
        {
            return Number();
        }

        // A character no rule takes is a BAD_CHARACTER: like an unclassified one, the reference reports it.
        return IdentifierCharacters.Classify(c) == NameCharacter.Start ? Identifier() : SyntaxKind.None;
    }

    private SyntaxKind Single(SyntaxKind kind) => Advance(1, kind);

    private SyntaxKind Advance(int length, SyntaxKind kind)
    {
        _position += length;
        return kind;
    }

    private SyntaxKind WithEquals(SyntaxKind alone, SyntaxKind withEquals) =>
        IsAt(_position + 1, '=') ? Advance(2, withEquals) : Advance(1, alone);

    private SyntaxKind Slash()
    {
        if (IsAt(_position + 1, '/'))
        {
            _position += 2;
            while (_position < _text.Length && _text[_position] is not ('\r' or '\n' or '\u2028' or '\u2029'))
            {
                if (!SkipCharacter())
                {
                    return SyntaxKind.None;
                }
            }

            return SyntaxKind.SingleLineCommentTrivia;
        }

        if (IsAt(_position + 1, '*'))
        {
            var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
            if (end < 0 || HasLoneSurrogate(_position + 2, end))
            {
                return SyntaxKind.None; // unterminated: the reference path reports it
            }

            _position = end + 2;
            return SyntaxKind.MultiLineCommentTrivia;
        }

        return Single(SyntaxKind.SlashToken);
    }

    /// <summary>`"…"` with backslash escapes; may be unterminated at the line's end (the literal parser reports that).</summary>
    private SyntaxKind String() => QuotedString('"', escapes: true);

    /// <summary>`“…”`: no escapes; may be unterminated at the line's end.</summary>
    private SyntaxKind ChineseString() => QuotedString('”', escapes: false);

    private SyntaxKind QuotedString(char close, bool escapes)
    {
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == close)
            {
                _position++;
                break;
            }

            if (c is '\r' or '\n')
            {
                break;
            }

            if (escapes && c == '\\')
            {
                // An escape takes any next character but a line end; a backslash before a
                // line end (or the file's end) is not part of the string.
                if (_position + 1 >= _text.Length || _text[_position + 1] is '\r' or '\n')
                {
                    break;
                }

                _position++;
            }

            if (!SkipCharacter())
            {
                return SyntaxKind.None;
            }
        }

        return SyntaxKind.StringLiteralToken;
    }

    /// <summary>Steps over one code point inside a string or comment; false on a lone surrogate.</summary>
    private bool SkipCharacter()
    {
        var c = _text[_position];
        if (!char.IsSurrogate(c))
        {
            _position++;
            return true;
        }

        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(_position + 1)))
        {
            _position += 2;
            return true;
        }

        return false;
    }

    private bool HasLoneSurrogate(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(_text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// NUMBER, PERCENT or DATE, by longest match: `2019-01-01` is a date, `2019-01` a number,
    /// a minus and a number; `1_000.5%` a percentage.
    /// </summary>
    private SyntaxKind Number()
    {
        var start = _position;
        var afterDigits = SkipDigits(start);
        if (IsAt(afterDigits, '-') && IsDigit(At(afterDigits + 1)))
        {
            var afterMonth = SkipDigits(afterDigits + 1);
            if (IsAt(afterMonth, '-') && IsDigit(At(afterMonth + 1)))
            {
                _position = SkipDigits(afterMonth + 1);
                return SyntaxKind.DateLiteralToken;
            }
        }

        var end = afterDigits;
        while (IsAt(end, '_') && IsDigit(At(end + 1)))
        {
            end = SkipDigits(end + 1);
        }

        if (IsAt(end, '.') && IsDigit(At(end + 1)))
        {
            end = SkipDigits(end + 1);
        }

        if (IsAt(end, '%'))
        {
            _position = end + 1;
            return SyntaxKind.PercentLiteralToken;
        }

        _position = end;
        return SyntaxKind.NumberLiteralToken;
    }

    private int SkipDigits(int index)
    {
        while (index < _text.Length && IsDigit(_text[index]))
        {
            index++;
        }

        return index;
    }

    private SyntaxKind Identifier()
    {
        var start = _position;
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsSurrogate(c))
            {
                return SyntaxKind.None; // outside the BMP: the reference lexer's Unicode tables decide
            }

            var kind = IdentifierCharacters.Classify(c);
            if (kind == NameCharacter.Unknown)
            {
                return SyntaxKind.None;
            }

            if (kind == NameCharacter.None)
            {
                break;
            }

            _position++;
        }

        return KeywordTable.Classify(_text, start, _position - start);
    }
}
