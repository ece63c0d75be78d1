using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// C# literals for spec values. Every text of a spec reaches the generated code through
/// <see cref="String"/> (Roslyn escapes quotes, backslashes, line breaks, control
/// characters and lone surrogates) or, in documentation comments, through <see cref="DocText"/>:
/// no spec text can end a literal or a comment and become code.
/// </summary>
internal static class CSharpLiterals
{
    public const string Runtime = "global::PilotSpec.Monitoring.";

    // A lone surrogate becomes U+FFFD, the schedule's rule (JsonCanonicalText): a spec text
    // reads the same in both outputs, and no literal holds what UTF-8 cannot encode.
    public static string String(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(JsonSchedule.JsonCanonicalText.WithoutLoneSurrogates(text), quote: true);

    /// <summary>
    /// Writes <see cref="String"/>'s literal of <paramref name="text"/> without making it a
    /// string: the pilot model puts half a million lines into a national monitor. Text that
    /// only needs a quote or a backslash escaped (what the model's lines are) is written
    /// here; anything Roslyn would escape otherwise (controls, separators, surrogates,
    /// unassigned or private-use characters) goes to Roslyn, so the bytes are the same.
    /// </summary>
    public static void WriteString(System.IO.TextWriter output, char[] text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c != '\n') || c == '\u007F' || (c > '\u007F' && !IsPrintedAsIs(c)))
            {
                output.Write(String(new string(text, 0, length)));
                return;
            }
        }

        output.Write('"');
        var from = 0;
        for (var i = 0; i < length; i++)
        {
            if (text[i] is '"' or '\\')
            {
                output.Write(text, from, i - from);
                output.Write('\\');
                from = i; // the quote or backslash itself follows its escape
            }
            else if (text[i] == '\n')
            {
                output.Write(text, from, i - from);
                output.Write("\\n"); // as Roslyn writes it: the model's lines joined in one literal
                from = i + 1;
            }
        }

        output.Write(text, from, length - from);
        output.Write('"');
    }

    // Roslyn's literal display keeps every character but these categories (and a surrogate alone).
    private static bool IsPrintedAsIs(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate => false,
        _ => true,
    };

    public static string Strings(IEnumerable<string> texts) =>
        "new string[] { " + string.Join(", ", texts.Select(t => String(t))) + " }";

    /// <summary>A decimal literal; a negative one in parentheses, so that it is one operand wherever it lands.</summary>
    public static string Decimal(decimal value)
    {
        // Dividing by one with many zeros drops trailing zeros (1560.0 -> 1560) without changing the value.
        value /= 1.000000000000000000000000000000000m;
        var text = value.ToString(CultureInfo.InvariantCulture) + "m";
        return value < 0 ? "(" + text + ")" : text;
    }

    public static string NullableDecimal(decimal? value) => value is { } v ? Decimal(v) : "null";

    public static string Date(DateTime date) =>
        string.Format(CultureInfo.InvariantCulture, "new global::System.DateTime({0}, {1}, {2})", date.Year, date.Month, date.Day);

    public static string NullableDate(DateTime? date) => date is { } d ? Date(d) : "null";

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A member of one of the runtime's enums: <c>global::PilotSpec.Monitoring.Decision.ScaleUp</c>.</summary>
    public static string Enum(string type, string member) => Runtime + type + "." + member;

    /// <summary>
    /// Text for a <c>///</c> comment: on one line (C# ends a comment at CR, LF, U+0085,
    /// U+2028 and U+2029, so those and every control character become spaces) and
    /// XML-escaped (the comment is XML). What XML cannot hold at all — U+FFFE, U+FFFF (CS1570
    /// in a site's build with GenerateDocumentationFile) and a lone surrogate — becomes U+FFFD,
    /// as a lone surrogate does in the schedule. Two escapes in a row get a space between them, as
    /// Roslyn's NormalizeWhitespace writes them (each is a token of its own to it): the monitor
    /// is written in the normalized layout, not normalized afterwards.
    /// </summary>
    public static string DocText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var afterEscape = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c is '&' or '<' or '>';
            if (escape && afterEscape)
            {
                builder.Append(' ');
            }

            afterEscape = escape;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Surrogate || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
                continue;
            }

            if (char.IsControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                builder.Append(' ');
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
