using System;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// The due dates of one frequency over one measurement span, without listing them: the
/// <see cref="Count"/> dates <see cref="DueDates.Nth"/>(From, 1 … Count). At most
/// <see cref="DueDates.MaxPerSite"/>; <see cref="IsTruncated"/> when the span holds more.
/// </summary>
public sealed record Recurrence(MeasurementFrequency Frequency, DateTime From, DateTime? Until, int Count, bool IsTruncated)
{
    public DateTime? First => Count > 0 ? DueDates.Nth(From, 1, Frequency) : null;

    public DateTime? Last => Count > 0 ? DueDates.Nth(From, Count, Frequency) : null;

    /// <summary>
    /// The dates due from <paramref name="from"/> up to and including <paramref name="until"/>.
    /// Counted by bisection, not by listing: a span of centuries costs a few dozen date
    /// additions, so no spec can make the count itself expensive.
    /// </summary>
    public static Recurrence Over(MeasurementFrequency frequency, DateTime from, DateTime? until)
    {
        if (until is not { } end)
        {
            return new Recurrence(frequency, from, until, 0, false);
        }

        // Due(n) grows with n, so "due by the end" holds for n = 1 … k and no further:
        // find k among 0 … MaxPerSite + 1 (one past the limit tells a truncated span).
        int low = 0, high = DueDates.MaxPerSite + 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (DueDates.Nth(from, middle, frequency) is { } due && due <= end)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low > DueDates.MaxPerSite
            ? new Recurrence(frequency, from, until, DueDates.MaxPerSite, true)
            : new Recurrence(frequency, from, until, low, false);
    }
}
