using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>An evaluation's date, method, criteria (`require:`) and decision rules (`decide:`, `otherwise:`).</summary>
internal static class EvaluationBinder
{
    private static readonly string[] Methods =
    {
        "before_after", "difference_in_differences", "stepped_wedge", "third_party_survey", "third_party_evaluation", "comparison", "expert_review", "document_review",
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
                context.Diagnostics.Report(Diagnostics.DiagnosticDescriptors.InvalidPropertyValue, timing, "at", new Diagnostics.Phrase("Expect_Timing"));
            }
        }

        BindMethods(evaluation, properties.Single("method"), values, context);
        if (evaluation.Methods.Contains("stepped_wedge"))
        {
            // Phases are bound before evaluations: the roll-out's `stagger:` and `lag:` are known.
            var (rollout, candidates) = SteppedWedgeRollout.Of(context.Table.OfType<PhaseSymbol>().Where(context.Table.IsBound));
            evaluation.Rollout = rollout;
            evaluation.RolloutCandidates = candidates;
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
        var otherwise = values.Word(properties.Single("otherwise"), DecisionFacts.Words, DecisionFacts.ChineseWords);
        evaluation.Otherwise = otherwise is null ? null : DecisionFacts.Parse(otherwise);
        EvaluationExtrasBinder.Bind(evaluation, properties, values, context);
    }

    // `method: third_party_evaluation by Firms, difference_in_differences against comparison_group`
    private static void BindMethods(EvaluationSymbol evaluation, PropertySyntax? method, ValueReader values, BindingContext context)
    {
        if (method is null)
        {
            return;
        }

        var methods = ImmutableArray.CreateBuilder<string>();
        foreach (var value in method.Values)
        {
            if (value.Expression is NameExpressionSyntax name && !name.IdentifierToken.IsMissing)
            {
                if (System.Array.IndexOf(Methods, name.IdentifierToken.Text) < 0)
                {
                    context.Diagnostics.Report(Diagnostics.DiagnosticDescriptors.UnknownWord, name, name.IdentifierToken.Text, "method", string.Join(", ", Methods));
                }
                else
                {
                    methods.Add(name.IdentifierToken.Text);
                }
            }
            else if (!ValueReader.IsMissing(value.Expression))
            {
                values.Expect(method, value.Expression, new Diagnostics.Phrase("Expect_OneOf", string.Join(", ", Methods)));
            }

            if (ValueReader.Clause(value, SyntaxKind.AgainstKeyword) is { } against)
            {
                evaluation.ComparedAgainst = values.Reference<Symbol>(method, against.Expression, SymbolKind.Wave, SymbolKind.Site);
            }

            if (ValueReader.Clause(value, SyntaxKind.ByKeyword) is { Expression: NameExpressionSyntax by })
            {
                context.Resolve(by.IdentifierToken, SymbolKind.Stakeholder);
            }
        }

        evaluation.Methods = methods.ToImmutable();
    }

    private static ImmutableArray<DecisionRule> BindDecisions(IReadOnlyList<PropertySyntax> rules, ValueReader values, BindingContext context)
    {
        var decisions = ImmutableArray.CreateBuilder<DecisionRule>();
        foreach (var rule in rules)
        {
            var word = values.Word(rule, DecisionFacts.Words, DecisionFacts.ChineseWords);
            var value = rule.Values[0];
            var when = ValueReader.Clause(value, SyntaxKind.WhenKeyword);
            if (when is null)
            {
                values.Expect(rule, value.Expression, new Diagnostics.Phrase("Expect_Decision"));
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
