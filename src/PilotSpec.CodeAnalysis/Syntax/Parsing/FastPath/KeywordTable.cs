using System.Collections.Generic;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// Finds the keyword spelled by a slice of the source without cutting a string out of it:
/// the keywords (from <see cref="SyntaxFacts"/>, the one list of them) bucketed by length.
/// </summary>
internal static class KeywordTable
{
    private static readonly (string Text, SyntaxKind Kind)[][] ByLength = Build();

    /// <summary>The keyword kind of <c>text[start..start+length]</c>, or <see cref="SyntaxKind.IdentifierToken"/>.</summary>
    public static SyntaxKind Classify(string text, int start, int length)
    {
        if (length >= ByLength.Length)
        {
            return SyntaxKind.IdentifierToken;
        }

        foreach (var (keyword, kind) in ByLength[length])
        {
            if (keyword[0] == text[start] && string.CompareOrdinal(keyword, 0, text, start, length) == 0)
            {
                return kind;
            }
        }

        return SyntaxKind.IdentifierToken;
    }

    private static (string, SyntaxKind)[][] Build()
    {
        var buckets = new List<(string, SyntaxKind)>[16];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new List<(string, SyntaxKind)>();
        }

        for (var kind = SyntaxKind.PilotKeyword; kind <= SyntaxKind.WhenKeyword; kind++)
        {
            var text = SyntaxFacts.GetText(kind)!;
            buckets[text.Length].Add((text, kind));
        }

        var result = new (string, SyntaxKind)[buckets.Length][];
        for (var i = 0; i < buckets.Length; i++)
        {
            result[i] = buckets[i].ToArray();
        }

        return result;
    }
}
