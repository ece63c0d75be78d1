using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0707: an indicator has one weight, so weighing it in two goals (`measures: x weight 0.4`
/// in one, `weight: 0.6` or `measures: x weight 0.5` in another) keeps only the last weight
/// written and the first goal's sum is computed with a number it does not show. Reported
/// at the second weight; PS0207 stays quiet for the goals involved.
/// </summary>
internal sealed class IndicatorWeightedTwiceRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.IndicatorWeightedTwice);

    internal override void Run(RuleContext context)
    {
        foreach (var entry in Weights(context.Program))
        {
            var (indicator, places) = (entry.Key, entry.Value);
            if (places.Count < 2)
            {
                continue;
            }

            var (firstGoal, _) = places[0];
            for (var i = 1; i < places.Count; i++)
            {
                var (goal, weight) = places[i];
                context.Diagnostics.Report(DiagnosticDescriptors.IndicatorWeightedTwice, weight, indicator.Name, goal.Name, firstGoal.Name);
            }
        }
    }

    /// <summary>Where each indicator is given a weight: the goal and the weight's syntax, in the order written.</summary>
    public static Dictionary<IndicatorSymbol, List<(GoalSymbol Goal, SyntaxNode Weight)>> Weights(BoundProgram program)
    {
        var weights = new Dictionary<IndicatorSymbol, List<(GoalSymbol, SyntaxNode)>>();
        void Add(IndicatorSymbol indicator, GoalSymbol goal, SyntaxNode weight)
        {
            if (!weights.TryGetValue(indicator, out var list))
            {
                weights[indicator] = list = new();
            }

            if (!list.Any(p => ReferenceEquals(p.Item1, goal)))
            {
                list.Add((goal, weight));
            }
        }

        foreach (var goal in program.Goals)
        {
            foreach (var indicator in goal.Indicators)
            {
                if (indicator.Container == goal && IndicatorProperties.Value(indicator, "weight") is { } nested)
                {
                    Add(indicator, goal, nested.Expression);
                }
            }

            if (goal.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "measures") is { } measures)
            {
                foreach (var value in measures.Values)
                {
                    if (value.Expression is NameExpressionSyntax name && program.ReferencedSymbols.TryGetValue(name.IdentifierToken, out var symbol)
                        && symbol is IndicatorSymbol listed && Binding.Declarations.ValueReader.Clause(value, SyntaxKind.WeightKeyword) is { } clause)
                    {
                        Add(listed, goal, clause.Expression);
                    }
                }
            }
        }

        return weights;
    }
}
