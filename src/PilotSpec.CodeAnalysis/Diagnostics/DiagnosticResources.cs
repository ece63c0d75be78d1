using System;
using System.Globalization;
using System.Resources;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// The localized texts of diagnostics (Diagnostics/Resources/DiagnosticMessages*.resx).
/// English is the neutral language; Simplified Chinese is a satellite assembly.
/// </summary>
internal static class DiagnosticResources
{
    private static readonly ResourceManager Manager =
        new("PilotSpec.CodeAnalysis.Diagnostics.Resources.DiagnosticMessages", typeof(DiagnosticResources).Assembly);

    /// <summary>The text for <paramref name="key"/> in the culture (the current UI culture by default).</summary>
    public static string GetString(string key, CultureInfo? culture = null) =>
        Manager.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"The diagnostic resource '{key}' is missing.");

    /// <summary>The text for <paramref name="key"/> exactly in <paramref name="culture"/>, without falling back to English.</summary>
    public static string? GetStringWithoutFallback(string key, CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set?.GetString(key);
    }

    public static ResourceSet? GetNeutralResourceSet() =>
        Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
}
