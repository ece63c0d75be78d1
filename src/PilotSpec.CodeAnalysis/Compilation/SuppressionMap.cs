using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// In-place suppressions: a comment `// pilot-disable-next-line PS0104 PS0902` silences those
/// codes (all codes when none is named) on the next line, as Bicep's #disable-next-line does.
/// </summary>
internal sealed class SuppressionMap
{
    public const string Directive = "pilot-disable-next-line";

    private readonly ImmutableDictionary<int, ImmutableHashSet<string>> _byLine;

    private SuppressionMap(ImmutableDictionary<int, ImmutableHashSet<string>> byLine) => _byLine = byLine;

    public static SuppressionMap Create(SyntaxTree tree)
    {
        var byLine = new Dictionary<int, ImmutableHashSet<string>>();
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (trivia.Kind != SyntaxKind.SingleLineCommentTrivia)
                {
                    continue;
                }

                var text = trivia.Text.Substring(2).Trim();
                if (!text.StartsWith(Directive, StringComparison.Ordinal))
                {
                    continue;
                }

                var codes = text.Substring(Directive.Length)
                    .Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => c.ToUpperInvariant())
                    .ToImmutableHashSet();
                var line = tree.Text.Lines.GetLineFromPosition(trivia.Position).LineNumber + 1;
                byLine[line] = codes;
            }
        }

        return new SuppressionMap(byLine.ToImmutableDictionary());
    }

    public bool IsSuppressed(string id, int line) =>
        _byLine.TryGetValue(line, out var codes) && (codes.IsEmpty || codes.Contains(id));
}
