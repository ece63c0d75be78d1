using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// One spec, checked, for a command that works on its pilot (`evaluate`, `power`): a folder or a
/// spec without a pilot is a tool failure, and a spec with errors is reported as `check` reports
/// it and goes no further — a pilot that does not mean what it says is not judged.
/// </summary>
public sealed record CheckedPilot(PilotCompilation Compilation, PilotSymbol Pilot)
{
    /// <summary>The checked pilot of <paramref name="path"/>; null after writing its errors to <paramref name="output"/>.</summary>
    public static CheckedPilot? Load(string path, string command, CultureInfo culture, TextWriter output)
    {
        if (Directory.Exists(path))
        {
            throw new ToolFailureException($"{path}: is a folder; {command} takes one spec.");
        }

        var source = SpecFileReader.ReadAll(SpecInputResolver.Resolve([path]))[0];
        var result = new SpecChecker().CheckAll([source]);
        var errors = result.Diagnostics.Where(d => d.IsError).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            new MsBuildReporter().Write(output, new DiagnosticReport(errors, result.Files, culture));
            return null;
        }

        var compilation = result.Specs[0].Compilation;
        var pilot = compilation.Program.Pilot
            ?? throw new ToolFailureException($"{path}: declares no pilot, so it has no evaluations.");
        return new CheckedPilot(compilation, pilot);
    }
}
