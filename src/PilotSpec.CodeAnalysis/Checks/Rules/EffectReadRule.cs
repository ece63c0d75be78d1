using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0620–PS0622: a condition on the estimated effect (`approval_days.effect_upper < 0 days`)
/// that cannot mean what it says. The effect exists only in an evaluation that compares pilot
/// with comparison sites (elsewhere it would be unknown forever, and the decision with it);
/// it is one number for the evaluation, so a site quantifier around it would repeat it at every
/// site; and it is a difference in the indicator's unit, so `-30%` beside it would be read as
/// 30 units, not as a share of anything.
/// </summary>
internal sealed class EffectReadRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.EffectWithoutComparison, DiagnosticDescriptors.EffectAtSites, DiagnosticDescriptors.EffectAsRelativeChange);

    internal override void Run(RuleContext context)
    {
        foreach (var (owner, condition) in Conditions.All(context.Program))
        {
            var nodes = BoundTreeWalker.DescendantsAndSelf(condition).ToList();
            var effects = nodes.OfType<BoundIndicatorValue>().Where(IsEffect).ToList();
            if (effects.Count == 0)
            {
                continue;
            }

            if (!Compares(owner))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EffectWithoutComparison, effects[0].Syntax, effects[0].Syntax.ToString(), owner.Name);
                continue;
            }

            foreach (var quantified in nodes.OfType<BoundQuantified>())
            {
                if (BoundTreeWalker.DescendantsAndSelf(quantified.Condition).OfType<BoundIndicatorValue>().FirstOrDefault(IsEffect) is { } atSites)
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.EffectAtSites, atSites.Syntax, atSites.Syntax.ToString());
                }
            }

            foreach (var binary in nodes.OfType<BoundBinary>().Where(b => b.Operator is >= BoundBinaryOperator.Less and <= BoundBinaryOperator.NotEqual))
            {
                var (effect, amount) = binary.Left is BoundIndicatorValue left && IsEffect(left) ? (left, binary.Right)
                    : binary.Right is BoundIndicatorValue right && IsEffect(right) ? (right, binary.Left)
                    : (null, null);
                if (effect is not null && amount is BoundLiteral { Value: Quantity { Unit.Dimension: Dimension.Percent } })
                {
                    var unit = effect.Indicator.IsRate ? Unit.Points.Name : effect.Indicator.Unit?.Name ?? "?";
                    context.Diagnostics.Report(DiagnosticDescriptors.EffectAsRelativeChange, amount.Syntax, effect.Syntax.ToString(), amount.Syntax.ToString(), unit);
                }
            }
        }
    }

    private static bool IsEffect(BoundIndicatorValue value) =>
        value.Member is IndicatorMember.Effect or IndicatorMember.EffectLower or IndicatorMember.EffectUpper;

    // A stepped wedge whose roll-out is missing has PS0624 already: its effect reads are not a second mistake.
    private static bool Compares(Symbol owner) => owner is EvaluationSymbol evaluation && (evaluation.EstimatesEffect || evaluation.Methods.Contains("stepped_wedge"));
}
