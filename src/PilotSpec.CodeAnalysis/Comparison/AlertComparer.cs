using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// Two versions of an alert: one that fires more easily watches more closely (a strengthening),
/// one that fires less easily, or not at all, lets a problem go unseen longer (a weakening).
/// </summary>
internal static class AlertComparer
{
    public static void Compare(ComparisonContext context, AlertSymbol old, AlertSymbol @new)
    {
        if (old.Condition is { } before && @new.Condition is { } after)
        {
            if (ConditionComparer.Shape(before, context.NewName) == ConditionComparer.Shape(after, s => s.Name))
            {
                context.AddConditionChanges(@new, ConditionComparer.Compare(before, after, context), easierIs: ChangeKind.Strengthening);
            }
            else
            {
                context.Add(ChangeKind.Scope, ChangeAspect.AlertCondition, @new, before.Syntax.ToString(), after.Syntax.ToString(), before.Syntax.GetLocation(), after.Syntax.GetLocation());
            }
        }

        TextComparer.Compare(context, old, @new, "notify", "severity");
    }
}
