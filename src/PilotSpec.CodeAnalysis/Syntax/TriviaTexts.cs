using System;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// The strings of trivia scanned on demand. Almost all trivia is indentation or a line end:
/// those come from fixed tables, so reading a token's trivia allocates only the array that
/// holds it (and the text of comments).
/// </summary>
internal static class TriviaTexts
{
    private const int MaxCachedSpaces = 64;

    private static readonly string[] Spaces = CreateSpaces();

    public static string Of(ReadOnlySpan<char> text)
    {
        switch (text.Length)
        {
            case 0:
                return string.Empty;
            case 1:
                switch (text[0])
                {
                    case '\n': return "\n";
                    case '\r': return "\r";
                    case '\t': return "\t";
                    case ' ': return " ";
                }

                break;
            case 2 when text[0] == '\r' && text[1] == '\n':
                return "\r\n";
        }

        if (text.Length <= MaxCachedSpaces && IsAllSpaces(text))
        {
            return Spaces[text.Length];
        }

        return text.ToString();
    }

    private static bool IsAllSpaces(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static string[] CreateSpaces()
    {
        var spaces = new string[MaxCachedSpaces + 1];
        for (var i = 0; i < spaces.Length; i++)
        {
            spaces[i] = new string(' ', i);
        }

        return spaces;
    }
}
