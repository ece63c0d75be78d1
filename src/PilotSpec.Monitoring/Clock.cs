using System;
using System.Threading;

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

    // DateTime.Today converts the UTC time to local time on every call, a large part of
    // recording one observation. The day is kept with the UTC instant it stays valid until
    // (the next local midnight, and at most a minute, so a changed time zone is seen soon);
    // one immutable pair, swapped whole, so concurrent readers never see a torn value.
    private sealed class SystemClock : IClock
    {
        private static readonly long MaxValidTicks = TimeSpan.TicksPerMinute;

        private Day? _day;

        public DateTime Today
        {
            get
            {
                var utcNow = DateTime.UtcNow.Ticks;
                var day = Volatile.Read(ref _day);
                if (day is null || utcNow >= day.ValidUntilUtcTicks || utcNow < day.ReadAtUtcTicks)
                {
                    day = Day.Now();
                    Volatile.Write(ref _day, day);
                }

                return day.Today;
            }
        }

        private sealed class Day
        {
            private Day(DateTime today, long readAtUtcTicks, long validUntilUtcTicks)
            {
                Today = today;
                ReadAtUtcTicks = readAtUtcTicks;
                ValidUntilUtcTicks = validUntilUtcTicks;
            }

            public DateTime Today { get; }

            public long ReadAtUtcTicks { get; }

            public long ValidUntilUtcTicks { get; }

            public static Day Now()
            {
                var utcNow = DateTime.UtcNow;
                var localNow = utcNow.ToLocalTime();
                var untilMidnight = localNow.Date.AddDays(1).Ticks - localNow.Ticks;
                return new Day(localNow.Date, utcNow.Ticks, utcNow.Ticks + Math.Min(untilMidnight, MaxValidTicks));
            }
        }
    }

    private sealed class FixedClock : IClock
    {
        public FixedClock(DateTime today) => Today = today;

        public DateTime Today { get; }
    }
}
