using System.IO;
using Antlr4.Runtime;

// The generated parser lives in this namespace and names this class as its superClass.
namespace PilotSpec.CodeAnalysis.Syntax.Generated;

/// <summary>
/// Base of the generated parser: guards the depth of rule invocations, so that 10,000
/// nested parentheses or blocks end in a PS0009 diagnostic instead of a stack overflow
/// (which no catch can stop). Every later walk over the tree relies on this bound.
/// </summary>
public abstract class PilotParserBase : Parser
{
    /// <summary>
    /// Tree levels deep. A block costs 4 levels (member, declaration, kind, block), a
    /// parenthesis 2 and an operator 1, so this allows about 75 nested blocks, 150 nested
    /// parentheses or a chain of some 290 operators — far beyond any real spec, far below
    /// the stack's limit for every recursive walk over the tree.
    /// </summary>
    public const int MaxRuleDepth = 300;

    private int _depth;

    // Operators in a left-recursive rule (`1 + 1 + 1`, `a.b.c`) are parsed in a loop, but each
    // one nests the tree a level deeper: counted per invocation, released when it unrolls.
    private readonly System.Collections.Generic.Stack<int> _recursionPushes = new();

    protected PilotParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        Descend();
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        Descend();
        _recursionPushes.Push(0);
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    public override void PushNewRecursionContext(ParserRuleContext localctx, int state, int ruleIndex)
    {
        Descend();
        _recursionPushes.Push(_recursionPushes.Pop() + 1);
        base.PushNewRecursionContext(localctx, state, ruleIndex);
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }

    public override void UnrollRecursionContexts(ParserRuleContext _parentctx)
    {
        _depth -= 1 + (_recursionPushes.Count > 0 ? _recursionPushes.Pop() : 0);
        base.UnrollRecursionContexts(_parentctx);
    }

    public override void Reset()
    {
        _depth = 0;
        _recursionPushes.Clear();
        base.Reset();
    }

    private void Descend()
    {
        if (++_depth > MaxRuleDepth)
        {
            throw new NestingTooDeepException(CurrentToken);
        }
    }
}

/// <summary>Thrown by the parser when rules nest deeper than <see cref="PilotParserBase.MaxRuleDepth"/>; caught by the syntax layer.</summary>
public sealed class NestingTooDeepException : System.Exception
{
    public NestingTooDeepException(IToken token)
        : base("Nesting too deep.")
    {
        Token = token;
    }

    public IToken Token { get; }
}
