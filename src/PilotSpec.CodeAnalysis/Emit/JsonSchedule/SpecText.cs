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
        // Most pieces are one token (a name, a number): its text, with no builder. The builder
        // is made at the second token, sized for the text as written.
        StringBuilder? text = null;
        SyntaxToken? previous = null;
        foreach (var token in new TokenWalk(node))
        {
            if (token.IsMissing || token.Text.Length == 0)
            {
                continue;
            }

            if (previous is not null)
            {
                text ??= new StringBuilder(previous.Text, System.Math.Max(16, node.Span.Length + 8));
                if (TokenSpacing.NeedsSpace(previous, token))
                {
                    text.Append(' ');
                }

                text.Append(token.Text);
            }

            previous = token;
        }

        return Normalize(text?.ToString() ?? previous?.Text ?? string.Empty);
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
