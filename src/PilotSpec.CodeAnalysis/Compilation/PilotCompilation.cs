using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Checks;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// The one object every front end asks: a spec's syntax trees (imports followed), bound,
/// scheduled and checked. Immutable: <c>With...</c> methods make a new compilation, and
/// each result is computed once, on first use, thread-safely.
/// </summary>
public sealed class PilotCompilation
{
    private readonly Lazy<(ImmutableArray<SyntaxTree> Trees, ImmutableArray<Diagnostic> Diagnostics)> _imports;
    private readonly Lazy<BoundProgram> _program;
    private readonly Lazy<(PilotSchedule Schedule, ImmutableArray<Diagnostic> Diagnostics)> _schedule;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private PilotCompilation(ImmutableArray<SyntaxTree> roots, CompilationOptions options)
    {
        RootTrees = roots;
        Options = options;
        _imports = new(() => ImportResolver.Resolve(roots, options.SourceResolver));
        _program = new(() => Binder.Bind(SyntaxTrees));
        _schedule = new(() =>
        {
            var bag = new DiagnosticBag();
            return (ScheduleResolver.Resolve(Program, bag), bag.ToImmutable());
        });
        _diagnostics = new(ComputeDiagnostics);
    }

    public static PilotCompilation Create(IEnumerable<SyntaxTree> syntaxTrees, CompilationOptions? options = null) =>
        new(syntaxTrees.ToImmutableArray(), options ?? CompilationOptions.Default);

    /// <summary>The trees given to the compilation.</summary>
    public ImmutableArray<SyntaxTree> RootTrees { get; }

    /// <summary>The given trees and every file they import, each once.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees => _imports.Value.Trees;

    public CompilationOptions Options { get; }

    /// <summary>Symbols and their bound facts.</summary>
    public BoundProgram Program => _program.Value;

    /// <summary>The resolved timeline.</summary>
    public PilotSchedule Schedule => _schedule.Value.Schedule;

    public PilotCompilation AddSyntaxTrees(params SyntaxTree[] trees) => new(RootTrees.AddRange(trees), Options);

    public PilotCompilation RemoveSyntaxTrees(params SyntaxTree[] trees) => new(RootTrees.RemoveRange(trees), Options);

    public PilotCompilation ReplaceSyntaxTree(SyntaxTree oldTree, SyntaxTree newTree) => new(RootTrees.Replace(oldTree, newTree), Options);

    public PilotCompilation WithOptions(CompilationOptions options) => new(RootTrees, options);

    /// <summary>Every diagnostic: syntax, imports, binding, schedule and checks, after configured severities and suppressions, in file and source order.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>
    /// The outputs of the pilot, named but not yet written (each writes itself when a host
    /// asks): none when the spec has errors or declares no pilot.
    /// </summary>
    public ImmutableArray<Emit.EmittedFile> GetOutputs(ImmutableArray<Emit.IEmitter>? emitters = null)
    {
        // A spec with errors, or with an error a configuration shows as a warning (a hole in the model), has no outputs.
        if (GetDiagnostics().Any(d => d.IsError) || Program.Pilot is not { } pilot || !UnboundErrors().IsEmpty)
        {
            return ImmutableArray<Emit.EmittedFile>.Empty;
        }

        return (emitters ?? PilotSpec.CodeAnalysis.Emit.Emitters.Default)
            .SelectMany(e => e.Emit(pilot, Program, Schedule))
            .ToImmutableArray();
    }

    /// <summary>
    /// Emits every output of the pilot through <paramref name="host"/>, streamed: nothing at
    /// all when the spec has errors. A host that must be all or nothing when an emitter
    /// fails stages the files (<see cref="Emit.FileSystemOutputHost"/> does).
    /// </summary>
    public Emit.EmitResult Emit(Emit.IOutputHost host, ImmutableArray<Emit.IEmitter>? emitters = null)
    {
        var diagnostics = GetDiagnostics();
        if (diagnostics.Any(d => d.IsError) || Program.Pilot is null)
        {
            return new Emit.EmitResult(false, diagnostics, ImmutableArray<string>.Empty);
        }

        // A configuration may show an error of reading or binding as a warning, but the model
        // still has a hole there (a criterion naming nothing): such a spec is not emitted, and
        // the error is reported as one, instead of an emitter failing on the hole.
        var holes = UnboundErrors();
        if (!holes.IsEmpty)
        {
            return new Emit.EmitResult(false, diagnostics.Where(d => !holes.Contains(d, DiagnosticIdentity.Instance)).Concat(holes).ToImmutableArray(), ImmutableArray<string>.Empty);
        }

        var files = GetOutputs(emitters);
        foreach (var file in files)
        {
            host.WriteFile(file.FileName, file.WriteTo);
        }

        return new Emit.EmitResult(true, diagnostics, files.Select(f => f.FileName).ToImmutableArray());
    }

    // The errors of reading, importing, binding and scheduling, whatever the configuration says.
    private ImmutableArray<Diagnostic> UnboundErrors()
    {
        var raw = SyntaxTrees.SelectMany(t => t.GetDiagnostics())
            .Concat(_imports.Value.Diagnostics)
            .Concat(Program.Diagnostics)
            .Concat(_schedule.Value.Diagnostics);
        return raw.Where(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            .Select(d => d.Severity == DiagnosticSeverity.Error ? d : d.WithSeverity(DiagnosticSeverity.Error))
            .Distinct(DiagnosticIdentity.Instance)
            .ToImmutableArray();
    }

    public SemanticModel GetSemanticModel(SyntaxTree tree) =>
        SyntaxTrees.Contains(tree) ? new SemanticModel(this, tree) : throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var all = new List<Diagnostic>();
        foreach (var tree in SyntaxTrees)
        {
            all.AddRange(tree.GetDiagnostics());
        }

        all.AddRange(_imports.Value.Diagnostics);
        all.AddRange(Program.Diagnostics);
        all.AddRange(_schedule.Value.Diagnostics);

        var rules = new DiagnosticBag();
        var context = new RuleContext(Program, Schedule, rules, SyntaxTrees);
        foreach (var rule in RuleCatalog.All)
        {
            rule.Run(context);
        }

        all.AddRange(rules.ToImmutable());

        var suppressions = SyntaxTrees.GroupBy(t => t.FilePath).ToDictionary(g => g.Key, g => SuppressionMap.Create(g.First()));
        return all
            .Select(Configure)
            .Where(d => d is not null && !IsSuppressed(d, suppressions))
            .Select(d => d!)
            .Distinct(DiagnosticIdentity.Instance)
            .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private Diagnostic? Configure(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity;
        if (Options.SpecificDiagnosticOptions.TryGetValue(diagnostic.Id, out var configured) && !IsSyntax(diagnostic))
        {
            switch (configured)
            {
                case ReportSeverity.None:
                    return null;
                case ReportSeverity.Info:
                    severity = DiagnosticSeverity.Info;
                    break;
                case ReportSeverity.Warning:
                    severity = DiagnosticSeverity.Warning;
                    break;
                case ReportSeverity.Error:
                    severity = DiagnosticSeverity.Error;
                    break;
            }
        }

        if (Options.WarningsAsErrors && severity == DiagnosticSeverity.Warning)
        {
            severity = DiagnosticSeverity.Error;
        }

        return severity == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(severity);
    }

    // A syntax error cannot be configured away: the rest of the pipeline relies on a sound tree.
    private static bool IsSyntax(Diagnostic diagnostic) => diagnostic.Descriptor.Category == "Syntax";

    // Only warnings and infos can be silenced in place: an error means the spec says nothing
    // sensible there (an undeclared name, a duplicate), and silencing it would make `check`
    // clean while `build` has nothing to build from.
    private static bool IsSuppressed(Diagnostic diagnostic, Dictionary<string, SuppressionMap> suppressions) =>
        !IsSyntax(diagnostic)
        && diagnostic.Descriptor.DefaultSeverity != DiagnosticSeverity.Error
        && suppressions.TryGetValue(diagnostic.Location.FilePath, out var map)
        && map.IsSuppressed(diagnostic.Id, diagnostic.Location.LineSpan.Start.Line);

    /// <summary>A file imported twice (or checked and imported) reports its findings once.</summary>
    private sealed class DiagnosticIdentity : IEqualityComparer<Diagnostic>
    {
        public static DiagnosticIdentity Instance { get; } = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Location.Span == y.Location.Span && x.Location.FilePath == y.Location.FilePath;

        public int GetHashCode(Diagnostic obj) => obj.Id.GetHashCode() ^ obj.Location.Span.GetHashCode();
    }
}
