using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A node with children: every node but a token. It owns the child array, the full span and
/// whether anything below is missing, so that tokens (most of a tree) carry none of it.
/// </summary>
public abstract class CompositeSyntax : SyntaxNode
{
    private readonly ImmutableArray<SyntaxNode> _children;

    // Known at construction (children come first), so ContainsMissing and FullSpan cost O(1).
    // The first and last token are found by descending the first or last children: the depth
    // of the tree, not a walk over the subtree.
    // The missing flag rides in the sign bit of the length: a bool of its own would round
    // every node up by eight bytes (its subclasses' fields are pointer-aligned).
    private const int ContainsMissingFlag = int.MinValue;
    private readonly int _fullStart;
    private readonly int _fullLengthAndFlag;

    // Children are given in source order: nodes, tokens, lists of them, or null for an absent
    // optional part. Up to seven parts take this constructor, so that building a node
    // allocates no parts array (the garbage of half a million nodes in a big file).
    private protected CompositeSyntax(object? p0, object? p1 = null, object? p2 = null, object? p3 = null, object? p4 = null, object? p5 = null, object? p6 = null)
        : this(ChildArray(p0, p1, p2, p3, p4, p5, p6))
    {
    }

    private protected CompositeSyntax(params object?[] parts)
        : this(ChildArray(parts))
    {
    }

    private CompositeSyntax(SyntaxNode[] children)
    {
        _children = ImmutableCollectionsMarshal.AsImmutableArray(children);
        var containsMissing = false;
        foreach (var child in children)
        {
            child.SetParent(this);
            containsMissing |= child.ContainsMissing;
        }

        if (children.Length > 0)
        {
            _fullStart = children[0].FullSpan.Start;
            _fullLengthAndFlag = children[children.Length - 1].FullSpan.End - _fullStart;
        }

        if (containsMissing)
        {
            _fullLengthAndFlag |= ContainsMissingFlag;
        }
    }

    /// <summary>The children of up to seven parts, counted first and then copied once into an array the node owns.</summary>
    private static SyntaxNode[] ChildArray(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5, object? p6)
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

    /// <summary>
    /// A list part without boxing it: an <see cref="ImmutableArray{T}"/> passed as
    /// <see cref="object"/> is boxed, and enumerating the box allocates an enumerator, two
    /// objects per node; its array is a <c>SyntaxNode[]</c> already (arrays are covariant).
    /// A default array gives null: no children.
    /// </summary>
    private protected static SyntaxNode[]? Items<T>(ImmutableArray<T> items)
        where T : SyntaxNode => ImmutableCollectionsMarshal.AsArray(items);

    private static int CountPart(object? part) => part switch
    {
        null => 0,
        SyntaxNode => 1,
        SyntaxNode[] array => array.Length,
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
            case SyntaxNode[] array:
                Array.Copy(array, 0, children, index, array.Length);
                index += array.Length;
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

    public override TextSpan FullSpan => new(_fullStart, _fullLengthAndFlag & ~ContainsMissingFlag);

    public override bool ContainsMissing => (_fullLengthAndFlag & ContainsMissingFlag) != 0;

    public override ImmutableArray<SyntaxNode> ChildNodesAndTokens() => _children;
}
