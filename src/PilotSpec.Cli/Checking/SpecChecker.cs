using System.Collections.Immutable;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// What "checking" a set of specs means, and nothing else: no console, no options parsing.
/// Each spec is a compilation of its own (its imports followed), with the severities of the
/// nearest pilotspec.json. Specs are compiled in parallel; the results are merged in the
/// order the specs were given, so the output is the same on every run. A file imported by
/// several specs, or also checked directly, reports each finding once, under the path the
/// user gave for it.
/// </summary>
public sealed class SpecChecker
{
    private readonly Dictionary<string, ProjectConfiguration> _configurations = new(StringComparer.Ordinal);

    /// <summary>Called (from any thread) each time one spec has been compiled.</summary>
    public Action? SpecCompiled { get; init; }

    /// <summary>
    /// The specs are built into one site (`pilotc build`): two pilots that become one C# class
    /// are an error of both (PS0115). Not for `check`, which may be given unrelated specs.
    /// </summary>
    public bool BuiltTogether { get; init; }

    /// <summary>The diagnostics of all <paramref name="sources"/>: file by file in the given order, each in source order.</summary>
    public ImmutableArray<Diagnostic> Check(IReadOnlyList<SpecSource> sources) => CheckAll(sources).Diagnostics;

    public CheckResult CheckAll(IReadOnlyList<SpecSource> sources)
    {
        var displayPaths = sources
            .GroupBy(s => Path.GetFullPath(s.DisplayPath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().DisplayPath, StringComparer.Ordinal);

        // Configurations are read once, here, so the parallel part shares nothing mutable.
        var configurations = sources.Select(s => ConfigurationFor(s.DisplayPath)).ToList();
        var compiled = sources
            .Select((source, index) => (Source: source, Configuration: configurations[index]))
            .AsParallel()
            .AsOrdered()
            .Select(item => Compile(item.Source, item.Configuration))
            .ToList();

        var files = new SourceFiles();
        var seen = new HashSet<(string Path, int Start, int Length, string Id)>();
        var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        void Add(Diagnostic diagnostic)
        {
            var fullPath = Path.GetFullPath(diagnostic.Location.FilePath);
            var span = diagnostic.Location.Span;
            if (!seen.Add((fullPath, span.Start, span.Length, diagnostic.Id)))
            {
                return;
            }

            var shown = DisplayPath(displayPaths, diagnostic.Location.FilePath);
            if (!byFile.TryGetValue(shown, out var list))
            {
                byFile[shown] = list = new List<Diagnostic>();
            }

            list.Add(diagnostic);
        }

        foreach (var (spec, diagnostics) in compiled)
        {
            foreach (var tree in spec.Compilation.SyntaxTrees)
            {
                files.Add(DisplayPath(displayPaths, tree.FilePath), tree.Text);
            }

            foreach (var diagnostic in diagnostics)
            {
                Add(diagnostic);
            }
        }

        var clashes = BuiltTogether
            ? MonitorClassClashes.Find(compiled.Select(c => c.Spec.Compilation.Program.Pilot).OfType<PilotSymbol>())
            : ImmutableArray<Diagnostic>.Empty;
        foreach (var clash in clashes)
        {
            Add(clash);
            var shown = DisplayPath(displayPaths, clash.Location.FilePath);
            byFile[shown] = byFile[shown].OrderBy(d => d.Location.Span.Start).ToList(); // back in source order (a stable sort)
        }

        // Files in the order given, then files reached only through imports, in path order.
        var order = sources.Select(s => s.DisplayPath).Distinct(StringComparer.Ordinal).ToList();
        order.AddRange(byFile.Keys.Where(k => !order.Contains(k)).OrderBy(k => k, StringComparer.Ordinal));
        var all = order
            .Where(byFile.ContainsKey)
            .SelectMany(path => byFile[path].Select(d => Relocate(d, path)))
            .ToImmutableArray();
        return new CheckResult(compiled.Select(c => c.Spec).ToList(), all, files);
    }

    private (CheckedSpec Spec, ImmutableArray<Diagnostic> Diagnostics) Compile(SpecSource source, ProjectConfiguration configuration)
    {
        var options = configuration.ApplyTo(CompilationOptions.Default);
        var tree = SyntaxTree.ParseText(source.Text, source.DisplayPath);
        var compilation = PilotCompilation.Create(new[] { tree }, options);
        var diagnostics = configuration.Diagnostics.AddRange(compilation.GetDiagnostics());
        SpecCompiled?.Invoke();
        return (new CheckedSpec(source, compilation), diagnostics);
    }

    private static string DisplayPath(Dictionary<string, string> displayPaths, string path) =>
        displayPaths.TryGetValue(Path.GetFullPath(path), out var display) ? display : path;

    private ProjectConfiguration ConfigurationFor(string specPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? ".";
        var path = ProjectConfiguration.Find(folder);
        if (path is null)
        {
            return ProjectConfiguration.Empty;
        }

        if (!_configurations.TryGetValue(path, out var configuration))
        {
            configuration = ReadConfiguration(path);
            _configurations[path] = configuration;
        }

        return configuration;
    }

    private static ProjectConfiguration ReadConfiguration(string path)
    {
        try
        {
            return ProjectConfiguration.Read(path);
        }
        catch (IOException)
        {
            return ProjectConfiguration.Parse(path, "{ \"unreadable\": true }");
        }
        catch (UnauthorizedAccessException)
        {
            return ProjectConfiguration.Parse(path, "{ \"unreadable\": true }");
        }
    }

    // Shown under the path the user typed when the file was one of the inputs.
    private static Diagnostic Relocate(Diagnostic diagnostic, string path) =>
        diagnostic.Location.FilePath == path ? diagnostic : diagnostic.WithLocation(diagnostic.Location with { FilePath = path });
}
