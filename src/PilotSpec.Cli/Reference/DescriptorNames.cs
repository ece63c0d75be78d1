using System.Reflection;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Reference;

/// <summary>
/// A code's identifier-like name (`UndefinedName` for PS0101), as SARIF's rule `name` wants:
/// the name of its field in <see cref="DiagnosticDescriptors"/>, which the compiler's authors chose.
/// </summary>
public static class DescriptorNames
{
    private static readonly Dictionary<string, string> Names =
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToDictionary(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id, f => f.Name, StringComparer.Ordinal);

    public static string Of(DiagnosticDescriptor descriptor) =>
        Names.TryGetValue(descriptor.Id, out var name) ? name : descriptor.Id;
}
