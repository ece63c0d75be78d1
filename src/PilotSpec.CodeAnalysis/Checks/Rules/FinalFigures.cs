using System;
using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// The last figures an evaluation reads: for each indicator its conditions read (through a
/// formula, the indicators it is computed from), the last due date of the schedule's
/// `measurements` at the sites the evaluation judges, and the period that due date closes.
/// The dates are the schedule's own (<see cref="MeasurementWindow.Due"/>), not the rule re-derived.
/// </summary>
internal static class FinalFigures
{
    /// <summary>One indicator's last figures at the judged sites: due on <paramref name="Due"/>, for the period <paramref name="From"/> – <paramref name="Until"/>.</summary>
    public sealed record Figures(IndicatorSymbol Indicator, DateTime Due, DateTime From, DateTime Until)
    {
        /// <summary>The pilot's last figures: their period closes by the pilot's end, and they are due after it (the day after, by the rule).</summary>
        public bool ClosesTheLastPeriodBy(DateTime end) => Until <= end && Due > end;
    }

    /// <summary>Per indicator read (in the order first read), its latest due date at the sites judged; indicators never due there are left out.</summary>
    public static List<Figures> Of(EvaluationSymbol evaluation, RuleContext context)
    {
        var plan = context.Measurements;
        var sitesByIndicator = new Dictionary<IndicatorSymbol, HashSet<SiteSymbol>>();
        var order = new List<IndicatorSymbol>();
        IReadOnlyCollection<SiteSymbol>? unquantified = null;
        foreach (var condition in Conditions(evaluation))
        {
            Collect(condition, unquantified ??= Unquantified(evaluation, context.Program), sitesByIndicator, order);
        }

        var figures = new List<Figures>();
        foreach (var indicator in order)
        {
            var sites = sitesByIndicator[indicator];
            Figures? last = null;
            foreach (var window in plan.Windows)
            {
                if (!Overlaps(window, sites) || window.Due(indicator.Frequency!.Value) is not { Count: > 0, IsTruncated: false } due || due.Last is not { } date)
                {
                    continue;
                }

                if (last is null || date > last.Due)
                {
                    // The period the last date closes runs from the date before it (or the window's start) to the day before it.
                    var from = due.Count > 1 && DueDates.Nth(due.From, due.Count - 1, due.Frequency) is { } previous ? previous : due.From;
                    last = new Figures(indicator, date, from, date > DateTime.MinValue ? date.AddDays(-1) : date);
                }
            }

            if (last is not null)
            {
                figures.Add(last);
            }
        }

        return figures;
    }

    private static IEnumerable<BoundExpression> Conditions(EvaluationSymbol evaluation)
    {
        foreach (var criterion in evaluation.Criteria)
        {
            yield return criterion;
        }

        foreach (var rule in evaluation.Decisions)
        {
            yield return rule.Condition;
        }

        foreach (var consequence in evaluation.Consequences)
        {
            yield return consequence.Condition;
        }
    }

    // Outside any `at ... sites`: an effect, read over the pilot sites and the sites compared against.
    private static IReadOnlyCollection<SiteSymbol> Unquantified(EvaluationSymbol evaluation, BoundProgram program)
    {
        var sites = new List<SiteSymbol>();
        foreach (var site in program.Sites)
        {
            if (site.Role == SiteRole.Pilot)
            {
                sites.Add(site);
            }
        }

        sites.AddRange(evaluation.SitesComparedAgainst);
        return sites;
    }

    private static void Collect(BoundExpression node, IReadOnlyCollection<SiteSymbol> sites, Dictionary<IndicatorSymbol, HashSet<SiteSymbol>> read, List<IndicatorSymbol> order)
    {
        switch (node)
        {
            case BoundQuantified quantified:
                Collect(quantified.Condition, quantified.Sites, read, order);
                break;
            case BoundSustained sustained:
                Collect(sustained.Condition, sites, read, order);
                break;
            case BoundBinary binary:
                Collect(binary.Left, sites, read, order);
                Collect(binary.Right, sites, read, order);
                break;
            case BoundUnary unary:
                Collect(unary.Operand, sites, read, order);
                break;
            case BoundIndicatorValue { Member: not (IndicatorMember.Baseline or IndicatorMember.Target) } value:
                Read(value.Indicator, sites, read, order, new HashSet<IndicatorSymbol>());
                break;
        }
    }

    // A measured indicator is read itself; one computed by a formula, through the indicators it is computed from.
    private static void Read(IndicatorSymbol indicator, IReadOnlyCollection<SiteSymbol> sites, Dictionary<IndicatorSymbol, HashSet<SiteSymbol>> read, List<IndicatorSymbol> order, HashSet<IndicatorSymbol> visiting)
    {
        if (!visiting.Add(indicator))
        {
            return;
        }

        if (indicator.Frequency is not null)
        {
            if (!read.TryGetValue(indicator, out var known))
            {
                known = new HashSet<SiteSymbol>();
                read.Add(indicator, known);
                order.Add(indicator);
            }

            known.UnionWith(sites);
        }
        else if (indicator.Formula is { } formula)
        {
            foreach (var node in BoundTreeWalker.DescendantsAndSelf(formula))
            {
                if (node is BoundIndicatorValue input)
                {
                    Read(input.Indicator, sites, read, order, visiting);
                }
            }
        }
    }

    private static bool Overlaps(MeasurementWindow window, HashSet<SiteSymbol> sites)
    {
        foreach (var site in window.Sites)
        {
            if (sites.Contains(site))
            {
                return true;
            }
        }

        return false;
    }
}
