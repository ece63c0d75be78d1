using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// An evaluation of the spec: its criteria (<c>require:</c>), its decision rules
/// (<c>decide: scale_up when all met</c>) and the decision when no rule applies
/// (<c>otherwise:</c>). The first rule whose condition holds decides; when missing or stale data
/// leaves a rule open and the data could change which rule applies, the decision is
/// <see cref="Decision.Undetermined"/> and the result names the data that would settle it —
/// never the <c>otherwise:</c> decision by default. Immutable.
/// </summary>
public sealed class EvaluationDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">The name the spec declares.</param>
    /// <param name="title">The human title, if any.</param>
    /// <param name="scheduledDate">When the spec's schedule holds the evaluation, if it fixes a date.</param>
    /// <param name="criteria">The <c>require:</c> criteria, in order.</param>
    /// <param name="rules">The <c>decide:</c> rules, in order.</param>
    /// <param name="otherwise">The decision when no rule applies; null when the spec gives none.</param>
    /// <param name="methods">The methods the spec names (<c>before_after</c>, <c>difference_in_differences</c>).</param>
    /// <param name="pilotSites">For a comparing method, the sites where the reform runs.</param>
    /// <param name="comparisonSites">For <c>difference_in_differences against G</c>, the sites of G.</param>
    /// <param name="window">The stretch of time its means, trends and changes read (<c>window:</c>); null: everything up to its date.</param>
    /// <param name="consequences">What it does to each site on the site's own result (<c>consequence:</c>), in order.</param>
    /// <param name="wedge">For <c>method: stepped_wedge</c>, the roll-out's waves with their dates.</param>
    public EvaluationDefinition(
        string name,
        string? title,
        DateTime? scheduledDate,
        IEnumerable<Criterion> criteria,
        IEnumerable<DecisionRule> rules,
        Decision? otherwise,
        IEnumerable<string>? methods = null,
        IEnumerable<Site>? pilotSites = null,
        IEnumerable<Site>? comparisonSites = null,
        EvaluationWindow? window = null,
        IEnumerable<Consequence>? consequences = null,
        SteppedWedgeDesign? wedge = null)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An evaluation needs a name.", nameof(name));
        }

        if (otherwise == Decision.Undetermined)
        {
            throw new ArgumentException("'undetermined' is an outcome, not a decision a spec can give.", nameof(otherwise));
        }

        Name = name;
        Title = title;
        ScheduledDate = scheduledDate;
        Criteria = new ReadOnlyCollection<Criterion>((criteria ?? throw new ArgumentNullException(nameof(criteria))).ToArray());
        Rules = new ReadOnlyCollection<DecisionRule>((rules ?? throw new ArgumentNullException(nameof(rules))).ToArray());
        Otherwise = otherwise;
        Methods = new ReadOnlyCollection<string>((methods ?? Enumerable.Empty<string>()).ToArray());
        PilotSites = new ReadOnlyCollection<Site>((pilotSites ?? Enumerable.Empty<Site>()).ToArray());
        ComparisonSites = new ReadOnlyCollection<Site>((comparisonSites ?? Enumerable.Empty<Site>()).ToArray());
        Window = window;
        Consequences = new ReadOnlyCollection<Consequence>((consequences ?? Enumerable.Empty<Consequence>()).ToArray());
        Wedge = wedge;
    }

    /// <summary>For <c>method: stepped_wedge</c>: the roll-out's waves with their dates; null otherwise.</summary>
    public SteppedWedgeDesign? Wedge { get; }

    /// <summary>Whether the evaluation estimates the effect of a stepped-wedge roll-out.</summary>
    public bool EstimatesSteppedWedge => Wedge is not null && Methods.Contains(EffectEstimate.SteppedWedgeMethod);

    /// <summary>
    /// The stepped wedge whose effect the criteria read and the report shows; null when the
    /// evaluation estimates none, or when a difference-in-differences takes precedence (both named).
    /// </summary>
    public SteppedWedgeDesign? EstimatedWedge => EstimatesDifferenceInDifferences || !EstimatesSteppedWedge ? null : Wedge;

    /// <summary>Whether the evaluation estimates effects against comparison sites (difference-in-differences).</summary>
    public bool EstimatesDifferenceInDifferences => ComparisonSites.Count > 0 && PilotSites.Count > 0 && Methods.Contains(EffectEstimate.DifferenceInDifferencesMethod);

    /// <summary>The stretch of time its means, trends and changes read; null for everything up to its date.</summary>
    public EvaluationWindow? Window { get; }

    /// <summary>What it does to each site on the site's own result, in the spec's order.</summary>
    public IReadOnlyList<Consequence> Consequences { get; }

    /// <summary>For a comparing method: the sites where the reform runs.</summary>
    public IReadOnlyList<Site> PilotSites { get; }

    /// <summary>For <c>difference_in_differences against G</c>: the comparison sites of G.</summary>
    public IReadOnlyList<Site> ComparisonSites { get; }

    /// <summary>Whether the evaluation estimates effects: against comparison sites, or across a stepped wedge's waves.</summary>
    public bool EstimatesEffects => EstimatesDifferenceInDifferences || EstimatesSteppedWedge;

    /// <summary>The indicators its criteria read, each once, in order: what its effects are estimated on.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators()
    {
        var indicators = new List<IndicatorDefinition>();
        foreach (var criterion in Criteria)
        {
            if (criterion.Expression is { } expression)
            {
                foreach (var indicator in ComputedSeries.InputsOfCondition(expression))
                {
                    if (!indicators.Contains(indicator))
                    {
                        indicators.Add(indicator);
                    }
                }
            }
        }

        return indicators;
    }

    /// <summary>The name the spec declares.</summary>
    public string Name { get; }

    /// <summary>The human title, if any.</summary>
    public string? Title { get; }

    /// <summary>When the spec's schedule holds the evaluation, if it fixes a date.</summary>
    public DateTime? ScheduledDate { get; }

    /// <summary>The <c>require:</c> criteria, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>The <c>decide:</c> rules, in order.</summary>
    public IReadOnlyList<DecisionRule> Rules { get; }

    /// <summary>The decision when no rule applies; null when the spec gives none.</summary>
    public Decision? Otherwise { get; }

    /// <summary>The methods the spec names, in order.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>Judges every criterion with the data as of <paramref name="context"/>'s date, then applies the rules.</summary>
    public EvaluationResult Evaluate(EvaluationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var asOf = context.AsOf;
        context = context.Within(Window);
        // Criteria may read the effect itself (`days.effect_upper < 0`): the same estimate the report shows.
        if (EstimatesDifferenceInDifferences)
        {
            context = context.Comparing(PilotSites, ComparisonSites);
        }
        else if (EstimatedWedge is { } wedge)
        {
            context = context.Comparing(wedge);
        }

        var results = Criteria.Select(c => c.Judge(context)).ToArray();
        var consequences = Consequences.Select(c => c.Apply(context)).ToArray();
        var effects = EstimatesEffects
            ? Indicators().Select(i => context.Effect(i)!).ToArray()
            : Array.Empty<EffectEstimate>();
        var outcome = new CriteriaOutcome(results.Select(r => r.Outcome));

        // Every decision the data could still lead to: a rule that holds ends the list, a rule
        // left open adds its decision and lets the later ones in, as missing data might go either way.
        var possible = new List<Decision?>();
        DecisionRule? decisive = null;
        var ruleGaps = new DataGaps();
        var open = false;
        foreach (var rule in Rules)
        {
            var holds = rule.Judge(context.NotingGapsIn(ruleGaps), outcome);
            if (holds == false)
            {
                continue;
            }

            AddOnce(possible, rule.Decision);
            if (holds == true)
            {
                decisive = rule;
                break;
            }

            open = true;
        }

        if (decisive is null)
        {
            AddOnce(possible, Otherwise);
        }

        if (possible.Count == 1)
        {
            // Open rules that could only decide what is decided anyway leave nothing undetermined.
            return new EvaluationResult(this, asOf, results, possible[0], open ? null : decisive, DataGap.ListOf(Array.Empty<DataGap>()), null, effects, consequences);
        }

        var gaps = new DataGaps();
        foreach (var result in results.Where(r => r.Outcome is null))
        {
            foreach (var gap in result.Gaps)
            {
                gaps.Note(gap.Indicator, gap.Site, gap.Kind);
            }
        }

        gaps.AddRange(ruleGaps);
        return new EvaluationResult(this, asOf, results, Decision.Undetermined, null, DataGap.ListOf(gaps.Gaps), possible, effects, consequences);
    }

    private static void AddOnce(List<Decision?> decisions, Decision? decision)
    {
        if (!decisions.Contains(decision))
        {
            decisions.Add(decision);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>One <c>require:</c> criterion: its text in the spec and the condition it compiles to.</summary>
public sealed class Criterion
{
    /// <summary>Creates a criterion from a compiled condition (no per-site detail, no named gaps).</summary>
    public Criterion(string text, Func<EvaluationContext, bool?> condition)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
    }

    /// <summary>Creates a criterion from its expression, which the engine interprets: results carry the sites' outcomes and the missing data.</summary>
    public Criterion(string text, Expr expression)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Expression = expression ?? throw new ArgumentNullException(nameof(expression));
        Condition = context => ExprEvaluator.Condition(expression, context);
    }

    /// <summary>The criterion as the spec writes it.</summary>
    public string Text { get; }

    /// <summary>Met (true), not met (false), or unknown (null) for the data of a context.</summary>
    public Func<EvaluationContext, bool?> Condition { get; }

    /// <summary>The expression, when the criterion was built from one.</summary>
    public Expr? Expression { get; }

    /// <summary>Judges the criterion: its outcome, each site's when it quantifies over sites, and the data that would settle it.</summary>
    public CriterionResult Judge(EvaluationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (Expression is null)
        {
            return new CriterionResult(this, Condition(context));
        }

        var gaps = new DataGaps();
        var noting = context.NotingGapsIn(gaps);
        if (Expression is not QuantifiedExpr quantified)
        {
            var outcome = ExprEvaluator.Condition(Expression, noting);
            return new CriterionResult(this, outcome, (IEnumerable<SiteOutcome>?)null, outcome is null ? gaps.Gaps : null);
        }

        var outcomes = ExprEvaluator.SiteOutcomes(quantified, noting, null);
        var folded = ExprEvaluator.Fold(quantified.Quantifier, quantified.Amount, outcomes);
        var subject = SubjectOf(quantified.Body);

        // Each site's value, baseline and change are read again for the report only when asked:
        // a monitor that wants the decision does not pay for them (they double the work).
        IReadOnlyList<SiteOutcome> Details()
        {
            var sites = new SiteOutcome[outcomes.Count];
            for (var i = 0; i < sites.Length; i++)
            {
                sites[i] = SiteOutcome.Of(quantified.Sites[i], outcomes[i], subject, context);
            }

            return new ReadOnlyCollection<SiteOutcome>(sites);
        }

        return new CriterionResult(this, folded, Details, folded is null ? gaps.Gaps : null);
    }

    // The indicator a per-site condition is about, for the report: the first read of one.
    private static IndicatorExpr? SubjectOf(Expr expression) => expression switch
    {
        IndicatorExpr indicator => indicator,
        UnaryExpr unary => SubjectOf(unary.Operand),
        BinaryExpr binary => SubjectOf(binary.Left) ?? SubjectOf(binary.Right),
        SustainedExpr sustained => SubjectOf(sustained.Body),
        QuantifiedExpr quantified => SubjectOf(quantified.Body),
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>One <c>decide:</c> rule: a decision and the condition that takes it.</summary>
public sealed class DecisionRule
{
    /// <summary>Creates a rule from a compiled condition.</summary>
    public DecisionRule(Decision decision, string text, Func<EvaluationContext, CriteriaOutcome, bool?> condition)
    {
        if (decision == Decision.Undetermined)
        {
            throw new ArgumentException("'undetermined' is an outcome, not a decision a rule can take.", nameof(decision));
        }

        Decision = decision;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
    }

    /// <summary>Creates a rule from its expression, which the engine interprets.</summary>
    public DecisionRule(Decision decision, string text, Expr expression)
        : this(decision, text, (context, criteria) => ExprEvaluator.Condition(expression, context, null, criteria))
    {
        Expression = expression ?? throw new ArgumentNullException(nameof(expression));
    }

    /// <summary>What the rule decides.</summary>
    public Decision Decision { get; }

    /// <summary>The condition as the spec writes it after <c>when</c>.</summary>
    public string Text { get; }

    /// <summary>Whether the rule applies, given the data and the criteria's outcomes; only true applies it.</summary>
    public Func<EvaluationContext, CriteriaOutcome, bool?> Condition { get; }

    /// <summary>The expression, when the rule was built from one.</summary>
    public Expr? Expression { get; }

    internal bool? Judge(EvaluationContext context, CriteriaOutcome criteria) => Condition(context, criteria);

    /// <inheritdoc/>
    public override string ToString() => Decision + " when " + Text;
}

/// <summary>A criterion and its outcome in one evaluation.</summary>
public sealed class CriterionResult
{
    /// <summary>Pairs a criterion with its outcome.</summary>
    public CriterionResult(Criterion criterion, bool? outcome)
        : this(criterion, outcome, (IEnumerable<SiteOutcome>?)null, null)
    {
    }

    /// <summary>Pairs a criterion with its outcome, its sites' outcomes and the data that would settle it.</summary>
    public CriterionResult(Criterion criterion, bool? outcome, IEnumerable<SiteOutcome>? sites, IEnumerable<DataGap>? gaps)
    {
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        Outcome = outcome;
        var list = new ReadOnlyCollection<SiteOutcome>((sites ?? Enumerable.Empty<SiteOutcome>()).ToArray());
        _sites = new Lazy<IReadOnlyList<SiteOutcome>>(() => list);
        Gaps = DataGap.ListOf(gaps ?? Enumerable.Empty<DataGap>());
    }

    // The sites' details, computed once on first use (the data they read is as of a fixed date, so later is the same).
    internal CriterionResult(Criterion criterion, bool? outcome, Func<IReadOnlyList<SiteOutcome>> sites, IEnumerable<DataGap>? gaps)
    {
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        Outcome = outcome;
        _sites = new Lazy<IReadOnlyList<SiteOutcome>>(sites ?? throw new ArgumentNullException(nameof(sites)));
        Gaps = DataGap.ListOf(gaps ?? Enumerable.Empty<DataGap>());
    }

    private readonly Lazy<IReadOnlyList<SiteOutcome>> _sites;

    /// <summary>The criterion judged.</summary>
    public Criterion Criterion { get; }

    /// <summary>Met (true), not met (false), or unknown (null): data missing.</summary>
    public bool? Outcome { get; }

    /// <summary>Each site's outcome, when the criterion quantifies over sites; empty otherwise.</summary>
    public IReadOnlyList<SiteOutcome> Sites => _sites.Value;

    /// <summary>When the outcome is unknown: the values whose data would settle it.</summary>
    public IReadOnlyList<DataGap> Gaps { get; }

    /// <inheritdoc/>
    public override string ToString() => Criterion.Text + ": " + (Outcome is { } met ? (met ? "met" : "not met") : "unknown");
}

/// <summary>What an evaluation found and decided.</summary>
public sealed class EvaluationResult
{
    /// <summary>Creates a result.</summary>
    public EvaluationResult(EvaluationDefinition evaluation, DateTime asOf, IEnumerable<CriterionResult> criteria, Decision? decision, DecisionRule? rule)
        : this(evaluation, asOf, criteria, decision, rule, null)
    {
    }

    /// <summary>Creates a result, with the data that would settle an undetermined one and the decisions still possible.</summary>
    public EvaluationResult(
        EvaluationDefinition evaluation,
        DateTime asOf,
        IEnumerable<CriterionResult> criteria,
        Decision? decision,
        DecisionRule? rule,
        IEnumerable<DataGap>? gaps,
        IEnumerable<Decision?>? possibleDecisions = null,
        IEnumerable<EffectEstimate>? effects = null,
        IEnumerable<ConsequenceResult>? consequences = null)
    {
        Evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        AsOf = asOf;
        Criteria = new ReadOnlyCollection<CriterionResult>((criteria ?? throw new ArgumentNullException(nameof(criteria))).ToArray());
        Decision = decision;
        Rule = rule;
        Gaps = DataGap.ListOf(gaps ?? Enumerable.Empty<DataGap>());
        PossibleDecisions = new ReadOnlyCollection<Decision?>((possibleDecisions ?? new[] { decision }).ToArray());
        Effects = new ReadOnlyCollection<EffectEstimate>((effects ?? Enumerable.Empty<EffectEstimate>()).ToArray());
        Consequences = new ReadOnlyCollection<ConsequenceResult>((consequences ?? Enumerable.Empty<ConsequenceResult>()).ToArray());
    }

    /// <summary>Where each of the evaluation's per-site consequences applies, in the spec's order.</summary>
    public IReadOnlyList<ConsequenceResult> Consequences { get; }

    /// <summary>For a comparing method: the estimated effect on each indicator its criteria read.</summary>
    public IReadOnlyList<EffectEstimate> Effects { get; }

    /// <summary>The evaluation.</summary>
    public EvaluationDefinition Evaluation { get; }

    /// <summary>The last day whose data counted.</summary>
    public DateTime AsOf { get; }

    /// <summary>Each criterion's outcome, in the spec's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>
    /// The decision reached: the first applicable rule's, else the <c>otherwise:</c> one;
    /// <see cref="Monitoring.Decision.Undetermined"/> when missing data could change which applies;
    /// null when no rule applies and the spec gives no <c>otherwise:</c>.
    /// </summary>
    public Decision? Decision { get; }

    /// <summary>Whether missing or stale data leaves the decision open.</summary>
    public bool IsUndetermined => Decision == Monitoring.Decision.Undetermined;

    /// <summary>The rule that decided; null when the decision is the <c>otherwise:</c> one, undetermined, or there is none.</summary>
    public DecisionRule? Rule { get; }

    /// <summary>When undetermined: the values (indicator at site) whose data would settle it.</summary>
    public IReadOnlyList<DataGap> Gaps { get; }

    /// <summary>The decisions the data could still lead to (one when determined; null stands for "no decision").</summary>
    public IReadOnlyList<Decision?> PossibleDecisions { get; }

    /// <inheritdoc/>
    public override string ToString() => Evaluation.Name + ": " + (Decision?.ToString() ?? "no decision");
}
