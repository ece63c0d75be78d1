using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using PilotSpec.Store.PostgreSql;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.Tests;

/// <summary>
/// The decoder of a site's series as PostgreSQL's <c>array_send</c> writes them, on arrays
/// written byte by byte as the format is documented (the real server's output is checked in
/// IngestTests and the reader's tests).
/// </summary>
public sealed class SiteArraysDecoderTests
{
    private const int DateOid = 1082;
    private const int NumericOid = 1700;

    [Fact]
    public void A_sites_dates_and_values_become_its_series_exactly()
    {
        // 2024-03-31 is 8,856 days after 2000-01-01 (24 years of 365 days + 6 leap days = 8,766,
        // + 31 + 29 + 30 = 90 days from 1 January to 31 March in a leap year); 30 more is 30 April.
        // 57.3 is groups 57|3000 of weight 0, scale 1; -0.05 is group 500 of weight -1
        // (500 × 10^-4), scale 2; 48 is group 48, scale 0.
        var series = new IndicatorSeriesBuilder();
        SiteArraysDecoder.AddSite(series, "North", Dates(8856, 8856 + 30), Values(Numeric(0, 1, false, 57, 3000), Numeric(-1, 2, true, 500)));
        SiteArraysDecoder.AddSite(series, "South", Dates(8856), Values(Numeric(0, 0, false, 48)));
        SiteArraysDecoder.AddSite(series, "West", Array(DateOid), Array(NumericOid));
        var built = series.Build();

        Assert.Equal(["North", "South"], built.Sites.Order());
        Assert.Equal([(new DateTime(2024, 3, 31), "57.3"), (new DateTime(2024, 4, 30), "-0.05")], built.Of("North").Select(o => (o.Date, o.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal("48", built.Of("South")[0].Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_value_of_more_than_four_digit_groups_is_rebuilt_exactly()
    {
        // 123456789012.345678: groups counted from the decimal point, 1234|5678|9012 (weight 2:
        // the first stands for 1234 × 10000^2) . 3456|7800 — five groups, past the 63-bit path.
        var series = new IndicatorSeriesBuilder();
        SiteArraysDecoder.AddSite(series, "North", Dates(0), Values(Numeric(2, 6, true, 1234, 5678, 9012, 3456, 7800)));
        var value = series.Build().Of("North")[0];

        Assert.Equal("-123456789012.345678", value.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2000, 1, 1), value.Date);
    }

    [Theory]
    [InlineData("counts differ")]
    [InlineData("two dimensions")]
    [InlineData("null")]
    [InlineData("date")]
    [InlineData("nan")]
    [InlineData("short numeric")]
    [InlineData("cut")]
    [InlineData("too wide")]
    public void Data_the_query_cannot_produce_is_a_database_error_not_a_crash(string fault)
    {
        var one = Values(Numeric(0, 0, false, 1));
        (byte[] Dates, byte[] Values) site = fault switch
        {
            "counts differ" => (Dates(1, 2), one),
            "two dimensions" => ([.. Int(2), .. Int(0), .. Int(DateOid), .. Int(1), .. Int(1), .. Int(1), .. Int(1)], one),
            "null" => ([.. Int(1), .. Int(1), .. Int(DateOid), .. Int(1), .. Int(1), .. Int(-1)], one),
            "date" => (Array(DateOid, [0, 0]), one),
            "nan" => (Dates(1), Values([0, 0, 0, 0, 0xC0, 0, 0, 0])),
            "short numeric" => (Dates(1), Values([0, 0])),
            "cut" => (Dates(1)[..^2], one),
            "too wide" => (Dates(1), Values(Numeric(8, 0, false, 9999))),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        var series = new IndicatorSeriesBuilder();
        Assert.IsAssignableFrom<DbException>(Record.Exception(() => SiteArraysDecoder.AddSite(series, "North", site.Dates, site.Values)));
    }

    private static byte[] Dates(params int[] days) => Array(DateOid, [.. days.Select(Int)]);

    private static byte[] Values(params byte[][] numerics) => Array(NumericOid, numerics);

    // array_send: dimensions, has-NULLs flag, element type, then per dimension its size and lower
    // bound, then each element's length and bytes; an empty array has no dimension.
    private static byte[] Array(int elementType, params byte[][] elements) =>
        elements.Length == 0
            ? [.. Int(0), .. Int(0), .. Int(elementType)]
            : [.. Int(1), .. Int(0), .. Int(elementType), .. Int(elements.Length), .. Int(1), .. elements.SelectMany(e => (byte[])[.. Int(e.Length), .. e])];

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    // numeric_send: digit-group count, weight, sign, display scale, then the base-10000 groups.
    private static byte[] Numeric(short weight, short scale, bool negative, params short[] groups)
    {
        var bytes = new byte[8 + (2 * groups.Length)];
        BinaryPrimitives.WriteInt16BigEndian(bytes, (short)groups.Length);
        BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2), weight);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(4), negative ? (ushort)0x4000 : (ushort)0);
        BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(6), scale);
        for (var i = 0; i < groups.Length; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(8 + (2 * i)), groups[i]);
        }

        return bytes;
    }
}
