using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>References between sections are by name: names are unique in a compilation.</summary>
internal static class Names
{
    public static IEnumerable<string> Of(IEnumerable<Symbol> symbols) => symbols.Select(s => s.Name);
}
