using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A spec text with the caret written as <c>$$</c>: the text without the marker, the
/// caret's offset, and its LSP position in UTF-16 (lines split at \n, \r\n or \r).
/// </summary>
public sealed record Markup(string Text, int Offset, Position Position)
{
    public const string Caret = "$$";

    public static Markup Parse(string marked)
    {
        var offset = marked.IndexOf(Caret, StringComparison.Ordinal);
        Assert.True(offset >= 0, "The markup has no $$ caret.");
        var text = marked.Remove(offset, Caret.Length);
        return new Markup(text, offset, PositionOf(text, offset));
    }

    public static Position PositionOf(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, offset - lineStart);
    }

    /// <summary>The position of the <paramref name="occurrence"/>-th (0-based) match of <paramref name="needle"/>, plus <paramref name="delta"/>.</summary>
    public static Markup At(string text, string needle, int occurrence = 0, int delta = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' (occurrence {occurrence}) is not in the text.");
        }

        return new Markup(text, index + delta, PositionOf(text, index + delta));
    }
}
