using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// The structure the formatter lays out: where each member starts, how deep it is nested,
/// and which blocks stay on one line. Worked out once from the tree, before any text is written.
/// </summary>
internal sealed class FormattingLayout
{
    private readonly Dictionary<SyntaxToken, MemberSyntax> _memberStarts = new();
    private readonly Dictionary<SyntaxToken, BlockSyntax> _braces = new();
    private readonly HashSet<BlockSyntax> _multiLineBlocks = new();

    public FormattingLayout(SyntaxTree tree)
    {
        var text = tree.Text.ToString();
        foreach (var node in tree.Root.DescendantNodes())
        {
            switch (node)
            {
                case MemberSyntax member when member.GetFirstToken(includeZeroWidth: true) is { } first:
                    _memberStarts[first] = member;
                    break;
                case BlockSyntax block:
                    _braces[block.OpenBraceToken] = block;
                    _braces[block.CloseBraceToken] = block;
                    if (ContainsLineBreak(text, block.OpenBraceToken.Span.End, block.CloseBraceToken.Span.Start))
                    {
                        _multiLineBlocks.Add(block);
                    }

                    break;
            }
        }
    }

    /// <summary>The member whose first token this is, if any.</summary>
    public MemberSyntax? MemberStartingAt(SyntaxToken token) => _memberStarts.TryGetValue(token, out var member) ? member : null;

    /// <summary>The block whose `{` or `}` this token is.</summary>
    public BlockSyntax? BlockOf(SyntaxToken brace) => _braces.TryGetValue(brace, out var block) ? block : null;

    /// <summary>
    /// A block stays on one line when its author wrote it on one line (`site A { level: county }`);
    /// any other block gets one member per line. Deciding from the source, not from a width
    /// limit, keeps the rule obvious and makes formatting idempotent.
    /// </summary>
    public bool IsMultiLine(BlockSyntax block) => _multiLineBlocks.Contains(block);

    /// <summary>How many blocks enclose the node: its indentation level.</summary>
    public static int Depth(SyntaxNode node) => node.Ancestors().Count(a => a is BlockSyntax);

    /// <summary>The member a token belongs to (the innermost), or null for the end-of-file token.</summary>
    public static MemberSyntax? EnclosingMember(SyntaxToken token) => token.Ancestors().OfType<MemberSyntax>().FirstOrDefault();

    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u2028' or '\u2029';

    private static bool ContainsLineBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
