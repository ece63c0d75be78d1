using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// What "checking" a set of specs means, and nothing else: no paths, no console, no options.
/// For now a spec is checked by parsing it. It takes all the files at once because the next
/// step, a full compilation (binder, name and unit checks), must see every file together to
/// resolve imports and cross-file names; swapping it in changes only this class.
/// </summary>
public sealed class SpecChecker
{
    /// <summary>The diagnostics of all <paramref name="sources"/>: file by file in the given order, each in source order.</summary>
    public ImmutableArray<Diagnostic> Check(IReadOnlyList<SpecSource> sources)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var source in sources)
        {
            diagnostics.AddRange(SyntaxTree.ParseText(source.Text, source.DisplayPath).GetDiagnostics());
        }

        return diagnostics.ToImmutable();
    }
}
