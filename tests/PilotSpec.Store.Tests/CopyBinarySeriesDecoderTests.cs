using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Text;
using PilotSpec.Store.PostgreSql;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.Tests;

/// <summary>
/// The decoder of PostgreSQL's binary COPY output, on streams written byte by byte as the format
/// is documented (the real server's output is checked in IngestTests and the reader's tests).
/// </summary>
public sealed class CopyBinarySeriesDecoderTests
{
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    [Fact]
    public void Rows_become_each_sites_series_with_dates_and_exact_values()
    {
        // 2024-03-31 is 8,856 days after 2000-01-01 (24 years of 365 days + 6 leap days = 8,766,
        // + 31 + 29 + 30 = 90 days from 1 January to 31 March in a leap year); 30 more is 30 April. 57.3 is groups 57|3000 of weight 0, scale 1;
        // -0.05 is group 500 of weight -1 (500 × 10^-4), scale 2.
        var stream = Stream(
            Row("North", 8856, Numeric(weight: 0, scale: 1, negative: false, 57, 3000)),
            Row("North", 8856 + 30, Numeric(weight: -1, scale: 2, negative: true, 500)),
            Row("South", 8856, Numeric(weight: 0, scale: 0, negative: false, 48)));

        var series = Decode(stream);

        Assert.Equal(["North", "South"], series.Sites.Order());
        Assert.Equal([(new DateTime(2024, 3, 31), "57.3"), (new DateTime(2024, 4, 30), "-0.05")], series.Of("North").Select(o => (o.Date, o.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal("48", series.Of("South")[0].Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_value_of_more_than_four_digit_groups_is_rebuilt_exactly()
    {
        // 123456789012.345678: groups counted from the decimal point, 1234|5678|9012 (weight 2:
        // the first stands for 1234 × 10000^2) . 3456|7800 — five groups, past the 63-bit path.
        var series = Decode(Stream(Row("North", 0, Numeric(weight: 2, scale: 6, negative: true, 1234, 5678, 9012, 3456, 7800))));

        Assert.Equal(-123456789012.345678m, series.Of("North")[0].Value);
        Assert.Equal("-123456789012.345678", series.Of("North")[0].Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2000, 1, 1), series.Of("North")[0].Date);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("columns")]
    [InlineData("null")]
    [InlineData("date")]
    [InlineData("nan")]
    [InlineData("short numeric")]
    [InlineData("cut")]
    [InlineData("too wide")]
    public void Data_the_query_cannot_produce_is_a_database_error_not_a_crash(string fault)
    {
        byte[] bytes = fault switch
        {
            "signature" => [.. "NOTCOPY\n\0\r\n\0\0\0\0\0\0\0\0\0"u8],
            "columns" => Stream([0, 2, .. Field("North"u8.ToArray()), .. Field([0, 0, 0, 0])]),
            "null" => Stream([0, 3, 0xFF, 0xFF, 0xFF, 0xFF]),
            "date" => Stream([0, 3, .. Field("North"u8.ToArray()), .. Field([0, 0]), .. Field(Numeric(0, 0, false, 1))]),
            "nan" => Stream([0, 3, .. Field("North"u8.ToArray()), .. Field([0, 0, 0, 0]), .. Field([0, 0, 0, 0, 0xC0, 0, 0, 0])]),
            "short numeric" => Stream([0, 3, .. Field("North"u8.ToArray()), .. Field([0, 0, 0, 0]), .. Field([0, 0])]),
            "cut" => [.. Header, 0, 3, .. Field("North"u8.ToArray())],
            "too wide" => Stream([0, 3, .. Field("North"u8.ToArray()), .. Field([0, 0, 0, 0]), .. Field(Numeric(weight: 8, scale: 0, negative: false, 9999))]),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };

        Assert.IsAssignableFrom<DbException>(Record.Exception(() => Decode(bytes)));
    }

    private static IndicatorSeries Decode(byte[] bytes)
    {
        var builder = new IndicatorSeriesBuilder();
        // A stream that hands out a few bytes at a time, as a socket may: rows cross reads.
        CopyBinarySeriesDecoder.Read(new TrickleStream(bytes), builder);
        return builder.Build();
    }

    private static byte[] Stream(params byte[][] rows) => [.. Header, .. rows.SelectMany(r => r), 0xFF, 0xFF];

    private static byte[] Row(string site, int day, byte[] numeric)
    {
        var date = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(date, day);
        return [0, 3, .. Field(Encoding.UTF8.GetBytes(site)), .. Field(date), .. Field(numeric)];
    }

    private static byte[] Field(byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        return [.. length, .. data];
    }

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

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));
    }
}
