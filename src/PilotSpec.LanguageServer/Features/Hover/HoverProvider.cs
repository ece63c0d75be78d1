using System.Text.RegularExpressions;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Hover;

/// <summary>Hover over a name (what the compiler knows about it) or a diagnostic code in a suppression comment (what the code means).</summary>
public static partial class HoverProvider
{
    public static Protocol.Hover? Hover(DocumentAnalysis analysis, Position position)
    {
        if (SymbolLookup.Find(analysis, position) is { } found)
        {
            return Make(analysis, SymbolDescriber.Describe(found.Symbol, analysis), found.Token.Span);
        }

        var offset = analysis.LineIndex.ToOffset(position);
        return DiagnosticCodeHover(analysis, offset);
    }

    private static Protocol.Hover? DiagnosticCodeHover(DocumentAnalysis analysis, int offset)
    {
        var root = analysis.Tree.Root;
        var token = root.FindToken(Math.Min(offset, root.FullSpan.End));
        var comments = token.LeadingTrivia.Concat(token.TrailingTrivia)
            .Where(t => SyntaxFacts.IsComment(t.Kind) && t.Span.Start <= offset && offset <= t.Span.End)
            .Take(1)
            .ToList();
        if (comments.Count == 0)
        {
            return null;
        }

        var trivia = comments[0];
        foreach (Match match in CodePattern().Matches(trivia.Text))
        {
            var start = trivia.Position + match.Index;
            if (start <= offset && offset <= start + match.Length && DiagnosticDescriptors.Find(match.Value) is { } descriptor)
            {
                var culture = analysis.Snapshot.Session.Culture;
                var text = $"**{descriptor.Id}**: {descriptor.GetTitle(culture)}\n\n" +
                           $"{descriptor.Category}, {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} by default. " +
                           $"[Documentation]({descriptor.HelpLinkUri})";
                return Make(analysis, text, new Microsoft.CodeAnalysis.Text.TextSpan(start, match.Length));
            }
        }

        return null;
    }

    private static Protocol.Hover Make(DocumentAnalysis analysis, string markdown, Microsoft.CodeAnalysis.Text.TextSpan span) =>
        new(new MarkupContent(analysis.Snapshot.Session.MarkdownSupport ? MarkupKind.Markdown : MarkupKind.PlainText, markdown), analysis.LineIndex.ToRange(span));

    [GeneratedRegex(@"\bPS\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
