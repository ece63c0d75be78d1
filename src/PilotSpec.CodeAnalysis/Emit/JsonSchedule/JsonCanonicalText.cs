using System.Globalization;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// One escaping policy for every string in the schedule, so the bytes depend on no
/// library's version or Unicode tables.
/// Readable: Chinese, `&lt;=`, `&gt;`, `+`, quotes' neighbours and every other printable
/// character stay as written. Safe: besides what JSON requires (`"`, `\`, control
/// characters), `&lt;/` is written `&lt;\/` and `&lt;!` as `\u003C!`, so no value (`&lt;/script&gt;`,
/// `&lt;!--`) can end or disturb a script element the JSON is pasted into; U+2028 and U+2029
/// are escaped because JavaScript string literals reject them raw; C1 controls and DEL
/// are escaped because they are invisible.
/// </summary>
internal static class JsonCanonicalText
{
    /// <summary>Writes <paramref name="value"/> as a JSON string literal, quotes included.</summary>
    public static void Write(TextWriter output, string value)
    {
        value = WithoutLoneSurrogates(value);
        output.Write('"');
        // Most values (names, words) have nothing to escape: written whole, not char by char.
        if (NeedsNoEscape(value))
        {
            output.Write(value);
        }
        else
        {
            Encode(output, value);
        }

        output.Write('"');
    }

    /// <summary><paramref name="value"/> as a JSON string literal, quotes included.</summary>
    public static string Quote(string value)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, value);
        return text.ToString();
    }

    /// <summary>
    /// Replaces each unpaired surrogate with U+FFFD. A spec string can hold one (`"\uD800"`), but
    /// it cannot be encoded as UTF-8, and JSON readers reject or mangle its escape.
    /// </summary>
    public static string WithoutLoneSurrogates(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? value;
    }

    private static bool NeedsNoEscape(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c is '"' or '\\' or '<' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static void Encode(TextWriter output, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': output.Write("\\\""); continue;
                case '\\': output.Write("\\\\"); continue;
                case '\b': output.Write("\\b"); continue;
                case '\f': output.Write("\\f"); continue;
                case '\n': output.Write("\\n"); continue;
                case '\r': output.Write("\\r"); continue;
                case '\t': output.Write("\\t"); continue;
                case '/' when i > 0 && value[i - 1] == '<': output.Write("\\/"); continue;
            }

            var unsafeHere = c < ' '
                || (c >= '\u007F' && c <= '\u009F')
                || c is '\u2028' or '\u2029'
                || (c == '<' && i + 1 < value.Length && value[i + 1] == '!');
            if (unsafeHere)
            {
                output.Write("\\u");
                output.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                output.Write(c);
            }
        }
    }
}
