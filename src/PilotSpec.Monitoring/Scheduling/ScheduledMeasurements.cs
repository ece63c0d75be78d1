using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PilotSpec.Monitoring.Scheduling;

/// <summary>
/// The <c>measurements</c> of a <c>&lt;Pilot&gt;.schedule.json</c> (format version 2), read
/// and expanded to due dates: each measured indicator is due at every site of every window,
/// <c>count</c> times by its frequency's recurrence there (<see cref="DueDateRule"/>). The
/// reference for readers in other languages; docs/schedule.md has it as pseudo-code.
/// </summary>
public sealed class ScheduledMeasurements
{
    /// <summary>The schedule format this reader understands.</summary>
    public const int FormatVersion = 2;

    private readonly Dictionary<string, string> _frequencyOf;
    private readonly List<Window> _windows;

    private ScheduledMeasurements(Dictionary<string, string> frequencyOf, List<string> indicators, List<Window> windows)
    {
        _frequencyOf = frequencyOf;
        Indicators = indicators;
        _windows = windows;
    }

    /// <summary>The measured indicators, in the schedule's order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>Reads the measurement plan of a schedule document (UTF-8 JSON).</summary>
    /// <exception cref="FormatException">Not a schedule of format version 2.</exception>
    public static ScheduledMeasurements Read(Stream utf8Json)
    {
        using (var document = JsonDocument.Parse(utf8Json))
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads the measurement plan of a parsed schedule document.</summary>
    /// <exception cref="FormatException">Not a schedule of format version 2.</exception>
    public static ScheduledMeasurements Read(JsonElement schedule)
    {
        if (!schedule.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion)
        {
            throw new FormatException($"Not a schedule of format version {FormatVersion}.");
        }

        var measurements = schedule.GetProperty("measurements");
        var frequencyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var indicators = new List<string>();
        foreach (var indicator in measurements.GetProperty("indicators").EnumerateArray())
        {
            var name = indicator.GetProperty("indicator").GetString()!;
            indicators.Add(name);
            frequencyOf[name] = indicator.GetProperty("frequency").GetString()!;
        }

        var windows = new List<Window>();
        foreach (var window in measurements.GetProperty("windows").EnumerateArray())
        {
            var sites = new List<string>();
            foreach (var site in window.GetProperty("sites").EnumerateArray())
            {
                sites.Add(site.GetString()!);
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var due in window.GetProperty("due").EnumerateArray())
            {
                counts[due.GetProperty("frequency").GetString()!] = due.GetProperty("count").GetInt32();
            }

            windows.Add(new Window(ParseDate(window.GetProperty("from").GetString()!), sites, counts));
        }

        return new ScheduledMeasurements(frequencyOf, indicators, windows);
    }

    /// <summary>
    /// The due dates of <paramref name="indicator"/>, site by site in the schedule's order
    /// (all sites, or only <paramref name="site"/>), produced one at a time: a plan of
    /// millions of dates is never held.
    /// </summary>
    /// <exception cref="ArgumentException">The indicator is not measured.</exception>
    public IEnumerable<DueDate> Expand(string indicator, string? site = null)
    {
        if (!_frequencyOf.TryGetValue(indicator, out var frequency))
        {
            throw new ArgumentException($"'{indicator}' is not a measured indicator of this schedule.", nameof(indicator));
        }

        return ExpandIterator(indicator, frequency, site);
    }

    private IEnumerable<DueDate> ExpandIterator(string indicator, string frequency, string? onlySite)
    {
        foreach (var window in _windows)
        {
            var count = window.Counts.TryGetValue(frequency, out var c) ? c : 0;
            foreach (var site in window.Sites)
            {
                if (onlySite != null && site != onlySite)
                {
                    continue;
                }

                foreach (var date in DueDateRule.Expand(window.From, frequency, count))
                {
                    yield return new DueDate(indicator, site, date);
                }
            }
        }
    }

    private static DateTime ParseDate(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);

    private sealed class Window
    {
        public Window(DateTime from, List<string> sites, Dictionary<string, int> counts)
        {
            From = from;
            Sites = sites;
            Counts = counts;
        }

        public DateTime From { get; }

        public List<string> Sites { get; }

        public Dictionary<string, int> Counts { get; }
    }
}
