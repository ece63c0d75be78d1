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
        if (descriptor.Category == "Files")
        {
            return DiagnoseOnDisk(code);
        }

        if (descriptor.Category == "Builds")
        {
            // Specs built together: each `// file:` section is a spec of its own, and only what
            // they do to each other is asked (each alone is checked by the other categories),
            // as the first file is told (the others are told the same of it).
            var specs = Specs.SplitFiles(code);
            var pilots = specs
                .Select(f => PilotCompilation.Create([SyntaxTree.ParseText(f.Value, f.Key)]).Program.Pilot)
                .OfType<PilotSpec.CodeAnalysis.Binding.PilotSymbol>();
            return PilotSpec.CodeAnalysis.Emit.CSharpMonitor.MonitorClassClashes.Find(pilots)
                .Where(d => d.Location.FilePath == specs[0].Key)
                .ToImmutableArray();
        }

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

    /// <summary>
    /// What a spec may read is about real files (folders, links, bytes), so these examples are
    /// written to a folder of their own and compiled from there: each `// file:` section becomes
    /// a file (a JSON one without its marker line), `«byte 0xE9»` becomes that raw byte.
    /// </summary>
    private static ImmutableArray<Diagnostic> DiagnoseOnDisk(string code)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pilotspec-doc-examples", Guid.NewGuid().ToString("N"));
        try
        {
            var files = Specs.SplitFiles(code);
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var content = name.EndsWith(".json", StringComparison.Ordinal) ? string.Join("\n", text.Split('\n').Skip(1)) : text;
                File.WriteAllBytes(path, WithRawBytes(content));
            }

            var main = Path.Combine(folder, files[0].Key);
            return PilotCompilation.Create([SyntaxTree.ParseText(File.ReadAllText(main), main)], CompilationOptions.Default).GetDiagnostics();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] WithRawBytes(string text)
    {
        var bytes = new List<byte>();
        foreach (var (part, i) in System.Text.RegularExpressions.Regex.Split(text, "«byte 0x([0-9A-F]{2})»").Select((p, i) => (p, i)))
        {
            if (i % 2 == 1)
            {
                bytes.Add(Convert.ToByte(part, 16));
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(part));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The language a code's examples are written in.</summary>
    public static string LanguageOf(DiagnosticDescriptor descriptor) =>
        descriptor == DiagnosticDescriptors.InvalidConfiguration ? "json" : "pilot";
}
