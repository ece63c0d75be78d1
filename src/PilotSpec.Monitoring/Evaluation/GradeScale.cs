using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// Named bands over a score (<c>grades: 优 from 90, 良 from 80, 中 from 60, 差</c>) and the rule
/// that rounds a value before it is graded (<c>round_to: 0</c>). A band holds every value from
/// its lower bound up to the next band's bound, so bands can neither overlap nor leave gaps
/// between them; a band without a bound holds everything below the lowest bound. Rounding is
/// half away from zero (四舍五入), the rule of Chinese evaluation regulations: with
/// <c>round_to: 0</c>, 89.49 is 89 (良) and 89.5 is 90 (优). Immutable.
/// </summary>
public sealed class GradeScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="bands">The bands, in any order; at most one without a lower bound.</param>
    /// <param name="roundTo">Decimal places a value is rounded to before grading (0 to 10); null: graded as recorded.</param>
    /// <param name="lowerIsBetter">
    /// For an indicator where lower is better (an error rate graded A from 0, B from 5, C from 10),
    /// the band of the lowest values is the best: ranks run the other way, so that <c>grade >= B</c>
    /// still means "B or better".
    /// </param>
    public GradeScale(IEnumerable<GradeBand> bands, int? roundTo, bool lowerIsBetter = false)
    {
        LowerIsBetter = lowerIsBetter;
        var list = (bands ?? throw new ArgumentNullException(nameof(bands))).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A grade scale needs one band at least.", nameof(bands));
        }

        if (list.Count(b => b.From is null) > 1)
        {
            throw new ArgumentException("Only the lowest band may go without a lower bound.", nameof(bands));
        }

        if (roundTo is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(roundTo), "A value is rounded to 0 to 10 decimal places.");
        }

        // Highest bound first: the first band whose bound a value reaches is its grade.
        Bands = new ReadOnlyCollection<GradeBand>(list.OrderByDescending(b => b.From ?? decimal.MinValue).ToArray());
        RoundTo = roundTo;
    }

    /// <summary>The bands, highest first.</summary>
    public IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>Whether the band of the lowest values is the best (the indicator's lower is better).</summary>
    public bool LowerIsBetter { get; }

    /// <summary>Decimal places a value is rounded to before grading; null when it is graded as recorded.</summary>
    public int? RoundTo { get; }

    /// <summary>The value as it is graded: rounded half away from zero when the scale says so.</summary>
    public decimal Rounded(decimal value) =>
        RoundTo is { } places ? Math.Round(value, places, MidpointRounding.AwayFromZero) : value;

    /// <summary>The band of <paramref name="value"/>; null when the value is unknown or below every band.</summary>
    public GradeBand? BandOf(decimal? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        var graded = Rounded(v);
        foreach (var band in Bands)
        {
            if (band.From is not { } from || graded >= from)
            {
                return band;
            }
        }

        return null;
    }

    /// <summary>
    /// The rank of <paramref name="value"/>'s band, 0 for the worst band and one more for each
    /// better band, so that <c>grade >= 良</c> compares ranks; null when it has no band.
    /// </summary>
    public decimal? RankOf(decimal? value) => BandOf(value) is { } band ? RankOf(band) : null;

    /// <summary>The rank of <paramref name="band"/> (0 for the worst).</summary>
    public int RankOf(GradeBand band)
    {
        for (var i = 0; i < Bands.Count; i++)
        {
            if (ReferenceEquals(Bands[i], band) || Bands[i].Equals(band))
            {
                return LowerIsBetter ? i : Bands.Count - 1 - i;
            }
        }

        throw new ArgumentException("The band '" + band?.Name + "' is not on this scale.", nameof(band));
    }
}

/// <summary>One named band of a <see cref="GradeScale"/>: <c>良 from 80</c>.</summary>
public sealed class GradeBand : IEquatable<GradeBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="name">The grade's name (优, excellent).</param>
    /// <param name="from">The lowest value (after rounding) in the band; null for the band below every bound.</param>
    public GradeBand(string name, decimal? from)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A grade needs a name.", nameof(name));
        }

        Name = name;
        From = from;
    }

    /// <summary>The grade's name.</summary>
    public string Name { get; }

    /// <summary>The lowest value in the band; null for the lowest band, which has no bound.</summary>
    public decimal? From { get; }

    /// <inheritdoc/>
    public bool Equals(GradeBand? other) => other is not null && Name == other.Name && From == other.From;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GradeBand);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name) ^ From.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => From is { } from ? Name + " from " + from.ToString(System.Globalization.CultureInfo.InvariantCulture) : Name;
}
