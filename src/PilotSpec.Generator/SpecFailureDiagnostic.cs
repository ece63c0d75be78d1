using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.Generator;

/// <summary>
/// PSG0002: the pilot compiler threw on one spec. The spec is named and the other specs'
/// monitors are still built: before, the exception left the generator and the compiler
/// reported only CS8785, with no spec named and no monitor at all.
/// </summary>
internal static class SpecFailureDiagnostic
{
    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PSG0002",
        GeneratorMessages.Get("PSG0002_Title"),
        GeneratorMessages.Get("PSG0002_Message"),
        PilotDiagnosticDescriptors.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/pilotspec/pilotspec/blob/main/src/PilotSpec.Generator/README.md#psg0002");

    public static Diagnostic Create(SpecFailure failure) =>
        Diagnostic.Create(Descriptor, Location.Create(failure.Path, default(TextSpan), default(LinePositionSpan)), System.IO.Path.GetFileName(failure.Path), failure.Error);
}

/// <summary>A spec the pilot compiler threw on: its path and the exception's type and message.</summary>
internal sealed record SpecFailure(string Path, string Error);
