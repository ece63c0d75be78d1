using System;
using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// In-place suppressions: a comment `// pilot-disable-next-line PS0104 PS0902` silences those
/// codes (all codes when none is named) on the next line, as Bicep's #disable-next-line does.
/// </summary>
internal sealed class SuppressionMap
{
    public const string Directive = "pilot-disable-next-line";

    private static readonly char[] Separators = { ' ', '\t', ',' };

    // Filled once by Create and only read after.
    private readonly Dictionary<int, HashSet<string>> _byLine;

    private SuppressionMap(Dictionary<int, HashSet<string>> byLine) => _byLine = byLine;

    public static SuppressionMap Create(SyntaxTree tree)
    {
        // A directive can only be where its words are written: search the text for them (fast),
        // then look at the comment trivia there, instead of walking every token of the file.
        var byLine = new Dictionary<int, HashSet<string>>();
        var text = tree.Text.ToString();
        for (var at = text.IndexOf(Directive, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Directive, at + Directive.Length, StringComparison.Ordinal))
        {
            if (CommentAt(tree, at) is not { } comment)
            {
                continue;
            }

            var body = comment.Text.Substring(2).Trim();
            if (!body.StartsWith(Directive, StringComparison.Ordinal))
            {
                continue;
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in body.Substring(Directive.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                codes.Add(code.ToUpperInvariant());
            }

            var line = tree.Text.Lines.GetLineFromPosition(comment.Position).LineNumber + 1;
            byLine[line] = codes;
        }

        return new SuppressionMap(byLine);
    }

    public bool IsSuppressed(string id, int line) =>
        _byLine.TryGetValue(line, out var codes) && (codes.Count == 0 || codes.Contains(id));

    // The single-line comment (leading or trailing trivia of the token there) holding a position.
    private static SyntaxTrivia? CommentAt(SyntaxTree tree, int position)
    {
        var token = tree.Root.FindToken(position);
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia && trivia.Position <= position && position < trivia.Position + trivia.Text.Length)
            {
                return trivia;
            }
        }

        foreach (var trivia in token.TrailingTrivia)
        {
            if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia && trivia.Position <= position && position < trivia.Position + trivia.Text.Length)
            {
                return trivia;
            }
        }

        return null;
    }
}
