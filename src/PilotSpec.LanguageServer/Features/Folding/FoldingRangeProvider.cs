using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Folding;

/// <summary>
/// Folds declaration bodies and multi-line lists (the closing bracket stays visible), block
/// comments and runs of line comments, and runs of imports.
/// </summary>
public static class FoldingRangeProvider
{
    public static FoldingRange[] Find(DocumentAnalysis analysis)
    {
        var lines = analysis.LineIndex;
        var ranges = new List<FoldingRange>();
        var root = analysis.Tree.Root;

        foreach (var node in root.DescendantNodes())
        {
            var (open, close) = node switch
            {
                BlockSyntax block => (block.OpenBraceToken, block.CloseBraceToken),
                ListExpressionSyntax list => (list.OpenBracketToken, list.CloseBracketToken),
                _ => (null, null),
            };
            if (open is null || close is null || open.IsMissing)
            {
                continue;
            }

            var start = lines.LineOf(open.Span.Start);
            var end = close.IsMissing ? lines.LineOf(node.Span.End) : lines.LineOf(close.Span.Start) - 1;
            if (end > start)
            {
                ranges.Add(new FoldingRange(start, end, null));
            }
        }

        AddComments(root, lines, ranges);
        AddImports(root, lines, ranges);
        return ranges.OrderBy(r => r.StartLine).ThenBy(r => r.EndLine).ToArray();
    }

    private static void AddComments(CompilationUnitSyntax root, Text.LineIndex lines, List<FoldingRange> ranges)
    {
        int? runStart = null;
        var runEnd = -1;
        foreach (var trivia in root.DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)))
        {
            if (trivia.Kind == SyntaxKind.MultiLineCommentTrivia)
            {
                var start = lines.LineOf(trivia.Span.Start);
                var end = lines.LineOf(trivia.Span.End);
                if (end > start)
                {
                    ranges.Add(new FoldingRange(start, end, FoldingRangeKind.Comment));
                }
            }
            else if (trivia.Kind == SyntaxKind.SingleLineCommentTrivia)
            {
                var line = lines.LineOf(trivia.Span.Start);
                var alone = IsAloneOnLine(lines, trivia.Span.Start);
                if (alone && runStart is not null && line == runEnd + 1)
                {
                    runEnd = line;
                    continue;
                }

                Flush();
                if (alone)
                {
                    runStart = line;
                    runEnd = line;
                }
            }
        }

        Flush();

        void Flush()
        {
            if (runStart is { } first && runEnd > first)
            {
                ranges.Add(new FoldingRange(first, runEnd, FoldingRangeKind.Comment));
            }

            runStart = null;
        }
    }

    private static void AddImports(CompilationUnitSyntax root, Text.LineIndex lines, List<FoldingRange> ranges)
    {
        var imports = root.Members.OfType<ImportDirectiveSyntax>().ToList();
        if (imports.Count > 1)
        {
            var start = lines.LineOf(imports[0].Span.Start);
            var end = lines.LineOf(imports[^1].Span.End);
            if (end > start)
            {
                ranges.Add(new FoldingRange(start, end, FoldingRangeKind.Imports));
            }
        }
    }

    private static bool IsAloneOnLine(Text.LineIndex lines, int offset)
    {
        var line = lines.LineOf(offset);
        for (var i = lines.LineStart(line); i < offset; i++)
        {
            if (!char.IsWhiteSpace(lines.Text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
