using System.Collections.Immutable;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// What "checking" a set of specs means, and nothing else: no console, no options parsing.
/// Each spec is a compilation of its own (its imports followed), with the severities of the
/// nearest pilotspec.json. A file imported by several specs, or also checked directly,
/// reports each finding once, under the path the user gave for it.
/// </summary>
public sealed class SpecChecker
{
    private readonly Dictionary<string, ProjectConfiguration> _configurations = new(StringComparer.Ordinal);

    /// <summary>The diagnostics of all <paramref name="sources"/>: file by file in the given order, each in source order.</summary>
    public ImmutableArray<Diagnostic> Check(IReadOnlyList<SpecSource> sources)
    {
        var displayPaths = sources
            .GroupBy(s => Path.GetFullPath(s.DisplayPath), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().DisplayPath, StringComparer.Ordinal);
        var seen = new HashSet<(string Path, int Start, int Length, string Id)>();
        var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);

        foreach (var source in sources)
        {
            var configuration = ConfigurationFor(source.DisplayPath);
            var options = configuration.ApplyTo(CompilationOptions.Default);
            var tree = SyntaxTree.ParseText(source.Text, source.DisplayPath);
            var compilation = PilotCompilation.Create(new[] { tree }, options);

            foreach (var diagnostic in configuration.Diagnostics.Concat(compilation.GetDiagnostics()))
            {
                var fullPath = Path.GetFullPath(diagnostic.Location.FilePath);
                var span = diagnostic.Location.Span;
                if (!seen.Add((fullPath, span.Start, span.Length, diagnostic.Id)))
                {
                    continue;
                }

                var shown = displayPaths.TryGetValue(fullPath, out var display) ? display : diagnostic.Location.FilePath;
                if (!byFile.TryGetValue(shown, out var list))
                {
                    byFile[shown] = list = new List<Diagnostic>();
                }

                list.Add(diagnostic);
            }
        }

        // Files in the order given, then files reached only through imports, in path order.
        var order = sources.Select(s => s.DisplayPath).Distinct(StringComparer.Ordinal).ToList();
        order.AddRange(byFile.Keys.Where(k => !order.Contains(k)).OrderBy(k => k, StringComparer.Ordinal));
        return order
            .Where(byFile.ContainsKey)
            .SelectMany(path => byFile[path].Select(d => Relocate(d, path)))
            .ToImmutableArray();
    }

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
            return ProjectConfiguration.Parse(path, File.ReadAllText(path));
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
