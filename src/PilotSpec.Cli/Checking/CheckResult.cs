using System.Collections.Immutable;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Checking;

/// <summary>One spec and its compilation (imports followed, configuration applied).</summary>
public sealed record CheckedSpec(SpecSource Source, PilotCompilation Compilation);

/// <summary>What checking a set of specs found: each spec's compilation, and all diagnostics in a stable order.</summary>
public sealed record CheckResult(IReadOnlyList<CheckedSpec> Specs, ImmutableArray<Diagnostic> Diagnostics, SourceFiles Files);
