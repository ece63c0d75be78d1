using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotDiagnostic = PilotSpec.CodeAnalysis.Diagnostics.Diagnostic;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.Generator;

/// <summary>
/// Runs the pilot compiler over a project's .pilot files, the way `pilotc build` does, but
/// with imports answered from the files given and only the C# monitor emitted: one
/// compilation per root spec (see <see cref="SpecRoots"/>), each diagnostic reported once
/// even when two specs import the same file. A spec the compiler throws on is reported
/// (PSG0002) and the others are still built; pilots of different specs that become one C#
/// class are reported on both (PS0115) and neither monitor is added, so C# does not report
/// the class twice without naming a spec.
/// </summary>
internal static class PilotBuild
{
    private const string MonitorSuffix = ".Monitor.g.cs";

    public static PilotBuildResult Run(ImmutableArray<SpecFile> files, string? monitorNamespace, CancellationToken cancellationToken) =>
        Run(files, monitorNamespace, cancellationToken, static (compilation, host, emitter) => compilation.Emit(host, ImmutableArray.Create<IEmitter>(emitter)));

    /// <summary>The same, with the step that compiles and emits one spec given (a test injects a failing one).</summary>
    internal static PilotBuildResult Run(ImmutableArray<SpecFile> files, string? monitorNamespace, CancellationToken cancellationToken, Func<PilotCompilation, IOutputHost, IEmitter, EmitResult> emit)
    {
        if (files.IsDefaultOrEmpty)
        {
            return PilotBuildResult.Empty;
        }

        if (!TryCreateEmitter(monitorNamespace, out var emitter))
        {
            return PilotBuildResult.Empty with { InvalidNamespace = monitorNamespace };
        }

        var unique = files.GroupBy(f => SpecPaths.Normalize(f.Path), SpecPaths.Comparer).Select(g => g.First()).ToList();
        var resolver = new AdditionalFilesSourceResolver(unique);
        var options = CompilationOptions.Default with { SourceResolver = resolver };
        var trees = unique.Select(f => PilotSyntaxTree.ParseText(f.Text, f.Path)).ToList();

        var built = new List<(PilotSymbol? Pilot, IReadOnlyDictionary<string, string> Outputs)>();
        var failures = new List<SpecFailure>();
        var diagnostics = new List<ReportedDiagnostic>();
        var reported = new HashSet<(string Id, string Path, int Start, int Length)>();
        void Report(PilotDiagnostic diagnostic)
        {
            var location = diagnostic.Location;
            if (reported.Add((diagnostic.Id, location.FilePath, location.Span.Start, location.Span.Length)))
            {
                diagnostics.Add(ReportedDiagnostic.From(diagnostic));
            }
        }

        foreach (var root in SpecRoots.Find(trees, resolver))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var compilation = PilotCompilation.Create(new[] { root }, options);
                var host = new InMemoryOutputHost();
                var result = emit(compilation, host, emitter);
                foreach (var diagnostic in result.Diagnostics)
                {
                    Report(diagnostic);
                }

                built.Add((compilation.Program.Pilot, host.Files));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug of the compiler, not of the spec: one spec's failure must not take every monitor with it.
                failures.Add(new SpecFailure(root.FilePath, e.GetType().FullName + ": " + e.Message));
            }
        }

        var clashes = MonitorClassClashes.Find(built.Select(b => b.Pilot).OfType<PilotSymbol>());
        foreach (var clash in clashes)
        {
            Report(clash);
        }

        var clashing = new HashSet<string>(clashes.Select(c => c.Location.FilePath + ":" + c.Location.Span.Start), StringComparer.Ordinal);
        var monitors = new List<GeneratedMonitor>();
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pilot, outputs) in built)
        {
            if (pilot is not null && clashing.Contains(pilot.Location.FilePath + ":" + pilot.Location.Span.Start))
            {
                continue;
            }

            foreach (var file in outputs)
            {
                monitors.Add(new GeneratedMonitor(UniqueHintName(file.Key, hintNames), file.Value));
            }
        }

        var ordered = diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        return new PilotBuildResult(monitors.ToEquatableArray(), ordered.ToEquatableArray(), null) { Failures = failures.ToEquatableArray() };
    }

    private static bool TryCreateEmitter(string? monitorNamespace, out CSharpMonitorEmitter emitter)
    {
        try
        {
            emitter = string.IsNullOrWhiteSpace(monitorNamespace)
                ? new CSharpMonitorEmitter()
                : new CSharpMonitorEmitter(monitorNamespace!.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            emitter = null!;
            return false;
        }
    }

    // Two specs declaring the same pilot would add the same file twice, which Roslyn refuses;
    // the second gets a numbered name, and C# then reports the two classes of one name.
    private static string UniqueHintName(string fileName, HashSet<string> taken)
    {
        var name = fileName;
        for (var n = 2; !taken.Add(name); n++)
        {
            var stem = fileName.EndsWith(MonitorSuffix, StringComparison.Ordinal)
                ? fileName.Substring(0, fileName.Length - MonitorSuffix.Length)
                : fileName;
            name = stem + "_" + n + MonitorSuffix;
        }

        return name;
    }
}
