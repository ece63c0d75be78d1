namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>How serious a diagnostic is. Only errors make a spec fail to build.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
