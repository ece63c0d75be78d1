using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. Codes are stable: a code is never renumbered or
/// given another meaning. Ranges: PS0001–PS0099 syntax, PS0100– names, PS0200– indicators
/// and units, PS0300– sites and waves, PS0400– phases, PS0500– evaluations and alerts,
/// PS0900– spec hygiene. Titles and messages live in Resources/DiagnosticMessages*.resx.
/// </summary>
public static class DiagnosticDescriptors
{
    // Syntax
    public static readonly DiagnosticDescriptor UnexpectedToken = new("PS0001", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingToken = new("PS0002", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnterminatedString = new("PS0003", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnterminatedComment = new("PS0004", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidCharacter = new("PS0005", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MalformedDate = new("PS0006", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidEscapeSequence = new("PS0007", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("PS0008", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NestingTooDeep = new("PS0009", "Syntax", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReservedWordAsName = new("PS0010", "Syntax", DiagnosticSeverity.Error);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();

    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));
}
