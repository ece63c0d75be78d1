using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class ValidationTests
{
    private static ObservationStore StoreOn(DateTime today, PilotDefinition? pilot = null) =>
        new(new ObservationStoreOptions { Clock = Clocks.Fixed(today), Pilot = pilot });

    [Fact]
    public void A_date_after_today_is_refused_and_today_is_not()
    {
        var store = StoreOn(D(2020, 6, 30));

        Assert.Equal(RecordOutcome.Added, store.Record(Daily, East, new DateTime(2020, 6, 30, 23, 59, 0), 1m));
        var refused = Assert.Throws<ObservationRejectedException>(() => store.Record(Daily, East, D(2020, 7, 1), 2m));

        Assert.Equal(RejectionReason.FutureDate, refused.Reason);
        Assert.Equal("daily_cases", refused.Indicator);
        Assert.Equal("东城区", refused.Site);
        Assert.Equal("date", refused.ParamName);
        Assert.Contains("2020-07-01", refused.Message);
        Assert.Contains("2020-06-30", refused.Message);
        Assert.Single(store.Observations(Daily, East));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(630)]
    public void A_percentage_outside_0_to_100_is_refused(double value)
    {
        var store = StoreOn(D(2020, 6, 30));

        var refused = Assert.Throws<ObservationRejectedException>(() => store.Record(ClearanceRate, East, D(2019, 3, 31), (decimal)value));

        Assert.Equal(RejectionReason.OutOfRange, refused.Reason);
        Assert.Equal((decimal)value, refused.Value);
        Assert.Contains("between 0 and 100", refused.Message);
        Assert.Empty(store.Observations(ClearanceRate, East));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(62.5)]
    public void A_percentage_from_0_to_100_is_taken(double value)
    {
        Assert.Equal(RecordOutcome.Added, StoreOn(D(2020, 6, 30)).Record(ClearanceRate, East, D(2019, 3, 31), (decimal)value));
    }

    [Fact]
    public void Values_of_other_units_are_not_bounded_by_100()
    {
        var store = StoreOn(D(2020, 6, 30));

        Assert.Equal(RecordOutcome.Added, store.Record(Officers, East, D(2019, 3, 31), 1300m));
        Assert.Equal(RecordOutcome.Added, store.Record(Daily, East, D(2019, 3, 31), -5m));
    }

    [Fact]
    public void A_store_of_a_pilot_refuses_indicators_and_sites_of_another()
    {
        var store = StoreOn(D(2020, 6, 30), Definition());

        var site = Assert.Throws<ObservationRejectedException>(() => store.Record(ClearanceRate, new Site("北城区"), D(2019, 3, 31), 60m));
        var indicator = Assert.Throws<ObservationRejectedException>(() => store.Record(new IndicatorDefinition("clearance_rate"), East, D(2019, 3, 31), 60m));

        Assert.Equal(RejectionReason.UnknownSite, site.Reason);
        Assert.Contains("北城区", site.Message);
        Assert.Equal(RejectionReason.UnknownIndicator, indicator.Reason);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void The_monitor_refuses_through_its_typed_handles_too()
    {
        var monitor = new PilotMonitor(Definition(), StoreOn(D(2020, 6, 30)));
        var east = new MonitoredIndicator(monitor, ClearanceRate).At(East);

        Assert.Equal(RejectionReason.OutOfRange, Assert.Throws<ObservationRejectedException>(() => east.Record(D(2019, 3, 31), 101m)).Reason);
        Assert.Equal(RejectionReason.FutureDate, Assert.Throws<ObservationRejectedException>(() => east.Record(D(2021, 1, 1), 60.0)).Reason);
        Assert.Equal(RejectionReason.FutureDate, Assert.Throws<ObservationRejectedException>(() => monitor.Record(ClearanceRate, East, D(2021, 1, 1), 60m)).Reason);
        Assert.Equal(0, monitor.Store.Count);
    }

    [Fact]
    public void A_rejection_is_an_argument_exception_as_the_store_s_other_refusals_are()
    {
        Assert.IsAssignableFrom<ArgumentException>(Assert.Throws<ObservationRejectedException>(() => StoreOn(D(2020, 1, 1)).Record(Daily, East, D(2020, 1, 2), 1m)));
    }

    [Fact]
    public void The_time_provider_clock_reads_the_provider_s_local_day()
    {
        var clock = Clocks.From(new FixedTimeProvider(new DateTimeOffset(2020, 6, 30, 22, 0, 0, TimeSpan.Zero)));

        Assert.Equal(D(2020, 6, 30), clock.Today);
    }

    [Fact]
    public void A_clock_set_back_refuses_what_is_now_future_but_keeps_what_was_recorded()
    {
        var clock = new ManualClock(D(2020, 6, 30));
        var store = new ObservationStore(new ObservationStoreOptions { Clock = clock });
        store.Record(Daily, East, D(2020, 6, 30), 1m);

        clock.Today = D(2020, 6, 1);

        Assert.Throws<ObservationRejectedException>(() => store.Record(Daily, East, D(2020, 6, 2), 2m));
        Assert.Equal(RecordOutcome.Added, store.Record(Daily, East, D(2020, 5, 31), 3m));
        Assert.Equal([D(2020, 5, 31), D(2020, 6, 30)], store.Observations(Daily, East).Select(o => o.Date));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
