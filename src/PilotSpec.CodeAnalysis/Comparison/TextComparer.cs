using System;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>Titles and descriptive properties: cosmetic changes, reported only when asked for.</summary>
internal static class TextComparer
{
    public static void Compare(ComparisonContext context, Symbol old, Symbol @new, params string[] properties)
    {
        if (!string.Equals(old.Title, @new.Title, StringComparison.Ordinal))
        {
            context.Add(ChangeKind.Cosmetic, ChangeAspect.Text, @new, old.Title, @new.Title, old.Location, @new.Location, "title");
        }

        foreach (var property in properties)
        {
            // Compared token by token first: a national programme's 35,000 sites each have a
            // level and a region, and writing every one out as text only to find it unchanged
            // was most of a 100k-line diff's time.
            if (ComparisonContext.SameTokens(old, @new, property))
            {
                continue;
            }

            var before = ComparisonContext.Written(old, property);
            var after = ComparisonContext.Written(@new, property);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                context.Add(ChangeKind.Cosmetic, ChangeAspect.Text, @new, before, after, ComparisonContext.Where(old, property), ComparisonContext.Where(@new, property), property);
            }
        }
    }
}
