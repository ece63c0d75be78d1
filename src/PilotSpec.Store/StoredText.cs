using System.Globalization;
using PilotSpec.Monitoring;
using System.Text;

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
    public static decimal Value(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = 0;
        var scale = -1;
        long units = 0;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if (c is < (byte)'0' or > (byte)'9' || ++digits > 18)
            {
                return Value(Encoding.UTF8.GetString(text));
            }

            units = (units * 10) + (c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0 || scale == 0)
        {
            return Value(Encoding.UTF8.GetString(text));
        }

        return new decimal((int)(units & 0xFFFFFFFF), (int)(units >> 32), 0, negative && units != 0, (byte)Math.Max(scale, 0));
    }

    /// <summary>A series joined by the database: <c>date value</c> pairs separated by commas; returned in date order.</summary>
    public static Observation[] Series(ReadOnlySpan<byte> joined, int count)
    {
        var series = new Observation[count];
        var n = 0;
        while (!joined.IsEmpty && n < count)
        {
            var end = joined.IndexOf((byte)',');
            var pair = end < 0 ? joined : joined[..end];
            var space = pair.IndexOf((byte)' ');
            if (space < 0)
            {
                throw new FormatException("A stored observation is not a date and a value.");
            }

            series[n++] = new Observation(Date(pair[..space]), Value(pair[(space + 1)..]));
            joined = end < 0 ? [] : joined[(end + 1)..];
        }

        if (n != count || !joined.IsEmpty)
        {
            throw new FormatException("A stored series does not hold the observations counted.");
        }

        // SQLite joins the rows in the order it reads them, the key's (by period, so by date), but
        // does not promise it without an ORDER BY, which costs a sort per site (a third of the
        // read): check the order, and sort only if it ever differs.
        for (var i = 1; i < series.Length; i++)
        {
            if (series[i].Date < series[i - 1].Date)
            {
                Array.Sort(series, static (a, b) => a.Date.CompareTo(b.Date));
                break;
            }
        }

        return series;
    }

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
