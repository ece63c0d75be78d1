using System;
using System.Globalization;
using System.Resources;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// The words for a change, in English or Simplified Chinese (Comparison/Resources/ChangeTexts*.resx):
/// `pilotc diff` and the editor's "weakened since" lens say the same thing the same way.
/// </summary>
public static class ChangeTexts
{
    private static readonly ResourceManager Manager =
        new("PilotSpec.CodeAnalysis.Comparison.Resources.ChangeTexts", typeof(ChangeTexts).Assembly);

    public static string Kind(ChangeKind kind, CultureInfo culture) => Get("Kind." + kind, culture);

    /// <summary>What changed, in a few words: `target changed`, `requirement removed`, `start date moved`.</summary>
    public static string Aspect(SpecChange change, CultureInfo culture)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        return change.Aspect switch
        {
            ChangeAspect.Text or ChangeAspect.Dates => Get("Aspect." + change.Aspect, culture, change.Property ?? string.Empty),
            ChangeAspect.Baseline when change.Kind == ChangeKind.Weakening => Get("Aspect.BaselineStarted", culture),
            ChangeAspect.Target or ChangeAspect.Requirement or ChangeAspect.DecisionRule when change.OldValue is null => Get("Aspect." + change.Aspect + "Added", culture),
            ChangeAspect.Target or ChangeAspect.Requirement or ChangeAspect.DecisionRule when change.NewValue is null => Get("Aspect." + change.Aspect + "Removed", culture),
            _ => Get("Aspect." + change.Aspect, culture),
        };
    }

    /// <summary>The editor's lens on a weakened line: `weakened since HEAD: target changed (+15 points → +10 points)`.</summary>
    public static string WeakenedSince(string revision, SpecChange change, CultureInfo culture) =>
        Get("WeakenedSince", culture, revision, Aspect(change, culture), change.OldValue ?? "—", change.NewValue ?? "—");

    private static string Get(string key, CultureInfo culture, params object[] arguments)
    {
        var text = Manager.GetString(key, culture) ?? throw new InvalidOperationException($"The change text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
