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
    /// Rule invocations deep. A block costs 4 levels (member, declaration, kind, block) and a
    /// parenthesis 2, so this allows about 75 nested blocks or 150 nested parentheses — far
    /// beyond any real spec, far below the stack's limit.
    /// </summary>
    public const int MaxRuleDepth = 300;

    private int _depth;

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
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }

    public override void UnrollRecursionContexts(ParserRuleContext _parentctx)
    {
        _depth--;
        base.UnrollRecursionContexts(_parentctx);
    }

    public override void Reset()
    {
        _depth = 0;
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
