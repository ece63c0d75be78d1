using System.Globalization;
using System.Resources;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Hover;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;
using PilotSpec.Monitoring.Design;

namespace PilotSpec.LanguageServer.Features.Diagnostics;

/// <summary>
/// PS0690, in the editor only: a comparing evaluation (difference-in-differences or stepped
/// wedge) whose target asks for less than its design can detect under `pilotc power`'s default
/// assumptions. The compiler cannot say it (it knows nothing of the runtime's power arithmetic,
/// and must not: dependencies point down), so the server, which has both, adds it beside the
/// compiler's diagnostics, from the same design diagnosis as the hover and `pilotc power`.
/// </summary>
internal static class DesignWarnings
{
    /// <summary>The code; documented in docs/editor.md, not docs/diagnostics.md (no compiler reports it).</summary>
    public const string Code = "PS0690";

    private static readonly ResourceManager Texts = new("PilotSpec.LanguageServer.Features.Diagnostics.DesignTexts", typeof(DesignWarnings).Assembly);

    /// <summary>The warnings for <paramref name="analysis"/>; none while the spec has errors (it does not lower to a model then).</summary>
    public static IEnumerable<LspDiagnostic> For(DocumentAnalysis analysis, CultureInfo culture)
    {
        if (analysis.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return [];
        }

        var warnings = new List<LspDiagnostic>();
        foreach (var evaluation in analysis.Program.Evaluations)
        {
            if (!evaluation.EstimatesEffect || evaluation.Declaration.SyntaxTree != analysis.Tree)
            {
                continue;
            }

            foreach (var power in EvaluationDesign.Powers(evaluation, analysis.Program, analysis.Compilation.Schedule))
            {
                if (power is { Verdict: PowerVerdict.TooFewSites, MinimumDetectableEffect: { } mde, TargetChange: { } target })
                {
                    var at = MethodValue(evaluation);
                    warnings.Add(new LspDiagnostic(
                        analysis.LineIndex.ToRange(at.Span),
                        LspDiagnosticSeverity.Warning,
                        Code,
                        null,
                        DiagnosticConverter.Source,
                        Message(culture, power.Indicator.Name, evaluation.Name, EvaluationDesign.Quantity(power.Indicator, target, signed: true), EvaluationDesign.Quantity(power.Indicator, mde, signed: false)),
                        null));
                }
            }
        }

        return warnings;
    }

    // On the method (what decides the design), else the declaration's name.
    private static SyntaxNode MethodValue(EvaluationSymbol evaluation) =>
        evaluation.Declaration.DescendantNodes().OfType<PropertySyntax>().FirstOrDefault(p => p.NameToken.Text == "method") is { } method
            ? method
            : evaluation.Declaration;

    private static string Message(CultureInfo culture, string indicator, string evaluation, string target, string mde) =>
        string.Format(culture, Texts.GetString("TargetBelowMde", culture) ?? "{0} {1} {2} {3}", indicator, evaluation, target, mde);
}
