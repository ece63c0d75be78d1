using System.Globalization;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Diff;

/// <summary>The words of a diff, in English or Simplified Chinese (DiffTexts*.resx).</summary>
public sealed class DiffTexts(CultureInfo culture) : ReportTexts("PilotSpec.Cli.Diff.DiffTexts", culture)
{
    public string Kind(ChangeKind kind) => Get("Kind." + kind);

    public string Heading(ChangeKind kind) => Get("Heading." + kind);

    /// <summary>What changed, in a few words: `target changed`, `requirement removed`, `start date moved`.</summary>
    public string Aspect(SpecChange change) => change.Aspect switch
    {
        ChangeAspect.Text or ChangeAspect.Dates => Get("Aspect." + change.Aspect, change.Property ?? string.Empty),
        ChangeAspect.Baseline when change.Kind == ChangeKind.Weakening => Get("Aspect.BaselineStarted"),
        ChangeAspect.Target or ChangeAspect.Requirement or ChangeAspect.DecisionRule when change.OldValue is null => Get("Aspect." + change.Aspect + "Added"),
        ChangeAspect.Target or ChangeAspect.Requirement or ChangeAspect.DecisionRule when change.NewValue is null => Get("Aspect." + change.Aspect + "Removed"),
        _ => Get("Aspect." + change.Aspect),
    };
}
