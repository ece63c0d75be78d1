using System.Collections;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// One indicator's observations at every site, as the reader keeps them between an evaluation's
/// criteria: in columns shared by all sites (a day number, the value's digits, its scale and
/// sign), about 13 bytes an observation instead of the 24 of an <see cref="Observation"/>. At
/// that size every indicator of a national programme (9 million observations, 117 MB) stays
/// within the reader's budget, so no evaluation and no report reads an indicator twice.
/// A site's series is handed to the engine as a list over its slice of the columns, decoded as
/// the engine reads it (a day and a decimal are rebuilt exactly, scale included).
/// </summary>
public sealed class IndicatorSeries
{
    private static readonly IReadOnlyList<Observation> Empty = [];

    private readonly Dictionary<string, SiteSeries> _sites;

    internal IndicatorSeries(Dictionary<string, SiteSeries> sites, long count)
    {
        _sites = sites;
        Count = count;
    }

    /// <summary>Observations held, every site together.</summary>
    public long Count { get; }

    /// <summary>The sites with at least one observation.</summary>
    public IEnumerable<string> Sites => _sites.Keys;

    /// <summary>The series of <paramref name="site"/> in date order; empty when the site has none.</summary>
    public IReadOnlyList<Observation> Of(string site) => _sites.TryGetValue(site, out var series) ? series : Empty;

    /// <summary>Every site's series given whole (for tests and small sources): sites in any order, each in date order.</summary>
    public static IndicatorSeries Of(IReadOnlyDictionary<string, Observation[]> bySite)
    {
        ArgumentNullException.ThrowIfNull(bySite);
        var builder = new IndicatorSeriesBuilder();
        foreach (var (site, series) in bySite)
        {
            builder.StartSite(site);
            foreach (var observation in series)
            {
                builder.Add(observation.Date, observation.Value);
            }
        }

        return builder.Build();
    }
}

/// <summary>The columns of one indicator's observations: row <c>i</c> is (<c>Days[i]</c>, <c>Units[i]</c>, <c>Signs[i]</c>).</summary>
internal sealed class ObservationColumns(int[] days, long[] units, byte[] scales, Dictionary<int, decimal>? wide)
{
    /// <summary>In <see cref="Scales"/>: the value did not fit 63 bits of digits and is in <see cref="Wide"/>.</summary>
    public const byte WideMark = 0xFF;

    /// <summary>In <see cref="Scales"/>: the sign bit; the low bits are the scale (0 to 28).</summary>
    public const byte Negative = 0x80;

    public int[] Days { get; } = days;

    public long[] Units { get; } = units;

    public byte[] Scales { get; } = scales;

    public Dictionary<int, decimal>? Wide { get; } = wide;

    public Observation this[int row]
    {
        get
        {
            var scale = Scales[row];
            var value = scale == WideMark
                ? Wide![row]
                : new decimal((int)(Units[row] & 0xFFFFFFFF), (int)(Units[row] >> 32), 0, (scale & Negative) != 0, (byte)(scale & ~Negative));
            return new Observation(new DateTime(Days[row] * TimeSpan.TicksPerDay), value);
        }
    }
}

/// <summary>One site's series: a slice of its indicator's columns.</summary>
internal sealed class SiteSeries(ObservationColumns columns, int start, int count) : IReadOnlyList<Observation>
{
    public int Count { get; } = count;

    public Observation this[int index] =>
        (uint)index < (uint)Count ? columns[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return columns[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
