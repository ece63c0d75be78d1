using System.Collections.Immutable;
using System.Text;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0114: a declared name longer than <see cref="MaxBytes"/> bytes of UTF-8. Names become file
/// names (`&lt;Pilot&gt;.schedule.json`, at most 255 bytes on every common file system) and C#
/// identifiers (at most 512 characters): a name past either passed `check` and failed `build` or
/// the site's build. One limit for every name, with room for the longest suffix the tools add.
/// </summary>
internal sealed class NameTooLongRule : SpecRule
{
    /// <summary>About 66 Chinese characters or 200 Latin letters; no real name comes near it.</summary>
    public const int MaxBytes = 200;

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.NameTooLong);

    internal override void Run(RuleContext context)
    {
        foreach (var symbol in context.Program.Table.Symbols)
        {
            // Characters are at most 3 bytes (4 for a surrogate pair, two units): most names are cleared without counting.
            if (symbol.Name.Length * 3 > MaxBytes && Encoding.UTF8.GetByteCount(symbol.Name) is var bytes && bytes > MaxBytes)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.NameTooLong, symbol.Declaration.Identifier, SymbolFacts.KindName(symbol), bytes, MaxBytes);
            }
        }
    }
}
