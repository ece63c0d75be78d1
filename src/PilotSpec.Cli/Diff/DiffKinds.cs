using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Diff;

/// <summary>The kinds of change as the outputs order, count and filter them.</summary>
public static class DiffKinds
{
    /// <summary>Weakenings first: they are what a reviewer must see.</summary>
    public static int Order(ChangeKind kind) => kind switch
    {
        ChangeKind.Weakening => 0,
        ChangeKind.Strengthening => 1,
        ChangeKind.Scope => 2,
        ChangeKind.Rename => 3,
        _ => 4,
    };

    public static List<SpecChange> Shown(IEnumerable<SpecChange> changes, bool cosmetic) =>
        [.. changes.Where(c => cosmetic || c.Kind != ChangeKind.Cosmetic)];

    public static string Summary(IReadOnlyCollection<SpecChange> changes, DiffTexts texts, bool cosmetic)
    {
        int Count(ChangeKind kind) => changes.Count(c => c.Kind == kind);
        var summary = texts.Get("Summary", Count(ChangeKind.Weakening), Count(ChangeKind.Strengthening), Count(ChangeKind.Scope), Count(ChangeKind.Rename));
        return cosmetic ? summary + texts.Get("SummaryCosmetic", Count(ChangeKind.Cosmetic)) : summary;
    }
}
