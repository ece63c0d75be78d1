using System;
using System.Security.Cryptography;
using System.Text;

namespace PilotSpec.Monitoring;

/// <summary>
/// Names under which a monitor publishes. OpenTelemetry accepts instrument names of ASCII
/// letters, digits and <c>_ . - /</c> (starting with a letter, 255 at most) and drops other
/// instruments, so an indicator named in Chinese gets a stable ASCII name derived from its
/// UTF-8 bytes; its real name always travels in the <c>indicator</c> tag.
/// </summary>
public static class MetricNames
{
    private const int MaximumLength = 255;

    /// <summary>The tag carrying the site's code.</summary>
    public const string SiteTag = "site";

    /// <summary>The tag carrying the indicator's name as the spec writes it.</summary>
    public const string IndicatorTag = "indicator";

    /// <summary>The meter of a pilot: <c>PilotSpec.&lt;Pilot&gt;</c>.</summary>
    public static string Meter(string pilotName) => "PilotSpec." + pilotName;

    /// <summary>The instrument with an indicator's latest values.</summary>
    public static string Value(string indicatorName) => Instrument(indicatorName, string.Empty);

    /// <summary>The instrument with an indicator's progress from baseline (0) to target (1).</summary>
    public static string Progress(string indicatorName) => Instrument(indicatorName, ".progress");

    /// <summary>The UCUM-style unit of an indicator's spec unit word (<c>%</c>, <c>min</c>, <c>{officers}</c>).</summary>
    public static string? Unit(string? unit)
    {
        switch (unit)
        {
            case null:
            case "":
                return null;
            case "percent":
            case "points":
                return "%";
            case "minutes":
                return "min";
            case "hours":
                return "h";
            case "days":
            case "working days":
                return "d";
            case "weeks":
                return "wk";
            case "months":
                return "mo";
            case "quarters":
                return "{quarter}";
            case "years":
                return "a";
            case "CNY":
                return "{CNY}";
            default:
                return IsPlainAscii(unit) ? "{" + unit + "}" : "{unit}";
        }
    }

    private static string Instrument(string indicatorName, string suffix)
    {
        var stem = IsValid(indicatorName + suffix) ? indicatorName : "indicator_" + Hex(Encoding.UTF8.GetBytes(indicatorName));
        if (stem.Length + suffix.Length > MaximumLength)
        {
            using var sha = SHA256.Create();
            stem = "indicator_" + Hex(sha.ComputeHash(Encoding.UTF8.GetBytes(indicatorName)));
        }

        return stem + suffix;
    }

    private static bool IsValid(string name)
    {
        if (name.Length == 0 || name.Length > MaximumLength || !IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' || c == '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
