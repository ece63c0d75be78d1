using System.Collections;
using System.Globalization;
using PilotSpec.Monitoring;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.Tests;

/// <summary>The reader's columns give back every observation exactly as it was added: day, value, scale and sign.</summary>
public sealed class IndicatorSeriesTests
{
    [Fact]
    public void Every_decimal_comes_back_exactly_scale_and_sign_included()
    {
        decimal[] values = [0m, -0.0m, 12.50m, -7m, 79228162514264337593543950335m, -0.0000000000000000000000000001m, 9223372036854775807m, 9223372036854775808m];
        var builder = new IndicatorSeriesBuilder(capacity: 1);
        builder.StartSite("North");
        for (var i = 0; i < values.Length; i++)
        {
            builder.Add(new DateTime(2024, 1, 1).AddDays(i), values[i]);
        }

        var series = builder.Build().Of("North");

        Assert.Equal(values.Select(v => v.ToString(CultureInfo.InvariantCulture)), series.Select(o => o.Value.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(values.Select(v => decimal.GetBits(v)[3]), series.Select(o => decimal.GetBits(o.Value)[3]));
    }

    [Fact]
    public void A_site_comes_back_in_date_order_with_its_wide_values_where_they_belong()
    {
        var builder = new IndicatorSeriesBuilder();
        builder.StartSite("North");
        builder.Add(new DateTime(2024, 5, 31), 79228162514264337593543950335m);
        builder.Add(new DateTime(2024, 3, 31), 1m);
        builder.Add(new DateTime(2024, 4, 30), -79228162514264337593543950335m);

        var series = builder.Build().Of("North");

        Assert.Equal([1m, -79228162514264337593543950335m, 79228162514264337593543950335m], series.Select(o => o.Value));
        Assert.Equal([new DateTime(2024, 3, 31), new DateTime(2024, 4, 30), new DateTime(2024, 5, 31)], series.Select(o => o.Date));
    }

    [Fact]
    public void Sites_share_the_columns_but_not_their_rows()
    {
        var builder = new IndicatorSeriesBuilder(capacity: 16);
        builder.StartSite("Empty");
        for (var site = 0; site < 10; site++)
        {
            builder.StartSite("S" + site);
            for (var month = 1; month <= 12; month++)
            {
                builder.Add(new DateTime(2024, month, 1), (site * 100) + month);
            }
        }

        var indicator = builder.Build();

        Assert.Equal(120, indicator.Count);
        Assert.Equal(10, indicator.Sites.Count());
        Assert.Empty(indicator.Of("Empty"));
        Assert.Empty(indicator.Of("Nowhere"));
        Assert.Equal(Enumerable.Range(701, 12).Select(v => (decimal)v), indicator.Of("S7").Select(o => o.Value));
        var counted = 0;
        foreach (var _ in (IEnumerable)indicator.Of("S9"))
        {
            counted++;
        }

        Assert.Equal(12, counted);
        Assert.Throws<ArgumentOutOfRangeException>(() => indicator.Of("S3")[12]);
        Assert.Throws<ArgumentOutOfRangeException>(() => indicator.Of("S3")[-1]);
    }

    [Fact]
    public void An_observation_before_its_site_is_a_mistake_of_the_caller() =>
        Assert.Throws<InvalidOperationException>(() => new IndicatorSeriesBuilder().Add(new DateTime(2024, 1, 31), 1m));
}
