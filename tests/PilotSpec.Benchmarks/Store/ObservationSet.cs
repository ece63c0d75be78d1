using System.Globalization;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The measured data: SITES × INDICATORS × PERIODS observations, delivered as one "file" per
/// indicator (every site and period of it), as the pilot office receives them. Rows are made on
/// the fly, never held all at once, so a process's peak memory is the engine's and not the data's;
/// and they come from a seeded <see cref="Random"/>, so every run and both engines see the same values.
/// </summary>
public sealed class ObservationSet
{
    /// <summary>The first period is January 2020; period = year * 12 + month - 1.</summary>
    private const int FirstYear = 2020;

    public ObservationSet(int sites, int indicators, int periods)
    {
        Sites = Enumerable.Range(1, sites).Select(s => "S" + s.ToString("D5", CultureInfo.InvariantCulture)).ToArray();
        Indicators = Enumerable.Range(1, indicators).Select(i => "indicator_" + i.ToString("D3", CultureInfo.InvariantCulture)).ToArray();
        Periods = Enumerable.Range(0, periods).Select(p => (long)(FirstYear * 12 + p)).ToArray();
        // A day inside each month (the 28th exists in every month), so "as of a date" cuts between periods.
        Dates = Enumerable.Range(0, periods).Select(p => new DateOnly(FirstYear + p / 12, p % 12 + 1, 28)).ToArray();
    }

    public string[] Sites { get; }

    public string[] Indicators { get; }

    public long[] Periods { get; }

    public DateOnly[] Dates { get; }

    public int RowsPerFile => Sites.Length * Periods.Length;

    public long TotalRows => (long)RowsPerFile * Indicators.Length;

    /// <summary>Label of the size, e.g. "3000×50×60".</summary>
    public string Shape => $"{Sites.Length}×{Indicators.Length}×{Periods.Length}";

    /// <summary>
    /// One indicator's file, ordered by site then period. <paramref name="revision"/> 0 is the first
    /// delivery; 1 is a corrected re-delivery of the same keys with other values (the replace path).
    /// </summary>
    public IEnumerable<Observation> File(int indicator, int revision)
    {
        var random = new Random(Seed(indicator, revision));
        var name = Indicators[indicator];
        for (var s = 0; s < Sites.Length; s++)
        {
            for (var p = 0; p < Periods.Length; p++)
            {
                yield return new Observation(name, Sites[s], Periods[p], Dates[p], ValueOf(random));
            }
        }
    }

    /// <summary>The value file <paramref name="revision"/> gives (indicator, site, period) — to check that a replace took.</summary>
    public decimal ValueAt(int indicator, int revision, int site, int period)
    {
        var random = new Random(Seed(indicator, revision));
        var skip = site * Periods.Length + period;
        for (var i = 0; i < skip; i++)
        {
            ValueOf(random);
        }

        return ValueOf(random);
    }

    /// <summary>12.5 ± up to 10 in steps of 0.0001: exact in a decimal, and not in a double.</summary>
    private static decimal ValueOf(Random random) => 12.5m + random.Next(-100_000, 100_001) / 10_000m;

    private static int Seed(int indicator, int revision) => 7919 * (indicator + 1) + revision;
}
