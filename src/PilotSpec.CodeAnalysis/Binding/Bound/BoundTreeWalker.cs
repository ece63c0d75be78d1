using System.Collections.Generic;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>Every node of a bound expression, parent before children (depth is bounded by the parser).</summary>
public static class BoundTreeWalker
{
    public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression root)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case BoundBinary binary:
                    stack.Push(binary.Right);
                    stack.Push(binary.Left);
                    break;
                case BoundUnary unary:
                    stack.Push(unary.Operand);
                    break;
                case BoundQuantified quantified:
                    stack.Push(quantified.Condition);
                    break;
                case BoundSustained sustained:
                    stack.Push(sustained.Condition);
                    break;
            }
        }
    }
}
