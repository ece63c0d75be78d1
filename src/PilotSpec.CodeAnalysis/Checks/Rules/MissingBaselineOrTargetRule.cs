using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0200, PS0201: an indicator without a baseline or a target cannot show progress.</summary>
internal sealed class MissingBaselineOrTargetRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MissingBaseline, DiagnosticDescriptors.MissingTarget);

    internal override void Run(RuleContext context)
    {
        // An indicator that only feeds another's formula (a numerator) is tracked, not targeted.
        // Read from the names the formula refers to, so a formula with a mistake elsewhere
        // (reported already) does not make its inputs look untargeted.
        var formulaProperties = context.Program.Indicators
            .Select(i => i.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "formula"))
            .Where(p => p is not null)
            .ToList();
        var inputs = new HashSet<IndicatorSymbol>();
        if (formulaProperties.Count > 0)
        {
            var formulas = new SpanIndex(formulaProperties.Select(p => (p!.SyntaxTree.FilePath, p.Span)));
            foreach (var reference in context.Program.ReferencedSymbols)
            {
                if (reference.Value is IndicatorSymbol indicator && formulas.AnyContaining(reference.Key.SyntaxTree.FilePath, reference.Key.Span))
                {
                    inputs.Add(indicator);
                }
            }

            // A misspelt input (PS0102, "did you mean 'total_spending'?") still names the input meant.
            foreach (var diagnostic in context.Program.Diagnostics)
            {
                if (diagnostic.Descriptor == DiagnosticDescriptors.UndefinedNameWithSuggestion
                    && formulas.AnyContaining(diagnostic.Location.FilePath, diagnostic.Location.Span)
                    && context.Program.Table.Lookup((string)diagnostic.Arguments[1]) is IndicatorSymbol suggested)
                {
                    inputs.Add(suggested);
                }
            }
        }

        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Baseline is null && !PropertyPresence.IsWritten(indicator, "baseline") && !PropertyPresence.IsWritten(indicator, "formula"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.MissingBaseline, indicator.Declaration.Identifier, indicator.Name);
            }

            if (indicator.Target is null && !PropertyPresence.IsWritten(indicator, "target") && !inputs.Contains(indicator))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.MissingTarget, indicator.Declaration.Identifier, indicator.Name);
            }
        }
    }
}
