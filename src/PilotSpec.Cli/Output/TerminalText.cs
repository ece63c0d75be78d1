using System.Globalization;
using System.Text;

namespace PilotSpec.Cli.Output;

/// <summary>
/// A spec's text made safe to print: control characters (ESC, BEL, the C1 range, which start
/// terminal escape sequences: colours, a rewritten window title, a hyperlink, a cleared screen)
/// and bidirectional controls (which reorder what a reader sees) are shown as <c>\u{1B}</c>
/// instead of being sent raw. Tabs are left to the caller, which expands them.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\t' && IsUnsafe(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 8);
                builder.Append("\\u{").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Whether printing <paramref name="c"/> raw could drive a terminal or reorder the text around it.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) // C0, DEL and C1
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
