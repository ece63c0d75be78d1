using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// Where the store learns what "today" is, so that an observation dated in the future can be
/// refused without the logic reading the machine's clock (tests and replays pass their own).
/// </summary>
public interface IClock
{
    /// <summary>The current calendar day at the site (time of day dropped).</summary>
    DateTime Today { get; }
}

/// <summary>Ready-made clocks.</summary>
public static class Clocks
{
    /// <summary>The machine's local calendar day.</summary>
    public static IClock System { get; } = new SystemClock();

    /// <summary>A clock that always says <paramref name="today"/>: for tests and for replaying a past day.</summary>
    public static IClock Fixed(DateTime today) => new FixedClock(today.Date);

#if NET
    /// <summary>The local calendar day of <paramref name="timeProvider"/> (its local time zone).</summary>
    public static IClock From(TimeProvider timeProvider) =>
        new TimeProviderClock(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)));

    private sealed class TimeProviderClock : IClock
    {
        private readonly TimeProvider _timeProvider;

        public TimeProviderClock(TimeProvider timeProvider) => _timeProvider = timeProvider;

        public DateTime Today => _timeProvider.GetLocalNow().Date;
    }
#endif

    private sealed class SystemClock : IClock
    {
        public DateTime Today => DateTime.Today;
    }

    private sealed class FixedClock : IClock
    {
        public FixedClock(DateTime today) => Today = today;

        public DateTime Today { get; }
    }
}
