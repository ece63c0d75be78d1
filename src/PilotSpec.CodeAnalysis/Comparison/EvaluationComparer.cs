using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// Two versions of an evaluation: when it is held, how it compares, what it requires and what it
/// decides. A requirement made easier, removed, or judged later is a weakening; so is a decision
/// to scale up or extend made easier to reach, and a comparison group changed (the pilot is then
/// measured against other sites than those it promised).
/// </summary>
internal static class EvaluationComparer
{
    public static void Compare(ComparisonContext context, EvaluationSymbol old, EvaluationSymbol @new)
    {
        CompareTiming(context, old, @new);
        if (!old.Methods.SequenceEqual(@new.Methods, StringComparer.Ordinal))
        {
            context.Add(ChangeKind.Scope, ChangeAspect.Method, @new, ComparisonContext.Written(old, "method"), ComparisonContext.Written(@new, "method"), ComparisonContext.Where(old, "method"), ComparisonContext.Where(@new, "method"));
        }
        else if (!string.Equals(old.ComparedAgainst is null ? null : context.NewName(old.ComparedAgainst), @new.ComparedAgainst?.Name, StringComparison.Ordinal)
            || !old.SitesComparedAgainst.Select(s => context.NewName(s)).SequenceEqual(@new.SitesComparedAgainst.Select(s => s.Name), StringComparer.Ordinal))
        {
            context.Add(ChangeKind.Weakening, ChangeAspect.ComparedAgainst, @new, ComparisonContext.Written(old, "method"), ComparisonContext.Written(@new, "method"), ComparisonContext.Where(old, "method"), ComparisonContext.Where(@new, "method"));
        }

        CompareCriteria(context, old, @new);
        CompareDecisions(context, old, @new);
    }

    // Held later is a deadline moved later: the pilot has longer to meet what it promised.
    private static void CompareTiming(ComparisonContext context, EvaluationSymbol old, EvaluationSymbol @new)
    {
        var before = context.OldSchedule.DateOf(old);
        var after = context.NewSchedule.DateOf(@new);
        if (before == after)
        {
            return;
        }

        var kind = before is { } was && after is { } now ? (now > was ? ChangeKind.Weakening : ChangeKind.Strengthening) : ChangeKind.Scope;
        context.Add(kind, ChangeAspect.Timing, @new, ComparisonContext.DateText(before), ComparisonContext.DateText(after), old.Location, @new.Location);
    }

    // Criteria are matched by shape (the same condition, thresholds and quantifiers aside), in
    // order, wherever they stand in the evaluation: moving one is no change.
    private static void CompareCriteria(ComparisonContext context, EvaluationSymbol old, EvaluationSymbol @new)
    {
        var unmatched = ByShape(old.Criteria, c => c, context.NewName);
        foreach (var criterion in @new.Criteria)
        {
            if (Take(unmatched, ConditionComparer.Shape(criterion, s => s.Name)) is not { } partner)
            {
                context.Add(ChangeKind.Strengthening, ChangeAspect.Requirement, @new, null, criterion.Syntax.ToString(), null, criterion.Syntax.GetLocation());
                continue;
            }

            context.AddConditionChanges(@new, ConditionComparer.Compare(partner, criterion, context), easierIs: ChangeKind.Weakening);
        }

        foreach (var removed in unmatched.Values.SelectMany(q => q).OrderBy(c => c.Syntax.Span.Start))
        {
            context.Add(ChangeKind.Weakening, ChangeAspect.Requirement, @new, removed.Syntax.ToString(), null, removed.Syntax.GetLocation(), null);
        }
    }

    // The old conditions by shape, each shape's in order: a new condition takes the first old
    // one of its shape (an evaluation may hold thousands of criteria: no comparison of each with each).
    private static Dictionary<string, Queue<T>> ByShape<T>(IEnumerable<T> items, Func<T, BoundExpression> condition, Func<Symbol, string> name)
    {
        var shapes = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var shape = ConditionComparer.Shape(condition(item), name);
            if (!shapes.TryGetValue(shape, out var queue))
            {
                shapes[shape] = queue = new Queue<T>();
            }

            queue.Enqueue(item);
        }

        return shapes;
    }

    private static T? Take<T>(Dictionary<string, Queue<T>> shapes, string shape)
        where T : class =>
        shapes.TryGetValue(shape, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    // A decision the pilot hopes for (scale up, extend) made easier to reach is a weakening; a
    // decision against it (adjust, terminate) made easier is a strengthening. The fallback
    // (`otherwise:`) is weaker the more favourable it is.
    private static void CompareDecisions(ComparisonContext context, EvaluationSymbol old, EvaluationSymbol @new)
    {
        foreach (var decision in new[] { Decision.ScaleUp, Decision.Extend, Decision.Adjust, Decision.Terminate })
        {
            var favourable = Favour(decision) >= Favour(Decision.Extend);
            var before = old.Decisions.Where(d => d.Decision == decision).ToList();
            var after = @new.Decisions.Where(d => d.Decision == decision).ToList();
            var unmatched = ByShape(before, r => r.Condition, context.NewName);
            foreach (var rule in after)
            {
                if (Take(unmatched, ConditionComparer.Shape(rule.Condition, s => s.Name)) is not { } partner)
                {
                    context.Add(favourable ? ChangeKind.Weakening : ChangeKind.Strengthening, ChangeAspect.DecisionRule, @new, null, rule.Syntax.ToString(), null, rule.Syntax.GetLocation());
                    continue;
                }

                context.AddConditionChanges(@new, ConditionComparer.Compare(partner.Condition, rule.Condition, context), easierIs: favourable ? ChangeKind.Weakening : ChangeKind.Strengthening);
            }

            foreach (var removed in unmatched.Values.SelectMany(q => q))
            {
                context.Add(favourable ? ChangeKind.Strengthening : ChangeKind.Weakening, ChangeAspect.DecisionRule, @new, removed.Syntax.ToString(), null, removed.Syntax.GetLocation(), null);
            }
        }

        if (old.Otherwise != @new.Otherwise)
        {
            var kind = old.Otherwise is { } was && @new.Otherwise is { } now
                ? (Favour(now) > Favour(was) ? ChangeKind.Weakening : ChangeKind.Strengthening)
                : ChangeKind.Scope;
            context.Add(kind, ChangeAspect.Otherwise, @new, ComparisonContext.Written(old, "otherwise"), ComparisonContext.Written(@new, "otherwise"), ComparisonContext.Where(old, "otherwise"), ComparisonContext.Where(@new, "otherwise"));
        }
    }

    private static int Favour(Decision decision) => decision switch
    {
        Decision.ScaleUp => 3,
        Decision.Extend => 2,
        Decision.Adjust => 1,
        _ => 0,
    };
}
