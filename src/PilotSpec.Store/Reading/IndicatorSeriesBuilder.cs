using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// Collects one indicator's observations site by site into the columns of an
/// <see cref="IndicatorSeries"/>. Each site's rows come together (<see cref="StartSite"/>, then
/// its observations); they are expected in date order, as both engines read them in key order,
/// and a site whose rows came otherwise is sorted when it ends.
/// </summary>
public sealed class IndicatorSeriesBuilder
{
    private readonly Dictionary<string, SiteSeries> _sites = new(StringComparer.Ordinal);
    private readonly List<(string Site, int Start)> _slices = [];
    private int[] _days;
    private long[] _units;
    private byte[] _scales;
    private Dictionary<int, decimal>? _wide;
    private int _count;

    /// <param name="capacity">Observations expected, if known (the columns grow past it).</param>
    public IndicatorSeriesBuilder(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _days = new int[capacity];
        _units = new long[capacity];
        _scales = new byte[capacity];
    }

    /// <summary>The observations that follow are <paramref name="site"/>'s.</summary>
    public void StartSite(string site) => _slices.Add((site, _count));

    /// <summary>Adds an observation of the current site.</summary>
    public void Add(DateTime date, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var row = Next((int)(date.Ticks / TimeSpan.TicksPerDay));
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var negative = bits[3] < 0;
        if (bits[2] == 0 && bits[1] >= 0)
        {
            _units[row] = ((long)bits[1] << 32) | (uint)bits[0];
            _scales[row] = negative ? (byte)(scale | ObservationColumns.Negative) : scale;
        }
        else
        {
            (_wide ??= [])[row] = value;
            _scales[row] = ObservationColumns.WideMark;
        }
    }

    /// <summary>Adds an observation of the current site given as a day number (days since 0001-01-01), digits, scale and sign.</summary>
    internal void Add(int day, long units, byte scale, bool negative)
    {
        var row = Next(day);
        _units[row] = units;
        _scales[row] = negative ? (byte)(scale | ObservationColumns.Negative) : scale;
    }

    private int Next(int day)
    {
        if (_slices.Count == 0)
        {
            throw new InvalidOperationException("An observation before its site.");
        }

        if (_count == _days.Length)
        {
            var size = _days.Length * 2;
            Array.Resize(ref _days, size);
            Array.Resize(ref _units, size);
            Array.Resize(ref _scales, size);
        }

        _days[_count] = day;
        return _count++;
    }

    /// <summary>The indicator's series; the builder is spent.</summary>
    public IndicatorSeries Build()
    {
        // The columns are kept for as long as the indicator is: trimmed to what they hold.
        Array.Resize(ref _days, _count);
        Array.Resize(ref _units, _count);
        Array.Resize(ref _scales, _count);
        var columns = new ObservationColumns(_days, _units, _scales, _wide);
        for (var i = 0; i < _slices.Count; i++)
        {
            var (site, start) = _slices[i];
            var end = i + 1 < _slices.Count ? _slices[i + 1].Start : _count;
            if (end > start)
            {
                SortIfNeeded(start, end);
                _sites.Add(site, new SiteSeries(columns, start, end - start));
            }
        }

        return new IndicatorSeries(_sites, _count);
    }

    // Both engines hand a site's rows over in key order (by period, so by date), but SQLite does
    // not promise the order of the rows it joins without an ORDER BY, which costs a sort per site
    // (a third of its read): the order is checked, and a slice is sorted only if it ever differs.
    private void SortIfNeeded(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (_days[i] < _days[i - 1])
            {
                var order = Enumerable.Range(start, end - start).OrderBy(row => _days[row]).ToArray();
                var days = order.Select(row => _days[row]).ToArray();
                var units = order.Select(row => _units[row]).ToArray();
                var scales = order.Select(row => _scales[row]).ToArray();
                var wide = order.Select(row => _wide is not null && _wide.Remove(row, out var value) ? value : 0m).ToArray();
                for (var k = 0; k < order.Length; k++)
                {
                    _days[start + k] = days[k];
                    _units[start + k] = units[k];
                    _scales[start + k] = scales[k];
                    if (scales[k] == ObservationColumns.WideMark)
                    {
                        _wide![start + k] = wide[k];
                    }
                }

                return;
            }
        }
    }
}
