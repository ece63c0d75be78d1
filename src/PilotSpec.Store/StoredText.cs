using System.Globalization;
using PilotSpec.Monitoring;
using System.Text;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store;

/// <summary>How a store writes dates and values as text: ISO days, and decimals exactly as recorded.</summary>
internal static class StoredText
{
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Value(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>A day read from the database's UTF-8 bytes (<c>YYYY-MM-DD</c>) without making a string; anything else via <see cref="Date(string)"/>.</summary>
    public static DateTime Date(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && Digits(text[..4], out var year) && Digits(text.Slice(5, 2), out var month) && Digits(text.Slice(8, 2), out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateTime(year, month, day);
        }

        return Date(Encoding.UTF8.GetString(text));
    }

    /// <summary>
    /// A value read from UTF-8 bytes. Written by hand for the common case — an optional minus,
    /// at most 18 digits and one point, which every value the store writes for ordinary figures
    /// is — because an evaluation reads millions of them and the general parsers cost several
    /// times more; anything else (more digits, an exponent) goes to <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/>.
    /// The property tests hold it equal to decimal.Parse, scale included (12.50 stays 12.50).
    /// </summary>
    public static decimal Value(ReadOnlySpan<byte> text) =>
        TryDigits(text, out var units, out var scale, out var negative)
            ? new decimal((int)(units & 0xFFFFFFFF), (int)(units >> 32), 0, negative, scale)
            : Value(Encoding.UTF8.GetString(text));

    // The common case of Value: digits, scale and sign without making a decimal; false for
    // anything else. A zero is never negative, as decimal.Parse reads "-0".
    private static bool TryDigits(ReadOnlySpan<byte> text, out long units, out byte scale, out bool negative)
    {
        negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = 0;
        var point = -1;
        units = 0;
        scale = 0;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && point < 0)
            {
                point = 0;
                continue;
            }

            if (c is < (byte)'0' or > (byte)'9' || ++digits > 18)
            {
                return false;
            }

            units = (units * 10) + (c - '0');
            if (point >= 0)
            {
                point++;
            }
        }

        if (digits == 0 || point == 0)
        {
            return false;
        }

        scale = (byte)Math.Max(point, 0);
        negative &= units != 0;
        return true;
    }

    /// <summary>
    /// One site's series as SQLite joins it: each observation its day (<c>YYYY-MM-DD</c>, always
    /// ten bytes as the store writes it) followed by its value, separated by commas, added to
    /// <paramref name="series"/>. Without a separator inside a pair SQLite concatenates once per
    /// row instead of twice (a tenth of the read).
    /// </summary>
    public static void AddSeries(ReadOnlySpan<byte> joined, int count, IndicatorSeriesBuilder series)
    {
        var n = 0;
        while (!joined.IsEmpty && n < count)
        {
            var end = joined.IndexOf((byte)',');
            var pair = end < 0 ? joined : joined[..end];
            if (pair.Length <= 10)
            {
                throw new FormatException("A stored observation is not a date and a value.");
            }

            var day = DayNumber(pair[..10]);
            var value = pair[10..];
            if (TryDigits(value, out var units, out var scale, out var negative))
            {
                series.Add(day, units, scale, negative);
            }
            else
            {
                series.Add(new DateTime(day * TimeSpan.TicksPerDay), Value(value));
            }

            n++;
            joined = end < 0 ? [] : joined[(end + 1)..];
        }

        if (n != count || !joined.IsEmpty)
        {
            throw new FormatException("A stored series does not hold the observations counted.");
        }
    }

    private static int DayNumber(ReadOnlySpan<byte> text) => (int)(Date(text).Ticks / TimeSpan.TicksPerDay);

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
