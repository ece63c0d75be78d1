using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// Checks an example of docs/diagnostics.md the way its code is found: a syntax code by
/// parsing alone (the examples are fragments), the configuration code by reading the JSON
/// as a pilotspec.json, every other code through a full compilation (imports from the
/// example's own `// file:` sections).
/// </summary>
internal static class DocumentedExamples
{
    public static ImmutableArray<Diagnostic> Diagnose(DiagnosticDescriptor descriptor, DiagnosticsReference.Example example)
    {
        if (example.Language == "json")
        {
            return ProjectConfiguration.Parse(ProjectConfiguration.FileName, example.Code).Diagnostics;
        }

        var code = Expand(example.Code);
        return descriptor.Category == "Syntax"
            ? SyntaxTree.ParseText(code).GetDiagnostics()
            : Specs.Diagnose(code);
    }

    /// <summary>
    /// `«65537 × x»` in an example stands for that many copies of `x`: the size limits
    /// (PS0011, PS0012) cannot be shown literally on a page.
    /// </summary>
    public static string Expand(string code) =>
        System.Text.RegularExpressions.Regex.Replace(
            code,
            @"«(\d+) × (.)»",
            m => new string(m.Groups[2].Value[0], int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The language a code's examples are written in.</summary>
    public static string LanguageOf(DiagnosticDescriptor descriptor) =>
        descriptor == DiagnosticDescriptors.InvalidConfiguration ? "json" : "pilot";
}
