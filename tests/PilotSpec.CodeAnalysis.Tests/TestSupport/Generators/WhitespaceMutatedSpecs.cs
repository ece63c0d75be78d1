using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>A generated valid spec (<see cref="ValidSpecs"/>) with the whitespace of some gaps rewritten: a valid spec, laid out badly.</summary>
internal sealed record WhitespaceMutatedSpec(string Spec, ImmutableArray<GapEdit> Edits)
{
    public string Apply() => GapEdits.Apply(Spec, Edits);

    public override string ToString() => $"{Spec}\nwith gaps [{string.Join("; ", Edits)}]";
}

internal static class WhitespaceMutatedSpecs
{
    private static Gen<WhitespaceMutatedSpec> Generator { get; } =
        from spec in ValidSpecs.Arbitrary.Generator
        from edits in GapEdits.Generator
        select new WhitespaceMutatedSpec(spec, edits);

    /// <summary>Shrinks by dropping edits, so a failure is reported with the fewest gaps that still fail.</summary>
    public static Arbitrary<WhitespaceMutatedSpec> Arbitrary { get; } = Arb.From(
        Generator,
        mutated => Enumerable.Range(0, mutated.Edits.Length).Select(i => mutated with { Edits = mutated.Edits.RemoveAt(i) }));
}
