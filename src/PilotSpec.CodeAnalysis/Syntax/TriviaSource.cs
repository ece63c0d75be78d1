using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// Where the tokens of one parse find their trivia: the source text, scanned again on
/// demand, and the few tokens whose trivia the rules of <see cref="TriviaScanner"/> do not
/// give back (skipped tokens and bad characters after a syntax error, a file too large to
/// parse), which keep it explicitly.
/// </summary>
/// <remarks>
/// One per tree, held by the root and found by walking up from a token: a field for it in
/// each token would cost 8 bytes times the million tokens of a big file, while trivia is
/// read by few consumers (formatter, printer, editor features), for whom a walk up the
/// tree's depth is small beside the scan itself. It holds the tree's own
/// <see cref="SourceText"/>, so the text is not kept twice.
/// </remarks>
internal sealed class TriviaSource
{
    private readonly SourceText _text;
    private readonly IReadOnlyDictionary<int, ExplicitTrivia>? _explicitByPosition;

    public TriviaSource(SourceText text, IReadOnlyDictionary<int, ExplicitTrivia>? explicitByPosition = null)
    {
        _text = text;
        _explicitByPosition = explicitByPosition is { Count: > 0 } ? explicitByPosition : null;
    }

    /// <summary>How many tokens keep explicit trivia (tests: zero for a file without syntax errors).</summary>
    public int ExplicitTokenCount => _explicitByPosition?.Count ?? 0;

    public ImmutableArray<SyntaxTrivia> Leading(SyntaxToken token) =>
        Explicit(token) is { } found ? found.Leading : Scan(token.FullSpan.Start, token.Position);

    public ImmutableArray<SyntaxTrivia> Trailing(SyntaxToken token) =>
        Explicit(token) is { } found ? found.Trailing : Scan(token.Span.End, token.FullSpan.End);

    /// <summary>Writes the token with its trivia: the source text of its full span, as the trivia tiles it.</summary>
    public void Write(TextWriter writer, SyntaxToken token)
    {
        if (Explicit(token) is { } found)
        {
            WriteAll(writer, found.Leading);
            writer.Write(token.Text);
            WriteAll(writer, found.Trailing);
            return;
        }

        _text.Write(writer, TextSpan.FromBounds(token.FullSpan.Start, token.Position));
        writer.Write(token.Text);
        _text.Write(writer, TextSpan.FromBounds(token.Span.End, token.FullSpan.End));
    }

    private static void WriteAll(TextWriter writer, ImmutableArray<SyntaxTrivia> trivia)
    {
        foreach (var item in trivia)
        {
            writer.Write(item.Text);
        }
    }

    private ExplicitTrivia? Explicit(SyntaxToken token) =>
        _explicitByPosition is not null && !token.IsMissing && _explicitByPosition.TryGetValue(token.Position, out var found) ? found : null;

    private ImmutableArray<SyntaxTrivia> Scan(int start, int end)
    {
        var length = end - start;
        if (length <= 0)
        {
            return ImmutableArray<SyntaxTrivia>.Empty;
        }

        // Pooled: a token's trivia is a few characters, read once per token by a formatter pass.
        var buffer = ArrayPool<char>.Shared.Rent(length);
        _text.CopyTo(start, buffer, 0, length);
        var trivia = Scan(buffer.AsSpan(0, length), start);
        ArrayPool<char>.Shared.Return(buffer);
        return trivia;
    }

    /// <summary>The trivia of <paramref name="range"/>, which starts at <paramref name="start"/> in the file.</summary>
    internal static ImmutableArray<SyntaxTrivia> Scan(ReadOnlySpan<char> range, int start)
    {
        // Counted first, so that the array is the one handed out: no builder per token.
        var trivia = new SyntaxTrivia[TriviaScanner.Count(range)];
        var index = 0;
        for (var i = 0; i < trivia.Length; i++)
        {
            var length = TriviaScanner.Next(range, index, out var kind);
            trivia[i] = new SyntaxTrivia(kind, start + index, TriviaTexts.Of(range.Slice(index, length)));
            index += length;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(trivia);
    }
}

/// <summary>The trivia of a token that a scan of the source would not give back as the lexer cut it.</summary>
internal sealed record ExplicitTrivia(ImmutableArray<SyntaxTrivia> Leading, ImmutableArray<SyntaxTrivia> Trailing);
