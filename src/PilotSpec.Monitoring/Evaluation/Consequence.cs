using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// What an evaluation does to each site on its own result: <c>consequence: "Budget -10% next
/// year" when evaluation_score.grade == 差</c>. A decision (<c>decide:</c>) is about the whole
/// pilot; a consequence is judged at every site of its set, and applies where its condition
/// holds. A site whose data leaves the condition open is neither spared nor penalised: it is
/// listed as undetermined, with the data that would settle it. Immutable.
/// </summary>
public sealed class Consequence
{
    /// <summary>Creates a consequence.</summary>
    /// <param name="text">What happens to a site, as the spec writes it.</param>
    /// <param name="conditionText">The condition as the spec writes it after <c>when</c>.</param>
    /// <param name="condition">The condition at each of its sites (the sites and the per-site body).</param>
    public Consequence(string text, string conditionText, QuantifiedExpr condition)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        ConditionText = conditionText ?? throw new ArgumentNullException(nameof(conditionText));
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
    }

    /// <summary>What happens to a site.</summary>
    public string Text { get; }

    /// <summary>The condition as the spec writes it.</summary>
    public string ConditionText { get; }

    /// <summary>The sites it is judged at and the condition at one of them.</summary>
    public QuantifiedExpr Condition { get; }

    /// <summary>Judges the condition at every site of the consequence with the data of <paramref name="context"/>.</summary>
    public ConsequenceResult Apply(EvaluationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var gaps = new DataGaps();
        var outcomes = ExprEvaluator.SiteOutcomes(Condition, context.NotingGapsIn(gaps), null);
        var applies = new List<Site>();
        var open = new List<Site>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] == true)
            {
                applies.Add(Condition.Sites[i]);
            }
            else if (outcomes[i] is null)
            {
                open.Add(Condition.Sites[i]);
            }
        }

        return new ConsequenceResult(this, applies, open, gaps.Gaps);
    }

    /// <inheritdoc/>
    public override string ToString() => Text + " when " + ConditionText;
}

/// <summary>Where a consequence applies in one evaluation.</summary>
public sealed class ConsequenceResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="consequence">The consequence judged.</param>
    /// <param name="applies">The sites where its condition holds, in the order of its set.</param>
    /// <param name="undetermined">The sites whose data leaves its condition open.</param>
    /// <param name="gaps">The data that would settle the undetermined sites.</param>
    public ConsequenceResult(Consequence consequence, IEnumerable<Site> applies, IEnumerable<Site> undetermined, IEnumerable<DataGap>? gaps)
    {
        Consequence = consequence ?? throw new ArgumentNullException(nameof(consequence));
        AppliesTo = new ReadOnlyCollection<Site>((applies ?? throw new ArgumentNullException(nameof(applies))).ToArray());
        Undetermined = new ReadOnlyCollection<Site>((undetermined ?? throw new ArgumentNullException(nameof(undetermined))).ToArray());
        Gaps = DataGap.ListOf(gaps ?? Enumerable.Empty<DataGap>());
    }

    /// <summary>The consequence judged.</summary>
    public Consequence Consequence { get; }

    /// <summary>The sites where it applies.</summary>
    public IReadOnlyList<Site> AppliesTo { get; }

    /// <summary>The sites whose missing or stale data leaves it open.</summary>
    public IReadOnlyList<Site> Undetermined { get; }

    /// <summary>The values (indicator at site) whose data would settle the undetermined sites.</summary>
    public IReadOnlyList<DataGap> Gaps { get; }

    /// <inheritdoc/>
    public override string ToString() => Consequence.Text + ": " + string.Join(", ", AppliesTo.Select(s => s.Code));
}
