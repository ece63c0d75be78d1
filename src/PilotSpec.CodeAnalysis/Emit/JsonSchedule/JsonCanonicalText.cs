using System.Globalization;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// One escaping policy for every string in the schedule, whatever the JSON library did, so
/// the bytes do not depend on the library's version or its Unicode tables.
/// Readable: Chinese, `&lt;=`, `&gt;`, `+`, quotes' neighbours and every other printable
/// character stay as written. Safe: besides what JSON requires (`"`, `\`, control
/// characters), `&lt;/` is written `&lt;\/` and `&lt;!` as `\u003C!`, so no value (`&lt;/script&gt;`,
/// `&lt;!--`) can end or disturb a script element the JSON is pasted into; U+2028 and U+2029
/// are escaped because JavaScript string literals reject them raw; C1 controls and DEL
/// are escaped because they are invisible.
/// </summary>
internal static class JsonCanonicalText
{
    /// <summary>Rewrites every string literal of <paramref name="json"/> with the canonical escapes; structure and numbers are untouched.</summary>
    public static string Canonicalize(string json) => Canonicalize(json, string.Empty);

    /// <summary>As <see cref="Canonicalize(string)"/>, with <paramref name="suffix"/> appended (no second copy of a large document for a final line end).</summary>
    public static string Canonicalize(string json, string suffix)
    {
        var builder = new StringBuilder(json.Length + suffix.Length);
        var copied = 0; // json[..copied] is in the builder
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '"')
            {
                continue;
            }

            // Most literals (names, words, dates) have no escape and nothing to escape: they
            // stay exactly as written, copied with the text around them and never decoded.
            if (IsCanonical(json, i, out var close))
            {
                i = close;
                continue;
            }

            builder.Append(json, copied, i + 1 - copied);
            var value = Decode(json, ref i);
            Encode(builder, value);
            builder.Append('"');
            copied = i + 1;
        }

        builder.Append(json, copied, json.Length - copied);
        builder.Append(suffix);
        return builder.ToString();
    }

    // True when the literal opening at `open` has no backslash and no character Encode would
    // escape, so decoding and encoding it again gives it back unchanged; `close` is its closing quote.
    private static bool IsCanonical(string json, int open, out int close)
    {
        for (close = open + 1; close < json.Length; close++)
        {
            var c = json[close];
            if (c == '"')
            {
                return true;
            }

            var next = close + 1 < json.Length ? json[close + 1] : '\0';
            if (c == '\\' || c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029'
                || (c == '<' && (next == '!' || next == '/')))
            {
                return false;
            }
        }

        return false;
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

    /// <summary>The value of the string literal whose opening quote is at <paramref name="i"/>; leaves <paramref name="i"/> on its closing quote.</summary>
    private static string Decode(string json, ref int i)
    {
        var value = new StringBuilder();
        for (i++; json[i] != '"'; i++)
        {
            var c = json[i];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = json[++i];
            switch (escape)
            {
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    value.Append((char)int.Parse(json.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: value.Append(escape); break; // `\"`, `\\`, `\/`
            }
        }

        return value.ToString();
    }

    private static void Encode(StringBuilder builder, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '/' when i > 0 && value[i - 1] == '<': builder.Append("\\/"); continue;
            }

            var unsafeHere = c < ' '
                || (c >= '\u007F' && c <= '\u009F')
                || c is '\u2028' or '\u2029'
                || (c == '<' && i + 1 < value.Length && value[i + 1] == '!');
            if (unsafeHere)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
