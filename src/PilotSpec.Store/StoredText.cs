using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PilotSpec.Store;

/// <summary>How a store writes dates and values as text: ISO days, and decimals exactly as recorded.</summary>
internal static class StoredText
{
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Value(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    /// <summary>A day read from the database's UTF-8 bytes without making a string (the common case); anything else via <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>.</summary>
    public static DateTime Date(ReadOnlySpan<byte> text) =>
        text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && Utf8Parser.TryParse(text[..4], out int year, out var a) && a == 4
            && Utf8Parser.TryParse(text.Slice(5, 2), out int month, out var b) && b == 2
            && Utf8Parser.TryParse(text.Slice(8, 2), out int day, out var c) && c == 2
            ? new DateTime(year, month, day)
            : Date(Encoding.UTF8.GetString(text));

    /// <summary>A value read from UTF-8 bytes; what the fast parser does not take whole goes to <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/>.</summary>
    public static decimal Value(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out decimal value, out var consumed) && consumed == text.Length
            ? value
            : Value(Encoding.UTF8.GetString(text));
}
