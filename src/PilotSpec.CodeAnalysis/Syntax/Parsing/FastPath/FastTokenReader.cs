using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// Hands the lexed tokens to the fast parser one significant token at a time, with the
/// same trivia rule as <see cref="TokenFactory"/>: everything since the previous token is
/// leading trivia, and trailing trivia runs to the end of the line. Tokens are made
/// strictly in source order, so every character lands in exactly one token or trivia.
/// </summary>
internal sealed class FastTokenReader
{
    private readonly string _text;
    private readonly LexedToken[] _all;
    private readonly int _count;
    private readonly int[] _significant;
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

        _significant = new int[significant];
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
        return index < _significant.Length ? _all[_significant[index]].Kind : SyntaxKind.EndOfFileToken;
    }

    /// <summary>Where the current token's text starts: a placeholder made there keeps spans in order.</summary>
    public int CurrentPosition => _current < _significant.Length ? _all[_significant[_current]].Start : _text.Length;

    /// <summary>Turns the current token into a syntax token of <paramref name="kind"/> (identifier for a keyword used as a name) and moves on.</summary>
    public SyntaxToken Take(SyntaxKind kind)
    {
        var allIndex = _significant[_current];
        var lexed = _all[allIndex];
        var leading = TriviaBetween(_nextTrivia, allIndex);
        var text = _texts.Substring(_text, lexed.Start, LengthOf(allIndex));
        var value = LiteralParser.ParseValue(kind, text, lexed.Start, _diagnostics);
        _nextTrivia = allIndex + 1;
        _current++;
        var trailing = kind == SyntaxKind.EndOfFileToken ? ImmutableArray<SyntaxTrivia>.Empty : TrailingTrivia();
        return new SyntaxToken(kind, lexed.Start, text, value, leading, trailing, isMissing: false);
    }

    /// <summary>Takes the current token as its own kind.</summary>
    public SyntaxToken Take() => Take(Peek());

    private ImmutableArray<SyntaxTrivia> TriviaBetween(int start, int end)
    {
        if (start >= end)
        {
            return ImmutableArray<SyntaxTrivia>.Empty;
        }

        // An array of the exact size handed over as is: no builder per token.
        var trivia = new SyntaxTrivia[end - start];
        for (var i = start; i < end; i++)
        {
            trivia[i - start] = new SyntaxTrivia(_all[i].Kind, _all[i].Start, _texts.Substring(_text, _all[i].Start, LengthOf(i)));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(trivia);
    }

    private ImmutableArray<SyntaxTrivia> TrailingTrivia()
    {
        var end = _nextTrivia;
        while (end < _count && _all[end].IsTrivia)
        {
            end++;
            if (_all[end - 1].Kind == SyntaxKind.EndOfLineTrivia)
            {
                break;
            }
        }

        var trivia = TriviaBetween(_nextTrivia, end);
        _nextTrivia = end;
        return trivia;
    }

    /// <summary>Each lexed token ends where the next starts; the end-of-file token is empty.</summary>
    private int LengthOf(int index) => index + 1 < _count ? _all[index + 1].Start - _all[index].Start : 0;
}
