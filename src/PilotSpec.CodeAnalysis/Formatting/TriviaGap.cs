using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>One comment between two tokens, with what stood before it.</summary>
internal sealed record GapComment(string Text, bool IsLineComment, int LineBreaksBefore, string WhitespaceBefore);

/// <summary>
/// What lies between two tokens once whitespace is set aside: the comments, and how many
/// line breaks separate them. This is all the formatter keeps of the original trivia.
/// </summary>
internal sealed class TriviaGap
{
    private TriviaGap(ImmutableArray<GapComment> comments, int lineBreaksAfter, bool hasSkippedText)
    {
        Comments = comments;
        LineBreaksAfter = lineBreaksAfter;
        HasSkippedText = hasSkippedText;
    }

    public ImmutableArray<GapComment> Comments { get; }

    /// <summary>Line breaks after the last comment, or in the whole gap when there is no comment.</summary>
    public int LineBreaksAfter { get; }

    /// <summary>Text the parser skipped: only in files with syntax errors, which are never formatted.</summary>
    public bool HasSkippedText { get; }

    public static TriviaGap Between(SyntaxToken? previous, SyntaxToken current)
    {
        var comments = ImmutableArray.CreateBuilder<GapComment>();
        var lineBreaks = 0;
        var whitespace = new StringBuilder();
        var skipped = false;
        IEnumerable<SyntaxTrivia> trivia = previous is null
            ? current.LeadingTrivia
            : System.Linq.Enumerable.Concat(previous.TrailingTrivia, current.LeadingTrivia);
        foreach (var item in trivia)
        {
            switch (item.Kind)
            {
                case SyntaxKind.WhitespaceTrivia:
                    whitespace.Append(item.Text);
                    break;
                case SyntaxKind.EndOfLineTrivia:
                    lineBreaks++;
                    whitespace.Clear();
                    break;
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    comments.Add(new GapComment(item.Text, item.Kind == SyntaxKind.SingleLineCommentTrivia, lineBreaks, whitespace.ToString()));
                    lineBreaks = 0;
                    whitespace.Clear();
                    break;
                default:
                    skipped = true;
                    break;
            }
        }

        return new TriviaGap(comments.ToImmutable(), lineBreaks, skipped);
    }
}
