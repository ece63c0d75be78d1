using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// An evaluation of the spec: its criteria (<c>require:</c>), its decision rules
/// (<c>decide: scale_up when all met</c>) and the decision when no rule applies
/// (<c>otherwise:</c>). The first rule whose condition holds decides. Immutable.
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
    public EvaluationDefinition(
        string name,
        string? title,
        DateTime? scheduledDate,
        IEnumerable<Criterion> criteria,
        IEnumerable<DecisionRule> rules,
        Decision? otherwise)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An evaluation needs a name.", nameof(name));
        }

        Name = name;
        Title = title;
        ScheduledDate = scheduledDate;
        Criteria = new ReadOnlyCollection<Criterion>((criteria ?? throw new ArgumentNullException(nameof(criteria))).ToArray());
        Rules = new ReadOnlyCollection<DecisionRule>((rules ?? throw new ArgumentNullException(nameof(rules))).ToArray());
        Otherwise = otherwise;
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

    /// <summary>Judges every criterion with the data as of <paramref name="context"/>'s date, then applies the rules.</summary>
    public EvaluationResult Evaluate(EvaluationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var results = Criteria.Select(c => new CriterionResult(c, c.Condition(context))).ToArray();
        var outcome = new CriteriaOutcome(results.Select(r => r.Outcome));
        foreach (var rule in Rules)
        {
            if (rule.Condition(context, outcome) == true)
            {
                return new EvaluationResult(this, context.AsOf, results, rule.Decision, rule);
            }
        }

        return new EvaluationResult(this, context.AsOf, results, Otherwise, null);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>One <c>require:</c> criterion: its text in the spec and the condition it compiles to.</summary>
public sealed class Criterion
{
    /// <summary>Creates a criterion.</summary>
    public Criterion(string text, Func<EvaluationContext, bool?> condition)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
    }

    /// <summary>The criterion as the spec writes it.</summary>
    public string Text { get; }

    /// <summary>Met (true), not met (false), or unknown (null) for the data of a context.</summary>
    public Func<EvaluationContext, bool?> Condition { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>One <c>decide:</c> rule: a decision and the condition that takes it.</summary>
public sealed class DecisionRule
{
    /// <summary>Creates a rule.</summary>
    public DecisionRule(Decision decision, string text, Func<EvaluationContext, CriteriaOutcome, bool?> condition)
    {
        Decision = decision;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
    }

    /// <summary>What the rule decides.</summary>
    public Decision Decision { get; }

    /// <summary>The condition as the spec writes it after <c>when</c>.</summary>
    public string Text { get; }

    /// <summary>Whether the rule applies, given the data and the criteria's outcomes; only true applies it.</summary>
    public Func<EvaluationContext, CriteriaOutcome, bool?> Condition { get; }

    /// <inheritdoc/>
    public override string ToString() => Decision + " when " + Text;
}

/// <summary>A criterion and its outcome in one evaluation.</summary>
public sealed class CriterionResult
{
    /// <summary>Pairs a criterion with its outcome.</summary>
    public CriterionResult(Criterion criterion, bool? outcome)
    {
        Criterion = criterion ?? throw new ArgumentNullException(nameof(criterion));
        Outcome = outcome;
    }

    /// <summary>The criterion judged.</summary>
    public Criterion Criterion { get; }

    /// <summary>Met (true), not met (false), or unknown (null): data missing.</summary>
    public bool? Outcome { get; }

    /// <inheritdoc/>
    public override string ToString() => Criterion.Text + ": " + (Outcome is { } met ? (met ? "met" : "not met") : "unknown");
}

/// <summary>What an evaluation found and decided.</summary>
public sealed class EvaluationResult
{
    /// <summary>Creates a result.</summary>
    public EvaluationResult(EvaluationDefinition evaluation, DateTime asOf, IEnumerable<CriterionResult> criteria, Decision? decision, DecisionRule? rule)
    {
        Evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        AsOf = asOf;
        Criteria = new ReadOnlyCollection<CriterionResult>((criteria ?? throw new ArgumentNullException(nameof(criteria))).ToArray());
        Decision = decision;
        Rule = rule;
    }

    /// <summary>The evaluation.</summary>
    public EvaluationDefinition Evaluation { get; }

    /// <summary>The last day whose data counted.</summary>
    public DateTime AsOf { get; }

    /// <summary>Each criterion's outcome, in the spec's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>The decision reached: the first applicable rule's, else the <c>otherwise:</c> one; null when neither exists.</summary>
    public Decision? Decision { get; }

    /// <summary>The rule that decided; null when the decision is the <c>otherwise:</c> one (or there is none).</summary>
    public DecisionRule? Rule { get; }

    /// <inheritdoc/>
    public override string ToString() => Evaluation.Name + ": " + (Decision?.ToString() ?? "no decision");
}
