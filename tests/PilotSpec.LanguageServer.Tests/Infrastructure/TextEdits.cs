using System.Text.Json;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>LSP TextEdits (UTF-16 positions, lines split at \n) applied to a text, as an editor applies them.</summary>
public static class TextEdits
{
    public static string Apply(string text, JsonElement edits)
    {
        // From the end backwards, so the offsets of earlier edits stay valid.
        var ordered = edits.EnumerateArray()
            .Select(e => (Start: OffsetOf(text, e.GetProperty("range").GetProperty("start")), End: OffsetOf(text, e.GetProperty("range").GetProperty("end")), NewText: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start)
            .ThenByDescending(e => e.End);
        foreach (var (start, end, newText) in ordered)
        {
            text = text.Substring(0, start) + newText + text.Substring(end);
        }

        return text;
    }

    public static int OffsetOf(string text, JsonElement position) =>
        OffsetOf(text, position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());

    public static int OffsetOf(string text, int line, int character)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOf('\n', offset);
            Assert.True(next >= 0, $"Line {line} is past the end of the text.");
            offset = next + 1;
        }

        return offset + character;
    }
}
