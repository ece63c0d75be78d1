using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. Codes are stable: a code is never renumbered or
/// given another meaning. Ranges: PS0001–PS0099 syntax, PS0100– names, PS0200– indicators
/// and units, PS0300– sites and waves, PS0400– phases, PS0500– evaluations and alerts, PS0600– evaluation data (baselines per site, targets, freshness),
/// PS0700– meaning (a spec that says something its author did not mean), PS0900– spec hygiene. Titles and messages live in Resources/DiagnosticMessages*.resx.
/// </summary>
public static class DiagnosticDescriptors
{
    // Syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("PS0001", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingToken = new("PS0002", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnterminatedString = new("PS0003", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnterminatedComment = new("PS0004", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidCharacter = new("PS0005", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MalformedDate = new("PS0006", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidEscapeSequence = new("PS0007", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("PS0008", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NestingTooDeep = new("PS0009", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReservedWordAsName = new("PS0010", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FileTooLarge = new("PS0011", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor StringTooLong = new("PS0012", "Syntax", DiagnosticSeverity.Error);
    // Configuration
    public static readonly DiagnosticDescriptor InvalidConfiguration = new("PS0020", "Configuration", DiagnosticSeverity.Warning);
    // Names
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("PS0100", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UndefinedName = new("PS0101", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UndefinedNameWithSuggestion = new("PS0102", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor WrongKindOfName = new("PS0103", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("PS0104", "Names", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ImportNotFound = new("PS0105", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ImportCycle = new("PS0106", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownProperty = new("PS0107", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownPropertyWithSuggestion = new("PS0108", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateProperty = new("PS0109", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MisplacedDeclaration = new("PS0110", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MultiplePilots = new("PS0111", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidPropertyValue = new("PS0112", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownWord = new("PS0113", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NameTooLong = new("PS0114", "Names", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MonitorClassClash = new("PS0115", "Builds", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor HiddenCharacter = new("PS0116", "Names", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MixedScriptName = new("PS0117", "Names", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor LookAlikeNames = new("PS0118", "Names", DiagnosticSeverity.Warning);

    // Indicators
    public static readonly DiagnosticDescriptor MissingBaseline = new("PS0200", "Indicators", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MissingTarget = new("PS0201", "Indicators", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor TargetWrongDirection = new("PS0202", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnitMismatch = new("PS0203", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor RelativeChangeOnRate = new("PS0204", "Indicators", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ImpossiblePercentage = new("PS0205", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MeasurementTooRare = new("PS0206", "Indicators", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor GoalWeightsDoNotSumToOne = new("PS0207", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PointsOnNonRate = new("PS0208", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownIndicatorMember = new("PS0209", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ValueUnitMismatch = new("PS0210", "Indicators", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotACondition = new("PS0211", "Indicators", DiagnosticSeverity.Error);

    // Sites
    public static readonly DiagnosticDescriptor ComparisonSiteInPilotWave = new("PS0300", "Sites", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DifferenceInDifferencesWithoutComparison = new("PS0301", "Sites", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SiteParentCycle = new("PS0302", "Sites", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SiteInNoPhase = new("PS0303", "Sites", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EmptyWave = new("PS0304", "Sites", DiagnosticSeverity.Warning);

    // Phases
    public static readonly DiagnosticDescriptor PhaseCycle = new("PS0400", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PhaseEndsAfterPilot = new("PS0401", "Phases", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor NonPositiveDuration = new("PS0402", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PhaseWithoutSites = new("PS0403", "Phases", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DateBeforePilotStart = new("PS0404", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PhaseWithoutStart = new("PS0405", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor PhaseEndsBeforeStart = new("PS0406", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DatePastCalendar = new("PS0407", "Phases", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor TooManyDueDates = new("PS0450", "Phases", DiagnosticSeverity.Warning);

    // Evaluations
    public static readonly DiagnosticDescriptor EvaluationWithoutTiming = new("PS0500", "Evaluations", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor QuantifierOverEmptyGroup = new("PS0502", "Evaluations", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingOtherwise = new("PS0503", "Evaluations", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnreachableDecisionRule = new("PS0504", "Evaluations", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EvaluationWithoutCriteria = new("PS0505", "Evaluations", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor CriteriaCountOutsideDecision = new("PS0506", "Evaluations", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor AlertWithoutCondition = new("PS0507", "Evaluations", DiagnosticSeverity.Error);

    // Evaluation data: per-site baselines, compound targets, freshness
    public static readonly DiagnosticDescriptor SecondProgrammeBaseline = new("PS0600", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateSiteBaseline = new("PS0601", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SiteBaselineWithDate = new("PS0602", "Evaluation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidStaleAfter = new("PS0603", "Evaluation", DiagnosticSeverity.Error);
    // Grades and per-site consequences
    public static readonly DiagnosticDescriptor GradeBandsOverlap = new("PS0604", "Evaluation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ValuesBelowEveryGrade = new("PS0605", "Evaluation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor GradesWithoutRounding = new("PS0606", "Evaluation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor IndicatorHasNoGrades = new("PS0607", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotAGrade = new("PS0608", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ConsequenceOverSitesTogether = new("PS0609", "Evaluation", DiagnosticSeverity.Error);
    // Conditions on the estimated effect (issue #16).
    public static readonly DiagnosticDescriptor EffectWithoutComparison = new("PS0620", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EffectAtSites = new("PS0621", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EffectAsRelativeChange = new("PS0622", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ComparisonWithoutOwnBaselines = new("PS0623", "Evaluation", DiagnosticSeverity.Warning);
    // Stepped wedge (issue #16): which roll-out, and what its lag leaves.
    public static readonly DiagnosticDescriptor SteppedWedgeWithoutRollout = new("PS0624", "Evaluation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor LagWithoutStaggeredRollout = new("PS0625", "Evaluation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor WaveNeverExposed = new("PS0626", "Evaluation", DiagnosticSeverity.Warning);
    // Silent wrong meaning (issue #17): specs that say something their author did not mean.
    // Thresholds and values
    public static readonly DiagnosticDescriptor FractionOnPercentIndicator = new("PS0700", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FractionalSiteCount = new("PS0701", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MoreSitesThanTheSetHas = new("PS0702", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnreachableThreshold = new("PS0703", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ThresholdOutsideRange = new("PS0708", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ValueOutsideRange = new("PS0709", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor RelativeChangeOfRateInCondition = new("PS0704", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ExtraValueIgnored = new("PS0705", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DigitGroupingComma = new("PS0706", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor IndicatorWeightedTwice = new("PS0707", "Meaning", DiagnosticSeverity.Error);
    // Sites and sets
    public static readonly DiagnosticDescriptor SiteInTwoWaves = new("PS0710", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor PilotSiteInNoWave = new("PS0711", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor PlaceListedTwice = new("PS0712", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ComparisonSiteInRollout = new("PS0713", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor QuantifierMixesLevels = new("PS0714", "Meaning", DiagnosticSeverity.Warning);
    // Dates
    public static readonly DiagnosticDescriptor TargetAfterPilotEnd = new("PS0720", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EvaluationAfterPilotEnd = new("PS0721", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EvaluationBeforeExposure = new("PS0722", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EvaluationOnFirstDay = new("PS0723", "Meaning", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor BaselineAfterDeadline = new("PS0724", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SustainedPeriodShorterThanMeasurement = new("PS0725", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor StaggeredWindowEmpty = new("PS0726", "Meaning", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EvaluationBeforeFinalFigures = new("PS0727", "Meaning", DiagnosticSeverity.Warning);
    // Names
    public static readonly DiagnosticDescriptor NotifyNamesNobody = new("PS0740", "Meaning", DiagnosticSeverity.Error);
    // Chinese-IME slips that remain errors: one diagnostic each, read as what they stand for (Syntax: a tree with them is not sound).
    public static readonly DiagnosticDescriptor FullWidthBracket = new("PS0750", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NestedChineseQuotes = new("PS0751", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MathComparisonSign = new("PS0752", "Syntax", DiagnosticSeverity.Error);
    // Formulas
    public static readonly DiagnosticDescriptor FormulaWeightsDoNotSumToOne = new("PS0760", "Meaning", DiagnosticSeverity.Warning);

    // Hygiene
    public static readonly DiagnosticDescriptor PilotWithoutOwner = new("PS0900", "Hygiene", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor PilotWithoutProblem = new("PS0901", "Hygiene", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor IndicatorWithoutSource = new("PS0902", "Hygiene", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor PilotWithoutStart = new("PS0903", "Hygiene", DiagnosticSeverity.Warning);

    // What a spec may read (docs/reliability.md)
    public static readonly DiagnosticDescriptor ImportNotASpec = new("PS0800", "Files", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ImportOutsideProject = new("PS0801", "Files", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ImportNotARegularFile = new("PS0802", "Files", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ImportTooLarge = new("PS0803", "Files", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ImportNotUtf8 = new("PS0804", "Files", DiagnosticSeverity.Error);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();

    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));
}
