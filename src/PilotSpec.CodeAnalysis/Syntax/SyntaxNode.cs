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
/// A node is built bottom-up: its children exist first and are handed to the base
/// constructor, which adopts them (sets their <see cref="Parent"/> once) and records its
/// span. Nothing changes after construction, so trees are safe to share between threads.
/// </remarks>
public abstract class SyntaxNode
{
    private readonly ImmutableArray<SyntaxNode> _children;

    // Known at construction (children come first), so ContainsMissing costs O(1). The first
    // and last token are found by descending the first or last children: the depth of the
    // tree, not a walk over the subtree. Nothing else is stored per node: a big file has
    // a million tokens, and every field here is a field of each of them.
    private readonly bool _containsMissing;

    /// <summary>A token: no children, and nothing to allocate for them (a big file has a million tokens).</summary>
    private protected SyntaxNode()
    {
        _children = ImmutableArray<SyntaxNode>.Empty;
    }

    // Children are given in source order: nodes, tokens, lists of them, or null for an absent
    // optional part. Up to seven parts have a constructor of their own, so that building a
    // node allocates no parts array (the garbage of half a million nodes in a big file).
    private protected SyntaxNode(object? p0)
        : this(ChildArray(p0))
    {
    }

    private protected SyntaxNode(object? p0, object? p1)
        : this(ChildArray(p0, p1))
    {
    }

    private protected SyntaxNode(object? p0, object? p1, object? p2)
        : this(ChildArray(p0, p1, p2))
    {
    }

    private protected SyntaxNode(object? p0, object? p1, object? p2, object? p3)
        : this(ChildArray(p0, p1, p2, p3))
    {
    }

    private protected SyntaxNode(object? p0, object? p1, object? p2, object? p3, object? p4)
        : this(ChildArray(p0, p1, p2, p3, p4))
    {
    }

    private protected SyntaxNode(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5)
        : this(ChildArray(p0, p1, p2, p3, p4, p5))
    {
    }

    private protected SyntaxNode(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5, object? p6)
        : this(ChildArray(p0, p1, p2, p3, p4, p5, p6))
    {
    }

    private protected SyntaxNode(params object?[] parts)
        : this(ChildArray(parts))
    {
    }

    private SyntaxNode(SyntaxNode[] children)
    {
        _children = ImmutableCollectionsMarshal.AsImmutableArray(children);
        foreach (var child in children)
        {
            child.Parent = this;
            _containsMissing |= child.ContainsMissing;
        }

        if (children.Length > 0)
        {
            FullSpan = TextSpan.FromBounds(children[0].FullSpan.Start, children[children.Length - 1].FullSpan.End);
        }
    }

    /// <summary>The children of up to seven parts, counted first and then copied once into an array the node owns.</summary>
    private static SyntaxNode[] ChildArray(object? p0, object? p1 = null, object? p2 = null, object? p3 = null, object? p4 = null, object? p5 = null, object? p6 = null)
    {
        var children = new SyntaxNode[CountPart(p0) + CountPart(p1) + CountPart(p2) + CountPart(p3) + CountPart(p4) + CountPart(p5) + CountPart(p6)];
        var index = AddPart(children, 0, p0);
        index = AddPart(children, index, p1);
        index = AddPart(children, index, p2);
        index = AddPart(children, index, p3);
        index = AddPart(children, index, p4);
        index = AddPart(children, index, p5);
        AddPart(children, index, p6);
        return children;
    }

    private static SyntaxNode[] ChildArray(object?[] parts)
    {
        var children = new SyntaxNode[CountParts(parts)];
        AddParts(children, 0, parts);
        return children;
    }

    private static int CountPart(object? part) => part switch
    {
        null => 0,
        SyntaxNode => 1,
        ISeparatedSyntaxList separated => separated.GetWithSeparators().Length,
        IReadOnlyCollection<SyntaxNode> many => many.Count,
        IEnumerable<SyntaxNode> many => System.Linq.Enumerable.Count(many),
        object?[] nested => CountParts(nested),
        _ => throw new ArgumentException($"Unexpected syntax part {part.GetType().Name}.", nameof(part)),
    };

    private static int AddPart(SyntaxNode[] children, int index, object? part)
    {
        switch (part)
        {
            case null:
                break;
            case SyntaxNode node:
                children[index++] = node;
                break;
            case ISeparatedSyntaxList separated:
                foreach (var item in separated.GetWithSeparators())
                {
                    children[index++] = item;
                }

                break;
            case IEnumerable<SyntaxNode> many:
                foreach (var item in many)
                {
                    children[index++] = item;
                }

                break;
            case object?[] nested:
                index = AddParts(children, index, nested);
                break;
            default:
                throw new ArgumentException($"Unexpected syntax part {part.GetType().Name}.", nameof(part));
        }

        return index;
    }

    private static int CountParts(object?[] parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            count += CountPart(part);
        }

        return count;
    }

    private static int AddParts(SyntaxNode[] children, int index, object?[] parts)
    {
        foreach (var part in parts)
        {
            index = AddPart(children, index, part);
        }

        return index;
    }

    public abstract SyntaxKind Kind { get; }

    /// <summary>The node this one is a child of; null for the root.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan { get; private protected set; }

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
    public virtual bool ContainsMissing => _containsMissing;

    /// <summary>The direct children, nodes and tokens, in source order.</summary>
    public ImmutableArray<SyntaxNode> ChildNodesAndTokens() => _children;

    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in _children)
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

        foreach (var child in _children)
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

        for (var i = _children.Length - 1; i >= 0; i--)
        {
            if (_children[i].LastTokenOfSubtree() is { } last)
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
            foreach (var child in node._children)
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
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(writer);
        }
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
            if (index >= node._children.Length)
            {
                continue;
            }

            stack.Push((node, index + 1));
            var child = node._children[index];
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
