using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Text;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.PostgreSql;

/// <summary>
/// Reads one site's series as PostgreSQL's <c>array_send</c> writes them — the site's dates
/// (<c>date[]</c>) and values (<c>numeric[]</c>) in key order — into an
/// <see cref="IndicatorSeriesBuilder"/>.
/// </summary>
/// <remarks>
/// Written by hand, on the formats PostgreSQL documents (<c>array_send</c>: dimensions, flags,
/// element type, then each element's length and bytes; <c>date_send</c>: days since 2000-01-01;
/// <c>numeric_send</c>: digit count, weight, sign and display scale, then base-10000 digits),
/// because the ways Npgsql offers cost what no evaluation can afford at a programme's scale: its
/// binary COPY export made a string and a <see cref="decimal"/> of every one of 9 million rows,
/// and its raw COPY stream hands out one row per call; its array reader builds a
/// <see cref="decimal"/> per element only for the series to take it apart again into digits and
/// scale. Here a value goes from its base-10000 digits to the columns' digits and scale directly,
/// through a <see cref="decimal"/> only when it does not fit 63 bits (docs/performance.md).
/// </remarks>
internal static class SiteArraysDecoder
{
    private const int PostgresEpochDay = 730119; // new DateTime(2000, 1, 1).Ticks / TimeSpan.TicksPerDay
    private const ushort Positive = 0x0000;
    private const ushort NegativeSign = 0x4000;

    /// <summary>Adds <paramref name="site"/>'s observations: its <c>date[]</c> and <c>numeric[]</c>, element by element.</summary>
    /// <exception cref="DbException">The data is not what the query sends (arrays of other shapes, a NULL, NaN).</exception>
    public static void AddSite(IndicatorSeriesBuilder series, string site, ReadOnlySpan<byte> dates, ReadOnlySpan<byte> values)
    {
        var dateCount = Elements(ref dates);
        var valueCount = Elements(ref values);
        if (dateCount != valueCount)
        {
            throw new UnexpectedData($"{dateCount} dates and {valueCount} values for one site");
        }

        series.StartSite(site);
        for (var i = 0; i < dateCount; i++)
        {
            var date = Element(ref dates);
            if (date.Length != 4)
            {
                throw new UnexpectedData("a date that is not 4 bytes");
            }

            AddValue(series, PostgresEpochDay + BinaryPrimitives.ReadInt32BigEndian(date), Element(ref values));
        }
    }

    // The array's header: one dimension (or none, for an empty array) and no NULLs; returns the
    // number of elements and leaves `array` at the first one.
    private static int Elements(ref ReadOnlySpan<byte> array)
    {
        var dimensions = BinaryPrimitives.ReadInt32BigEndian(Take(ref array, 4));
        var hasNulls = BinaryPrimitives.ReadInt32BigEndian(Take(ref array, 4));
        Take(ref array, 4); // the element type: the query fixes it
        if (dimensions == 0)
        {
            return 0;
        }

        if (dimensions != 1 || hasNulls != 0)
        {
            throw new UnexpectedData($"an array of {dimensions} dimensions or with NULLs where a site's series was asked for");
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(Take(ref array, 4));
        Take(ref array, 4); // the lower bound
        return count;
    }

    private static ReadOnlySpan<byte> Element(ref ReadOnlySpan<byte> array)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(Take(ref array, 4));
        return length < 0 ? throw new UnexpectedData("a NULL in a site's series") : Take(ref array, length);
    }

    private static ReadOnlySpan<byte> Take(ref ReadOnlySpan<byte> data, int count)
    {
        if (count > data.Length)
        {
            throw new UnexpectedData("an array cut short");
        }

        var taken = data[..count];
        data = data[count..];
        return taken;
    }

    private static void AddValue(IndicatorSeriesBuilder series, int day, ReadOnlySpan<byte> numeric)
    {
        if (numeric.Length < 8)
        {
            throw new UnexpectedData("a numeric value shorter than its header");
        }

        var digits = BinaryPrimitives.ReadInt16BigEndian(numeric);
        var weight = BinaryPrimitives.ReadInt16BigEndian(numeric[2..]);
        var sign = BinaryPrimitives.ReadUInt16BigEndian(numeric[4..]);
        var scale = BinaryPrimitives.ReadInt16BigEndian(numeric[6..]);
        if (sign is not (Positive or NegativeSign) || digits < 0 || numeric.Length != 8 + (2 * digits))
        {
            throw new UnexpectedData("a numeric value that is not a finite number (NaN or infinity)");
        }

        if (TryUnits(numeric[8..], digits, weight, scale, out var units))
        {
            series.Add(day, units, (byte)scale, sign == NegativeSign);
            return;
        }

        series.Add(new DateTime(day * TimeSpan.TicksPerDay), Wide(numeric[8..], digits, weight, scale, sign == NegativeSign));
    }

    // The value as digits × 10^-scale when the digits fit 63 bits and the scale a decimal's 28:
    // the value is Σ digit[i] × 10000^(weight - i); the digits are gathered as one integer, then
    // moved to the display scale (an exact multiplication or division by a power of ten).
    private static bool TryUnits(ReadOnlySpan<byte> data, int digits, int weight, int scale, out long units)
    {
        units = 0;
        if (digits > 4 || scale is < 0 or > 28)
        {
            return false; // four base-10000 digits are at most 10^16: more may not fit
        }

        for (var i = 0; i < digits; i++)
        {
            units = (units * 10000) + BinaryPrimitives.ReadInt16BigEndian(data[(2 * i)..]);
        }

        var shift = (4 * (weight - digits + 1)) + scale;
        if (shift >= 0)
        {
            for (var i = 0; i < shift; i++)
            {
                if (units > long.MaxValue / 10)
                {
                    return false;
                }

                units *= 10;
            }

            return true;
        }

        for (var i = 0; i < -shift; i++)
        {
            if (units % 10 != 0)
            {
                return false; // digits below the display scale: PostgreSQL never sends them, but be exact
            }

            units /= 10;
        }

        return true;
    }

    // Any other finite value: written out in decimal digits and parsed, which is exact, and as
    // rare as a value beyond 63 bits of digits (the store holds only values a decimal can hold).
    private static decimal Wide(ReadOnlySpan<byte> data, int digits, int weight, int scale, bool negative)
    {
        // Group i of the digits stands for 10000^(weight - i); groups outside 0..digits-1 are zero.
        int Group(ReadOnlySpan<byte> d, int i) => i >= 0 && i < digits ? BinaryPrimitives.ReadInt16BigEndian(d[(2 * i)..]) : 0;

        var text = new StringBuilder(negative ? "-" : string.Empty);
        if (weight < 0)
        {
            text.Append('0');
        }

        for (var i = 0; i <= weight; i++)
        {
            text.Append(Group(data, i).ToString(i == 0 ? "0" : "0000", CultureInfo.InvariantCulture));
        }

        var shown = Math.Min(scale, 28);
        var fraction = new StringBuilder();
        for (var i = weight + 1; fraction.Length < shown; i++)
        {
            fraction.Append(Group(data, i).ToString("0000", CultureInfo.InvariantCulture));
        }

        if (shown > 0)
        {
            text.Append('.').Append(fraction.ToString(0, shown));
        }

        return decimal.TryParse(text.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UnexpectedData($"a value beyond a decimal's range: {text}");
    }

    /// <summary>The server sent something the query cannot produce: reported as the store being unavailable.</summary>
    private sealed class UnexpectedData(string message) : DbException(message);
}
