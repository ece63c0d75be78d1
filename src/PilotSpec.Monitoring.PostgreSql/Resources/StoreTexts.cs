using System;
using System.Globalization;
using System.Resources;

namespace PilotSpec.Monitoring.PostgreSql.Resources;

/// <summary>
/// Every message this library shows a user, in English or Simplified Chinese
/// (StoreTexts.resx, StoreTexts.zh-Hans.resx), in the thread's <see cref="CultureInfo.CurrentUICulture"/>
/// at the moment the message is made: pilotc's --lang sets it, a site system's own culture otherwise.
/// </summary>
internal static class StoreTexts
{
    private static readonly ResourceManager Manager =
        new ResourceManager("PilotSpec.Monitoring.PostgreSql.Resources.StoreTexts", typeof(StoreTexts).Assembly);

    /// <summary>The text of <paramref name="key"/>, formatted with <paramref name="arguments"/> (numbers invariant).</summary>
    public static string Get(string key, params object?[] arguments)
    {
        var text = Manager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException("Missing resource " + key + ".");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
