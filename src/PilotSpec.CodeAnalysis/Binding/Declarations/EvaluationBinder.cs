using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>An evaluation's date, method, criteria (`require:`) and decision rules (`decide:`, `otherwise:`).</summary>
internal static class EvaluationBinder
{
    private static readonly string[] Methods =
    {
        "before_after", "difference_in_differences", "third_party_survey", "third_party_evaluation", "comparison", "expert_review", "document_review",
    };

    public static void Bind(EvaluationSymbol evaluation, PropertySet properties, ValueReader values, BindingContext context)
    {
        var declaration = (EvaluationDeclarationSyntax)evaluation.Declaration;
        if (declaration.Timing is { } timing && !ValueReader.IsMissing(timing))
        {
            var bound = new ExpressionBinder(context, "at").Bind(timing);
            if (bound.Type is DateType)
            {
                evaluation.Timing = bound;
            }
            else if (!bound.HasErrors)
            {
                context.Diagnostics.Report(Diagnostics.DiagnosticDescriptors.InvalidPropertyValue, timing, "at", "a date, or 'end of' a phase");
            }
        }

        var method = properties.Single("method");
        evaluation.Method = values.Word(method, Methods);
        if (method is { Values.Count: > 0 } && ValueReader.Clause(method.Values[0], SyntaxKind.AgainstKeyword) is { } against)
        {
            evaluation.ComparedAgainst = values.Reference<Symbol>(method, against.Expression, "comparison sites (a group, wave or site)", SymbolKind.Wave, SymbolKind.Site);
        }

        var criteria = new List<BoundExpression>();
        foreach (var require in properties.All("require"))
        {
            foreach (var value in require.Values)
            {
                if (!ValueReader.IsMissing(value.Expression))
                {
                    criteria.Add(new ExpressionBinder(context, "require").BindCondition(value.Expression, QuantifierKind.All));
                }
            }
        }

        evaluation.Criteria = criteria.ToImmutableArray();
        evaluation.Decisions = BindDecisions(properties.All("decide"), values, context);
        var otherwise = values.Word(properties.Single("otherwise"), DecisionFacts.Words);
        evaluation.Otherwise = otherwise is null ? null : DecisionFacts.Parse(otherwise);
    }

    private static ImmutableArray<DecisionRule> BindDecisions(IReadOnlyList<PropertySyntax> rules, ValueReader values, BindingContext context)
    {
        var decisions = ImmutableArray.CreateBuilder<DecisionRule>();
        foreach (var rule in rules)
        {
            var word = values.Word(rule, DecisionFacts.Words);
            var value = rule.Values[0];
            var when = ValueReader.Clause(value, SyntaxKind.WhenKeyword);
            if (when is null)
            {
                values.Expect(rule, value.Expression, "a decision with its condition, such as 'scale_up when all met'");
                continue;
            }

            var condition = new ExpressionBinder(context, "decide", allowCriteriaCount: true).BindCondition(when.Expression, QuantifierKind.All);
            if (word is not null && DecisionFacts.Parse(word) is { } decision)
            {
                decisions.Add(new DecisionRule(decision, condition, rule));
            }
        }

        return decisions.ToImmutable();
    }
}
