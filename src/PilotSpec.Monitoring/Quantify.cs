using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// Site quantifiers (<c>at all sites</c>, <c>at any site</c>, <c>at 80% of sites</c>,
/// <c>at 3 of sites</c>) over an explicit set of sites, in three-valued logic: a site whose
/// data is missing is unknown, and the result is unknown exactly when the known sites
/// cannot settle it.
/// </summary>
public static class Quantify
{
    /// <summary>True when the condition holds at every site.</summary>
    public static bool? All(IReadOnlyList<Site> sites, Func<Site, bool?> condition)
    {
        var tally = Tally.Of(sites, condition);
        return tally.False > 0 ? false : tally.Unknown > 0 ? null : true;
    }

    /// <summary>True when the condition holds at one site at least.</summary>
    public static bool? Any(IReadOnlyList<Site> sites, Func<Site, bool?> condition)
    {
        var tally = Tally.Of(sites, condition);
        return tally.True > 0 ? true : tally.Unknown > 0 ? null : false;
    }

    /// <summary>True when the condition holds at <paramref name="percent"/>% of the sites or more.</summary>
    public static bool? Share(IReadOnlyList<Site> sites, decimal percent, Func<Site, bool?> condition)
    {
        var tally = Tally.Of(sites, condition);
        var total = tally.True + tally.False + tally.Unknown;
        bool Enough(int count) => count * 100m >= percent * total;
        return Enough(tally.True) ? true : Enough(tally.True + tally.Unknown) ? null : false;
    }

    /// <summary>True when the condition holds at <paramref name="count"/> sites or more.</summary>
    public static bool? Count(IReadOnlyList<Site> sites, decimal count, Func<Site, bool?> condition)
    {
        var tally = Tally.Of(sites, condition);
        return tally.True >= count ? true : tally.True + tally.Unknown >= count ? null : false;
    }

    /// <summary>The sites where the condition holds, in the order given: where an alert fires.</summary>
    public static IReadOnlyList<Site> Matching(IReadOnlyList<Site> sites, Func<Site, bool?> condition)
    {
        if (sites is null)
        {
            throw new ArgumentNullException(nameof(sites));
        }

        if (condition is null)
        {
            throw new ArgumentNullException(nameof(condition));
        }

        var matching = new List<Site>();
        foreach (var site in sites)
        {
            if (condition(site) == true)
            {
                matching.Add(site);
            }
        }

        return matching.AsReadOnly();
    }

    private readonly struct Tally
    {
        private Tally(int @true, int @false, int unknown)
        {
            True = @true;
            False = @false;
            Unknown = unknown;
        }

        public int True { get; }

        public int False { get; }

        public int Unknown { get; }

        public static Tally Of(IReadOnlyList<Site> sites, Func<Site, bool?> condition)
        {
            if (sites is null)
            {
                throw new ArgumentNullException(nameof(sites));
            }

            if (condition is null)
            {
                throw new ArgumentNullException(nameof(condition));
            }

            int t = 0, f = 0, u = 0;
            foreach (var site in sites)
            {
                switch (condition(site))
                {
                    case true:
                        t++;
                        break;
                    case false:
                        f++;
                        break;
                    default:
                        u++;
                        break;
                }
            }

            return new Tally(t, f, u);
        }
    }
}
