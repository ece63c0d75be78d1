using System.Globalization;

namespace PilotSpec.CodeAnalysis.Names;

/// <summary>
/// Characters a reader cannot see but the compiler reads (CVE-2021-42574, "Trojan Source"):
/// the bidirectional controls, which reorder how a line is displayed, anywhere in a spec; and,
/// in names, any invisible format character (zero-width space, joiners, soft hyphen, word
/// joiner, BOM), which makes two names that look the same different names.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: the controls Rust's and the C# compiler's analyzers flag.</summary>
    public static bool IsBidirectionalControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>A character that shows nothing in a name: a bidirectional control or any other format character.</summary>
    public static bool IsInvisibleInName(char c) =>
        IsBidirectionalControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
