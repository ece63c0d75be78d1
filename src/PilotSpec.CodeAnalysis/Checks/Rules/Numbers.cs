using System.Globalization;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>Numbers as a message or a fix shows them: at most two decimals, no trailing zeros, invariant.</summary>
internal static class Numbers
{
    public static string Format(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
