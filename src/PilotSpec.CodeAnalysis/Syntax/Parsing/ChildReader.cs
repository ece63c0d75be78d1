using System.Collections.Generic;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Reads the children of one ANTLR context in order, the way its rule lists them. Error
/// nodes (tokens consumed while recovering) are stepped over and left to the token
/// factory, which keeps them as skipped trivia. A part the context lacks (the rule bailed
/// out early) reads as absent, and a required token then becomes a missing token.
/// </summary>
internal sealed class ChildReader
{
    private readonly IList<IParseTree> _children;
    private readonly TokenFactory _tokens;
    private int _index;

    public ChildReader(ParserRuleContext context, TokenFactory tokens)
    {
        _children = context.children ?? (IList<IParseTree>)System.Array.Empty<IParseTree>();
        _tokens = tokens;
    }

    public SyntaxToken Token(int type, SyntaxKind kind) =>
        OptionalToken(type, kind) ?? _tokens.CreateMissing(kind);

    public SyntaxToken? OptionalToken(int type, SyntaxKind kind)
    {
        var terminal = PeekTerminal(type);
        return terminal is null ? null : _tokens.Create(terminal, kind);
    }

    /// <summary>The next token if it is any of <paramref name="types"/>, with its own kind.</summary>
    public SyntaxToken? OptionalTokenOfAny(params int[] types)
    {
        foreach (var type in types)
        {
            var terminal = PeekTerminal(type);
            if (terminal is not null)
            {
                return _tokens.Create(terminal, TokenKinds.FromTokenType(type));
            }
        }

        return null;
    }

    /// <summary>
    /// The next token whatever its type, looking inside a nested rule if that comes first:
    /// for `declarationName` and `propertyName`, whose one child is a name or a `keyword` rule.
    /// </summary>
    public IToken? FirstTerminal()
    {
        for (var i = _index; i < _children.Count; i++)
        {
            switch (_children[i])
            {
                case ITerminalNode terminal when IsSkipped(terminal):
                    continue;
                case ITerminalNode terminal:
                    _index = i + 1;
                    return terminal.Symbol;
                case ParserRuleContext nested:
                    _index = i + 1;
                    return new ChildReader(nested, _tokens).FirstTerminal();
                default:
                    return null;
            }
        }

        return null;
    }

    public T? Node<T>()
        where T : ParserRuleContext
    {
        for (var i = _index; i < _children.Count; i++)
        {
            switch (_children[i])
            {
                case T node:
                    _index = i + 1;
                    return node;
                case IErrorNode:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private IToken? PeekTerminal(int type)
    {
        for (var i = _index; i < _children.Count; i++)
        {
            if (_children[i] is not ITerminalNode terminal)
            {
                return null;
            }

            if (terminal.Symbol.Type == type && (!IsSkipped(terminal) || terminal.Symbol.TokenIndex < 0))
            {
                _index = i + 1;
                return terminal.Symbol;
            }

            if (!IsSkipped(terminal))
            {
                return null;
            }
        }

        return null;
    }

    // An error node holding a real token: consumed during recovery, kept as trivia.
    private static bool IsSkipped(ITerminalNode terminal) => terminal is IErrorNode && terminal.Symbol.TokenIndex >= 0;
}
