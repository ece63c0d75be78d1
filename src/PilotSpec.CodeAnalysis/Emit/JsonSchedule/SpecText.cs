using System.Text;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// A piece of the spec (a criterion, a condition), for people reading the schedule or the
/// monitor: its tokens on one line, spaced as the formatter spaces them. Not the text as
/// written: then reformatting a spec, a comment inside a condition, or CRLF line ends on
/// Windows would change emitted bytes (found by the fuzzing property tests).
/// </summary>
internal static class SpecText
{
    public static string Of(SyntaxNode node)
    {
        // Most pieces are one or two tokens (a name, `691767 people`): joined directly, with
        // no builder. From the third token on, a builder sized for the text as written.
        StringBuilder? text = null;
        SyntaxToken? first = null;
        SyntaxToken? previous = null;
        foreach (var token in new TokenWalk(node))
        {
            if (token.IsMissing || token.Text.Length == 0)
            {
                continue;
            }

            if (previous is not null && !ReferenceEquals(previous, first))
            {
                text ??= new StringBuilder(System.Math.Max(16, node.Span.Length + 8)).Append(Join(first!, previous));
                if (TokenSpacing.NeedsSpace(previous, token))
                {
                    text.Append(' ');
                }

                text.Append(token.Text);
            }

            first ??= token;
            previous = token;
        }

        var joined = text?.ToString()
            ?? (first is null ? string.Empty : ReferenceEquals(first, previous) ? first.Text : Join(first, previous!));
        return Normalize(joined);
    }

    private static string Join(SyntaxToken first, SyntaxToken second) =>
        TokenSpacing.NeedsSpace(first, second) ? string.Concat(first.Text, " ", second.Text) : string.Concat(first.Text, second.Text);

    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
