using System.Globalization;

namespace PilotSpec.Store;

/// <summary>How a store writes dates and values as text: ISO days, and decimals exactly as recorded.</summary>
internal static class StoredText
{
    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Value(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
}
