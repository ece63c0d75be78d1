using System.Collections.Generic;
using System.Text;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// A comment as the formatter writes it: its words untouched, only trailing whitespace
/// dropped from each of its lines and its line breaks made the file's own. The inner lines
/// of a block comment keep their indentation: it may be a drawing or a table.
/// </summary>
internal static class CommentText
{
    public static string Normalize(string comment, string newLine)
    {
        var lines = SplitLines(comment);
        var builder = new StringBuilder(comment.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(newLine);
            }

            builder.Append(lines[i].TrimEnd(FormattedTextWriter.WhitespaceCharacters));
        }

        return builder.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!FormattingLayout.IsLineBreak(text[i]))
            {
                continue;
            }

            lines.Add(text.Substring(start, i - start));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
