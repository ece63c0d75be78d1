using System.Buffers;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// Hands the lexed tokens to the fast parser one significant token at a time, with the
/// same trivia rule as <see cref="TokenFactory"/>: everything since the previous token is
/// leading trivia, and trailing trivia runs to the end of the line. A token keeps only where
/// its trivia starts and ends: the trivia itself is scanned again from the text when asked
/// for (<see cref="TriviaSource"/>), by the same rules as the lexer's. Tokens are made
/// strictly in source order, so every character lands in exactly one token or trivia.
/// </summary>
internal sealed class FastTokenReader
{
    private readonly string _text;
    private readonly LexedToken[] _all;
    private readonly int _count;
    private readonly int[] _significant; // rented: see Release
    private readonly int _significantCount;
    private readonly DiagnosticSink _diagnostics;
    private readonly TokenTextCache _texts = new();
    private int _current;     // index into _significant
    private int _nextTrivia;  // first index into _all not yet handed out

    public FastTokenReader(string text, LexedToken[] all, int count, DiagnosticSink diagnostics)
    {
        _text = text;
        _all = all;
        _count = count;
        _diagnostics = diagnostics;

        var significant = 0;
        for (var i = 0; i < count; i++)
        {
            if (!all[i].IsTrivia)
            {
                significant++;
            }
        }

        _significant = ArrayPool<int>.Shared.Rent(significant);
        _significantCount = significant;
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            if (!all[i].IsTrivia)
            {
                _significant[next++] = i;
            }
        }
    }

    /// <summary>The kind of the significant token <paramref name="offset"/> ahead (end-of-file past the end).</summary>
    public SyntaxKind Peek(int offset = 0)
    {
        var index = _current + offset;
        return index < _significantCount ? _all[_significant[index]].Kind : SyntaxKind.EndOfFileToken;
    }

    /// <summary>Where the current token's text starts: a placeholder made there keeps spans in order.</summary>
    public int CurrentPosition => _current < _significantCount ? _all[_significant[_current]].Start : _text.Length;

    /// <summary>Turns the current token into a syntax token of <paramref name="kind"/> (identifier for a keyword used as a name) and moves on.</summary>
    public SyntaxToken Take(SyntaxKind kind)
    {
        var allIndex = _significant[_current];
        var lexed = _all[allIndex];
        var fullStart = _all[_nextTrivia].Start; // leading trivia: everything not yet handed out
        var text = _texts.Substring(_text, lexed.Start, LengthOf(allIndex));
        var value = LiteralParser.ParseValue(kind, text, lexed.Start, _diagnostics);
        _nextTrivia = allIndex + 1;
        _current++;
        if (kind != SyntaxKind.EndOfFileToken)
        {
            SkipTrailingTrivia();
        }

        var fullEnd = _nextTrivia < _count ? _all[_nextTrivia].Start : _text.Length;
        return SyntaxToken.Create(kind, lexed.Start, text, value, fullStart, fullEnd);
    }

    /// <summary>Takes the current token as its own kind.</summary>
    public SyntaxToken Take() => Take(Peek());

    /// <summary>Trailing trivia runs up to and including the end of the line; the tokens keep only where it ends.</summary>
    private void SkipTrailingTrivia()
    {
        while (_nextTrivia < _count && _all[_nextTrivia].IsTrivia)
        {
            _nextTrivia++;
            if (_all[_nextTrivia - 1].Kind == SyntaxKind.EndOfLineTrivia)
            {
                break;
            }
        }
    }

    /// <summary>Gives the index of significant tokens back to the pool: the parse is over.</summary>
    public void Release() => ArrayPool<int>.Shared.Return(_significant);

    /// <summary>Each lexed token ends where the next starts; the end-of-file token is empty.</summary>
    private int LengthOf(int index) => index + 1 < _count ? _all[index + 1].Start - _all[index].Start : 0;
}
