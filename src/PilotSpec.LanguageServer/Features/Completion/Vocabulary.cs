using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>
/// The words properties take. The binder keeps its closed vocabularies private, so they are
/// repeated here; a test compiles every word so that the two cannot drift apart.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Directions { get; } = new[] { "higher", "lower" };

    public static IReadOnlyList<string> Frequencies => MeasurementFrequencyFacts.Words;

    public static IReadOnlyList<string> Decisions => DecisionFacts.Words;

    /// <summary>The decisions in Chinese (推广, 调整, 延长, 终止), accepted wherever the English words are (docs/language.md).</summary>
    public static IReadOnlyList<string> ChineseDecisions => DecisionFacts.ChineseWords;

    /// <summary>Evaluation methods (EvaluationBinder).</summary>
    public static IReadOnlyList<string> Methods { get; } = new[]
    {
        "before_after", "difference_in_differences", "third_party_survey", "third_party_evaluation", "comparison", "expert_review", "document_review",
    };

    /// <summary>
    /// Site roles (SiteBinder). The binder also knows `pilot`, but `pilot` is a keyword, so
    /// `role: pilot` does not parse; a pilot site is written as `treatment` or left unsaid.
    /// </summary>
    public static IReadOnlyList<string> SiteRoles { get; } = new[] { "comparison", "treatment", "control" };

    /// <summary>Alert severities (AlertBinder).</summary>
    public static IReadOnlyList<string> Severities { get; } = new[] { "info", "low", "medium", "warning", "high", "critical" };

    /// <summary>Administrative levels: free text for the compiler, these are the usual ones.</summary>
    public static IReadOnlyList<string> Levels { get; } = new[] { "province", "city", "county", "district", "township", "village", "department" };

    /// <summary>Stakeholder roles: free text; the usual ones, the same list as docs/language.md's `stakeholder`.</summary>
    public static IReadOnlyList<string> StakeholderRoles { get; } = new[] { "third_party_evaluator", "research_institute", "data_provider", "working_group", "government_department" };

    /// <summary>Units an indicator is usually measured in (any other word is a counted unit: `officers`, `cases`).</summary>
    public static IReadOnlyList<string> Units { get; } = new[]
    {
        "percent", "number", "ratio", "score", "index", "minutes", "hours", "days", "working_days", "weeks", "months", "quarters", "years", "CNY",
    };

    /// <summary>Periods of `for 2 consecutive months`.</summary>
    public static IReadOnlyList<string> Periods { get; } = new[] { "days", "weeks", "months", "quarters", "years" };

    /// <summary>What `indicator.member` may read (ExpressionBinder).</summary>
    public static IReadOnlyList<string> IndicatorMembers { get; } = new[] { "latest", "baseline", "target", "change", "mean", "trend", "effect", "effect_lower", "effect_upper" };
}
