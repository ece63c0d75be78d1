using System;
using System.Collections.Generic;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// "Did you mean ...?": the candidate closest to a misspelt name by edit distance, if it is
/// close enough to be a plausible typo (at most a third of the name's length, at least 1).
/// </summary>
public static class NameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, (name.Length + 2) / 3);
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // Lower-casing keeps the length, so a candidate too long or too short is out before it is copied.
            if (candidate == name || Math.Abs(candidate.Length - name.Length) > limit)
            {
                continue;
            }

            var distance = Distance(lowered, candidate.ToLowerInvariant(), limit);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it must exceed <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
