using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A node of an immutable, full-fidelity syntax tree. Tokens are nodes too (as in Minsk),
/// so that a walk over <see cref="ChildNodesAndTokens"/> visits every character of the
/// source exactly once, in order.
/// </summary>
/// <remarks>
/// A node is built bottom-up: its children exist first and are handed to the constructor
/// of <see cref="CompositeSyntax"/>, which adopts them (sets their <see cref="Parent"/> once)
/// and records its span. Nothing changes after construction, so trees are safe to share
/// between threads. This class holds no state but the parent: a big file has a million
/// tokens, and a field here would be a field of each of them.
/// </remarks>
public abstract class SyntaxNode
{
    /// <summary>For tokens and composite nodes alike: all state lives in the subclasses, so a token pays only for what it is.</summary>
    private protected SyntaxNode()
    {
    }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node this one is a child of; null for the root.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>Set once, by the parent's constructor, when it adopts this node.</summary>
    internal void SetParent(SyntaxNode parent) => Parent = parent;

    /// <summary>The span including leading and trailing trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>The span without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public virtual TextSpan Span
    {
        get
        {
            var first = FirstTokenOfSubtree();
            var last = LastTokenOfSubtree();
            return first is null || last is null ? FullSpan : TextSpan.FromBounds(first.Span.Start, Math.Max(first.Span.Start, last.Span.End));
        }
    }

    /// <summary>The tree this node belongs to.</summary>
    public SyntaxTree SyntaxTree
    {
        get
        {
            var node = this;
            while (node.Parent is not null)
            {
                node = node.Parent;
            }

            return (node as CompilationUnitSyntax)?.Tree ?? throw new InvalidOperationException("The node is not part of a syntax tree.");
        }
    }

    /// <summary>True when the node or any token under it was inserted by error recovery.</summary>
    public abstract bool ContainsMissing { get; }

    /// <summary>The direct children, nodes and tokens, in source order.</summary>
    public abstract ImmutableArray<SyntaxNode> ChildNodesAndTokens();

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child is not SyntaxToken)
            {
                yield return child;
            }
        }
    }

    /// <summary>All nodes below this one (not tokens), depth first, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes() => Descendants(this, tokens: false, self: false);

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf() => Descendants(this, tokens: false, self: true);

    /// <summary>Every token below this node, in source order, missing tokens included.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var node in Descendants(this, tokens: true, self: true))
        {
            if (node is SyntaxToken token)
            {
                yield return token;
            }
        }
    }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (SyntaxNode? node = this; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    public SyntaxToken? GetFirstToken(bool includeZeroWidth = false)
    {
        var first = FirstTokenOfSubtree();
        return includeZeroWidth || first is null || first.FullSpan.Length > 0 ? first : FirstNonEmptyToken();
    }

    /// <summary>The first token below this node, zero-width ones included: down the first children.</summary>
    private SyntaxToken? FirstTokenOfSubtree()
    {
        if (this is SyntaxToken token)
        {
            return token;
        }

        foreach (var child in ChildNodesAndTokens())
        {
            if (child.FirstTokenOfSubtree() is { } first)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>The last token below this node, zero-width ones included: down the last children.</summary>
    private SyntaxToken? LastTokenOfSubtree()
    {
        if (this is SyntaxToken token)
        {
            return token;
        }

        var children = ChildNodesAndTokens();
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i].LastTokenOfSubtree() is { } last)
            {
                return last;
            }
        }

        return null;
    }

    private SyntaxToken? FirstNonEmptyToken()
    {
        foreach (var token in DescendantTokens())
        {
            if (token.FullSpan.Length > 0)
            {
                return token;
            }
        }

        return null;
    }

    public SyntaxToken? GetLastToken(bool includeZeroWidth = false)
    {
        var cached = LastTokenOfSubtree();
        if (includeZeroWidth || cached is null || cached.FullSpan.Length > 0)
        {
            return cached;
        }

        SyntaxToken? last = null;
        foreach (var token in DescendantTokens())
        {
            if (token.FullSpan.Length > 0)
            {
                last = token;
            }
        }

        return last;
    }

    /// <summary>
    /// The token whose full span (trivia included) contains <paramref name="position"/>;
    /// at the end of the text, the end-of-file token. Found by descending through the
    /// children whose full span holds the position, so it costs the depth of the tree.
    /// </summary>
    public SyntaxToken FindToken(int position)
    {
        if (position < FullSpan.Start || position > FullSpan.End)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"The position is outside the node's span {FullSpan}.");
        }

        if (position == FullSpan.End)
        {
            return GetLastToken(includeZeroWidth: true) ?? throw new InvalidOperationException("A node without tokens.");
        }

        var node = this;
        while (node is not SyntaxToken)
        {
            SyntaxNode? next = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                // Half-open spans: zero-width (missing) tokens never hold a position.
                if (child.FullSpan.Start <= position && position < child.FullSpan.End)
                {
                    next = child;
                    break;
                }
            }

            node = next ?? throw new InvalidOperationException("Children do not cover their parent's span.");
        }

        return (SyntaxToken)node;
    }

    /// <summary>The exact source text of this node, trivia included.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        using var writer = new StringWriter(builder);
        WriteTo(writer);
        return builder.ToString();
    }

    /// <summary>The source text without the outer leading and trailing trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        var span = Span;
        return full.Substring(span.Start - FullSpan.Start, span.Length);
    }

    public virtual void WriteTo(TextWriter writer)
    {
        // The root is found once, not once per token.
        var source = FindTriviaSource();
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(writer, source);
        }
    }

    /// <summary>Where the tokens of this node's tree find their trivia: held by the root; null while the node is not part of one.</summary>
    internal TriviaSource? FindTriviaSource()
    {
        var node = this;
        while (node.Parent is not null)
        {
            node = node.Parent;
        }

        return (node as CompilationUnitSyntax)?.TriviaSource;
    }

    /// <summary>Where this node is: its tree's file and the span without trivia.</summary>
    public SourceLocation GetLocation() => new(SyntaxTree, Span);

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode root, bool tokens, bool self)
    {
        // Explicit stack: tree depth is bounded by the parser, but walks should not add
        // their own recursion on top.
        var stack = new Stack<(SyntaxNode Node, int Index)>();
        if (self)
        {
            yield return root;
        }

        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index >= node.ChildNodesAndTokens().Length)
            {
                continue;
            }

            stack.Push((node, index + 1));
            var child = node.ChildNodesAndTokens()[index];
            if (child is SyntaxToken)
            {
                if (tokens)
                {
                    yield return child;
                }

                continue;
            }

            yield return child;
            stack.Push((child, 0));
        }
    }
}
