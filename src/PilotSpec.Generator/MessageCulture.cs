using System;
using System.Globalization;

namespace PilotSpec.Generator;

/// <summary>The culture a message is rendered in.</summary>
internal static class MessageCulture
{
    /// <summary>
    /// The culture Roslyn asks for, or, when a caller asks without one, the UI culture, as
    /// LocalizableResourceString does (through ResourceManager) in the same case. Banned for
    /// analyzers (RS1035) because culture must not change what an analyzer decides; here it
    /// only picks the language of the text, which is exactly what the UI culture is for.
    /// </summary>
    public static CultureInfo Of(IFormatProvider? formatProvider) =>
#pragma warning disable RS1035
        formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture;
#pragma warning restore RS1035
}
