using System;
using System.Collections;
using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// Every token and piece of trivia of a text, in order, ending with the zero-width
/// end-of-file token: each ends where the next starts, so together they cover the text
/// exactly. Immutable. Eight bytes a token; no token text is copied until asked for.
/// </summary>
public sealed class LexicalTokenList : IReadOnlyList<LexicalToken>
{
    // Starts only: a token ends where the next one starts (the lexers' own representation, not copied).
    private readonly LexedToken[] _tokens;

    internal LexicalTokenList(string text, LexedToken[] tokens, int count, bool usedReferenceLexer)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
        UsedReferenceLexer = usedReferenceLexer;
    }

    /// <summary>The text the tokens cover.</summary>
    public string Text { get; }

    public int Count { get; }

    /// <summary>True when the hand-written lexer gave up and the ANTLR lexer (the reference) read the text.</summary>
    internal bool UsedReferenceLexer { get; }

    public LexicalToken this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var end = index + 1 < Count ? _tokens[index + 1].Start : Text.Length;
            return new LexicalToken(_tokens[index].Kind, _tokens[index].Start, end);
        }
    }

    /// <summary>The text of <paramref name="token"/>, copied out of <see cref="Text"/> now.</summary>
    public string GetText(LexicalToken token) => Text.Substring(token.Start, token.Length);

    /// <summary>
    /// The index of the token or trivia that holds the character at <paramref name="position"/>;
    /// the end-of-file token's index at the end of the text.
    /// </summary>
    public int IndexAt(int position)
    {
        if ((uint)position > (uint)Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        // The last token starting at or before the position: tokens tile the text.
        var low = 0;
        var high = Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_tokens[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    public IEnumerator<LexicalToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
