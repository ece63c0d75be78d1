using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>
/// Rewrites the whitespace between two tokens: <see cref="GapPerMille"/> picks the gap (in
/// per mille of the gaps, so it applies to any example), <see cref="Choice"/> what goes there.
/// Comments in the gap stay; a line comment keeps a line break after it.
/// </summary>
internal sealed record GapEdit(int GapPerMille, int Choice)
{
    private static readonly string[] Spaces = ["", " ", "   ", "\t", "\u3000", "\u00A0 ", "\n", "\r\n", "\n\n\n\n", " \n\t "];
    private static readonly string[] LineBreaks = ["\n", "\r\n", "\n\n\n", "\n   \n", " \t\n"];

    public string Rewrite(IReadOnlyList<SyntaxTrivia> trivia, bool mayGlue)
    {
        var builder = new StringBuilder();
        if (Choice % 7 == 0)
        {
            builder.Append(" /* note */ ");
        }

        foreach (var item in trivia)
        {
            builder.Append(item.Kind switch
            {
                SyntaxKind.WhitespaceTrivia => Pick(Spaces, mayGlue),
                SyntaxKind.EndOfLineTrivia => Pick(LineBreaks, mayGlue: true),
                _ => item.Text,
            });
        }

        if (trivia.Count == 0)
        {
            builder.Append(Pick(Spaces, mayGlue));
        }

        if (Choice % 11 == 0)
        {
            builder.Append(" // note\n");
        }

        return builder.ToString();
    }

    // Two words with nothing between them would become one word: a different spec, not a reformatted one.
    private string Pick(string[] choices, bool mayGlue)
    {
        var choice = choices[Choice % choices.Length];
        return choice.Length == 0 && !mayGlue ? " " : choice;
    }
}

/// <summary>An example with the whitespace of some gaps rewritten: the same spec, laid out badly.</summary>
internal sealed record WhitespaceMutatedExample(string Example, ImmutableArray<GapEdit> Edits)
{
    public string Apply() => GapEdits.Apply(Examples.Read(Example), Edits);

    public override string ToString() => $"{Example} with gaps [{string.Join("; ", Edits)}]";
}

/// <summary>Applies gap edits to a text: the gaps between its tokens get new whitespace, its tokens stay.</summary>
internal static class GapEdits
{
    public static Gen<ImmutableArray<GapEdit>> Generator { get; } =
        from count in Gen.Choose(1, 40)
        from edits in Gen.ArrayOf(Gen.Choose(0, 1000).SelectMany(_ => Gen.Choose(0, 1000), (gap, choice) => new GapEdit(gap, choice)), count)
        select edits.ToImmutableArray();

    public static string Apply(string text, ImmutableArray<GapEdit> gapEdits)
    {
        var tokens = SyntaxTree.ParseText(text).Root.DescendantTokens().ToList();
        var edits = new SortedDictionary<int, GapEdit>();
        foreach (var edit in gapEdits)
        {
            // Gap i lies between token i and token i + 1.
            edits[(int)((long)(tokens.Count - 1) * edit.GapPerMille / 1000)] = edit;
        }

        var builder = new StringBuilder(text);
        foreach (var (gap, edit) in edits.Reverse())
        {
            if (gap + 1 >= tokens.Count)
            {
                continue;
            }

            var before = tokens[gap];
            var after = tokens[gap + 1];
            var start = before.Span.End;
            var end = after.Span.Start;
            var trivia = before.TrailingTrivia.Concat(after.LeadingTrivia).ToList();
            var mayGlue = SyntaxFacts.IsPunctuation(before.Kind) || SyntaxFacts.IsPunctuation(after.Kind) || after.Kind == SyntaxKind.EndOfFileToken;
            builder.Remove(start, end - start).Insert(start, edit.Rewrite(trivia, mayGlue));
        }

        return builder.ToString();
    }
}

internal static class WhitespaceMutatedExamples
{
    private static Gen<WhitespaceMutatedExample> Generator { get; } =
        from example in Gen.Elements(TestSupport.Examples.Names.ToArray())
        from edits in GapEdits.Generator
        select new WhitespaceMutatedExample(example, edits);

    /// <summary>Shrinks by dropping edits, so a failure is reported with the fewest gaps that still fail.</summary>
    public static Arbitrary<WhitespaceMutatedExample> Arbitrary { get; } = Arb.From(
        Generator,
        mutated => Enumerable.Range(0, mutated.Edits.Length).Select(i => mutated with { Edits = mutated.Edits.RemoveAt(i) }));
}
