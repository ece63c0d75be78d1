using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>Every bound declaration of a spec, the pilot first, for checks that read properties of any kind.</summary>
internal static class Declared
{
    public static IEnumerable<Symbol> All(BoundProgram program)
    {
        if (program.Pilot is { } pilot)
        {
            yield return pilot;
        }

        foreach (var s in program.Stakeholders) { yield return s; }
        foreach (var s in program.Goals) { yield return s; }
        foreach (var s in program.Indicators) { yield return s; }
        foreach (var s in program.Sites) { yield return s; }
        foreach (var s in program.Waves) { yield return s; }
        foreach (var s in program.Phases) { yield return s; }
        foreach (var s in program.Alerts) { yield return s; }
        foreach (var s in program.Evaluations) { yield return s; }
    }
}
