using System.Globalization;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Diff;

/// <summary>The words of a diff report, in English or Simplified Chinese (DiffTexts*.resx); a change's own words are the compiler's (ChangeTexts).</summary>
public sealed class DiffTexts(CultureInfo culture) : ReportTexts("PilotSpec.Cli.Diff.DiffTexts", culture)
{
    public string Heading(ChangeKind kind) => Get("Heading." + kind);

    /// <inheritdoc cref="ChangeTexts.Aspect"/>
    public string Aspect(SpecChange change) => ChangeTexts.Aspect(change, Culture);
}
