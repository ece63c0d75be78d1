using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Real specs, randomly damaged the way typing damages them: the parser must never throw,
/// must give back the text, keep every diagnostic inside it, and hand every character to
/// exactly one token or trivia.
/// </summary>
public sealed class MutationPropertyTests
{
    [Property(MaxTest = 300)]
    public Property Mutated_examples_keep_the_tree_invariants() =>
        Prop.ForAll(MutatedExamples.Arbitrary, mutated =>
        {
            var text = mutated.Apply();

            var tree = SyntaxTree.ParseText(text);

            TreeInvariants.AssertHold(text, tree);
        });
}
