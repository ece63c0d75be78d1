using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Turns literal token text into values, reporting malformed literals precisely. The lexer
/// deliberately accepts sloppy literals as single tokens so that this class can say exactly
/// what is wrong with them.
/// </summary>
internal static class LiteralParser
{
    public static object? ParseValue(SyntaxKind kind, string text, int position, DiagnosticSink diagnostics) => kind switch
    {
        SyntaxKind.StringLiteralToken => ParseString(text, position, diagnostics),
        SyntaxKind.NumberLiteralToken => ParseNumber(text, text, position, diagnostics),
        SyntaxKind.PercentLiteralToken => ParseNumber(text.Substring(0, text.Length - 1), text, position, diagnostics),
        SyntaxKind.DateLiteralToken => ParseDate(text, position, diagnostics),
        _ => null,
    };

    private static object? ParseNumber(string digits, string text, int position, DiagnosticSink diagnostics)
    {
        if (decimal.TryParse(digits.Replace("_", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticDescriptors.NumberOutOfRange, new TextSpan(position, text.Length), text);
        return null;
    }

    private static object? ParseDate(string text, int position, DiagnosticSink diagnostics)
    {
        // Exactly YYYY-MM-DD, a real calendar day (2019-02-29 is not), year 1 to 9999.
        if (text.Length == 10
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Report(DiagnosticDescriptors.MalformedDate, new TextSpan(position, text.Length), text);
        return null;
    }

    private static string ParseString(string text, int position, DiagnosticSink diagnostics)
    {
        if (text[0] == '“')
        {
            // Chinese quotes hold text as written: no escapes, ends at ”.
            var closed = text.Length >= 2 && text[text.Length - 1] == '”';
            if (!closed)
            {
                diagnostics.Report(DiagnosticDescriptors.UnterminatedString, new TextSpan(position, text.Length));
            }

            return WithinLimit(text.Substring(1, text.Length - (closed ? 2 : 1)), text, position, diagnostics);
        }

        var terminated = text.Length >= 2 && text[text.Length - 1] == '"' && !EndsInsideEscape(text);
        if (!terminated)
        {
            diagnostics.Report(DiagnosticDescriptors.UnterminatedString, new TextSpan(position, text.Length));
        }

        var end = terminated ? text.Length - 1 : text.Length;
        if (text.IndexOf('\\', 1, end - 1) < 0)
        {
            return WithinLimit(text.Substring(1, end - 1), text, position, diagnostics); // no escapes, the common case: no builder
        }

        var builder = new StringBuilder(end);
        for (var i = 1; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var escape = text[i + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); i++; break;
                case '\\': builder.Append('\\'); i++; break;
                case 'n': builder.Append('\n'); i++; break;
                case 't': builder.Append('\t'); i++; break;
                case 'r': builder.Append('\r'); i++; break;
                case 'u' when i + 5 < end + 1 && TryParseHex(text, i + 2, out var code):
                    builder.Append((char)code);
                    i += 5;
                    break;
                default:
                    // Keep a character outside the BMP whole: `\𠀀` is three UTF-16 units.
                    var length = escape == 'u' ? Math.Min(6, end - i)
                        : char.IsHighSurrogate(escape) && i + 2 < end && char.IsLowSurrogate(text[i + 2]) ? 3
                        : 2;
                    diagnostics.Report(DiagnosticDescriptors.InvalidEscapeSequence, new TextSpan(position + i, length), text.Substring(i, length));
                    builder.Append(text, i, length);
                    i += length - 1;
                    break;
            }
        }

        return WithinLimit(builder.ToString(), text, position, diagnostics);
    }

    private static string WithinLimit(string value, string text, int position, DiagnosticSink diagnostics)
    {
        if (value.Length > SyntaxLimits.MaxStringLength)
        {
            diagnostics.Report(DiagnosticDescriptors.StringTooLong, new TextSpan(position, text.Length), value.Length, SyntaxLimits.MaxStringLength);
        }

        return value;
    }

    // `"abc\"` ends with an escaped quote, not a closing one.
    private static bool EndsInsideEscape(string text)
    {
        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static bool TryParseHex(string text, int start, out int code)
    {
        code = 0;
        if (start + 4 > text.Length)
        {
            return false;
        }

        return int.TryParse(text.Substring(start, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code);
    }
}
