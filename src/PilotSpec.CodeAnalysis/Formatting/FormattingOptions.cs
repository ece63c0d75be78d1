namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// The few choices a formatter leaves open. Everything else is fixed on purpose: one
/// house style means specs from different authors read alike and diffs show only real changes.
/// </summary>
public sealed record FormattingOptions
{
    public static FormattingOptions Default { get; } = new();

    /// <summary>Spaces per block level.</summary>
    public int IndentSize { get; init; } = 4;

    /// <summary>The line break to write; null keeps the file's own (its first line break, or "\n").</summary>
    public string? NewLine { get; init; }
}
