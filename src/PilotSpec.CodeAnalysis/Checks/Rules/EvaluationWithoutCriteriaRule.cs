using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0505: an evaluation with nothing to judge.</summary>
internal sealed class EvaluationWithoutCriteriaRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EvaluationWithoutCriteria);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (evaluation.Criteria.IsEmpty && !PropertyPresence.IsWritten(evaluation, "require"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationWithoutCriteria, evaluation.Declaration.Identifier, evaluation.Name);
            }
        }
    }
}
