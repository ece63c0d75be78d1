using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// PS0115: pilots of different specs whose names become the same C# class (`a_b` and `AB`,
/// `Foo` and `foo` are all <c>ABMonitor</c>, <c>FooMonitor</c>). Each spec is fine alone; a
/// site's build holding both monitors is not, and C# would only say that a class is defined
/// twice. Reported on every pilot of a clash, naming another, by whatever builds several specs
/// together (`pilotc build`, the source generator).
/// </summary>
public static class MonitorClassClashes
{
    /// <summary>The clashes among <paramref name="pilots"/>; a pilot given twice (one file checked and imported) is one pilot.</summary>
    public static ImmutableArray<Diagnostic> Find(IEnumerable<PilotSymbol> pilots)
    {
        var distinct = new Dictionary<(string Path, int Start), PilotSymbol>();
        foreach (var pilot in pilots)
        {
            if (!pilot.Declaration.Identifier.IsMissing)
            {
                var location = pilot.Location;
                distinct[(Path.GetFullPath(location.FilePath), location.Span.Start)] = pilot;
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var clash in distinct.Values.GroupBy(p => CSharpMonitorEmitter.ClassName(p.Name), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = clash.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                // Each names the next, the last the first: every spec is told where to look.
                var other = members[(i + 1) % members.Count];
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticDescriptors.MonitorClassClash,
                    members[i].Location,
                    members[i].Name,
                    clash.Key,
                    other.Name,
                    Path.GetFileName(other.Location.FilePath)));
            }
        }

        return diagnostics.ToImmutable();
    }
}
