using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A span in a source file, with its 0-based line and column positions.</summary>
public sealed record SourceLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public SourceLocation(SyntaxTree tree, TextSpan span)
        : this(tree.FilePath, span, tree.Text.Lines.GetLinePositionSpan(span))
    {
    }

    public SourceLocation(string filePath, SourceText text, TextSpan span)
        : this(filePath, span, text.Lines.GetLinePositionSpan(span))
    {
    }

    public override string ToString() =>
        $"{FilePath}({LineSpan.Start.Line + 1},{LineSpan.Start.Character + 1})";
}
