using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.InlayHints;

/// <summary>
/// What the compiler worked out, shown in place: a phase's resolved dates after its name
/// (`2019-06-01 → 2020-11-30`), and a relative target's absolute value after it
/// (`+15% → 71.3%`).
/// </summary>
public static class InlayHintProvider
{
    public static InlayHint[] Find(DocumentAnalysis analysis, Protocol.Range range)
    {
        var requested = analysis.LineIndex.ToSpan(range);
        var hints = new List<(int Offset, InlayHint Hint)>();
        var program = analysis.Compilation.Program;
        foreach (var (declaration, symbol) in program.Declarations)
        {
            if (declaration.SyntaxTree != analysis.Tree)
            {
                continue;
            }

            switch (symbol)
            {
                case PhaseSymbol phase when analysis.Compilation.Schedule.Of(phase) is { IsResolved: true } schedule:
                {
                    var offset = declaration.Identifier.Span.End;
                    var label = $"{ValueText.Date(schedule.Start!.Value)} → {(schedule.End is { } end ? ValueText.Date(end) : "open")}";
                    var tooltip = string.Join("\n", schedule.Sites.Select(w => $"{w.Site.Name}: {ValueText.Date(w.Start)} → {(w.End is { } e ? ValueText.Date(e) : "open")}"));
                    hints.Add((offset, new InlayHint(analysis.LineIndex.ToPosition(offset), label, InlayHintKind.Type, true, false, tooltip.Length == 0 ? null : tooltip)));
                    break;
                }

                case IndicatorSymbol { Target.Kind: not TargetKind.Absolute } indicator when ValueText.AbsoluteTarget(indicator) is { } absolute:
                {
                    var property = declaration is { } d ? d.Properties.FirstOrDefault(p => p.NameToken.Text == "target") : null;
                    if (property is not { Values.Count: > 0 })
                    {
                        break;
                    }

                    var offset = property.Values[0].Expression.Span.End;
                    hints.Add((offset, new InlayHint(analysis.LineIndex.ToPosition(offset), $"→ {absolute}", InlayHintKind.Type, true, false, $"{indicator.Name}: target as an absolute value, from the baseline {ValueText.Quantity(indicator.Baseline!.Value)}")));
                    break;
                }
            }
        }

        return hints
            .Where(h => requested.Start <= h.Offset && h.Offset <= requested.End)
            .OrderBy(h => h.Offset)
            .Select(h => h.Hint)
            .ToArray();
    }
}
