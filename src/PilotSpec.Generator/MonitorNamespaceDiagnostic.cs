using Microsoft.CodeAnalysis;

namespace PilotSpec.Generator;

/// <summary>
/// The generator's own diagnostic: the project's PilotSpecNamespace property is not a C#
/// namespace. Not a pilot code (the spec is not at fault), hence its own PSG prefix.
/// </summary>
internal static class MonitorNamespaceDiagnostic
{
    public const string PropertyName = "PilotSpecNamespace";

    public static DiagnosticDescriptor Descriptor { get; } = new(
        "PSG0001",
        GeneratorMessages.Get("PSG0001_Title"),
        GeneratorMessages.Get("PSG0001_Message"),
        PilotDiagnosticDescriptors.Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/pilotspec/pilotspec/blob/main/src/PilotSpec.Generator/README.md#psg0001");

    public static Diagnostic Create(string value) => Diagnostic.Create(Descriptor, Location.None, value);
}
