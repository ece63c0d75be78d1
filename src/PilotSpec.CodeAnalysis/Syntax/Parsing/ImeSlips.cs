using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Characters a Chinese input method types for ASCII punctuation that the language does not
/// take: `【】` for `[]` (PS0750), `≤ ≥ ≠` for `<= >= !=` (PS0752), and “ ” nested in “ ”
/// (PS0751). The lexer reads each as what it stands for, so the parse goes on; here each is
/// reported once, with the ASCII form as the fix, instead of a cascade of syntax errors.
/// (`：；，、（）` and a plain `“…”` string are accepted: they mean the same as the ASCII.)
/// </summary>
internal sealed class ImeSlips
{
    // The `】` already reported with its `【`: a pair is one slip, one diagnostic.
    private readonly System.Collections.Generic.HashSet<int> _closedPairs = new();

    /// <param name="text">The token's text.</param>
    /// <param name="source">The whole file, where the `】` closing a `【` is looked for.</param>
    public void Report(string text, int position, string source, DiagnosticSink diagnostics)
    {
        if (text == "【" && ClosingBracket(source, position) is { } close)
        {
            _closedPairs.Add(close);
            var changes = ImmutableArray.Create(new TextChange(new TextSpan(position, 1), "["), new TextChange(new TextSpan(close, 1), "]"));
            diagnostics.Report(DiagnosticDescriptors.FullWidthBracket, TextSpan.FromBounds(position, close + 1), new CodeFix("Fix_WriteAscii", changes, "[ ]"), "【 】", "[ ]");
            return;
        }

        if (text == "】" && _closedPairs.Contains(position))
        {
            return;
        }

        if (text.Length == 1)
        {
            var (descriptor, ascii) = text[0] switch
            {
                '【' => (DiagnosticDescriptors.FullWidthBracket, "["),
                '】' => (DiagnosticDescriptors.FullWidthBracket, "]"),
                '≤' => (DiagnosticDescriptors.MathComparisonSign, "<="),
                '≥' => (DiagnosticDescriptors.MathComparisonSign, ">="),
                '≠' => (DiagnosticDescriptors.MathComparisonSign, "!="),
                _ => (null, null),
            };
            if (descriptor is not null)
            {
                var span = new TextSpan(position, 1);
                diagnostics.Report(descriptor, span, CodeFix.Replace("Fix_WriteAscii", span, ascii!, ascii!), text, ascii!);
            }

            return;
        }

        if (IsNestedChineseString(text))
        {
            // The fix keeps the inner “ ” and makes the outer quotes straight: "关于“放管服”改革".
            var changes = ImmutableArray.Create(new TextChange(new TextSpan(position, 1), "\""), new TextChange(new TextSpan(position + text.Length - 1, 1), "\""));
            var fix = new CodeFix("Fix_StraightOuterQuotes", changes);
            diagnostics.Report(DiagnosticDescriptors.NestedChineseQuotes, new TextSpan(position, text.Length), fix, text);
        }
    }

    // The `】` of a `【` on the same line, before any other `【`.
    private static int? ClosingBracket(string source, int open)
    {
        for (var i = open + 1; i < source.Length && source[i] is not ('\n' or '\r' or '【'); i++)
        {
            if (source[i] == '】')
            {
                return i;
            }
        }

        return null;
    }

    // `“…“…”…”`: the lexer's nested form; a “ inside a “…” string without an inner ” is plain text.
    private static bool IsNestedChineseString(string text) =>
        text.Length >= 4 && text[0] == '“' && text[text.Length - 1] == '”'
        && text.IndexOf('“', 1) is var open && open > 0 && text.IndexOf('”', open) is var close && close > open && close < text.Length - 1;
}
