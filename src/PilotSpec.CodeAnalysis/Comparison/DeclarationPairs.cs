using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// The declarations of one kind in two versions of a spec, matched: by name first, then — among
/// those left on both sides — by title, which is how a renamed declaration is recognised (its
/// title is what people read, and a rename rarely changes both). What is left was removed or added.
/// </summary>
internal sealed class DeclarationPairs<T>
    where T : Symbol
{
    private DeclarationPairs(List<(T Old, T New)> matched, List<T> removed, List<T> added)
    {
        Matched = matched;
        Removed = removed;
        Added = added;
    }

    /// <summary>Pairs in the new version's order.</summary>
    public IReadOnlyList<(T Old, T New)> Matched { get; }

    public IReadOnlyList<T> Removed { get; }

    public IReadOnlyList<T> Added { get; }

    public static DeclarationPairs<T> Of(IEnumerable<T> old, IEnumerable<T> @new)
    {
        var olds = old.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var news = @new.GroupBy(s => s.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var matched = new List<(T Old, T New)>();
        var added = new List<T>();
        foreach (var symbol in news)
        {
            if (olds.TryGetValue(symbol.Name, out var before))
            {
                matched.Add((before, symbol));
                olds.Remove(symbol.Name);
            }
            else
            {
                added.Add(symbol);
            }
        }

        // A rename: the only declaration left on each side with that (non-empty) title. Counted
        // by title once (a spec of 35,000 sites compared with an empty one must not compare
        // every added site with every other).
        var oldByTitle = olds.Values.Where(o => !string.IsNullOrEmpty(o.Title)).GroupBy(o => o.Title!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var addedByTitle = added.Where(a => !string.IsNullOrEmpty(a.Title)).GroupBy(a => a.Title!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var renamed = new HashSet<T>();
        foreach (var symbol in added)
        {
            if (!string.IsNullOrEmpty(symbol.Title) && addedByTitle[symbol.Title!] == 1
                && oldByTitle.TryGetValue(symbol.Title!, out var candidates) && candidates.Count == 1)
            {
                matched.Add((candidates[0], symbol));
                olds.Remove(candidates[0].Name);
                renamed.Add(symbol);
            }
        }

        added.RemoveAll(renamed.Contains);
        var order = news.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        matched.Sort((a, b) => order[a.New].CompareTo(order[b.New]));
        return new DeclarationPairs<T>(matched, olds.Values.ToList(), added);
    }
}
