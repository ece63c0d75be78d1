using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// The formatter's safety net: the formatted text must parse without errors into the same
/// tokens and the same comments. Were it ever not so (a formatter bug), formatting fails
/// loudly instead of silently changing what a spec says.
/// </summary>
internal static class FormattingVerifier
{
    public static void AssertSameMeaning(SyntaxTree original, string formatted, string newLine)
    {
        var reparsed = SyntaxTree.ParseText(formatted, original.FilePath);
        if (reparsed.GetDiagnostics().Any(d => d.IsError))
        {
            throw Failure(original, "the formatted text has syntax errors");
        }

        var before = Pieces(original, newLine).ToList();
        var after = Pieces(reparsed, newLine).ToList();
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var expected = i < before.Count ? before[i] : "(nothing)";
            var actual = i < after.Count ? after[i] : "(nothing)";
            if (expected != actual)
            {
                throw Failure(original, $"'{expected}' became '{actual}'");
            }
        }
    }

    /// <summary>Tokens and comments, in order: what a spec says, without its layout.</summary>
    private static IEnumerable<string> Pieces(SyntaxTree tree, string newLine)
    {
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (SyntaxFacts.IsComment(trivia.Kind))
                {
                    yield return CommentText.Normalize(trivia.Text, newLine);
                }
            }

            yield return token.Kind + " " + token.Text;
            foreach (var trivia in token.TrailingTrivia)
            {
                if (SyntaxFacts.IsComment(trivia.Kind))
                {
                    yield return CommentText.Normalize(trivia.Text, newLine);
                }
            }
        }
    }

    private static InvalidOperationException Failure(SyntaxTree tree, string what) =>
        new($"Formatting {(tree.FilePath.Length > 0 ? tree.FilePath : "the spec")} would change it: {what}. This is a bug in the formatter; the file was left as it is.");
}
