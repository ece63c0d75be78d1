using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0503: decision rules without `otherwise:` leave a case undecided (fix: add one).
/// PS0504: a rule that can never apply because an earlier one always decides first —
/// the same condition again, anything after `when true`, or `all met` after `any met`.
/// </summary>
internal sealed class DecisionRulesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MissingOtherwise, DiagnosticDescriptors.UnreachableDecisionRule);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (evaluation.Decisions.IsEmpty)
            {
                continue;
            }

            if (evaluation.Otherwise is null && !PropertyPresence.IsWritten(evaluation, "otherwise"))
            {
                var last = evaluation.Decisions[evaluation.Decisions.Length - 1].Syntax;
                var indent = Indentation(last);
                var fix = CodeFix.Replace("Fix_AddOtherwise", new Microsoft.CodeAnalysis.Text.TextSpan(last.Span.End, 0), LineBreak(last) + indent + "otherwise: adjust", "adjust");
                context.Diagnostics.Report(DiagnosticDescriptors.MissingOtherwise, evaluation.Declaration.Identifier, fix, evaluation.Name);
            }

            var seen = new List<BoundExpression>();
            foreach (var rule in evaluation.Decisions)
            {
                if (seen.Any(earlier => Covers(earlier, rule.Condition)))
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.UnreachableDecisionRule, rule.Syntax.Values[0]);
                }

                seen.Add(rule.Condition);
            }
        }
    }

    private static bool Covers(BoundExpression earlier, BoundExpression later) =>
        earlier is BoundLiteral { Value: true }
        || earlier.Syntax.ToString() == later.Syntax.ToString()
        || (earlier is BoundCriteriaCount { Count: CriteriaCount.Any } && later is BoundCriteriaCount { Count: CriteriaCount.All });

    // The file's own line break, so a CRLF file does not get a lone LF.
    private static string LineBreak(Syntax.SyntaxNode node)
    {
        var text = node.SyntaxTree.Text;
        var line = text.Lines.GetLineFromPosition(node.Span.End);
        var withBreak = line.EndIncludingLineBreak > line.End ? line : text.Lines.FirstOrDefault(l => l.EndIncludingLineBreak > l.End);
        return withBreak.EndIncludingLineBreak > withBreak.End
            ? text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(withBreak.End, withBreak.EndIncludingLineBreak))
            : "\n";
    }

    private static string Indentation(Syntax.SyntaxNode node)
    {
        var first = node.GetFirstToken(includeZeroWidth: true);
        var whitespace = first?.LeadingTrivia.LastOrDefault(t => t.Kind == Syntax.SyntaxKind.WhitespaceTrivia);
        return whitespace?.Text ?? string.Empty;
    }
}
