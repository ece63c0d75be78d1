using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>What an emit did: nothing at all when the spec has errors, else the files written.</summary>
public sealed record EmitResult(bool Success, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> FilesWritten);
