using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0500: an evaluation without `at ...` cannot be scheduled.</summary>
internal sealed class EvaluationTimingRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EvaluationWithoutTiming);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (((EvaluationDeclarationSyntax)evaluation.Declaration).AtKeyword is null)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationWithoutTiming, evaluation.Declaration.Identifier, evaluation.Name);
            }
        }
    }
}
