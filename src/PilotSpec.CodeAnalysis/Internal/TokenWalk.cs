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
        private Frame[] _stack;
        private int _depth;
        private SyntaxToken? _single;

        internal Enumerator(SyntaxNode root)
        {
            Current = null!;
            _single = root as SyntaxToken;
            _depth = 0;
            // Most walks are over a small value (a quantity, a name): a short stack that grows when needed.
            _stack = new Frame[4];
            if (_single is null)
            {
                _stack[0] = new Frame(root);
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
                ref var top = ref _stack[_depth - 1];
                var children = top.Node.ChildNodesAndTokens();
                if (top.Next >= children.Length)
                {
                    top = default;
                    _depth--;
                    continue;
                }

                var child = children[top.Next++];
                if (child is SyntaxToken token)
                {
                    Current = token;
                    return true;
                }

                if (_depth == _stack.Length)
                {
                    System.Array.Resize(ref _stack, _stack.Length * 2);
                }

                _stack[_depth++] = new Frame(child);
            }

            return false;
        }
    }

    private struct Frame
    {
        public Frame(SyntaxNode node)
        {
            Node = node;
            Next = 0;
        }

        public SyntaxNode Node;
        public int Next;
    }
}
