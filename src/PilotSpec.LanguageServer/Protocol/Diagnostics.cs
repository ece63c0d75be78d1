namespace PilotSpec.LanguageServer.Protocol;

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

public sealed record LspDiagnostic(
    Range Range,
    LspDiagnosticSeverity Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    LspDiagnosticTag[]? Tags);

public sealed record CodeDescription(string Href);

public enum LspDiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public enum LspDiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}
