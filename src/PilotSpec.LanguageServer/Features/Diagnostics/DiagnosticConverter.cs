using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Features.Diagnostics;

/// <summary>A compiler diagnostic as LSP shows it: code, help link, severity, source "pilotspec".</summary>
public static class DiagnosticConverter
{
    public const string Source = "pilotspec";

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, LineIndex lines, CultureInfo culture) => new(
        lines.ToRange(diagnostic.Location.Span),
        ToLsp(diagnostic.Severity),
        diagnostic.Id,
        new CodeDescription(diagnostic.Descriptor.HelpLinkUri),
        Source,
        diagnostic.GetMessage(culture),
        diagnostic.Descriptor == DiagnosticDescriptors.UnusedDeclaration ? new[] { LspDiagnosticTag.Unnecessary } : null);

    public static LspDiagnosticSeverity ToLsp(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
        DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
        DiagnosticSeverity.Info => LspDiagnosticSeverity.Information,
        _ => LspDiagnosticSeverity.Hint,
    };
}
