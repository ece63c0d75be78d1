using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis;

/// <summary>How a compilation reads imports and which severity each diagnostic code gets.</summary>
public sealed record CompilationOptions
{
    public static CompilationOptions Default { get; } = new();

    public ISourceResolver SourceResolver { get; init; } = FileSystemSourceResolver.Instance;

    /// <summary>Per-code severities from the project configuration; <see cref="ReportSeverity.None"/> silences a code.</summary>
    public ImmutableDictionary<string, ReportSeverity> SpecificDiagnosticOptions { get; init; } =
        ImmutableDictionary<string, ReportSeverity>.Empty;

    /// <summary>Report warnings as errors (`--warnaserror`).</summary>
    public bool WarningsAsErrors { get; init; }
}

/// <summary>The severity a project configures for a code.</summary>
public enum ReportSeverity
{
    Default,
    None,
    Info,
    Warning,
    Error,
}
