using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// The tokens under a node, in source order, like <see cref="SyntaxNode.DescendantTokens"/>
/// but as a struct enumerator over one small array stack: the checks and the emitters walk
/// every token of big files, and the iterator (a state machine and a stack of tuples per
/// walk, a yield per node) was a large share of their time.
/// </summary>
internal readonly struct TokenWalk
{
    private readonly SyntaxNode _root;

    public TokenWalk(SyntaxNode root) => _root = root;

    public Enumerator GetEnumerator() => new(_root);

    public struct Enumerator
    {
        private SyntaxNode[] _nodes;
        private int[] _next;
        private int _depth;
        private SyntaxToken? _single;

        internal Enumerator(SyntaxNode root)
        {
            Current = null!;
            _single = root as SyntaxToken;
            _nodes = new SyntaxNode[16];
            _next = new int[16];
            _depth = 0;
            if (_single is null)
            {
                _nodes[0] = root;
                _depth = 1;
            }
        }

        public SyntaxToken Current { get; private set; }

        public bool MoveNext()
        {
            if (_single is not null)
            {
                Current = _single;
                _single = null;
                return true;
            }

            while (_depth > 0)
            {
                var top = _depth - 1;
                var children = _nodes[top].ChildNodesAndTokens();
                var index = _next[top];
                if (index >= children.Length)
                {
                    _nodes[top] = null!;
                    _depth--;
                    continue;
                }

                _next[top] = index + 1;
                var child = children[index];
                if (child is SyntaxToken token)
                {
                    Current = token;
                    return true;
                }

                Push(child);
            }

            return false;
        }

        private void Push(SyntaxNode node)
        {
            if (_depth == _nodes.Length)
            {
                System.Array.Resize(ref _nodes, _nodes.Length * 2);
                System.Array.Resize(ref _next, _next.Length * 2);
            }

            _nodes[_depth] = node;
            _next[_depth] = 0;
            _depth++;
        }
    }
}
