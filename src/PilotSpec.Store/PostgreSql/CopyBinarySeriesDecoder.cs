using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Text;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.PostgreSql;

/// <summary>
/// Reads the output of <c>COPY (SELECT site, date, value …) TO STDOUT (FORMAT BINARY)</c> — rows of
/// (text, date, numeric) in site order — straight into an <see cref="IndicatorSeriesBuilder"/>.
/// </summary>
/// <remarks>
/// Written by hand, on the format PostgreSQL documents (the COPY binary file format; <c>date_send</c>:
/// days since 2000-01-01 as a 32-bit integer; <c>numeric_send</c>: digit count, weight, sign and
/// display scale, then base-10000 digits), because Npgsql's own binary export costs what no
/// evaluation can afford at a programme's scale: a site string allocated per row and a
/// <see cref="decimal"/> built per row only to be taken apart again into the series' columns. On
/// 9 million observations that was most of pilotc's 7–8 s of CPU (docs/performance.md). Here a
/// site's name is decoded once, when it changes, and a value goes from its base-10000 digits to
/// the columns' digits and scale without a <see cref="decimal"/> unless it does not fit 63 bits.
/// </remarks>
internal sealed class CopyBinarySeriesDecoder
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private const int PostgresEpochDay = 730119; // new DateTime(2000, 1, 1).Ticks / TimeSpan.TicksPerDay
    private const ushort Positive = 0x0000;
    private const ushort NegativeSign = 0x4000;

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[128 * 1024];
    private int _start;
    private int _end;

    private CopyBinarySeriesDecoder(Stream input) => _input = input;

    /// <summary>Reads every row of <paramref name="input"/> into <paramref name="series"/>.</summary>
    /// <exception cref="DbException">The data is not what the query sends (a server of another kind, a cut connection).</exception>
    public static void Read(Stream input, IndicatorSeriesBuilder series)
    {
        var decoder = new CopyBinarySeriesDecoder(input);
        decoder.ReadHeader();
        decoder.ReadRows(series);
    }

    private void ReadHeader()
    {
        var signature = Take(Signature.Length);
        if (!signature.SequenceEqual(Signature))
        {
            throw new UnexpectedCopyData("the COPY output does not start with PostgreSQL's binary signature");
        }

        Take(4); // flags: no OIDs are asked for
        var extension = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        Skip(extension);
    }

    private void ReadRows(IndicatorSeriesBuilder series)
    {
        var site = Array.Empty<byte>();
        var started = false;
        while (true)
        {
            var fields = BinaryPrimitives.ReadInt16BigEndian(Take(2));
            if (fields == -1)
            {
                return; // the trailer
            }

            if (fields != 3)
            {
                throw new UnexpectedCopyData($"a row of {fields} columns where (site, date, value) was asked for");
            }

            var name = Field();
            if (!started || !name.SequenceEqual(site))
            {
                site = name.ToArray();
                series.StartSite(Encoding.UTF8.GetString(site));
                started = true;
            }

            var date = Field();
            if (date.Length != 4)
            {
                throw new UnexpectedCopyData("a date that is not 4 bytes");
            }

            var day = PostgresEpochDay + BinaryPrimitives.ReadInt32BigEndian(date);
            AddValue(series, day, Field());
        }
    }

    private static void AddValue(IndicatorSeriesBuilder series, int day, ReadOnlySpan<byte> numeric)
    {
        if (numeric.Length < 8)
        {
            throw new UnexpectedCopyData("a numeric value shorter than its header");
        }

        var digits = BinaryPrimitives.ReadInt16BigEndian(numeric);
        var weight = BinaryPrimitives.ReadInt16BigEndian(numeric[2..]);
        var sign = BinaryPrimitives.ReadUInt16BigEndian(numeric[4..]);
        var scale = BinaryPrimitives.ReadInt16BigEndian(numeric[6..]);
        if (sign is not (Positive or NegativeSign) || digits < 0 || numeric.Length != 8 + (2 * digits))
        {
            throw new UnexpectedCopyData("a numeric value that is not a finite number (NaN or infinity)");
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
            : throw new UnexpectedCopyData($"a value beyond a decimal's range: {text}");
    }

    private ReadOnlySpan<byte> Field()
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        if (length < 0)
        {
            throw new UnexpectedCopyData("a NULL in a column that has none");
        }

        return Take(length);
    }

    // The next `count` bytes, from the buffer, refilled from the stream as needed. The span is
    // valid until the next call.
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _buffer.Length)
        {
            throw new UnexpectedCopyData($"a field of {count} bytes");
        }

        if (_end - _start < count)
        {
            Fill(count);
        }

        var taken = _buffer.AsSpan(_start, count);
        _start += count;
        return taken;
    }

    private void Skip(int count)
    {
        while (count > 0)
        {
            var part = Math.Min(count, _buffer.Length);
            Take(part);
            count -= part;
        }
    }

    private void Fill(int count)
    {
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
        while (_end < count)
        {
            var read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                throw new UnexpectedCopyData("the COPY output ended in the middle of a row");
            }

            _end += read;
        }
    }

    /// <summary>The server sent something the query cannot produce: reported as the store being unavailable.</summary>
    private sealed class UnexpectedCopyData(string message) : DbException(message);
}
