using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

internal interface ISeparatedSyntaxList
{
    ImmutableArray<SyntaxNode> GetWithSeparators();
}

/// <summary>A list of nodes with the separator tokens between them (`a, b, c`).</summary>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISeparatedSyntaxList
    where T : SyntaxNode
{
    private readonly ImmutableArray<SyntaxNode> _nodesAndSeparators;

    internal SeparatedSyntaxList(ImmutableArray<SyntaxNode> nodesAndSeparators)
    {
        _nodesAndSeparators = nodesAndSeparators;
    }

    public static SeparatedSyntaxList<T> Empty { get; } = new(ImmutableArray<SyntaxNode>.Empty);

    public int Count => (_nodesAndSeparators.Length + 1) / 2;

    public T this[int index] => (T)_nodesAndSeparators[index * 2];

    /// <summary>The separator after item <paramref name="index"/>; null after the last item.</summary>
    public SyntaxToken? GetSeparator(int index) =>
        index * 2 + 1 < _nodesAndSeparators.Length ? (SyntaxToken)_nodesAndSeparators[index * 2 + 1] : null;

    public IEnumerable<SyntaxToken> Separators
    {
        get
        {
            for (var i = 1; i < _nodesAndSeparators.Length; i += 2)
            {
                yield return (SyntaxToken)_nodesAndSeparators[i];
            }
        }
    }

    /// <summary>Items and separators in source order.</summary>
    public ImmutableArray<SyntaxNode> GetWithSeparators() => _nodesAndSeparators;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
