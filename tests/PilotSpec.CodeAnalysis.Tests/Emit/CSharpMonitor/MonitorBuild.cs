using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.Monitoring;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// Emits a spec's monitor and builds it the way a pilot site's project would: in memory,
/// against the monitoring runtime and the framework, with every warning reported
/// (documentation comments too), nullable on.
/// </summary>
internal static class MonitorBuild
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions CSharp8 = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    /// <summary>
    /// The monitor source of a spec that must compile without errors. The source must parse as
    /// C# 8 without a warning: the emitter no longer parses what it writes, the tests do.
    /// </summary>
    public static EmittedFile Emit(string specText, string path = "test.pilot", string? @namespace = null)
    {
        var file = EmitUnchecked(specText, path, @namespace);
        var problems = CSharpSyntaxTree.ParseText(file.Content, CSharp8).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(problems.Select(p => p.ToString()));
        return file;
    }

    private static EmittedFile EmitUnchecked(string specText, string path, string? @namespace)
    {
        var compilation = PilotCompilation.Create([PilotSyntaxTree.ParseText(specText, path)]);
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "The spec has errors: " + string.Join("\n", errors));
        var pilot = compilation.Program.Pilot ?? throw new InvalidOperationException("The spec declares no pilot.");
        var emitter = @namespace is null ? new CSharpMonitorEmitter() : new CSharpMonitorEmitter(@namespace);
        return Assert.Single(emitter.Emit(pilot, compilation.Program, compilation.Schedule));
    }

    /// <summary>Compiles generated C#; returns the compilation and every diagnostic of warning severity or worse.</summary>
    public static (CSharpCompilation Compilation, IReadOnlyList<Diagnostic> Problems) Compile(string source, LanguageVersion language = LanguageVersion.Latest, params string[] userSources)
    {
        var options = new CSharpParseOptions(language, DocumentationMode.Diagnose);
        var trees = userSources
            .Select((text, i) => CSharpSyntaxTree.ParseText(text, options, path: $"User{i}.cs"))
            .Prepend(CSharpSyntaxTree.ParseText(source, options, path: "Monitor.g.cs"));
        var compilation = CSharpCompilation.Create(
            "GeneratedMonitor_" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (compilation, problems);
    }

    /// <summary>Compiles generated C# (which must build cleanly) and loads it.</summary>
    public static Assembly Load(string source)
    {
        var (compilation, problems) = Compile(source);
        Assert.Empty(problems.Select(p => p.ToString()));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>A new instance of the one monitor class in <paramref name="assembly"/>.</summary>
    public static PilotMonitor NewMonitor(Assembly assembly)
    {
        var type = Assert.Single(assembly.GetExportedTypes(), t => typeof(PilotMonitor).IsAssignableFrom(t));
        return (PilotMonitor)Activator.CreateInstance(type)!;
    }

    /// <summary>A public property of a generated object, by its C# name: <c>monitor.Indicators</c>.</summary>
    public static T Member<T>(object target, string name)
    {
        var property = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{target.GetType().Name} has no property {name}.");
        return (T)property.GetValue(target)!;
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The framework as the test host runs it, plus the runtime; one reference per assembly name.
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(PilotMonitor).Assembly.Location)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
