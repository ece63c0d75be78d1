using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

internal interface ISeparatedSyntaxList
{
    ImmutableArray<SyntaxNode> GetWithSeparators();
}

/// <summary>A list of nodes with the separator tokens between them (`a, b, c`).</summary>
/// <remarks>
/// A view of a run of an array: a node can hand out a list over its own children instead of
/// keeping a second array of the same nodes.
/// </remarks>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISeparatedSyntaxList
    where T : SyntaxNode
{
    private readonly ImmutableArray<SyntaxNode> _nodes;
    private readonly int _start;
    private readonly int _length;

    internal SeparatedSyntaxList(ImmutableArray<SyntaxNode> nodesAndSeparators)
        : this(nodesAndSeparators, 0, nodesAndSeparators.Length)
    {
    }

    /// <summary>The items and separators <paramref name="nodes"/> holds from <paramref name="start"/>, <paramref name="length"/> of them.</summary>
    internal SeparatedSyntaxList(ImmutableArray<SyntaxNode> nodes, int start, int length)
    {
        _nodes = nodes;
        _start = start;
        _length = length;
    }

    public static SeparatedSyntaxList<T> Empty { get; } = new(ImmutableArray<SyntaxNode>.Empty);

    public int Count => (_length + 1) / 2;

    public T this[int index] => (T)_nodes[_start + (index * 2)];

    /// <summary>The separator after item <paramref name="index"/>; null after the last item.</summary>
    public SyntaxToken? GetSeparator(int index) =>
        index * 2 + 1 < _length ? (SyntaxToken)_nodes[_start + (index * 2) + 1] : null;

    public IEnumerable<SyntaxToken> Separators
    {
        get
        {
            for (var i = 1; i < _length; i += 2)
            {
                yield return (SyntaxToken)_nodes[_start + i];
            }
        }
    }

    /// <summary>Items and separators in source order (a copy when the list is a view of part of a node's children).</summary>
    public ImmutableArray<SyntaxNode> GetWithSeparators() =>
        _start == 0 && _length == _nodes.Length ? _nodes : ImmutableArray.Create(_nodes, _start, _length);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
