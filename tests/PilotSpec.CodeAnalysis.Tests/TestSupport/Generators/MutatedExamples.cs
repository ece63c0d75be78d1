using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>An example spec with a few random edits: almost valid text, the parser's daily bread in an editor.</summary>
internal sealed record MutatedExample(string Example, ImmutableArray<Edit> Edits)
{
    public string Apply() => Edits.Aggregate(Examples.Read(Example), (text, edit) => edit.Apply(text));

    public override string ToString() => $"{Example} after [{string.Join("; ", Edits)}]";
}

internal static class MutatedExamples
{
    private static Gen<int> PerMille { get; } = Gen.Choose(0, 1000);

    // Truncation is rare: it throws away most of the text, and with it the chance to damage the rest.
    private static Gen<Edit> Edit { get; } = Gen.Frequency(
        (3, PerMille.SelectMany(at => Gen.Choose(1, 60), (at, length) => (Edit)new DeleteRange(at, length))),
        (4, PerMille.SelectMany(_ => TextGenerators.Fragment, (at, fragment) => (Edit)new Insert(at, fragment))),
        (2, PerMille.SelectMany(_ => TextGenerators.Statement, (at, statement) => (Edit)new Insert(at, statement))),
        (2, PerMille.Select(line => (Edit)new DuplicateLine(line))),
        (2, PerMille.SelectMany(_ => PerMille, (first, second) => (Edit)new SwapCharacters(first, second))),
        (1, PerMille.Select(at => (Edit)new Truncate(at))));

    private static Gen<MutatedExample> Generator { get; } =
        from example in Gen.Elements(TestSupport.Examples.Names.ToArray())
        from count in Gen.Choose(1, 6)
        from edits in Gen.ArrayOf(Edit, count)
        select new MutatedExample(example, edits.ToImmutableArray());

    /// <summary>Shrinks by dropping edits, so a failure is reported with the fewest edits that still fail.</summary>
    public static Arbitrary<MutatedExample> Arbitrary { get; } = Arb.From(
        Generator,
        mutated => Enumerable.Range(0, mutated.Edits.Length).Select(i => mutated with { Edits = mutated.Edits.RemoveAt(i) }));
}
