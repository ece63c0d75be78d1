using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring.Design;

/// <summary>
/// What a power calculation must assume about data that does not exist yet. How much sites
/// differ from one another (the between-site standard deviation of an indicator, σ_b) and how
/// much a site's level before the pilot predicts its level after it (the correlation ρ). A
/// site's change then spreads with σ_Δ = σ_b · √(2 (1 − ρ)). Without a known σ_b, it is a
/// share of the baseline (the coefficient of variation). Immutable.
/// </summary>
public sealed class PowerAssumptions
{
    /// <summary>The default coefficient of variation between sites: a site typically 20% above or below the programme's baseline.</summary>
    public const double DefaultVariation = 0.2;

    /// <summary>The default correlation of a site's level before and after: 0.5, so a site's change spreads as much as its level.</summary>
    public const double DefaultCorrelation = 0.5;

    /// <summary>Creates the assumptions.</summary>
    /// <param name="variation">σ_b as a share of the baseline, where no σ_b is known (0 to 10).</param>
    /// <param name="correlation">ρ, from 0 up to (not including) 1.</param>
    /// <param name="knownSpreads">σ_b of some indicators, by name, in the indicator's unit (from last year's data).</param>
    public PowerAssumptions(double variation = DefaultVariation, double correlation = DefaultCorrelation, IReadOnlyDictionary<string, double>? knownSpreads = null)
    {
        if (!(variation > 0 && variation <= 10))
        {
            throw new ArgumentOutOfRangeException(nameof(variation), "The coefficient of variation is a share above 0 (and at most 10).");
        }

        if (!(correlation >= 0 && correlation < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(correlation), "The correlation is from 0 up to, not including, 1.");
        }

        Variation = variation;
        Correlation = correlation;
        KnownSpreads = knownSpreads ?? new Dictionary<string, double>(StringComparer.Ordinal);
    }

    /// <summary>σ_b as a share of the baseline, where no σ_b is known.</summary>
    public double Variation { get; }

    /// <summary>The correlation of a site's level before and after.</summary>
    public double Correlation { get; }

    /// <summary>σ_b of some indicators, by name.</summary>
    public IReadOnlyDictionary<string, double> KnownSpreads { get; }

    /// <summary>σ_b of <paramref name="indicator"/>, and whether it was given (else derived from its baseline); null when neither can say.</summary>
    public (double Spread, bool Given)? SpreadOf(IndicatorDefinition indicator)
    {
        if (KnownSpreads.TryGetValue(indicator.Name, out var given))
        {
            return (given, true);
        }

        return indicator.Baseline is { } baseline && baseline != 0 ? (Variation * Math.Abs((double)baseline), false) : null;
    }

    /// <summary>σ_Δ, the spread of a site's change, for a between-site spread of <paramref name="spread"/>.</summary>
    public double SpreadOfChange(double spread) => spread * Math.Sqrt(2 * (1 - Correlation));
}
