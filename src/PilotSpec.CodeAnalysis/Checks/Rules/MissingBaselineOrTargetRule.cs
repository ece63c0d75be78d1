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
        var formulas = context.Program.Indicators
            .Select(i => i.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "formula"))
            .Where(p => p is not null)
            .ToList();
        bool InFormula(Syntax.SourceLocation location) =>
            formulas.Any(f => f!.SyntaxTree.FilePath == location.FilePath && f.Span.Contains(location.Span));
        var referenced = context.Program.References
            .Where(r => r.Value is IndicatorSymbol && InFormula(r.Key.GetLocation()))
            .Select(r => r.Value);
        // A misspelt input (PS0102, "did you mean 'total_spending'?") still names the input meant.
        var suggested = context.Program.Diagnostics
            .Where(d => d.Descriptor == DiagnosticDescriptors.UndefinedNameWithSuggestion && InFormula(d.Location))
            .Select(d => context.Program.Table.Lookup((string)d.Arguments[1]))
            .OfType<IndicatorSymbol>();
        var inputs = referenced.Concat(suggested).ToImmutableHashSet();

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
