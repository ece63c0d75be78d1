using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// Prints a tree as indented text: every node with its span, every token with its text and
/// trivia. Used by <c>pilotc syntax</c>, bug reports and the snapshot tests, so its output
/// must stay stable and show everything (missing tokens, skipped text).
/// </summary>
public static class SyntaxTreePrinter
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        using var writer = new StringWriter(builder) { NewLine = "\n" };
        Print(node, writer);
        return builder.ToString();
    }

    public static void Print(SyntaxNode root, TextWriter writer)
    {
        // Iterative: a printer must not be the thing that overflows on a deep tree.
        var stack = new System.Collections.Generic.Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            if (node is SyntaxToken token)
            {
                WriteTrivia(writer, indent, "leading", token.LeadingTrivia);
                writer.Write(indent);
                writer.Write(token.Kind);
                writer.Write(' ');
                writer.Write(Span(token.Span.Start, token.Span.End));
                writer.Write(token.IsMissing ? " <missing>" : " " + Quote(token.Text));
                writer.WriteLine();
                WriteTrivia(writer, indent, "trailing", token.TrailingTrivia);
                continue;
            }

            writer.Write(indent);
            writer.Write(node.Kind);
            writer.Write(' ');
            writer.WriteLine(Span(node.Span.Start, node.Span.End));
            var children = node.ChildNodesAndTokens();
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }
    }

    private static void WriteTrivia(TextWriter writer, string indent, string side, ImmutableArray<SyntaxTrivia> trivia)
    {
        foreach (var item in trivia)
        {
            writer.Write(indent);
            writer.Write("  ~ ");
            writer.Write(side);
            writer.Write(' ');
            writer.Write(item.Kind);
            writer.Write(' ');
            writer.Write(Span(item.Span.Start, item.Span.End));
            writer.Write(' ');
            writer.WriteLine(Quote(item.Text));
        }
    }

    private static string Span(int start, int end) => $"[{start}..{end})";

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
