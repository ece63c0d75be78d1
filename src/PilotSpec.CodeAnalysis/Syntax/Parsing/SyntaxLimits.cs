namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// How much text the parser accepts. No real spec comes near these; they keep a generated
/// or hostile file from costing minutes of parsing or megabytes of emitted strings, and
/// each has its own diagnostic so the author learns which limit was hit.
/// </summary>
internal static class SyntaxLimits
{
    /// <summary>Longer files (in UTF-16 units, 8 Mi) are not parsed at all: PS0011.</summary>
    public const int MaxFileLength = 8 * 1024 * 1024;

    /// <summary>Longer string values (after escapes, 64 Ki characters) are reported: PS0012.</summary>
    public const int MaxStringLength = 64 * 1024;
}
