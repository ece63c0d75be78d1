using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Names;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0118: two declared names that differ only in letters of other scripts that look the same
/// (`аре` in Cyrillic and `ape` in Latin): each is a name of its own, and a reader takes one
/// for the other. Reported on the later declaration, naming the first; the mixed-script case
/// inside one name is PS0117.
/// </summary>
internal sealed class LookAlikeNamesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.LookAlikeNames);

    internal override void Run(RuleContext context)
    {
        var first = new Dictionary<string, Symbol>(System.StringComparer.Ordinal);
        foreach (var symbol in context.Program.Table.Symbols)
        {
            var skeleton = LookAlikeSkeleton.Of(symbol.Name);
            if (!first.TryGetValue(skeleton, out var earlier))
            {
                first.Add(skeleton, symbol);
            }
            else if (earlier.Name != symbol.Name)
            {
                context.Diagnostics.Report(
                    DiagnosticDescriptors.LookAlikeNames,
                    symbol.Declaration.Identifier,
                    symbol.Name,
                    earlier.Name,
                    SymbolFacts.KindName(earlier),
                    earlier.Location.LineSpan.Start.Line + 1);
            }
        }
    }
}
